"""Bad numbers: rates of 0, negative, 1e6 and NaN typed into every rate field are refused with a
message; divergence (every descent surface, training) is reported and recoverable and no NaN
reaches an axis range; on the command line an invalid number is one line and exit code 2, a huge
but valid rate trains and says it diverged.

The GUI cases type with real key events into the whole app's window (``main_window``).
"""
import json
import math
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox, QLineEdit, QWidget

import main as app_main
from core.data.datasets import Dataset, load_sample
from core.descent.descent_run import DIVERGED
from core.descent.surfaces import surface_names

ROOT = Path(__file__).resolve().parents[2]
BAD_RATES = ["0", "-1", "1e6", "nan"]
#: surfaces on which no rate can diverge: the loss is bounded (plateau: 1 - exp(-...), in [0, 1))
BOUNDED = {"plateau"}


def type_text(qtbot, widget, text: str) -> None:
    """Select what the field holds, type ``text`` key by key, press Enter."""
    widget.setFocus()
    line = widget.lineEdit() if isinstance(widget, QAbstractSpinBox) else widget
    line.selectAll()
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def view_ranges(root) -> list[tuple]:
    """Every axis range under ``root``: pyqtgraph ViewBoxes and AxisItems, and any plot widget of
    our own with a ``view_range()`` ([[x0, x1], [y0, y1]] as plotted)."""
    out = []
    for view in root.findChildren(pg.GraphicsView):
        for item in view.scene().items():
            if isinstance(item, pg.ViewBox):
                out.extend(tuple(r) for r in item.viewRange())
            elif isinstance(item, pg.AxisItem):
                out.append(tuple(item.range))
    for widget in [root, *root.findChildren(QWidget)]:
        ranges = getattr(widget, "view_range", None)
        if callable(ranges):
            out.extend(tuple(r) for r in ranges())
    return out


def assert_ranges_finite(root, what: str) -> None:
    ranges = view_ranges(root)
    assert ranges, f"{what}: no plots found"
    bad = [r for r in ranges if not all(math.isfinite(float(v)) for v in r)]
    assert not bad, f"{what}: non-finite axis ranges {bad}"


# ---------------------------------------------------------------- typed into every rate field

def rate_fields(window):
    """(name, widget, the rate now in use, where the refusal is said) for every learning-rate field."""
    d, t, land = window.descent, window.training, window.landscape
    fields = [("descent.lr", window.descent, d.controls.lr_edit, lambda: d.run.lr, lambda: d.controls.lr_message)]
    for i, edit in enumerate(d.controls.race_lr_edits):
        fields.append((edit.objectName(), window.descent, edit,
                       lambda i=i: (d.controls.race_lrs[i], d.runs[i + 1].lr), lambda: d.controls.lr_message))
    fields.append(("training.lr", window.training, t.controls.lr, lambda: t.controls.config().lr,
                   lambda: t.controls.lr_message))
    lr = land.controls.lr
    fields.append(("landscape.lr", window.landscape, lr.box,
                   lambda: (lr.value(), None if land.run is None else land.run.lr), lambda: lr.message))
    return fields


def test_bad_rates_typed_into_every_rate_field_are_refused_with_a_message(qtbot, main_window):
    d = main_window.descent
    d.controls.race.setChecked(True)  # the racers' rate fields take input only while racing
    assert len(d.runs) == 4
    seen = set()
    for name, tab, widget, in_use, message in rate_fields(main_window):
        main_window.tabs.setCurrentWidget(tab)
        for text in BAD_RATES:
            before = in_use()
            type_text(qtbot, widget, text)
            label = message()
            assert in_use() == before, (name, text, in_use(), before)
            assert label.text() and not label.isHidden(), (name, text, "no message")
            words = label.text()
            assert any(w in words for w in ("greater than 0", "above", "NaN", "not a number")), (name, text, words)
            seen.add(name)
            if isinstance(widget, QLineEdit):
                assert float(widget.text()) == pytest.approx(before if not isinstance(before, tuple) else before[0])
            else:
                assert widget.value() == pytest.approx(before if not isinstance(before, tuple) else before[0])
        rates = in_use()
        for r in rates if isinstance(rates, tuple) else (rates,):
            assert r is None or (math.isfinite(r) and r > 0), (name, rates)
    assert len(seen) == 6  # the lab's rate, three racers, training, landscape


def test_a_good_rate_typed_after_a_refusal_is_taken_and_the_message_goes(qtbot, main_window):
    t = main_window.training
    main_window.tabs.setCurrentWidget(t)
    type_text(qtbot, t.controls.lr, "-1")
    assert t.controls.lr_message.isVisible()
    type_text(qtbot, t.controls.lr, "3e-3")  # scientific notation is read
    assert t.controls.config().lr == pytest.approx(0.003) and t.controls.lr_message.isHidden()


# ---------------------------------------------------------------- divergence in the Descent lab

def _select(combo, key):
    index = combo.findData(key)
    assert index >= 0, key
    combo.setCurrentIndex(index)


@pytest.mark.parametrize("surface", surface_names())
def test_divergence_on_every_surface_is_reported_and_recoverable(qtbot, main_window, surface):
    panel = main_window.descent
    main_window.tabs.setCurrentWidget(panel)
    _select(panel.controls.surface, surface)
    _select(panel.controls.optimizer, "sgd")
    type_text(qtbot, panel.controls.lr_edit, "10")  # the largest rate the lab takes
    assert panel.run.lr == 10.0
    for _ in range(500):
        if not panel.actions["step"].isEnabled():
            break
        panel.actions["step"].trigger()
    panel.redraw_now()
    assert all(math.isfinite(v) for v in panel.run.point) and math.isfinite(panel.run.loss)
    assert_ranges_finite(panel, surface)
    if surface in BOUNDED:
        assert panel.run.status != DIVERGED and panel.actions["step"].isEnabled()
        return
    assert panel.run.status == DIVERGED, (surface, panel.run.status, panel.run.k)
    assert panel.banner.isVisible() and "diverged" in panel.banner.text()
    assert "diverged" in panel.status_line.text()
    assert not panel.actions["step"].isEnabled() and not panel.actions["play"].isEnabled()
    # recoverable: Back undoes the step that diverged ...
    panel.actions["back"].trigger()
    panel.redraw_now()
    assert panel.run.status != DIVERGED and panel.actions["step"].isEnabled() and not panel.banner.isVisible()
    # ... Reset starts again, and a sound rate then descends
    panel.actions["reset"].trigger()
    type_text(qtbot, panel.controls.lr_edit, f"{panel.surface.default_lr:g}")
    start_loss = panel.run.loss
    for _ in range(200):  # SGD is not monotone (on Rosenbrock it first overshoots across the valley)
        panel.actions["step"].trigger()
    panel.redraw_now()
    assert panel.run.status != DIVERGED and panel.run.loss <= start_loss
    assert_ranges_finite(panel, surface)


def test_a_race_where_every_runner_diverges_stays_drawable(qtbot, main_window):
    panel = main_window.descent
    main_window.tabs.setCurrentWidget(panel)
    _select(panel.controls.surface, "rosenbrock")
    panel.controls.race.setChecked(True)
    for edit in [panel.controls.lr_edit, *panel.controls.race_lr_edits]:
        type_text(qtbot, edit, "10")
    for _ in range(200):
        if not panel.actions["step"].isEnabled():
            break
        panel.actions["step"].trigger()
    panel.redraw_now()
    assert [r.status for r in panel.runs].count(DIVERGED) >= 3
    assert_ranges_finite(panel, "race")
    assert panel.banner.isVisible()


# ---------------------------------------------------------------- divergence in training

def small_data(n_train=600, n_test=200):
    s = load_sample()
    return Dataset("slice", s.x_train[:n_train], s.y_train[:n_train], s.x_test[:n_test], s.y_test[:n_test],
                   s.class_names, "test slice")


def test_training_with_a_huge_rate_says_it_diverged_and_can_train_again(qtbot, main_window):
    panel = main_window.training
    main_window.tabs.setCurrentWidget(panel)
    panel.set_dataset(small_data(), "sample")
    c = panel.controls
    c.hidden.setText("16")
    c.epochs.setValue(3)
    c.batch_size.setValue(50)
    c.dropout.setValue(0.0)
    c.augment.setChecked(False)
    _select(c.optimizer, "sgd")
    type_text(qtbot, c.lr, "100")  # the largest rate the field takes: valid, far too large
    assert c.config().lr == 100.0
    with qtbot.waitSignal(panel.sigRunEnded, timeout=30_000) as ended:
        assert panel.start()
    qtbot.waitUntil(lambda: panel.state == "idle", timeout=10_000)
    panel.redraw.flush()
    end = ended.args[0]
    assert end.reason == "diverged" and "too large" in end.message
    assert panel.message_kind == "error" and "diverged" in panel.message.text()
    assert "learning rate" in panel.message.text()
    assert_ranges_finite(panel.live, "training views")
    net, _ = panel.current_model()
    assert all(np.all(np.isfinite(p)) for p in net.params.values()), "the kept weights are the last sound ones"
    # recoverable: a sound rate trains to the end
    type_text(qtbot, c.lr, "0.1")
    with qtbot.waitSignal(panel.sigRunEnded, timeout=60_000) as ended:
        assert panel.start()
    qtbot.waitUntil(lambda: panel.state == "idle", timeout=10_000)
    panel.redraw.flush()
    assert ended.args[0].reason == "finished"
    assert panel.current_record().final_test_accuracy > 0.4  # 10 % is chance
    assert_ranges_finite(panel.live, "training views after recovery")


def test_changing_the_rate_to_a_huge_one_while_training_diverges_cleanly(qtbot, main_window):
    panel = main_window.training
    main_window.tabs.setCurrentWidget(panel)
    panel.set_dataset(small_data(), "sample")
    c = panel.controls
    c.hidden.setText("16")
    c.epochs.setValue(50)
    c.batch_size.setValue(20)
    _select(c.optimizer, "sgd")
    type_text(qtbot, c.lr, "0.05")
    with qtbot.waitSignal(panel.sigRunEnded, timeout=60_000) as ended:
        assert panel.start()
        qtbot.waitUntil(lambda: panel.current_record().iteration >= 5, timeout=20_000)
        type_text(qtbot, c.lr, "100")
    qtbot.waitUntil(lambda: panel.state == "idle", timeout=10_000)
    panel.redraw.flush()
    assert ended.args[0].reason == "diverged"
    assert_ranges_finite(panel.live, "training views")


# ---------------------------------------------------------------- the command line

def run_cli(capsys, *argv):
    """main.main(argv) in this process: (exit code, stdout, stderr); argparse errors exit via SystemExit."""
    try:
        code = app_main.main([str(a) for a in argv])
    except SystemExit as exc:
        code = exc.code
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.mark.parametrize("argv", [
    ["train", "--lr", "nan"], ["train", "--lr", "NaN"], ["train", "--lr", "-0.1"], ["train", "--lr", "0"],
    ["train", "--lr", "inf"], ["train", "--lr", "-inf"], ["train", "--lr", "1e400"], ["train", "--lr", "abc"],
    ["train", "--l2", "nan"], ["train", "--l2", "-1"], ["train", "--dropout", "1"], ["train", "--epochs", "0"],
    ["train", "--batch-size", "-5"],
    ["descend", "--lr", "nan"], ["descend", "--lr", "-1"], ["descend", "--lr", "0"], ["descend", "--lr", "1e6"],
    ["descend", "--start", "nan,0"], ["descend", "--start", "1,inf"], ["descend", "--steps", "0"],
    ["descend", "--surface", "morph", "--morph", "nan"],
    ["download", "--timeout", "nan"], ["download", "--timeout", "-1"],
])
def test_an_invalid_number_is_one_line_and_exit_code_2(capsys, argv):
    code, out, err = run_cli(capsys, *argv)
    lines = err.strip().splitlines()
    assert code == 2, (argv, code, out, err)
    assert len(lines) == 1 and "Traceback" not in err, (argv, err)
    assert argv[-2] in lines[0] or argv[-1] in lines[0], (argv, lines[0])
    assert out == ""


def test_main_py_exits_with_code_2_on_a_nan_rate():
    """The real process: the exit code the shell sees, one line on stderr, nothing on stdout."""
    env = {**os.environ, "OPENBLAS_NUM_THREADS": "1"}
    for argv in (["train", "--lr", "nan"], ["descend", "--lr", "-1"]):
        out = subprocess.run([sys.executable, "main.py", *argv], cwd=ROOT, env=env, capture_output=True,
                             text=True, timeout=60)
        assert out.returncode == 2 and out.stdout == "", (argv, out)
        assert len(out.stderr.strip().splitlines()) == 1, out.stderr


def _strict_json(line: str):
    def refuse(token):
        raise AssertionError(f"{token} in JSON output")
    return json.loads(line, parse_constant=refuse)


def test_a_huge_valid_rate_trains_and_reports_the_divergence_in_words(capsys):
    fast = ["--hidden", "16", "--epochs", "2", "--eval-subset", "200", "--no-augment", "--optimizer", "sgd"]
    code, out, err = run_cli(capsys, "train", "--lr", "1e6", *fast)
    assert code == 0 and err == "", err
    last = out.strip().splitlines()[-1]
    assert last.startswith("diverged:") and "learning rate 1e+06 is too large" in last, out
    assert "nan" not in out.lower(), out
    code, out, err = run_cli(capsys, "train", "--lr", "1e6", "--json", *fast)
    assert code == 0 and err == ""
    summary = _strict_json(out.strip().splitlines()[-1])
    assert summary["reason"] == "diverged" and "too large" in summary["message"]
    for line in out.strip().splitlines():
        _strict_json(line)


def test_descend_with_the_largest_rate_reports_divergence_in_words(capsys):
    code, out, err = run_cli(capsys, "descend", "--surface", "bowl", "--lr", "10", "--steps", "50")
    assert code == 0 and err == ""
    assert "diverged: the learning rate is too large" in out.strip().splitlines()[-1]
    code, out, err = run_cli(capsys, "descend", "--surface", "rosenbrock", "--lr", "10", "--steps", "50", "--json")
    data = _strict_json(out)
    assert data["final"]["status"] == "diverged" and "too large" in data["final"]["reason"]
    assert all(r["loss"] is None or math.isfinite(r["loss"]) for r in data["trajectory"])
