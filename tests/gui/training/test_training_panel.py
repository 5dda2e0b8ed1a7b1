"""The Training panel: runs, controls, views, data sets, models, history (pytest-qt, offscreen).

Runs use a small slice of the bundled sample and a small network so each
test trains for a second or two. Every panel is shut down (worker stopped,
thread quit and joined) before it is destroyed.
"""
import csv
import io
import os
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt

from core.data.datasets import Dataset, load_sample
from core.nn.network import MLP
from core.training.run_history import EPOCH_CURVES


def small_data(n_train=600, n_test=200):
    s = load_sample()
    return Dataset("slice", s.x_train[:n_train], s.y_train[:n_train], s.x_test[:n_test], s.y_test[:n_test],
                   s.class_names, "test slice")


@pytest.fixture
def panel(qtbot, tmp_path, monkeypatch):
    import pyqtgraph as pg

    monkeypatch.setenv("GRADIENT_LAB_DATA_DIR", str(tmp_path / "data"))
    pg.setConfigOptions(imageAxisOrder="row-major", antialias=True)
    from core.state.app_state import AppState
    from gui.training.training_panel import TrainingPanel

    p = TrainingPanel(AppState())  # no model in use yet: a finished run becomes it
    qtbot.addWidget(p)
    p.resize(1280, 760)
    p.show()
    p.set_dataset(small_data(), "sample")
    c = p.controls
    c.hidden.setText("32")
    c.batch_size.setValue(50)
    c.epochs.setValue(2)
    c.dropout.setValue(0.0)
    c.augment.setChecked(False)
    yield p
    p.shutdown()
    assert not p.is_thread_running()
    p.close()


def run_to_end(qtbot, panel, timeout=60_000):
    with qtbot.waitSignal(panel.sigRunEnded, timeout=timeout) as blocker:
        assert panel.start()
    qtbot.waitUntil(lambda: panel.state == "idle", timeout=10_000)
    panel.redraw.flush()
    return blocker.args[0]


def enabled(panel):
    return {name: a.isEnabled() for name, a in panel.actions.items()}


def test_short_run_fills_every_view(qtbot, panel):
    models = []
    panel.app_state.models.listeners.append(lambda net, ref: models.append((net, ref)))
    end = run_to_end(qtbot, panel)
    assert end.reason == "finished"
    record = panel.current_record()
    assert record.iteration == 24  # 2 epochs x 600/50 batches
    assert len(record.epochs) == 2
    # the bar carries the counts (always current); the line below the rate, time left and loss
    assert panel.progress.format() == "Epoch 2/2 · iteration 24/24"
    assert "samples/s" in panel.progress_label.text() and "(at iteration 24)" in panel.progress_label.text()
    # loss: batch curve, moving average, train/test per epoch
    assert panel.loss_plot.curve_lengths() == {"batch": 24, "average": 24, "epochs": 4}  # 2 train + 2 test
    xs, _ = panel.loss_plot.epoch_points("test_loss")
    assert list(xs) == [12, 24]
    # log y: log10 of the losses inside a range of whole decades
    panel.loss_plot.log_y.setChecked(True)
    (_, _), (y0, y1) = panel.loss_plot.view_range()
    logs = panel.loss_plot.raw.y
    assert np.all(np.isfinite(logs)) and y0 <= logs.min() and logs.max() <= y1
    np.testing.assert_allclose(10 ** logs[-1], record.batch_loss.y[-1], rtol=1e-6)
    panel.loss_plot.log_y.setChecked(False)
    assert panel.loss_plot.raw.y[-1] == pytest.approx(record.batch_loss.y[-1])
    # accuracy per epoch, gradient size per weight layer (784-32-10: two)
    assert panel.accuracy_plot.epochs_shown() == [1, 2]
    assert panel.grad_plot.visible_curves() == 2
    # prediction grid: at least 32 digits, each with a prediction
    cells = panel.grid.shown_cells()
    assert len(cells) >= 32
    assert all(pred is not None and 0 <= conf <= 1 for _, pred, conf in cells)
    assert panel.grid.refresh_count >= 1
    # confusion matrix over the 200 test digits, and weights of 32 hidden units
    assert panel.confusion.matrix.sum() == 200
    assert panel.weights.canvas.shown_units() >= 32
    np.testing.assert_array_equal(panel.weights.canvas.units, panel._trainer.net.params["W1"].T)
    # the model in use: the run's best epoch, once, when the run finished (not at every epoch)
    assert len(models) == 1
    net, ref = models[-1]
    assert isinstance(net, MLP) and net.sizes == [784, 32, 10]
    kept = panel.app_state.models.run(record.run_id)
    assert ref.source == "run" and ref.run_id == record.run_id and ref.test_accuracy == kept.test_accuracy
    assert kept.test_accuracy == max(e["test_accuracy"] for e in record.epochs)
    copy1, desc = panel.current_model()
    copy2, _ = panel.current_model()
    assert copy1 is not copy2 and "784-32-10" in desc and "% test" in desc and "run 1" in desc
    assert desc == panel.controls.model_info.text()
    np.testing.assert_array_equal(copy1.params["W1"], net.params["W1"])
    assert panel.trajectory(), "weight snapshots of the run are kept"
    assert "Finished" in panel.message.text()
    assert not panel.is_thread_running()


def test_actions_follow_the_state(qtbot, panel):
    assert enabled(panel) == {"start": True, "pause": False, "stop": False, "step": True, "reset": True}
    panel.controls.epochs.setValue(200)
    panel.actions["start"].trigger()
    assert panel.state == "running"
    assert enabled(panel) == {"start": False, "pause": True, "stop": True, "step": False, "reset": False}
    assert not panel.controls.hidden.isEnabled() and panel.controls.lr.isEnabled()
    panel.actions["pause"].trigger()
    assert panel.state == "paused" and panel.actions["pause"].isChecked()
    assert panel.actions["pause"].text() == "Resume"
    assert enabled(panel) == {"start": False, "pause": True, "stop": True, "step": True, "reset": True}
    with qtbot.waitSignal(panel.sigRunEnded, timeout=10_000):
        panel.actions["stop"].trigger()
        assert enabled(panel) == {"start": False, "pause": False, "stop": False, "step": False, "reset": False}
    qtbot.waitUntil(lambda: panel.state == "idle", timeout=10_000)
    assert enabled(panel) == {"start": True, "pause": False, "stop": False, "step": True, "reset": True}
    assert panel.controls.hidden.isEnabled()


def test_pause_resume_step_and_stop(qtbot, panel):
    panel.controls.epochs.setValue(200)
    assert panel.start()
    qtbot.waitUntil(lambda: panel.current_record().iteration >= 5, timeout=20_000)
    panel.pause()
    qtbot.wait(300)
    frozen = panel.current_record().iteration
    qtbot.wait(300)
    assert panel.current_record().iteration == frozen, "no batch runs while paused"
    panel.step()
    qtbot.waitUntil(lambda: panel.current_record().iteration == frozen + 1, timeout=5_000)
    panel.step()
    qtbot.waitUntil(lambda: panel.current_record().iteration == frozen + 2, timeout=5_000)
    qtbot.wait(200)
    assert panel.current_record().iteration == frozen + 2, "a step is exactly one batch"
    assert panel.state == "paused"
    panel.resume()
    qtbot.waitUntil(lambda: panel.current_record().iteration > frozen + 10, timeout=20_000)
    with qtbot.waitSignal(panel.sigRunEnded, timeout=10_000) as blocker:
        panel.stop()
    assert blocker.args[0].reason == "stopped"
    assert "Stopped" in panel.message.text() and "model in use is unchanged" in panel.message.text()
    net, _ = panel.current_model()
    assert net is None, "a stopped run never becomes the model in use by itself"


def test_step_from_idle_trains_exactly_one_batch(qtbot, panel):
    panel.step()
    assert panel.state == "paused"
    qtbot.waitUntil(lambda: panel.current_record().iteration == 1, timeout=10_000)
    qtbot.wait(200)
    assert panel.current_record().iteration == 1
    assert panel.loss_plot.curve_lengths()["batch"] <= 1  # drawn at most once so far
    panel.redraw.flush()
    assert panel.loss_plot.curve_lengths()["batch"] == 1
    # reset while paused ends the run and leaves fresh weights
    panel.reset_weights()
    assert panel.state == "idle" and not panel.is_thread_running()
    net, text = panel.current_model()
    assert "untrained" in text and net.sizes == [784, 32, 10]


def test_start_and_stop_twenty_times_leaves_no_thread(qtbot, panel):
    def os_threads():
        return len(os.listdir("/proc/self/task"))

    before = os_threads()
    panel.controls.epochs.setValue(200)
    for i in range(20):
        assert panel.start(), f"start {i}"
        if i % 2:
            qtbot.waitUntil(lambda: panel.current_record().iteration >= 1, timeout=10_000)
        with qtbot.waitSignal(panel.sigRunEnded, timeout=10_000):
            panel.stop()
        qtbot.waitUntil(lambda: panel.state == "idle" and not panel.is_thread_running(), timeout=10_000)
    qtbot.wait(100)
    assert len(panel.history) == 20
    assert all(r.end_reason == "stopped" for r in panel.history)
    assert os_threads() <= before, "a QThread was left running"


def test_divergence_is_reported_and_plots_stay_readable(qtbot, panel):
    c = panel.controls
    c.optimizer.setCurrentIndex(c.optimizer.findData("sgd"))
    c.schedule.setCurrentIndex(c.schedule.findData("constant"))
    c.lr.setValue(50.0)
    c.epochs.setValue(20)
    end = run_to_end(qtbot, panel)
    assert end.reason == "diverged"
    text = panel.message.text()
    assert "diverged" in text and "learning rate" in text and "50" in text
    assert panel.message_kind == "error" and panel.message.isVisible()
    (x0, x1), (y0, y1) = panel.loss_plot.view_range()
    assert all(np.isfinite([x0, x1, y0, y1])) and y1 > y0
    (gx0, gx1), (gy0, gy1) = panel.grad_plot.view_range()
    assert all(np.isfinite([gx0, gx1, gy0, gy1]))
    assert panel.current_model()[0] is None, "a diverged run never becomes the model in use"
    assert "model in use is unchanged" in text
    assert all(np.isfinite(v).all() for v in panel._trainer.net.params.values()), "the last finite weights remain"
    assert panel.current_record().end_reason == "diverged"


def test_learning_rate_and_schedule_change_while_training(qtbot, panel):
    panel.controls.epochs.setValue(200)
    assert panel.start()
    qtbot.waitUntil(lambda: panel.current_record().iteration >= 3, timeout=20_000)
    panel.controls.lr.setValue(0.0042)
    trainer = panel._trainer
    assert trainer.optimizer.lr == pytest.approx(0.0042)
    schedule = panel.controls.schedule
    index = schedule.findData("step")
    schedule.setCurrentIndex(index)
    schedule.activated.emit(index)
    assert type(trainer.optimizer.schedule).__name__ == "StepDecay"
    panel.controls.lr_slider.setValue(-40)  # 10 ** -2 (20 ticks per factor of 10)
    assert trainer.optimizer.lr == pytest.approx(0.01)


def test_confusion_cell_click_fills_the_grid(qtbot, panel):
    run_to_end(qtbot, panel)
    m = panel.confusion.matrix
    off = [(i, j) for i in range(10) for j in range(10) if i != j and m[i, j] > 0]
    i, j = off[0] if off else (3, 3)
    canvas = panel.confusion.canvas
    left, top, size = canvas._grid()
    pos = QPoint(int(left + (j + 0.5) * size), int(top + (i + 0.5) * size))
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=pos)
    assert panel.grid.mode == "selection"
    cells = panel.grid.shown_cells()
    assert len(cells) == min(m[i, j], panel.grid.canvas.capacity())
    assert all(true == i and pred == j for true, pred, _ in cells)
    panel.grid.live_button.click()
    assert panel.grid.mode == "live"


def test_mistakes_only_shows_only_wrong_predictions(qtbot, panel):
    panel.controls.epochs.setValue(1)
    run_to_end(qtbot, panel)
    panel.grid.mistakes.setChecked(True)
    cells = panel.grid.shown_cells()
    assert cells, "a 1-epoch net on 600 digits still makes mistakes among 200"
    assert all(true != pred for true, pred, _ in cells)
    confidences = [conf for _, _, conf in cells]
    assert confidences == sorted(confidences, reverse=True), "most confident mistakes first"
    panel.grid.mistakes.setChecked(False)
    assert any(true == pred for true, pred, _ in panel.grid.shown_cells())


def test_bad_folder_shows_the_error_and_keeps_the_data(qtbot, panel, tmp_path):
    before = panel.current_dataset()
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "t10k-images-idx3-ubyte").write_bytes(b"not an idx file at all")
    (bad / "t10k-labels-idx1-ubyte").write_bytes(b"\x00\x00\x08\x01\x00\x00\x00\x01\x07")
    assert not panel.open_dataset(str(bad))
    assert panel.current_dataset() is before
    assert panel.message_kind == "error" and "t10k-images" in panel.message.text()
    assert panel.controls.dataset.currentData() == "sample"
    assert not panel.open_dataset(str(tmp_path / "missing"))
    assert panel.current_dataset() is before


def test_open_folder_with_idx_files_switches_data(qtbot, panel):
    from core.data.datasets import SAMPLE_DIR

    assert panel.open_dataset(str(SAMPLE_DIR))
    data = panel.current_dataset()
    assert len(data.y_train) == 8000 and len(data.y_test) == 2000
    assert panel.controls.dataset.currentData() == str(SAMPLE_DIR)
    assert "8,000" in panel.controls.data_info.text()



def test_a_chosen_folder_loads_in_the_background(qtbot, panel, monkeypatch):
    """Picking a data set reads it in a worker thread: the window stays live, Start waits, and
    the new data arrives when the read is done."""
    import threading

    import core.data.datasets
    from core.data.datasets import SAMPLE_DIR

    gate, real_load = threading.Event(), core.data.datasets.load_dataset
    monkeypatch.setattr(core.data.datasets, "load_dataset", lambda spec: gate.wait(30) and real_load(spec))
    before = panel.current_dataset()
    panel.controls.sigDatasetChosen.emit(str(SAMPLE_DIR))
    assert panel.loader.active and "Loading" in panel.message.text()
    assert not panel.actions["start"].isEnabled() and not panel.actions["step"].isEnabled()
    assert not panel.controls.dataset.isEnabled()
    assert not panel.start()  # refused, with a message, while the data set loads
    qtbot.wait(100)  # the GUI thread keeps running while the worker waits
    assert panel.current_dataset() is before and panel.loader.active
    gate.set()
    qtbot.waitUntil(lambda: not panel.loader.active, timeout=10_000)
    assert panel.current_dataset() is not before and len(panel.current_dataset().y_train) == 8000
    assert panel.controls.dataset.currentData() == str(SAMPLE_DIR)
    assert panel.actions["start"].isEnabled() and panel.controls.dataset.isEnabled()
    assert panel.message_kind == ""


def test_a_bad_folder_chosen_in_the_background_keeps_the_data(qtbot, panel, tmp_path):
    before = panel.current_dataset()
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "t10k-images-idx3-ubyte").write_bytes(b"not an idx file at all")
    panel.controls.sigDatasetChosen.emit(str(bad))
    qtbot.waitUntil(lambda: not panel.loader.active, timeout=10_000)
    assert panel.current_dataset() is before
    assert panel.message_kind == "error" and "t10k" in panel.message.text()
    assert panel.controls.dataset.currentData() == "sample" and panel.actions["start"].isEnabled()


def test_shutdown_while_a_data_set_loads_joins_its_thread(qtbot, panel, monkeypatch):
    import threading

    import core.data.datasets
    from core.data.datasets import SAMPLE_DIR

    gate = threading.Event()
    monkeypatch.setattr(core.data.datasets, "load_dataset", lambda spec: gate.wait(0.5) or load_sample())
    assert panel.load_dataset_in_background(str(SAMPLE_DIR))
    panel.shutdown()
    assert not panel.loader.active

def test_full_mnist_not_downloaded_says_so(qtbot, panel):
    from core.data.datasets import mnist_dir

    before = panel.current_dataset()
    panel.controls.sigDatasetChosen.emit("mnist")
    assert panel.current_dataset() is before
    assert "Download" in panel.message.text()
    assert panel.controls.dataset.currentData() == "sample"
    mnist_dir().mkdir(parents=True)  # what a cancelled download leaves: an empty folder
    panel.controls.sigDatasetChosen.emit("mnist")
    assert "press Download MNIST" in panel.message.text() and not panel.loader.active


def test_download_progress_cancel_and_success(qtbot, panel, tmp_path):
    from core.data.datasets import SAMPLE_DIR
    from core.errors import DataError

    def cancelled(dest, progress=None, should_stop=None, **_):
        for k in range(1000):
            progress("train-images-idx3-ubyte.gz", k * 1000, 1_000_000)
            if should_stop():
                raise DataError("the download was cancelled; nothing was kept")
            import time

            time.sleep(0.005)

    assert panel.start_download(tmp_path / "mnist1", download=cancelled)
    assert panel.controls.cancel.isVisible() and panel.controls.download_progress.isVisible()
    qtbot.waitUntil(lambda: panel.controls.download_progress.value() > 0, timeout=5_000)
    panel.controls.cancel.click()
    qtbot.waitUntil(lambda: not panel.downloads.active, timeout=10_000)
    assert panel.message.text() == "Download cancelled." and panel.message_kind == "info"  # the learner's choice, not an error
    assert not panel.controls.cancel.isVisible() and panel.controls.download.isVisible()

    def good(dest, progress=None, should_stop=None, **_):
        Path(dest).mkdir(parents=True, exist_ok=True)
        for f in SAMPLE_DIR.glob("*.gz"):
            progress(f.name, f.stat().st_size, f.stat().st_size)
            (Path(dest) / f.name).write_bytes(f.read_bytes())

    with qtbot.waitSignal(panel.sigDatasetChanged, timeout=20_000):
        assert panel.start_download(tmp_path / "mnist2", download=good)
    qtbot.waitUntil(lambda: not panel.downloads.active, timeout=10_000)
    assert len(panel.current_dataset().y_train) == 8000
    assert panel.controls.dataset.currentData() == "mnist"
    assert panel.message_kind == "ok"


def test_save_and_load_model(qtbot, panel, tmp_path):
    run_to_end(qtbot, panel)
    trained, _ = panel.current_model()
    path = tmp_path / "m.npz"
    assert panel.save_model_to(path)
    panel.reset_weights()
    fresh, _ = panel.current_model()
    assert not np.array_equal(fresh.params["W1"], trained.params["W1"])
    models = []
    panel.app_state.models.listeners.append(lambda net, ref: models.append(ref))
    assert panel.load_model_from(path)
    loaded, text = panel.current_model()
    np.testing.assert_array_equal(loaded.params["W1"], trained.params["W1"])
    assert models and models[-1].source == "file" and models[-1].path == str(path.resolve())
    assert "m.npz" in text and "% test" in text and len(models[-1].sha256) == 64
    assert panel.confusion.matrix.sum() == 200
    bad = tmp_path / "bad.npz"
    bad.write_bytes(b"PK\x03\x04 broken")
    assert not panel.load_model_from(bad)
    assert panel.message_kind == "error" and "bad.npz" in panel.message.text()
    still, _ = panel.current_model()
    np.testing.assert_array_equal(still.params["W1"], trained.params["W1"])


def test_run_history_overlays_and_exports(qtbot, panel, tmp_path):
    c = panel.controls
    c.activation.setCurrentIndex(c.activation.findData("sigmoid"))
    c.init.setCurrentIndex(c.init.findData("xavier"))
    run_to_end(qtbot, panel)
    c.activation.setCurrentIndex(c.activation.findData("relu"))
    c.init.setCurrentIndex(c.init.findData("he"))
    run_to_end(qtbot, panel)
    view = panel.history_view
    panel.view_tabs.setCurrentWidget(view)
    assert view.list.count() == 2
    assert len(view.checked_runs()) == 2
    view.curve.setCurrentIndex(view.curve.findData("test_accuracy"))
    assert len(view._curves) == 2
    assert all(len(curve.xData) == 2 for curve in view._curves)
    view.set_checked({1})
    assert len(view._curves) == 1
    view.set_checked({1, 2})
    rows = list(csv.DictReader(io.StringIO(view.export_csv(tmp_path / "runs.csv").read_text(encoding="utf-8"))))
    assert {r["activation"] for r in rows} == {"sigmoid", "relu"}
    assert {r["curve"] for r in rows} >= {"batch_loss", "smooth_loss", *EPOCH_CURVES}
    assert view.export_png(tmp_path / "runs.png")
    assert (tmp_path / "runs.png").stat().st_size > 1000
    assert panel.export_live_png(tmp_path / "live.png")
    assert (tmp_path / "live.png").stat().st_size > 1000


def test_bad_hidden_sizes_refuse_to_start(qtbot, panel):
    panel.controls.hidden.setText("32, zero")
    assert not panel.start()
    assert panel.state == "idle" and panel.message_kind == "error"
    assert "zero" in panel.message.text()


def test_every_control_has_a_name_and_a_tooltip(panel):
    from PySide6.QtWidgets import (QCheckBox, QComboBox, QDoubleSpinBox, QLineEdit, QSlider, QSpinBox,
                                   QSplitter, QWidget)

    kinds = (QComboBox, QSpinBox, QDoubleSpinBox, QSlider, QCheckBox, QLineEdit, QSplitter)
    controls = [w for w in panel.findChildren(QWidget) if isinstance(w, kinds)]
    assert len(controls) >= 15
    for w in controls:
        if w.objectName().startswith("qt_") or w.parent() is not None and w.parent().objectName().startswith("qt_"):
            continue
        if isinstance(w, QLineEdit) and isinstance(w.parent(), (QSpinBox, QDoubleSpinBox, QComboBox)):
            continue
        assert w.objectName().startswith("training."), f"{type(w).__name__} without a stable name"
        assert w.toolTip(), f"{w.objectName()} has no tooltip"


def test_grid_and_weights_refresh_while_training(qtbot, panel):
    panel.controls.epochs.setValue(500)
    panel.controls.batch_size.setValue(10)
    assert panel.start()
    qtbot.waitUntil(lambda: panel.current_record().iteration >= 1, timeout=20_000)
    grid0, weights0 = panel.grid.refresh_count, panel.weights.refresh_count
    qtbot.wait(4_000)
    assert panel.state == "running"
    assert panel.grid.refresh_count - grid0 >= 4, "the grid is refreshed at least once a second"
    assert panel.weights.refresh_count - weights0 >= 1
    assert panel.loss_plot.refresh_count >= 4


def test_plot_ranges_clip_spikes_and_use_nice_steps():
    from gui.widgets.plot_style import decade_range, decade_ticks, early_level, linear_top, nice_ceiling, thin

    assert [nice_ceiling(v) for v in (0.7, 2.3, 2.6, 9.0, 0.031)] == [0.8, 2.5, 3.0, 10.0, 0.04]
    calm = np.concatenate([[2.6], np.linspace(2.3, 0.2, 1000)])
    assert linear_top(calm, early_level(calm)) == 3.0, "the starting loss stays in view"
    spiky = np.concatenate([calm, [1e6, 1e9, np.inf, np.nan]])
    assert linear_top(spiky, early_level(spiky)) <= 8.0, "a diverging tail does not flatten the curve"
    assert decade_range(np.array([2e-5, 3e-3, 0.02, 0.0, np.nan])) == (-5.0, -1.0)
    major, minor = decade_ticks(-3, 0)
    assert [label for _, label in major] == ["0.001", "0.01", "0.1", "1"]
    assert all(label == "" for _, label in minor) and len(minor) == 3 * 8
    x, y = thin(np.arange(1000.0), np.arange(1000.0), 100)
    assert len(x) <= 100 and x[-1] == 999


def test_diverging_colours():
    from gui.widgets.image_tools import diverging_rgb

    rgb = diverging_rgb(np.array([-1.0, 0.0, 1.0, -5.0]))
    assert rgb.dtype == np.uint8 and rgb.shape == (4, 3)
    blue, white, red, clipped = rgb.astype(int)
    assert blue[2] > blue[0] and red[0] > red[2]
    assert white.min() > 240
    assert (clipped == blue).all()


def test_redraw_scheduler_is_fair_and_honours_gaps(qtbot):
    from PySide6.QtCore import QObject

    from gui.training.redraw_scheduler import RedrawScheduler

    owner = QObject()
    state = {"busy": True, "visible": True}
    drawn, held = [], []
    s = RedrawScheduler(owner, is_busy=lambda: state["busy"], is_visible=lambda: state["visible"],
                        before_draw=lambda: held.append(True))
    for name in ("a", "b", "c"):
        s.add(name, lambda name=name: drawn.append(name), 0.0)
    s.add("slow", lambda: drawn.append("slow"), 60.0)
    for _ in range(6):  # a, b, c are dirty again after every tick: none may starve
        s.mark("a", "b", "c")
        s.tick()
    assert sorted(drawn) == ["a", "a", "b", "b", "c", "c"], "one view per tick, the longest waiting"
    assert len(held) == 6, "the worker is held before each drawing tick"
    s.flush()
    drawn.clear()
    s.mark("slow")
    s.tick()
    s.mark("slow")
    s.tick()
    assert drawn == ["slow"], "while busy, a view waits its gap"
    state["busy"] = False
    s.tick()
    assert drawn == ["slow", "slow"], "when not busy, gaps are ignored"
    state["visible"] = False
    s.mark("a")
    s.tick()
    assert "a" in s.dirty and drawn.count("a") == 0, "nothing is drawn while hidden"
    s.flush()
    assert not s.dirty and drawn[-1] == "a"
    s.stop()


def test_fast_plot_ticks_ranges_and_non_finite_points(qtbot, tmp_path):
    from gui.widgets.fast_plot import FastPlot, linear_ticks

    assert [label for _, label in linear_ticks(0, 3)] == ["0.0", "0.5", "1.0", "1.5", "2.0", "2.5", "3.0"]
    assert [label for _, label in linear_ticks(0, 1000)] == ["0", "200", "400", "600", "800", "1000"]
    assert [label for _, label in linear_ticks(0, 15000)][:3] == ["0", "2500", "5000"]  # no "2500.0"
    assert [label for _, label in linear_ticks(0, 1.5)][:2] == ["0.00", "0.25"]
    assert linear_ticks(1, 1) == []
    plot = FastPlot("loss", "iteration")
    qtbot.addWidget(plot)
    plot.resize(320, 280)
    curve = plot.add_curve("batch", (0, 0, 255))
    dots = plot.add_dots("test", (0, 128, 0), "s")
    plot.set_data(curve, [0, 1, 2, 3], [1.0, np.nan, np.inf, 0.5])
    plot.set_data(dots, [1, 2], [0.7, 0.6])
    assert curve.x.tolist() == [0, 3] and curve.y.tolist() == [1.0, 0.5]
    plot.set_x_range(0, 3)
    plot.set_y_range(-3, 0, log=True)
    assert plot.view_range() == [[0, 3], [-3, 0]]
    plot.set_y_range(2, 2)  # an empty range is widened, never NaN
    (_, _), (y0, y1) = plot.view_range()
    assert y1 > y0
    plot.set_y_range(0, 1.5)
    plot.show()
    path = tmp_path / "plot.png"
    assert plot.grab().save(str(path)) and path.stat().st_size > 500
    image = plot.grab().toImage()
    blue = sum(1 for x in range(image.width()) for y in range(image.height())
               if image.pixelColor(x, y).blue() > 200 and image.pixelColor(x, y).red() < 60)
    assert blue > 20, "the curve is drawn"


def test_confusion_cell_uses_the_digits_the_matrix_counted(qtbot, panel):
    import dataclasses

    c = panel.controls
    c._defaults = dataclasses.replace(c._defaults, eval_subset=50)  # an epoch's matrix covers 50 test digits
    run_to_end(qtbot, panel)
    m = panel.confusion.matrix
    assert m.sum() == 50
    cells = [(i, j) for i in range(10) for j in range(10) if m[i, j] > 0]
    for i, j in cells[:4]:
        panel.confusion.sigCellClicked.emit(i, j)
        shown = panel.grid.shown_cells()
        assert len(shown) == min(m[i, j], panel.grid.canvas.capacity())
        assert all(true == i and pred == j for true, pred, _ in shown)
