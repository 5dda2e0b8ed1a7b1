"""The Landscape tab: computing in a worker with progress and Cancel, the path and its replay,
two picked weights with the Descent lab's optimizers, and the wiring to the Training tab."""
import numpy as np
import pytest
from PySide6.QtCore import Qt

from core.landscape import landscape as L
from core.data.datasets import load_sample
from core.training.training import TrainConfig, Trainer, make_network
from gui.landscape.landscape_panel import LandscapePanel


@pytest.fixture(scope="module")
def run():
    """A 784-32-10 net after one short epoch: (net, trajectory, iterations, last iteration, data)."""
    ds = load_sample()
    config = TrainConfig(hidden=(32,), epochs=1, dropout=0.0, augment=False, eval_subset=100, batch_size=200)
    net = make_network(config)
    trainer = Trainer(net, ds, config, keep_trajectory=True, trajectory_every=2)
    for end in trainer.run():
        pass
    return net, trainer.trajectory, trainer.trajectory_iterations, end.iteration, ds


@pytest.fixture
def panel(qtbot, run):
    import pyqtgraph as pg

    pg.setConfigOptions(imageAxisOrder="row-major")
    net, traj, its, last, ds = run
    p = LandscapePanel()
    qtbot.addWidget(p)
    p.set_dataset(ds)
    p.set_model(net, "test net", traj, its, last)
    p.controls.resolution.setValue(11)
    p.controls.samples.setValue(300)
    p.resize(1280, 760)
    p.show()
    yield p
    p.shutdown()
    assert not p.is_computing()
    p.close()


def choose(panel, kind):
    panel.controls.kind.setCurrentIndex(panel.controls.kind.findData(kind))


def compute(qtbot, panel, timeout=30_000):
    with qtbot.waitSignal(panel.sigComputed, timeout=timeout) as blocker:
        qtbot.mouseClick(panel.controls.buttons["compute"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not panel.is_computing(), timeout=timeout)
    return blocker.args[0]


def test_pca_slice_with_the_path_and_its_replay(qtbot, panel, run):
    net, traj, its, last, ds = run
    choose(panel, "pca")
    result = compute(qtbot, panel)
    assert panel.result is result and result.spec.kind == "pca"
    assert result.Z.shape == (11, 11)
    x, t, _ = L.fixed_subset(ds.x_train, ds.y_train, 300)
    np.testing.assert_allclose(result.Z[5, 5], net.loss(x, t), rtol=1e-5)
    assert panel.controls.progress.value() == panel.controls.progress.maximum() == 11
    assert panel.controls.buttons["compute"].isEnabled() and not panel.controls.buttons["cancel"].isEnabled()
    # the explained variance is said in the caption and on the axes
    r1, r2 = result.explained
    assert f"{100 * r1:.1f} %" in panel.view.caption.text() and f"{100 * (r1 + r2):.1f} %" in panel.view.caption.text()
    assert f"{100 * r1:.1f} %" in panel.view.contour.getPlotItem().getAxis("bottom").labelText
    # the path: the whole run in grey, from its start to the trained weights at the centre
    path = result.path
    assert len(path) == len(traj) and np.allclose(path[-1], 0)
    drawn_x, drawn_y = panel.view.contour._trails[0].getData()
    np.testing.assert_allclose(drawn_x, path[:, 0])
    np.testing.assert_allclose(drawn_y, path[:, 1])
    assert panel.view.contour.ball_positions() == [pytest.approx(tuple(path[-1]))]
    # replay: the ball moves to snapshot k, the loss plot shows iterations up to it
    panel.controls.replay.setValue(0)
    assert panel.view.contour.ball_positions()[0] == pytest.approx(tuple(path[0]))
    qtbot.mouseClick(panel.controls.buttons["replay_step"], Qt.MouseButton.LeftButton)
    assert panel.controls.replay.value() == 1
    assert panel.view.contour.ball_positions()[0] == pytest.approx(tuple(path[1]))
    xs, ys = panel.loss_curve(1)
    np.testing.assert_allclose(xs, its[:2])
    np.testing.assert_allclose(ys, result.path_loss[:2])
    assert "iteration {0}".format(its[1]) in panel.controls.replay_label.text()
    # play runs to the end and stops there
    panel.actions["replay_play"].setChecked(True)
    qtbot.waitUntil(lambda: not panel.actions["replay_play"].isChecked(), timeout=10_000)
    assert panel.controls.replay.value() == panel.controls.replay.maximum() == len(path) - 1
    # hiding the path hides it
    panel.controls.show_path.setChecked(False)
    assert not panel.view.contour._trails[0].isVisible()


def test_random_plane_draws_the_paths_shadow(qtbot, panel):
    choose(panel, "random")
    assert panel.controls.seed.isVisible() and panel.controls.spans["random"].isVisible() and not panel.controls.spans["pca"].isVisible()
    result = compute(qtbot, panel)
    assert result.plane.kind == "random" and result.explained is None
    assert result.xs[0] == pytest.approx(-1.0) and result.xs[-1] == pytest.approx(1.0)
    assert "random" in panel.view.contour.getPlotItem().getAxis("bottom").labelText


def test_cancel_stops_the_worker_and_keeps_the_picture(qtbot, panel):
    choose(panel, "random")
    first = compute(qtbot, panel)
    panel.controls.resolution.setValue(101)
    panel.controls.samples.setValue(8000)
    assert panel.compute()
    assert panel.is_computing() and not panel.controls.buttons["compute"].isEnabled() and panel.controls.buttons["cancel"].isEnabled()
    # a long job says how long it still needs
    qtbot.waitUntil(lambda: "s left" in panel.controls.progress.format(), timeout=20_000)
    assert 0 < panel.controls.progress.value() < 101
    qtbot.mouseClick(panel.controls.buttons["cancel"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not panel.is_computing(), timeout=20_000)
    assert panel.result is first
    assert panel.controls.progress.value() < 101
    assert "Cancelled" in panel.view.status.text()
    assert panel.controls.buttons["compute"].isEnabled() and not panel.controls.buttons["cancel"].isEnabled()


def test_pca_needs_a_path(qtbot, panel, run):
    net = run[0]
    panel.set_model(net, "loaded", trajectory=[])
    choose(panel, "pca")
    assert not panel.compute()
    assert "path" in panel.view.status.text() and not panel.is_computing()
    assert "No training path" in panel.controls.path_label.text()


def test_two_picked_weights_and_the_optimizers(qtbot, panel, run):
    net, _, _, _, ds = run
    choose(panel, "weights")
    assert panel.controls.weights_box.isVisible() and not panel.controls.path_box.isVisible()
    panel.controls.picker.unit.setValue(5)
    centre, near = 14 * 28 + 14, 12 * 28 + 15
    panel.controls.picker.pick(centre, slot=0)
    # picking in weights mode computes at once
    with qtbot.waitSignal(panel.sigComputed, timeout=30_000) as blocker:
        panel.controls.picker.pick(near)  # the next slot: B
    qtbot.waitUntil(lambda: not panel.is_computing(), timeout=30_000)
    result = blocker.args[0]
    s = result.surface
    assert s.first == (centre, 5) and s.second == (near, 5)
    assert s.start == (float(net.params["W1"][centre, 5]), float(net.params["W1"][near, 5]))
    x, t, _ = L.fixed_subset(ds.x_train, ds.y_train, 300)
    np.testing.assert_allclose(result.center_loss, net.loss(x, t), rtol=1e-5)
    assert "(14, 14)" in panel.view.contour.getPlotItem().getAxis("bottom").labelText
    # the ball starts on the trained point; a step moves it downhill
    assert panel.run is not None and panel.run.point == s.start
    assert panel.view.contour.ball_positions()[0] == pytest.approx(s.start)
    panel.run.reset((s.u0 + 1.0, s.v0 - 1.0))
    before = panel.run.loss
    qtbot.mouseClick(panel.controls.buttons["step"], Qt.MouseButton.LeftButton)
    assert panel.run.k == 1 and panel.run.loss < before
    assert panel.view.contour.ball_positions()[0] == pytest.approx(panel.run.point)
    assert "Step 1" in panel.controls.descent_label.text()
    # another optimizer: a new run from the trained point with that optimizer's suggested rate
    panel.controls.optimizer.setCurrentIndex(panel.controls.optimizer.findData("adam"))
    assert panel.run.optimizer_name == "adam" and panel.run.k == 0
    assert panel.controls.lr.value() == pytest.approx(s.suggested_lr("adam"), rel=1e-3)
    panel.actions["play"].setChecked(True)
    qtbot.waitUntil(lambda: panel.run.k >= 5, timeout=10_000)
    panel.actions["play"].setChecked(False)
    k = panel.run.k
    qtbot.wait(100)
    assert panel.run.k == k, "Play stops when pressed again"
    qtbot.mouseClick(panel.controls.buttons["reset"], Qt.MouseButton.LeftButton)
    assert panel.run.k == 0 and panel.run.point == s.start
    # a click on the contour puts the ball there
    target = (s.u0 - 0.5, s.v0 + 0.5)
    panel._on_contour_clicked(*target)
    assert panel.run.point == pytest.approx(target)


def test_same_weight_twice_is_refused(qtbot, panel):
    choose(panel, "random")
    panel.controls.picker.pick(400, unit=1, slot=0)
    panel.controls.picker.pick(400, unit=1, slot=1)
    choose(panel, "weights")
    assert not panel.compute()
    assert "different" in panel.view.status.text()


def test_shutdown_while_computing_joins_the_thread(qtbot, panel):
    choose(panel, "random")
    panel.controls.resolution.setValue(101)
    panel.controls.samples.setValue(8000)
    assert panel.compute()
    panel.shutdown()
    assert not panel.is_computing()


def test_no_model_no_compute(qtbot, tmp_path, monkeypatch):
    """Without the bundled model (missing file) and nothing trained, Compute says why and does nothing."""
    from core.state.app_state import AppState

    p = LandscapePanel(AppState())  # no model in use (the bundled file missing, nothing trained)
    qtbot.addWidget(p)
    try:
        assert "No model yet" in p.controls.model_label.text()
        assert not p.compute()
        assert "No model" in p.view.status.text()
    finally:
        p.shutdown()
        p.close()


def test_first_launch_shows_the_bundled_model_on_a_random_plane(qtbot):
    """Nothing trained yet: the tab uses the model the Draw tab ships with; it has no path, so the
    random plane is chosen, Compute works, and the path controls stay off."""
    from core.data.model_io import DEFAULT_MODEL, load_model

    p = LandscapePanel()
    qtbot.addWidget(p)
    try:
        assert "bundled model" in p.controls.model_label.text() and "784-512-256-10" in p.controls.model_label.text()
        assert "No training path" in p.controls.path_label.text()
        assert p.kind_key == "random"
        assert "Press Compute" in p.view.caption.text()
        p.controls.resolution.setValue(11)
        p.controls.samples.setValue(200)
        with qtbot.waitSignal(p.sigComputed, timeout=60_000) as blocker:
            assert p.compute()
        qtbot.waitUntil(lambda: not p.is_computing(), timeout=60_000)
        result = blocker.args[0]
        bundled, _ = load_model(DEFAULT_MODEL)
        x, t, _ = L.fixed_subset(load_sample().x_train, load_sample().y_train, 200, 0)
        assert result.center_loss == pytest.approx(bundled.loss(x, t), rel=1e-4)
        assert result.path is None and not p.controls.path_box.isEnabled()
    finally:
        p.shutdown()
        p.close()


def test_the_tab_follows_the_training_tab(main_window, run, monkeypatch):
    net, traj, _, last, _ = run
    window = main_window
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert "Landscape" in titles and window.landscape in window.panels
    window.tabs.setCurrentWidget(window.landscape)
    from core.state.model_keeper import FILE, RUN, ModelRef

    keeper = window.app_state.models
    # a model in use from a file has no path, even though the last run left one
    window.app_state.set_trajectory(traj, list(range(len(traj))), run_id=7)
    keeper.use(net.copy(), ModelRef(FILE, "loaded: x.npz"))
    assert window.landscape._net is not None and "loaded: x.npz" in window.landscape.controls.model_label.text()
    assert window.landscape.trajectory() == []
    # the model in use is run 7's: run 7's path is its path
    keeper.use(net.copy(), ModelRef(RUN, "#7 relu", run_id=7))
    assert len(window.landscape.trajectory()) == len(traj)
    assert f"{len(traj)} weight snapshots" in window.landscape.controls.path_label.text()
    # another run's weights: no path
    keeper.use(net.copy(), ModelRef(RUN, "#6 relu", run_id=6))
    assert window.landscape.trajectory() == []


def test_a_pick_during_a_computation_restarts_it_with_the_new_choice(qtbot, panel):
    choose(panel, "weights")
    panel.controls.resolution.setValue(101)
    panel.controls.samples.setValue(8000)
    panel.controls.picker.pick(14 * 28 + 14, unit=2, slot=0)
    qtbot.waitUntil(panel.is_computing, timeout=5_000)
    panel.controls.resolution.setValue(11)
    panel.controls.samples.setValue(300)
    with qtbot.waitSignal(panel.sigComputed, timeout=30_000) as blocker:
        panel.controls.picker.pick(13 * 28 + 13, unit=4, slot=1)
    qtbot.waitUntil(lambda: not panel.is_computing(), timeout=30_000)
    result = blocker.args[0]
    assert result.surface.first == (14 * 28 + 14, 2) and result.surface.second == (13 * 28 + 13, 4)
    assert result.Z.shape == (11, 11), "the stale 101 x 101 computation was cancelled"
    assert panel.result is result


def test_screenshot_state_computes_the_slice_and_walks_on_it(qtbot, panel):
    """--screenshots: the Landscape shot shows a computed slice (and the ball's steps when the
    slice is two weights), not the empty tab."""
    choose(panel, "weights")
    assert panel.result is None
    states = panel.screenshot_states()
    assert next(states) == "landscape"
    assert panel.result is not None and panel.result.spec.kind == "weights"
    assert not panel.is_computing()
    assert panel.run is not None and panel.run.k > 0  # the ball moved on the picked-weights surface
    with pytest.raises(StopIteration):
        next(states)


def test_screenshot_state_without_a_model_is_the_empty_tab(qtbot, tmp_path, monkeypatch):
    from core.state.app_state import AppState

    p = LandscapePanel(AppState())
    qtbot.addWidget(p)
    try:
        assert list(p.screenshot_states()) == ["landscape"]
        assert p.result is None
    finally:
        p.shutdown()
        p.close()


def test_a_new_model_marks_the_picture_as_the_previous_models(qtbot, panel, run):
    """After a new model arrives the old slice stays visible but says it is stale, and the ball
    no longer walks on the old model's surface until Compute."""
    net = run[0]
    choose(panel, "weights")
    compute(qtbot, panel)
    assert panel.controls.buttons["step"].isEnabled()
    panel.set_model(net.copy(), "a newer model")
    assert "previous model" in panel.view.status.text()
    assert not panel.controls.buttons["step"].isEnabled() and not panel.actions["play"].isEnabled()
    compute(qtbot, panel)
    assert panel.controls.buttons["step"].isEnabled() and "previous model" not in panel.view.status.text()
