"""Draw tab: real mouse strokes get an answer, the keys work, the model can change,
drawings are kept, fine-tuning runs in a thread that stops cleanly."""
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from core.data import preprocess as P
from core.data.drawings import FILE_NAME, DrawingStore
from core.nn.network import MLP
from tests.drawn_digits import DIGIT_STROKES, place

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch):
    """Drawings go to a temporary folder, never to the real user's."""
    monkeypatch.setenv("GRADIENT_LAB_DATA_DIR", str(tmp_path))
    return tmp_path


@pytest.fixture
def panel(qtbot: QtBot):
    import pyqtgraph as pg

    pg.setConfigOptions(imageAxisOrder="row-major")
    from gui.draw.draw_panel import DrawPanel

    widget = DrawPanel()
    qtbot.addWidget(widget)
    widget.resize(1280, 760)
    widget.show()
    yield widget
    widget.shutdown()
    widget.close()


def draw(panel, d, left=60, top=40, height=190, **kw):
    for stroke in place(DIGIT_STROKES[d], left, top, height, **kw):
        panel.canvas.stroke(stroke)


def send_mouse(widget, kind, point, buttons):
    button = Qt.MouseButton.LeftButton if kind != QEvent.Type.MouseMove else Qt.MouseButton.NoButton
    local = QPointF(float(point[0]), float(point[1]))
    event = QMouseEvent(kind, local, widget.mapToGlobal(local), button, buttons,
                        Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, event)


def mouse_stroke(canvas, points, release=True):
    """Press, move through the points (8 steps per segment), release: real QMouseEvents."""
    left = Qt.MouseButton.LeftButton
    send_mouse(canvas, QEvent.Type.MouseButtonPress, points[0], left)
    for (x0, y0), (x1, y1) in zip(points[:-1], points[1:]):
        for t in np.linspace(0, 1, 9)[1:]:
            send_mouse(canvas, QEvent.Type.MouseMove, (x0 + t * (x1 - x0), y0 + t * (y1 - y0)), left)
    if release:
        send_mouse(canvas, QEvent.Type.MouseButtonRelease, points[-1], Qt.MouseButton.NoButton)


def always(digit: int, logit: float = 5.0) -> MLP:
    """A network that answers ``digit`` whatever it sees (p = e^logit / (e^logit + 9))."""
    net = MLP([784, 4, 10])
    for key in net.params:
        net.params[key][...] = 0
    net.params["b2"][digit] = logit
    return net


# --- answering ----------------------------------------------------------------

def test_starts_with_the_bundled_model_and_asks_for_a_drawing(panel):
    assert panel.model_key() == "default"
    assert "bundled" in panel.model_choice.currentText()
    assert "96" in panel.model_description() or "%" in panel.model_description()
    assert panel.answer_digit() is None and panel.seen_image() is None
    assert panel.answer_detail.text() == "Draw something"
    assert panel.bars.probabilities() is None
    assert not any(b.isEnabled() for b in panel.label_buttons)


def test_real_mouse_strokes_get_an_answer(panel, qtbot):
    answers = []
    panel.sigAnswered.connect(answers.append)
    seven = place(DIGIT_STROKES[7], 60, 40, 190)[0]
    with qtbot.waitSignal(panel.canvas.sigChanged, timeout=2000):
        mouse_stroke(panel.canvas, seven)
    assert panel.canvas.stroke_count() == 1
    assert panel.answer_digit() == 7
    assert answers and answers[-1] is not None and int(np.argmax(answers[-1])) == 7
    probs = panel.bars.probabilities()
    assert probs.shape == (10,) and probs.sum() == pytest.approx(1.0, abs=1e-4)
    assert panel.answer.text() == "7"
    seen = panel.seen_image()
    np.testing.assert_allclose(P.centre_of_mass(seen), (14, 14), atol=0.5)
    np.testing.assert_allclose(panel.seen.array(), seen)
    # what the network saw is exactly the canvas through core.data.preprocess
    np.testing.assert_array_equal(seen, P.prepare(panel.canvas.to_array(), polarity="light"))


def test_answers_live_during_a_stroke_at_a_limited_rate(panel, qtbot):
    answers = []
    panel.sigAnswered.connect(answers.append)
    one = place(DIGIT_STROKES[1], 100, 40, 200)[0]
    path = [one[0], ((one[0][0] + one[1][0]) / 2, (one[0][1] + one[1][1]) / 2), one[1]]
    send_mouse(panel.canvas, QEvent.Type.MouseButtonPress, path[0], Qt.MouseButton.LeftButton)
    moves = 0
    for (x0, y0), (x1, y1) in zip(path[:-1], path[1:]):
        for t in np.linspace(0, 1, 16)[1:]:
            send_mouse(panel.canvas, QEvent.Type.MouseMove, (x0 + t * (x1 - x0), y0 + t * (y1 - y0)),
                       Qt.MouseButton.LeftButton)
            moves += 1
            qtbot.wait(10)
    qtbot.waitUntil(lambda: len(answers) > 0, timeout=2000)
    assert panel.canvas.is_drawing(), "the answer came before the stroke ended"
    assert panel.answer_digit() == 1
    assert len(answers) < moves / 2, f"{len(answers)} answers for {moves} mouse moves"
    with qtbot.waitSignal(panel.sigAnswered, timeout=2000):
        send_mouse(panel.canvas, QEvent.Type.MouseButtonRelease, path[-1], Qt.MouseButton.NoButton)
    assert not panel.canvas.is_drawing()


def test_default_model_reads_the_ten_templates(panel):
    right = 0
    for d in range(10):
        panel.canvas.clear()
        draw(panel, d, left=30 + 7 * d, top=20 + 5 * d, height=150 + 8 * d)
        right += panel.answer_digit() == d
    assert right >= 9, f"{right}/10"


def test_escape_clears_and_ctrl_z_undoes(panel, qtbot):
    draw(panel, 4)  # two strokes
    assert panel.canvas.stroke_count() == 2 and panel.answer_digit() is not None
    qtbot.keyClick(panel.canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert panel.canvas.stroke_count() == 1
    qtbot.keyClick(panel.canvas, Qt.Key.Key_Escape)
    assert panel.canvas.is_empty()
    assert panel.answer_digit() is None and panel.answer.text() == "?"
    draw(panel, 4)
    qtbot.mouseClick(panel.undo_button, Qt.MouseButton.LeftButton)
    assert panel.canvas.stroke_count() == 1
    qtbot.mouseClick(panel.clear_button, Qt.MouseButton.LeftButton)
    assert panel.canvas.is_empty()


def test_pen_width_applies_to_new_strokes(panel):
    panel.pen_width.setValue(30)
    assert panel.canvas.pen_width == 30 and "30" in panel.pen_label.text()
    panel.canvas.stroke([(140, 40), (140, 240)])
    thick = (panel.canvas.to_array()[140] > 128).sum()
    panel.canvas.clear()
    panel.pen_width.setValue(6)
    panel.canvas.stroke([(140, 40), (140, 240)])
    thin = (panel.canvas.to_array()[140] > 128).sum()
    assert thick >= 28 and thin <= 8


def test_match_width_checkbox_changes_what_the_network_sees(panel):
    panel.pen_width.setValue(40)
    draw(panel, 8, left=110, top=100, height=70)  # a small digit with a fat pen
    matched = panel.seen_image()
    panel.match_width.setChecked(False)
    raw = panel.seen_image()
    assert P.stroke_width(raw) > P.stroke_width(matched) + 0.5


# --- which model answers ---------------------------------------------------------

def test_set_model_switches_and_says_which_model(panel):
    draw(panel, 7)
    assert panel.answer_digit() == 7
    panel.set_model(always(5), "trained here: 784-4-10 relu, 11.0 % test")
    assert panel.model_key() == "session"
    assert "model in use" in panel.model_description() and "11.0 % test" in panel.model_description()
    assert panel.answer_digit() == 5
    panel.model_choice.setCurrentIndex(panel.model_choice.findData("default"))
    assert panel.answer_digit() == 7 and "bundled" in panel.model_description()
    panel.set_model(always(2), "trained here: again")  # a newer model replaces the older one
    assert panel.model_choice.count() == 2 and panel.answer_digit() == 2


def train_briefly(qtbot, training, class_names=None):
    """One short epoch on 300 digits in the Training tab (labelled ``class_names`` if given)."""
    from core.data.datasets import Dataset, load_sample

    s = load_sample()
    data = Dataset("slice", s.x_train[:300], s.y_train[:300], s.x_test[:100], s.y_test[:100],
                   class_names or s.class_names, "test")
    training.set_dataset(data, "slice")
    training.controls.hidden.setText("16")
    training.controls.epochs.setValue(1)
    with qtbot.waitSignal(training.sigRunEnded, timeout=60_000):
        assert training.start()
    qtbot.waitUntil(lambda: training.state == "idle", timeout=10_000)


def test_a_worse_run_does_not_reach_draw_until_the_learner_uses_it(qtbot, main_window):
    """A brief run (16 units, one epoch on 300 digits) is worse than the bundled model: Draw keeps
    the bundled model; "Use this model" in Run history brings the run's weights to Draw."""
    draw_panel, training = main_window.draw, main_window.training
    train_briefly(qtbot, training)
    assert draw_panel.model_key() == "default" and draw_panel.current_model().sizes == [784, 512, 256, 10]
    run_id = training.current_record().run_id
    assert "model in use is unchanged" in training.message.text()
    training.history_view.sync()
    assert training.history_view.select_run(run_id) and training.history_view.use_button.isEnabled()
    training.history_view.use_button.click()
    assert draw_panel.model_key() == "session" and "model in use" in draw_panel.model_description()
    assert draw_panel.current_model().sizes == [784, 16, 10]


FASHION_NAMES = ("T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag",
                 "Ankle boot")


def test_a_model_for_other_classes_does_not_answer_drawn_digits(panel):
    """A Fashion-MNIST model cannot read a digit: Draw says so and keeps the model it had."""
    panel.set_model(always(5), "trained here: digits")
    assert panel.model_key() == "session"
    panel.set_model(always(1), "trained here: clothes", FASHION_NAMES)
    assert panel.model_key() == "default" and panel.model_choice.findData("session") < 0
    assert "other classes (T-shirt/top, Trouser, Pullover, …)" in panel.model_description()
    assert "bundled" in panel.model_description()
    draw(panel, 7)
    assert panel.answer_digit() == 7  # the bundled model answers, not the clothes model
    panel.set_model(always(4), "trained here: digits again", tuple(str(d) for d in range(10)))
    assert panel.model_key() == "session" and panel.answer_digit() == 4


def test_the_training_tab_says_what_its_model_sorts(qtbot, main_window):
    """A model trained on clothes, or one with fresh weights (Reset weights), is not used to read
    drawn digits; a model trained on digits is."""
    training, draw_panel = main_window.training, main_window.draw
    train_briefly(qtbot, training, FASHION_NAMES)
    assert training.model_class_names() == FASHION_NAMES
    assert draw_panel.model_key() == "default" and "other classes" in draw_panel.model_description()
    train_briefly(qtbot, training)
    assert training.model_class_names() == tuple(str(d) for d in range(10))
    assert draw_panel.model_key() == "session"
    assert training.reset_weights(ask=False)
    assert not training.model_is_trained()
    assert draw_panel.model_key() == "default" and draw_panel.model_choice.findData("session") < 0
    assert "untrained" in draw_panel.model_description() and "bundled" in draw_panel.model_description()


def test_a_dot_is_not_read_as_a_digit(panel):
    """A single click leaves a dot the size of the pen: the tab asks for a bigger drawing."""
    panel.canvas.stroke([(140, 140)])
    assert not panel.canvas.is_empty()
    assert panel.answer_digit() is None and panel.answer_detail.text() == "Draw the digit bigger"
    draw(panel, 1, left=120, top=110, height=60)  # a small but real digit is read
    assert panel.answer_digit() is not None


def test_sureness_and_bars_follow_one_rounding_rule(panel):
    """A top probability of 99.96 % reads "99.9 % sure" beside a bar that says 99.9 % (it said
    "99 % sure" beside "100.0 %"): one rule, rounded down to 0.1 %."""
    panel.set_model(always(3, logit=float(np.log(0.9996 * 9 / 0.0004))), "trained here: sure")
    draw(panel, 3)
    assert panel.answer_detail.text() == "99.9 % sure"
    assert panel.bars.value_texts()[3] == "99.9 %"


def test_the_percent_rule():
    from gui.widgets.percent import percent

    assert [percent(p) for p in (0.9695, 0.97, 0.9996, 1.0, 0.0, 0.00049)] == \
        ["96.9", "97.0", "99.9", "100.0", "0.0", "0.0"]


def test_a_model_picked_by_hand_is_not_taken_back_by_the_next_epoch(qtbot, panel):
    panel.set_model(always(5), "trained here: epoch 1")
    assert panel.model_key() == "session"
    default = panel.model_choice.findData("default")
    panel.model_choice.setCurrentIndex(default)
    panel.model_choice.activated.emit(default)  # what a click in the list sends
    panel.set_model(always(6), "trained here: epoch 2")
    assert panel.model_key() == "default" and panel.answer_digit() in (None, *range(10))
    assert "epoch 2" in panel.model_choice.itemData(panel.model_choice.findData("session"), Qt.ItemDataRole.ToolTipRole)
    session = panel.model_choice.findData("session")
    panel.model_choice.setCurrentIndex(session)
    panel.model_choice.activated.emit(session)
    panel.set_model(always(7), "trained here: epoch 3")
    assert panel.model_key() == "session"
    draw(panel, 1)
    assert panel.answer_digit() == 7


def test_unreadable_drawings_file_is_reported_and_kept(qtbot, data_dir):
    from gui.draw.draw_panel import DrawPanel

    bad = data_dir / "drawings" / FILE_NAME
    bad.parent.mkdir(parents=True)
    bad.write_bytes(b"garbage")
    widget = DrawPanel()
    qtbot.addWidget(widget)
    try:
        assert "Could not read" in widget.store_info.text() and "kept as" in widget.store_info.text()
        kept = [p for p in bad.parent.iterdir() if "unreadable" in p.name]
        assert len(kept) == 1 and kept[0].read_bytes() == b"garbage"
    finally:
        widget.shutdown()
        widget.close()


def keep_upside_down_digits(panel, digits=(2, 3, 6, 7, 9)):
    """Drawings the default model mostly gets wrong: digits drawn upside down (a 6 reads as 9,
    a 7 as 6, a 3 as 8)."""
    for d in digits:
        for left, top, height in [(40, 30, 200), (120, 100, 130)]:
            strokes = place(DIGIT_STROKES[d], left, top, height)
            for stroke in strokes:
                panel.canvas.stroke([(280 - x, 280 - y) for x, y in stroke])
            assert panel.keep_drawing(d)


def test_finetune_in_a_thread_learns_my_drawings(panel, qtbot):
    keep_upside_down_digits(panel)
    panel.finetune_steps.setValue(150)
    assert panel.start_finetune()
    assert panel.is_finetuning() and panel.finetune_button.text() == "Stop fine-tuning"
    assert not panel.model_choice.isEnabled()
    qtbot.waitUntil(lambda: not panel.is_finetuning(), timeout=60_000)
    result = panel.last_finetune
    assert result is not None and result.steps_done == 150
    assert result.drawings_after >= 0.9 and result.drawings_before <= 0.5
    assert panel.model_key() == "finetuned"
    assert "fine-tuned on your drawings (10)" in panel.model_description()
    assert "before" in panel.finetune_result.text() and "MNIST" in panel.finetune_result.text()
    assert panel.finetune_progress.value() == 150
    assert panel.strip.count() == 10 and panel.strip.shown_count() >= 8
    before, after = panel.strip.readings()
    np.testing.assert_array_equal(after, result.predicted_after)
    np.testing.assert_array_equal(before, result.predicted_before)
    assert panel.model_choice.isEnabled() and panel.finetune_button.text() == "Fine-tune on my drawings"
    # the fine-tuned model now answers: an upside-down 7 reads as 7
    for stroke in place(DIGIT_STROKES[7], 60, 50, 170):
        panel.canvas.stroke([(280 - x, 280 - y) for x, y in stroke])
    assert panel.answer_digit() == 7


def test_stop_button_stops_finetuning_without_changing_the_model(panel, qtbot):
    keep_upside_down_digits(panel, digits=(2, 3))
    panel.finetune_steps.setValue(5000)
    panel.start_finetune()
    qtbot.waitUntil(lambda: panel.finetune_progress.value() > 0, timeout=30_000)
    qtbot.mouseClick(panel.finetune_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not panel.is_finetuning(), timeout=30_000)
    assert panel.model_key() == "default"
    assert "stopped" in panel.finetune_result.text()


def test_shutdown_during_finetuning_joins_the_thread(panel, qtbot):
    keep_upside_down_digits(panel, digits=(2,))
    panel.finetune_steps.setValue(5000)
    panel.start_finetune()
    thread = panel.finetune_jobs._thread
    qtbot.waitUntil(lambda: panel.finetune_progress.value() > 0, timeout=30_000)
    panel.shutdown()
    assert thread.isFinished()


def test_closing_the_app_during_finetuning_exits_cleanly(tmp_path):
    script = (
        "import sys\n"
        "from PySide6.QtCore import QTimer\n"
        "from gui.app import make_application\n"
        "app = make_application(['x'])\n"
        "from gui.main_window import MainWindow\n"
        "from tests.drawn_digits import DIGIT_STROKES, place\n"
        "w = MainWindow(); w.show(); w.tabs.setCurrentWidget(w.draw)\n"
        "for d in (2, 3):\n"
        "    for s in place(DIGIT_STROKES[d], 40, 30, 200): w.draw.canvas.stroke(s)\n"
        "    w.draw.keep_drawing(d)\n"
        "w.draw.finetune_steps.setValue(5000)\n"
        "assert w.draw.start_finetune()\n"
        "QTimer.singleShot(400, w.close)\n"
        "code = app.exec()\n"
        "print('still running:', w.draw.finetune_jobs.active)\n"
        "sys.exit(code)\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "GRADIENT_LAB_DATA_DIR": str(tmp_path),
           "GRADIENT_LAB_SETTINGS_DIR": str(tmp_path)}
    out = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env,
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert "still running: False" in out.stdout
    assert "QThread" not in out.stderr and "Traceback" not in out.stderr


def test_missing_bundled_model_is_said_plainly(qtbot, monkeypatch, tmp_path):
    import gui.draw.draw_models as models
    from core.state.app_state import AppState
    from gui.draw.draw_panel import DrawPanel

    monkeypatch.setattr(models, "DEFAULT_MODEL", tmp_path / "gone.npz")
    widget = DrawPanel(AppState())  # no model in use either
    qtbot.addWidget(widget)
    try:
        assert widget.model_key() is None
        assert "No model can answer" in widget.model_description() and "gone.npz" in widget.model_description()
        draw(widget, 3)
        assert widget.answer_digit() is None and widget.answer_detail.text() == "No model to ask"
        assert widget.seen_image() is not None  # the 28x28 image is still shown
        widget.set_model(always(6), "trained here: test")
        assert widget.answer_digit() == 6
    finally:
        widget.shutdown()
        widget.close()
