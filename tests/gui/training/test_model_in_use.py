"""The model in use (issue 13): a diverged, stopped or worse run never replaces it; a better
finished run does; "Use this model" brings any run back, also after a restart; Reset weights
asks before it throws a trained, unsaved model away and clears what the run left."""
import numpy as np
import pytest

from core.data.datasets import Dataset, load_sample
from core.nn.network import MLP
from core.state.app_state import AppState
from core.state.model_keeper import RUN, ModelKeeper, ModelRef


def small_data(n_train=600, n_test=200):
    s = load_sample()
    return Dataset("slice", s.x_train[:n_train], s.y_train[:n_train], s.x_test[:n_test], s.y_test[:n_test],
                   s.class_names, "test slice")


def configure(panel, epochs=2, lr=None, optimizer=None):
    c = panel.controls
    c.hidden.setText("32")
    c.batch_size.setValue(50)
    c.epochs.setValue(epochs)
    c.dropout.setValue(0.0)
    c.augment.setChecked(False)
    if optimizer:
        c.optimizer.setCurrentIndex(c.optimizer.findData(optimizer))
        c.schedule.setCurrentIndex(c.schedule.findData("constant"))
    if lr:
        c.lr.setValue(lr)


def run_to_end(qtbot, panel, stop_after=None):
    with qtbot.waitSignal(panel.sigRunEnded, timeout=60_000) as blocker:
        assert panel.start()
        if stop_after is not None:
            qtbot.waitUntil(lambda: panel.current_record().iteration >= stop_after, timeout=20_000)
            panel.stop()
    qtbot.waitUntil(lambda: panel.state == "idle", timeout=10_000)
    panel.redraw.flush()
    return blocker.args[0]


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    """The whole app (bundled model in use), a small data slice, Run history in tmp_path."""
    import pyqtgraph as pg

    monkeypatch.setenv("GRADIENT_LAB_DATA_DIR", str(tmp_path / "data"))
    pg.setConfigOptions(imageAxisOrder="row-major", antialias=True)
    from gui.main_window import MainWindow

    w = MainWindow(history_folder=tmp_path / "runs")
    qtbot.addWidget(w)
    w.show()
    w.training.set_dataset(small_data(), "sample")
    configure(w.training)
    yield w
    w.close()


def bundled_in_use(window):
    keeper = window.app_state.models
    return keeper.ref.source == "bundled" and keeper.shared_net().sizes == [784, 512, 256, 10]


def everyone_uses(window, sizes):
    return (window.app_state.models.shared_net().sizes == sizes and window.landscape._net.sizes == sizes
            and window.draw.current_model().sizes == sizes)


def test_a_diverged_run_never_changes_the_model_in_use(qtbot, window):
    configure(window.training, epochs=5, lr=50.0, optimizer="sgd")
    end = run_to_end(qtbot, window.training)
    assert end.reason == "diverged"
    assert bundled_in_use(window) and everyone_uses(window, [784, 512, 256, 10])
    assert window.draw.model_key() == "default"
    assert "model in use is unchanged" in window.training.message.text()
    assert "bundled" in window.training.controls.model_info.text()


def test_a_stopped_run_never_changes_the_model_in_use(qtbot, window):
    configure(window.training, epochs=200)
    end = run_to_end(qtbot, window.training, stop_after=30)  # past the first epoch (12 batches)
    assert end.reason == "stopped"
    assert bundled_in_use(window) and everyone_uses(window, [784, 512, 256, 10])
    kept = window.app_state.models.run(window.training.current_record().run_id)
    assert kept.has_model, "its best epoch is kept for Run history"
    assert "Use this model" in window.training.message.text()


def test_a_worse_finished_run_does_not_replace_a_better_model(qtbot, window):
    end = run_to_end(qtbot, window.training)
    assert end.reason == "finished"
    record = window.training.current_record()
    assert record.final_test_accuracy < window.app_state.models.ref.test_accuracy
    assert bundled_in_use(window)
    # the bundled model was measured on the same 200 test digits the run was
    assert window.app_state.models.ref.dataset == "slice:200"


def test_a_better_finished_run_replaces_the_model_in_use(qtbot, tmp_path, monkeypatch):
    import pyqtgraph as pg

    from gui.main_window import MainWindow

    pg.setConfigOptions(imageAxisOrder="row-major", antialias=True)
    monkeypatch.setenv("GRADIENT_LAB_DATA_DIR", str(tmp_path / "data"))
    w = MainWindow()
    qtbot.addWidget(w)
    try:
        w.training.set_dataset(small_data(), "sample")
        configure(w.training)
        weak = MLP([784, 4, 10], seed=1)  # untrained-like: about 10 % right
        w.app_state.models.use(weak, ModelRef(RUN, "#0 weak", run_id=0, test_accuracy=None, dataset=""))
        end = run_to_end(qtbot, w.training)
        assert end.reason == "finished"
        ref = w.app_state.models.ref
        assert ref.source == "run" and ref.run_id == w.training.current_record().run_id
        assert everyone_uses(w, [784, 32, 10])
        assert "now the model in use" in w.training.message.text()
    finally:
        w.close()


def test_use_this_model_across_a_restart(qtbot, window, tmp_path):
    run_to_end(qtbot, window.training)
    run_id = window.training.current_record().run_id
    kept_w1 = window.app_state.models.run(run_id).net.params["W1"].copy()
    window.close()

    from gui.main_window import MainWindow

    again = MainWindow(history_folder=tmp_path / "runs")
    qtbot.addWidget(again)
    try:
        view = again.training.history_view
        assert view.list.count() == 1 and f"#{run_id}" in view.list.item(0).text()
        assert bundled_in_use(again)
        assert view.select_run(run_id) and view.use_button.isEnabled()
        view.use_button.click()
        assert everyone_uses(again, [784, 32, 10])
        np.testing.assert_allclose(again.app_state.models.shared_net().params["W1"], kept_w1, rtol=1e-6)
        assert "in use" in view.list.item(0).text() and "run 1" in again.training.controls.model_info.text()
        assert again.draw.model_key() == "session"
    finally:
        again.close()


def test_history_rows_say_the_rates_used_and_one_iteration_runs_show(qtbot, window):
    t = window.training
    configure(t, epochs=200)
    assert t.start()
    qtbot.waitUntil(lambda: t.current_record().iteration >= 3, timeout=20_000)
    t.controls.lr.setValue(0.5)
    qtbot.waitUntil(lambda: t.current_record().iteration >= 6, timeout=20_000)
    with qtbot.waitSignal(t.sigRunEnded, timeout=20_000):
        t.stop()
    qtbot.waitUntil(lambda: t.state == "idle", timeout=10_000)
    t.history_view.sync()
    assert "lr 0.002 -> 0.5" in t.history_view.list.item(0).text()
    t.step()  # one batch, then stop: a run of one iteration
    qtbot.waitUntil(lambda: t.current_record().iteration == 1, timeout=10_000)
    with qtbot.waitSignal(t.sigRunEnded, timeout=20_000):
        t.stop()
    qtbot.waitUntil(lambda: t.state == "idle", timeout=10_000)
    t.history_view.sync()
    assert t.history_view.list.count() == 2 and "| 1 it" in t.history_view.list.item(1).text()
    t.history_view.select_run(t.current_record().run_id)
    assert not t.history_view.use_button.isEnabled()  # no epoch ended: nothing kept


def test_reset_weights_asks_and_clears_what_the_run_left(qtbot, tmp_path, monkeypatch):
    from gui.training.training_panel import TrainingPanel

    panel = TrainingPanel(AppState(ModelKeeper()))
    qtbot.addWidget(panel)
    try:
        panel.set_dataset(small_data(), "sample")
        configure(panel)
        run_to_end(qtbot, panel)
        assert panel.app_state.models.ref.source == "run"
        assert "Accuracy: test" in panel.accuracy_plot.title.text() and "Epoch 2/2" in panel.progress.format()
        asked = []
        monkeypatch.setattr(panel, "_confirm_reset", lambda: asked.append(1) or False)
        assert not panel.reset_weights()
        assert asked and panel.app_state.models.ref.source == "run", "No: nothing is thrown away"
        monkeypatch.setattr(panel, "_confirm_reset", lambda: asked.append(2) or True)
        assert panel.reset_weights()
        assert asked == [1, 2] and panel.app_state.models.ref.source == "fresh"
        assert panel.accuracy_plot.title.text() == "Accuracy" and panel.progress.format() == "Not started"
        assert panel.loss_plot.curve_lengths()["batch"] == 0 and panel.confusion.matrix is None
        # a saved model is not asked about
        run_to_end(qtbot, panel)
        assert panel.save_model_to(tmp_path / "m.npz")
        monkeypatch.setattr(panel, "_confirm_reset", lambda: pytest.fail("asked about a saved model"))
        assert panel.reset_weights()
    finally:
        panel.shutdown()
        panel.close()
