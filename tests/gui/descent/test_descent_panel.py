import math
import time

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QSlider, QSpinBox, QSplitter

from core.nn.activations import ACTIVATIONS
from core.descent.descent_run import DIVERGED, DescentRun
from core.nn.schedules import make_schedule
from core.descent.surfaces import make_surface


def _select(combo, key):
    i = combo.findData(key)
    assert i >= 0, key
    combo.setCurrentIndex(i)


def _all_finite(*arrays):
    return all(np.all(np.isfinite(np.asarray(a, dtype=float))) for a in arrays)


def _drawn_items_finite(panel):
    xs, ys = [], []
    for item in [panel.contour.balls]:
        x, y = item.getData()
        xs.append(x)
        ys.append(y)
    for item in panel.contour._trails + panel.contour._arrows + [panel.contour.isolines]:
        x, y = item.getData()
        if x is not None:
            xs.append(x)
            ys.append(y)
    for item in panel.loss_plot._curves:
        x, y = item.getData()
        if x is not None:
            xs.append(x)
            ys.append(y)
    ranges = [panel.contour.getPlotItem().vb.viewRange(), panel.loss_plot.getPlotItem().vb.viewRange()]
    return _all_finite(*xs, *ys, *ranges)


def test_default_view_teaches_the_bowl(panel):
    assert panel.surface.name == "bowl"
    assert panel.run.point == make_surface("bowl").start != (2.0, 3.0)
    assert panel.contour.ball_positions() == [panel.run.point]
    assert panel.contour.minima.getData()[0].tolist() == [2.0] and panel.contour.minima.getData()[1].tolist() == [3.0]
    assert "x ← -2.0000 − 0.0500 × (-8.0000) = -1.6000" in panel.readout.plain
    assert "y ← 0.5000 − 0.0500 × (-20.0000) = 1.5000" in panel.readout.plain
    assert "loss = 41.0000" in panel.readout.plain
    assert panel.actions["step"].isEnabled()
    assert not panel.actions["back"].isEnabled()  # nothing to undo at step 0
    assert not panel.actions["reset"].isEnabled()
    assert not panel.banner.isVisible()
    labels = panel.contour.getPlotItem()
    assert labels.getAxis("bottom").labelText == "x" and labels.getAxis("left").labelText == "y"


def test_step_n_times_equals_the_core_run(panel):
    for _ in range(25):
        panel.actions["step"].trigger()
    core_run = DescentRun(make_surface("bowl"), "sgd", lr=0.05, schedule=make_schedule("constant"))
    core_run.run(25)
    assert panel.run.k == 25
    assert panel.run.point == core_run.point  # bitwise
    panel.redraw_now()
    assert panel.contour.ball_positions() == [core_run.point]
    steps, _ = panel.loss_plot.curve_data(0)
    assert steps[-1] == 25


def test_back_restores_the_exact_previous_point_and_actions_follow(panel):
    _select(panel.controls.optimizer, "adam")
    points = [panel.run.point]
    for _ in range(10):
        panel.actions["step"].trigger()
        points.append(panel.run.point)
    assert panel.actions["back"].isEnabled() and panel.actions["reset"].isEnabled()
    for k in range(9, -1, -1):
        panel.actions["back"].trigger()
        assert panel.run.point == points[k]
    assert not panel.actions["back"].isEnabled()
    panel.actions["step"].trigger()
    assert panel.run.point == points[1]  # optimizer state was restored too


def test_click_puts_the_ball_there(panel, qtbot):
    contour = panel.contour
    panel.redraw_now()
    scene_pos = contour.scene_pos_of(4.0, 5.0)
    widget_pos = contour.mapFromScene(scene_pos)
    with qtbot.waitSignal(contour.sigClicked, timeout=2000) as blocker:
        qtbot.mouseClick(contour.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(widget_pos.x(), widget_pos.y()))
    x, y = blocker.args
    assert abs(x - 4.0) < 0.1 and abs(y - 5.0) < 0.1
    assert panel.run.start == (x, y) and panel.run.k == 0
    panel.place_ball(0.5, 6.0)
    assert panel.run.point == (0.5, 6.0)
    panel.place_ball(math.nan, 1.0)  # ignored
    assert panel.run.point == (0.5, 6.0)


def test_keyboard_shortcuts_step_back_play_reset(panel, qtbot):
    panel.activateWindow()
    panel.contour.setFocus()
    qtbot.keyClick(panel.contour, Qt.Key.Key_Space)
    qtbot.keyClick(panel.contour, Qt.Key.Key_Space)
    assert panel.run.k == 2
    qtbot.keyClick(panel.contour, Qt.Key.Key_Backspace)
    assert panel.run.k == 1
    qtbot.keyClick(panel.contour, Qt.Key.Key_R)
    assert panel.run.k == 0
    qtbot.keyClick(panel.contour, Qt.Key.Key_P)
    assert panel.playing
    qtbot.keyClick(panel.contour, Qt.Key.Key_P)
    assert not panel.playing
    for action in panel.actions.values():
        assert action.shortcutContext() == Qt.ShortcutContext.WidgetWithChildrenShortcut
    # typing in the rate box is typing, not stepping
    k = panel.run.k
    panel.controls.lr_edit.setFocus()
    qtbot.keyClick(panel.controls.lr_edit, Qt.Key.Key_Backspace)
    assert panel.run.k == k


def type_rate(qtbot, box, text):
    """Select the rate box's text, type ``text`` key by key, press Enter (as a learner does)."""
    box.setFocus()
    box.lineEdit().selectAll()
    qtbot.keyClicks(box, text)
    qtbot.keyClick(box, Qt.Key.Key_Return)


def test_large_rate_shows_the_diverged_banner_and_stops_play(panel, qtbot):
    type_rate(qtbot, panel.controls.lr_edit, "0.3")
    assert panel.run.lr == 0.3
    panel.controls.speed.setValue(100)
    panel.play()
    assert panel.playing
    qtbot.waitUntil(lambda: not panel.playing, timeout=10_000)
    assert panel.run.status == DIVERGED
    panel.redraw_now()
    assert panel.banner.isVisible()
    assert "diverged: the learning rate is too large for this surface" in panel.banner.text()
    assert "diverged: the learning rate is too large for this surface" in panel.status_line.text()
    assert not panel.actions["step"].isEnabled() and not panel.actions["play"].isEnabled()
    assert not panel.actions["play"].isChecked()
    assert _drawn_items_finite(panel)
    k = panel.run.k
    panel.actions["back"].trigger()  # Back still works
    assert panel.run.k == k - 1 and panel.run.status != DIVERGED
    assert not panel.banner.isVisible() and panel.actions["step"].isEnabled()


def test_an_overflowing_run_leaves_nothing_non_finite_on_screen(panel):
    _select(panel.controls.surface, "rosenbrock")
    panel.controls.set_lr(10.0)
    panel.place_ball(-1.9, 2.9)
    for _ in range(20):
        panel.step()
    panel.redraw_now()
    assert panel.run.status == DIVERGED
    assert _drawn_items_finite(panel)
    assert all(math.isfinite(v) for v in panel.run.point)


@pytest.mark.parametrize("text", ["0", "-1", "nan", "NaN", "11", "abc", "1e-9", "inf"])
def test_bad_learning_rates_are_refused_with_a_message(panel, qtbot, text):
    controls = panel.controls
    before = panel.run.lr
    type_rate(qtbot, controls.lr_edit, text)
    assert panel.run.lr == before == controls.lr
    assert controls.lr_edit.text() == f"{before:g}"
    assert not controls.lr_message.isHidden() and controls.lr_message.text()
    type_rate(qtbot, controls.lr_edit, "0.02")
    assert panel.run.lr == 0.02 and controls.lr_message.isHidden()
    # log scale: 0.02 sits at (log10(0.02) + 4) / 5 = 46 % of the slider
    lo, hi = controls.lr_slider.minimum(), controls.lr_slider.maximum()
    assert controls.lr_slider.value() == pytest.approx(lo + 0.46 * (hi - lo), abs=1)


def test_lr_slider_is_logarithmic_and_keeps_the_run(panel):
    for _ in range(3):
        panel.step()
    panel.controls.lr_slider.setValue(panel.controls.lr_slider.maximum())
    assert panel.run.lr == 10.0 and panel.run.k == 3  # the run goes on with the new rate
    panel.controls.lr_slider.setValue(panel.controls.lr_slider.minimum())
    assert panel.run.lr == pytest.approx(1e-4)


def test_race_moves_all_balls_together(panel):
    _select(panel.controls.surface, "himmelblau")
    panel.controls.race.setChecked(True)
    assert len(panel.runs) == 4
    start = panel.run.start
    assert all(r.start == start for r in panel.runs)
    for _ in range(6):
        panel.actions["step"].trigger()
    panel.redraw_now()
    assert [r.k for r in panel.runs] == [6, 6, 6, 6]
    balls = panel.contour.ball_positions()
    assert len(balls) == 4 and len(set(balls)) == 4
    assert [r.optimizer_name for r in panel.runs] == ["sgd", "momentum", "rmsprop", "adam"]
    names = [row[0] for row in panel.legend.texts()]
    assert len(names) == 4 and names[0].startswith("SGD")
    panel.actions["back"].trigger()
    assert [r.k for r in panel.runs] == [5, 5, 5, 5]
    _select(panel.controls.race_opts[1], "")  # racer 3 off
    assert len(panel.runs) == 3
    panel.controls.race.setChecked(False)
    assert len(panel.runs) == 1 and panel.legend.isHidden()


def test_pickers_keep_the_ball_a_new_surface_starts_at_its_own_start(panel):
    """The optimizer and schedule pickers keep the ball where it is; a surface change puts it at
    that surface's designed start (issue 13: the book's zigzag starts at (-7, 2))."""
    from core.descent.surfaces import make_surface

    panel.place_ball(1.0, 1.5)
    for key in ("momentum", "adam"):
        _select(panel.controls.optimizer, key)
        assert panel.run.point == (1.0, 1.5) and panel.run.optimizer_name == key
    _select(panel.controls.schedule, "cosine")
    assert panel.run.point == (1.0, 1.5)
    for name in ("himmelblau", "rosenbrock", "plateau", "saddle", "book"):
        _select(panel.controls.surface, name)
        assert panel.run.point == tuple(make_surface(name).start), name
        panel.place_ball(1.9, -0.9)  # inside every view: still not kept by the next surface


def test_saddle_and_plateau_say_stalled(panel, qtbot):
    _select(panel.controls.surface, "saddle")
    panel.place_ball(1.5, 0.0)
    panel.controls.speed.setValue(100)
    panel.play()
    qtbot.waitUntil(lambda: not panel.playing, timeout=10_000)
    assert "stalled: the gradient is zero here: a saddle" in panel.banner.text()
    _select(panel.controls.surface, "plateau")
    panel.place_ball(7.5, 2.8)
    panel.step()
    assert "stalled: the gradient is zero here: a plateau" in panel.banner.text()


def test_morph_slider_grows_local_minima(panel):
    _select(panel.controls.surface, "morph")
    assert panel.controls.morph.isVisible()
    panel.controls.morph.setValue(0)
    panel.redraw_now()
    assert len(panel.contour.minima.getData()[0]) == 1
    panel.controls.morph.setValue(100)
    panel.redraw_now()
    assert len(panel.contour.minima.getData()[0]) == 9


def test_neuron_surface_with_linked_data_view(panel, qtbot):
    _select(panel.controls.surface, "neuron")
    assert panel.data_view.isVisible() and panel.controls.activation.isVisible()
    axis = panel.contour.getPlotItem().getAxis("bottom")
    assert axis.labelText == "w"
    s = panel.surface
    assert (s.activation.name, s.loss.name) == ("identity", "mse")
    np.testing.assert_allclose(panel.contour.minima.getData()[0], [2.22])
    for _ in range(5):
        panel.step()
    panel.redraw_now()
    w, b = panel.run.point
    xs, ys = panel.data_view.curve.getData()
    np.testing.assert_allclose(ys, w * xs + b)  # the curve is the neuron at the ball
    assert "w ←" in panel.readout.plain and "b ←" in panel.readout.plain

    # edit the data: move, add, remove; the surface follows and the ball stays
    p = panel.run.point
    panel.data_view.move_point(1, 2.0, 6.0)
    assert panel.surface.t[1] == 6.0 and panel.run.point == p
    panel.data_view.move_point(1, 2.0, 100.0)  # dragged off the view: stays at its edge
    assert panel.surface.t[1] == panel.data_view.box[3]
    panel.data_view.add_point(3.0, 9.0)
    assert panel.surface.n_samples == 3
    assert panel.data_view.remove_point(0)
    assert panel.surface.n_samples == 2
    assert panel.data_view.remove_point(0) and not panel.data_view.remove_point(0)  # one point always stays
    assert panel.surface.n_samples == 1

    # a real click in empty data space adds a point there
    panel.data_view.set_data([1.0, 2.0], [3.45, 5.67])
    panel.surface.set_data([1.0, 2.0], [3.45, 5.67])
    qtbot.wait(50)  # let the view take its new range
    vb = panel.data_view.getPlotItem().vb
    target = vb.mapViewToScene(__import__("pyqtgraph").Point(0.5, 1.0))
    wp = panel.data_view.mapFromScene(target)
    qtbot.mouseClick(panel.data_view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(wp.x(), wp.y()))
    assert panel.surface.n_samples == 3
    assert abs(panel.surface.x[-1] - 0.5) < 0.1 and abs(panel.surface.t[-1] - 1.0) < 0.2


def test_activation_and_loss_pickers_and_their_rules(panel):
    _select(panel.controls.surface, "neuron")
    _select(panel.controls.activation, "sigmoid")
    assert panel.surface.activation.name == "sigmoid"
    panel.redraw_now()
    w, b = panel.run.point
    xs, ys = panel.data_view.curve.getData()
    np.testing.assert_allclose(ys, ACTIVATIONS["sigmoid"].value(w * xs + b))
    # BCE on the course's targets (3.45, 5.67) is refused, nothing changes
    _select(panel.controls.loss, "binary_cross_entropy")
    assert panel.surface.loss.name == "mse" and panel.controls.loss.currentData() == "mse"
    assert "targets 0 or 1" in panel.status_line.text()
    # the classes preset brings sigmoid + BCE; identity then switches the loss to MSE
    _select(panel.controls.preset, "classes")
    assert (panel.surface.activation.name, panel.surface.loss.name) == ("sigmoid", "binary_cross_entropy")
    assert panel.controls.loss.currentData() == "binary_cross_entropy"
    _select(panel.controls.activation, "identity")
    assert panel.surface.loss.name == "mse" and panel.controls.loss.currentData() == "mse"
    _select(panel.controls.loss, "binary_cross_entropy")  # back to BCE: the activation becomes sigmoid
    assert panel.surface.activation.name == "sigmoid"
    _select(panel.controls.activation, "step")
    panel.step()
    assert "plateau" in panel.banner.text()  # the step neuron cannot move


def test_mini_batches_make_the_path_jitter(panel):
    _select(panel.controls.surface, "neuron")
    _select(panel.controls.preset, "classes")
    start = panel.run.point
    for _ in range(20):
        panel.step()
    full = panel.run.point
    panel.controls.batch.setValue(1)
    assert panel.run.point == full  # the ball stays; the run restarts from here
    panel.place_ball(*start)
    for _ in range(20):
        panel.step()
    assert panel.run.point != full
    assert panel.run.last_record.batch == 1
    panel.redraw_now()
    assert "batch of 1 of 10" in panel.readout.plain


def test_lr_sweep_fills_the_plot_and_a_point_adopts_its_rate(panel, qtbot):
    panel.controls.sweep_steps.setValue(30)
    panel.controls.sweep_button.click()
    assert panel.sweeping
    qtbot.waitUntil(lambda: not panel.sweeping, timeout=20_000)
    plot = panel.sweep_plot
    assert plot.rates.size == 20
    assert plot.diverged[-1] and not plot.diverged[0]
    assert plot.losses[~plot.diverged].min() < 1e-3 < plot.losses[0]
    with qtbot.waitSignal(plot.sigRateChosen):
        plot.choose_nearest(0.06)
    assert panel.run.lr == panel.controls.lr == pytest.approx(plot.rates[np.argmin(abs(np.log(plot.rates / 0.06)))])
    assert "sweep" in panel.status_line.text()


def test_clicking_a_sweep_point_adopts_its_rate(panel, qtbot):
    panel.start_sweep(20)
    qtbot.waitUntil(lambda: not panel.sweeping, timeout=20_000)
    plot = panel.sweep_plot
    qtbot.wait(50)
    i = int(np.flatnonzero(~plot.diverged)[3])
    x = np.log10(plot.rates[i])
    y = np.log10(plot.losses[i]) if plot._log_y else plot.losses[i]
    wp = plot.mapFromScene(plot.getPlotItem().vb.mapViewToScene(__import__("pyqtgraph").Point(x, y)))
    with qtbot.waitSignal(plot.sigRateChosen, timeout=2000) as blocker:
        qtbot.mouseClick(plot.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(wp.x(), wp.y()))
    assert blocker.args[0] == plot.rates[i] == panel.run.lr


def test_gradient_field_is_drawn_downhill(panel):
    panel.controls.quiver.setChecked(True)
    panel.redraw_now()
    x, y = panel.contour.quiver.getData()
    assert panel.contour.quiver.isVisible() and len(x) == 6 * 19 * 19 - 6  # one arrow (3 strokes) per point but the minimum's
    assert _all_finite(x, y)
    # every shaft points downhill on the bowl: towards lower f
    bowl = make_surface("bowl")
    starts, tips = np.column_stack([x[0::6], y[0::6]]), np.column_stack([x[1::6], y[1::6]])
    assert all(bowl.point_value(t) < bowl.point_value(s) for s, t in zip(starts, tips))
    panel.controls.quiver.setChecked(False)
    panel.redraw_now()
    assert not panel.contour.quiver.isVisible()


def test_play_redraws_at_most_about_30_times_a_second(panel, qtbot):
    _select(panel.controls.surface, "book")
    panel.controls.set_lr(0.01)
    panel.controls.speed.setValue(100)  # 2000 steps/s
    before_draws, before_k = panel.redraw_count, panel.run.k
    t0 = time.perf_counter()
    panel.play()
    qtbot.wait(700)
    panel.play(False)
    elapsed = time.perf_counter() - t0
    draws = panel.redraw_count - before_draws
    steps = panel.run.k - before_k
    assert draws <= elapsed * 1000 / 33 + 3
    assert steps > 2 * draws  # many steps per redraw


def test_every_control_is_named_and_explained(panel):
    from gui.settings import persisted_controls

    controls = persisted_controls(panel)
    for name in ("descent.surface", "descent.optimizer", "descent.lr", "descent.schedule",
                 "descent.batch", "descent.activation", "descent.loss", "descent.speed", "descent.quiver",
                 "descent.race", "descent.morph", "descent.splitter", "descent.sweep_steps"):
        assert name in controls, name
    for name, w in controls.items():
        assert name.startswith("descent.")
        if isinstance(w, (QComboBox, QSpinBox, QSlider, QCheckBox, QLineEdit)):
            assert w.toolTip(), name
        if isinstance(w, QComboBox):  # items carry core's key ("" = no racer)
            assert all(w.itemData(i) is not None for i in range(w.count())), name
    assert isinstance(controls["descent.splitter"], QSplitter)


def test_a_restored_rate_is_applied_and_a_bad_one_ignored(panel):
    from gui.settings import set_control_value

    assert set_control_value(panel.controls.lr_edit, "0.002")
    assert panel.run.lr == 0.002
    set_control_value(panel.controls.lr_edit, "nan")
    assert panel.run.lr == 0.002 and panel.controls.lr_edit.text() == "0.002"


def test_shortcuts_work_only_while_the_tab_is_shown(main_window, qtbot):
    panel = main_window.descent
    main_window.tabs.setCurrentWidget(panel)
    main_window.activateWindow()
    panel.contour.setFocus()
    qtbot.keyClick(panel.contour, Qt.Key.Key_Space)
    assert panel.run.k == 1
    main_window.tabs.setCurrentIndex(1)
    other = main_window.tabs.currentWidget()
    other.setFocus()
    qtbot.keyClick(other, Qt.Key.Key_Space)
    qtbot.keyClick(other, Qt.Key.Key_R)
    assert panel.run.k == 1
    main_window.tabs.setCurrentWidget(panel)
    panel.play()
    assert panel.playing
    main_window.tabs.setCurrentIndex(2)
    assert not panel.playing  # hidden: Play pauses
    panel.play()
    assert not panel.playing  # and does not start while hidden


def test_shutdown_stops_the_timers(panel, qtbot):
    panel.play()
    panel.start_sweep(10)
    panel.shutdown()
    assert not panel.playing and not panel.sweeping


def test_descent_settings_survive_a_restart(qtbot, tmp_path):
    import pyqtgraph as pg

    from gui.main_window import MainWindow
    from gui.settings import Settings

    pg.setConfigOptions(imageAxisOrder="row-major", antialias=True)
    ini = tmp_path / "gradient-lab.ini"
    first = MainWindow(settings=Settings(ini))
    qtbot.addWidget(first)
    first.show()
    c = first.descent.controls
    _select(c.surface, "neuron")
    _select(c.preset, "classes")
    _select(c.optimizer, "adam")
    c.set_lr(0.3)
    c.batch.setValue(3)
    c.race.setChecked(True)
    c.race_lr_inputs[0].set_value(0.2)
    first.close()

    second = MainWindow(settings=Settings(ini))
    qtbot.addWidget(second)
    second.show()
    panel = second.descent
    assert panel.surface.name == "neuron" and panel.surface.preset == "classes"
    assert (panel.surface.activation.name, panel.surface.loss.name) == ("sigmoid", "binary_cross_entropy")
    assert panel.run.optimizer_name == "adam" and panel.run.lr == 0.3
    assert panel.batch_size == 3 and len(panel.runs) == 4 and panel.runs[1].lr == 0.2
    panel.step()
    assert panel.run.k == 1
    second.close()


def test_typing_a_bad_rate_and_enter_is_refused(panel, qtbot):
    edit = panel.controls.lr_edit
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, "-5")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert panel.run.lr == 0.05 and edit.text() == "0.05"
    assert "greater than 0" in panel.controls.lr_message.text()
    edit.selectAll()
    qtbot.keyClicks(edit, "0.2")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert panel.run.lr == 0.2


def test_screenshot_states_show_the_three_views_the_readme_needs(panel):
    """--screenshots: the bowl mid-descent, the neuron surface with its data view, a race on
    Himmelblau; afterwards the bowl again."""
    states = panel.screenshot_states()
    assert next(states) == "descent"
    assert panel.controls.surface.currentData() == "bowl" and panel.run.k == 12
    assert next(states) == "descent-neuron"
    assert panel.controls.surface.currentData() == "neuron" and panel.data_view.isVisible()
    assert panel.run.start == (-2.0, 5.0) and panel.run.k == 25
    assert next(states) == "descent-race"
    assert panel.controls.surface.currentData() == "himmelblau"
    assert len(panel.runs) == 4 and [r.k for r in panel.runs] == [40] * 4
    assert len(set(panel.contour.ball_positions())) == 4
    with pytest.raises(StopIteration):
        next(states)
    assert panel.controls.surface.currentData() == "bowl" and len(panel.runs) == 1


def test_four_diverged_racers_do_not_widen_the_window(main_window):
    """The status line wraps: four long reasons do not push the window past 1280 px, and the
    loss axis shows the losses themselves (no "x1e+09" multiplier)."""
    main_window.resize(1280, 800)
    panel, c = main_window.descent, main_window.descent.controls
    c.race.setChecked(True)
    c.set_lr(10)
    for combo, key in zip(c.race_opts, ["momentum", "nesterov", "sgd"]):
        c.select(combo, key)
    c.race_lrs = [10, 10, 10]
    panel._restart_here()
    for _ in range(5):
        panel.step()
    panel.redraw_now()
    assert [r.status for r in panel.runs] == ["diverged"] * 4
    assert len(panel.status_line.text()) > 200
    assert main_window.minimumSizeHint().width() <= 1280 and main_window.width() == 1280
    axis = panel.loss_plot.getPlotItem().getAxis("left")
    assert axis.autoSIPrefixScale == 1.0 and "x1e" not in axis.labelString()


def test_a_new_data_preset_starts_at_its_own_start(panel):
    _select(panel.controls.surface, "neuron")
    panel.place_ball(1.0, 1.0)
    _select(panel.controls.preset, "classes")
    assert panel.surface.preset == "classes" and panel.run.point == tuple(panel.surface.start)


def test_the_step_axis_shows_whole_steps_from_the_start(panel):
    """At step 0 the loss plot's step axis already reaches 10, so its ticks are whole steps."""
    panel.reset()
    panel.redraw_now()
    (x0, x1), _ = panel.loss_plot.getPlotItem().vb.viewRange()
    assert x0 <= 0 and x1 >= 10
