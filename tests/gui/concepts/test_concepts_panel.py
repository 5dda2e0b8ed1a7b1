"""The Concepts tab: each view is driven through its controls and the numbers on
screen are checked against core."""
import math

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QAbstractSlider, QCheckBox, QComboBox, QDoubleSpinBox, QLineEdit, QScrollBar, QSpinBox, QSplitter,
    QWidget,
)

from core.nn.activations import ACTIVATIONS, softmax
from core.concepts.demos import format_value
from core.nn.losses import LOSSES
from core.training.metrics import accuracy, mean_absolute_error


@pytest.fixture
def panel(qtbot):
    import pyqtgraph as pg

    pg.setConfigOptions(imageAxisOrder="row-major", antialias=True)
    from gui.concepts.concepts_panel import ConceptsPanel

    p = ConceptsPanel()
    qtbot.addWidget(p)
    p.resize(1280, 760)
    p.show()
    yield p
    p.shutdown()
    p.close()


def click(qtbot, widget):
    """A real mouse click; a check box is clicked on its box, not its (wide) middle."""
    pos = QPoint(8, widget.height() // 2) if isinstance(widget, QCheckBox) else widget.rect().center()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos)


# --- activations ---------------------------------------------------------------
def test_activation_curves_come_from_core_and_step_derivative_is_zero(panel):
    view = panel.activation_view
    x, y = view.curves["sigmoid"][0].getData()
    np.testing.assert_allclose(y, ACTIVATIONS["sigmoid"].value(x))
    x, dy = view.curves["step"][1].getData()
    assert x.size > 100 and np.all(dy == 0.0)
    assert "Step: 0 everywhere" in view.peaks_label.text()
    # the sigmoid's derivative peak is marked at (0, 0.25)
    px, py = view.peak_marker.getData()
    assert (px[0], py[0]) == (0.0, 0.25)
    assert view.peak_text.isVisible() or not view.isVisible()


def test_activation_checkboxes_overlay_and_hide(panel, qtbot):
    view = panel.activation_view
    assert view.shown() == ["step", "sigmoid", "relu"]
    click(qtbot, view.checkboxes["tanh"])
    assert "tanh" in view.shown() and view.curves["tanh"][0].isVisible()
    x, y = view.curves["tanh"][1].getData()
    np.testing.assert_allclose(y, ACTIVATIONS["tanh"].derivative(x))
    click(qtbot, view.checkboxes["sigmoid"])
    assert not view.curves["sigmoid"][0].isVisible() and not view.peak_marker.isVisible()
    click(qtbot, view.derivative_check)
    assert not view.curves["tanh"][1].isVisible() and view.curves["tanh"][0].isVisible()


@pytest.mark.parametrize("n", [1, 7, 30])
def test_layers_slider_shows_quarter_to_the_n(panel, n):
    view = panel.activation_view
    view.layers_slider.setValue(n)
    assert view.sigmoid_kept == pytest.approx(0.25 ** n, rel=1e-12)
    assert view.relu_kept == 1.0
    assert format_value(0.25 ** n) in view.layers_label.text()
    _, ys = view.layers_marker.getData()  # the plot is in log mode: it holds log10 values
    np.testing.assert_allclose(ys, np.log10([0.25 ** n, 1.0]), atol=1e-12)


# --- losses --------------------------------------------------------------------
def test_loss_readout_matches_core(panel):
    view = panel.loss_view
    view.target_spin.setValue(1.0)
    view.probe_spin.setValue(0.3)
    for key, loss in LOSSES.items():
        value, grad = view.readout[key]
        assert value == pytest.approx(loss.value(np.array([0.3]), np.array([1.0])))
        assert grad == pytest.approx(loss.gradient(np.array([0.3]), np.array([1.0]))[0])
    x, y = view.curves["mse"][0].getData()
    np.testing.assert_allclose(y, (x - 1.0) ** 2)


def test_mse_is_shown_beside_the_books_half_convention(panel):
    view = panel.loss_view
    view.target_spin.setValue(1.0)
    view.probe_spin.setValue(0.1)
    assert view.readout["mse"][0] == pytest.approx(0.81)        # mean((y − t)²), as Keras's mse
    assert view.readout["mse_book"][0] == pytest.approx(0.405)  # the book: E = ½(y − t)²
    text = view.readout_label.text()
    assert "E = ½(y − t)²" in text and "0.405" in text and "0.81" in text


def test_sigmoid_toggle_shows_mse_gradient_vanishing_where_cross_entropy_keeps_one(panel, qtbot):
    view = panel.loss_view
    view.target_spin.setValue(1.0)
    click(qtbot, view.sigmoid_check)
    assert view.through_sigmoid and view.probe_spin.value() == -6.0
    _, g_mse = view.readout["mse"]
    _, g_ce = view.readout["binary_cross_entropy"]
    assert abs(g_mse) < 0.01
    assert g_ce == 1 / (1 + math.exp(6)) - 1.0   # y - t from the logit, exact (the 1e-7 guard is gone)
    assert format_value(g_ce) in view.readout_label.text()
    # the plotted gradient of cross-entropy stays near -1 over the saturated half
    x, g = view.curves["binary_cross_entropy"][1].getData()
    assert np.all(g[x < -5] < -0.99)


def test_probability_losses_are_not_read_outside_zero_one(panel, qtbot):
    view = panel.loss_view
    view.probe_spin.setValue(-0.5)
    assert "binary_cross_entropy" not in view.readout and "mse" in view.readout
    assert "—" in view.readout_label.text()
    x, _ = view.curves["cross_entropy"][0].getData()
    assert x.min() > 0 and x.max() < 1
    click(qtbot, view.checkboxes["huber"])
    assert "huber" not in view.readout and not view.curves["huber"][0].isVisible()


# --- MAE against MSE -------------------------------------------------------------
def test_pulled_outlier_moves_mse_line_more_than_mae_line(panel, qtbot):
    view = panel.outlier_view
    panel.tabs.setCurrentWidget(view)
    assert view.shift("mse") < 1e-3
    click(qtbot, view.pull_button)
    qtbot.waitUntil(view.converged, timeout=20_000)
    assert not view.timer.isActive()
    assert view.shift("mse") > 3.0
    assert view.shift("mae") < 0.1 * view.shift("mse")
    assert view.shift("mae") < 1e-12   # the exact L1 line does not move (descent alone said 0.006)
    x, y = view.points()
    np.testing.assert_allclose([view.fits["mse"].w, view.fits["mse"].b], np.polyfit(x, y, 1), atol=1e-4)
    xs, ys = view.lines["mse"].getData()
    np.testing.assert_allclose(ys, view.fits["mse"].predict(xs))
    assert format_value(round(view.shift("mse"), 3), 3) in view.readout_label.text()
    # Huber was hidden; shown, it is fitted then and lands between the two
    click(qtbot, view.checkboxes["huber"])
    qtbot.waitUntil(view.converged, timeout=20_000)
    assert view.shift("mae") < view.shift("huber") < view.shift("mse")
    click(qtbot, view.reset_button)
    qtbot.waitUntil(view.converged, timeout=20_000)
    assert view.shift("mse") < 1e-3


def test_move_point_clamps_to_the_plot(panel):
    view = panel.outlier_view
    view.move_point(0, -50, 500)
    x, y = view.points()
    assert (x[0], y[0]) == (0.0, 14.0)
    sx, sy = view.scatter.getData()
    assert (sx[0], sy[0]) == (0.0, 14.0)


def _send_mouse(widget, kind, pos, buttons):
    button = Qt.MouseButton.LeftButton
    event = QMouseEvent(kind, QPointF(pos), widget.mapToGlobal(QPointF(pos)),
                        button, buttons, Qt.KeyboardModifier.NoModifier)
    from PySide6.QtWidgets import QApplication

    QApplication.sendEvent(widget, event)


def test_real_mouse_drag_moves_a_point(panel, qtbot):
    view = panel.outlier_view
    panel.tabs.setCurrentWidget(view)
    qtbot.wait(50)
    x, y = view.points()
    i = 6
    plot = view.plot
    viewport = plot.viewport()

    def to_widget(px, py):
        scene = view.scatter.mapToScene(QPointF(px, py))
        return plot.mapFromScene(scene)

    start = to_widget(x[i], y[i])
    end = to_widget(x[i], -6.0)
    left = Qt.MouseButton.LeftButton
    _send_mouse(viewport, QEvent.Type.MouseButtonPress, start, left)
    steps = 6
    for k in range(1, steps + 1):
        qtbot.wait(20)  # pyqtgraph drops move events closer than 10 ms
        p = start + (end - start) * (k / steps)
        _send_mouse(viewport, QEvent.Type.MouseMove, p, left)
    qtbot.wait(20)
    _send_mouse(viewport, QEvent.Type.MouseButtonRelease, end, Qt.MouseButton.NoButton)
    nx, ny = view.points()
    assert nx[i] == pytest.approx(x[i], abs=0.15)
    assert ny[i] == pytest.approx(-6.0, abs=0.3)
    np.testing.assert_array_equal(np.delete(ny, i), np.delete(y, i))
    qtbot.waitUntil(view.converged, timeout=20_000)
    assert view.shift("mse") > view.shift("mae")


# --- softmax --------------------------------------------------------------------------
@pytest.mark.parametrize("preset", ["book", "ten", "large"])
@pytest.mark.parametrize("temperature", [0.5, 1.0, 3.0])
def test_softmax_bars_sum_to_one_and_match_core(panel, qtbot, preset, temperature):
    view = panel.softmax_view
    click(qtbot, view.preset_buttons[preset])
    view.temperature_spin.setValue(temperature)
    heights = view.bar_heights()
    assert heights.sum() == pytest.approx(1.0)
    np.testing.assert_allclose(heights, softmax(view.logits / temperature))
    assert heights.size == view.logits.size


def test_large_logits_show_inf_nan_as_text_and_stable_answer(panel, qtbot):
    view = panel.softmax_view
    click(qtbot, view.preset_buttons["large"])
    np.testing.assert_array_equal(view.logits, [1000, 1001, 1002])
    rows = {name: i for i, name in enumerate(view.ROWS)}
    texts = lambda row: [view.table.item(rows[row], c).text() for c in range(3)]
    assert texts("exp_naive") == ["inf"] * 3
    assert texts("p_naive") == ["NaN"] * 3
    expected = softmax(np.array([0.0, 1.0, 2.0]))
    assert texts("p_stable") == [format_value(v) for v in expected]
    assert np.all(np.isfinite(view.bar_heights()))
    np.testing.assert_allclose(view.bar_heights(), expected)
    assert "NaN" in view.loss_label.text()
    assert format_value(-math.log(expected[2])) in view.loss_label.text()
    # the plot only ever saw finite numbers
    assert np.all(np.isfinite(view.prob_bars.opts["height"]))


def test_typed_logits_and_sliders(panel, qtbot):
    view = panel.softmax_view
    view.logits_edit.clear()
    qtbot.keyClicks(view.logits_edit, "1, 2, 3, 4")
    np.testing.assert_array_equal(view.logits, [1, 2, 3, 4])
    assert [s.isVisibleTo(view) for s in view.sliders[:5]] == [True] * 4 + [False]
    assert view.true_class_spin.maximum() == 3
    qtbot.keyClicks(view.logits_edit, ", x")  # "1, 2, 3, 4, x": refused, nothing lost
    np.testing.assert_array_equal(view.logits, [1, 2, 3, 4])
    assert view.error_label.isVisibleTo(view) and "item 5" in view.error_label.text()
    view.sliders[0].setValue(-25)  # -2.5
    assert view.logits[0] == -2.5
    assert view.logits_edit.text().startswith("-2.5, 2, 3, 4")
    assert not view.error_label.isVisibleTo(view)
    view.temperature_spin.setValue(100.0)
    heights = view.bar_heights()
    assert heights.max() - heights.min() < 0.08  # a hot softmax is nearly flat


def test_huge_logits_at_low_temperature_stay_finite_or_are_refused(panel):
    view = panel.softmax_view
    view.temperature_spin.setValue(view.temperature_spin.minimum())
    view.logits_edit.setText("1e6, -1e6, 0")
    assert np.all(np.isfinite(view.bar_heights())) and view.bar_heights().sum() == pytest.approx(1.0)
    assert view.table.item(1, 0).text() == "inf"  # exp(2e7) in the naive formula
    view.logits_edit.setText("1e300, 0")
    assert "outside" in view.error_label.text()
    np.testing.assert_array_equal(view.logits, [1e6, -1e6, 0])


def test_true_class_moves_the_one_hot_target(panel):
    view = panel.softmax_view
    view.set_logits([0.3, 2.9, 4.0])
    view.true_class_spin.setValue(0)
    np.testing.assert_array_equal(view.target_bars.opts["height"], [1, 0, 0])
    assert view.report.loss_stable == pytest.approx(-math.log(softmax(np.array([0.3, 2.9, 4.0]))[0]))


# --- metrics -----------------------------------------------------------------------------
def test_confident_and_hesitant_share_accuracy_but_not_mae(panel, qtbot):
    view = panel.metrics_view
    click(qtbot, view.confident_button)
    confident = view.metrics
    click(qtbot, view.hesitant_button)
    hesitant = view.metrics
    assert confident.accuracy == hesitant.accuracy == pytest.approx(0.8)
    assert hesitant.mae > 2 * confident.mae
    t = np.eye(3)[view.labels]
    assert hesitant.mae == pytest.approx(mean_absolute_error(view.probabilities, t))
    assert view.accuracy_label.text().endswith("4 / 5 = 0.8")
    assert format_value(hesitant.mae, 3) in view.mae_label.text()


def test_editing_a_cell_recomputes_and_bad_input_is_refused(panel):
    view = panel.metrics_view
    view.table.item(3, 1).setText("0.95")  # sample 4 now prefers its true class 1
    assert view.probabilities[3, 1] == 0.95
    assert view.metrics.accuracy == pytest.approx(accuracy(view.probabilities.argmax(1), view.labels)) == 1.0
    assert view.table.item(3, 5).text() == "yes"
    assert "5 / 5" in view.accuracy_label.text()
    assert "Row 4 does not sum to 1" in view.message_label.text()
    before = view.probabilities.copy()
    view.table.item(0, 0).setText("abc")
    np.testing.assert_array_equal(view.probabilities, before)
    assert view.table.item(0, 0).text() == format_value(before[0, 0])
    assert "abc" in view.message_label.text()
    view.table.item(0, 3).setText("7")
    assert view.labels[0] == 0 and "true label" in view.message_label.text()
    for bad in ("nan", "inf", "1e400", "1.5"):  # refused, not an error in the slot
        view.table.item(0, 3).setText(bad)
        assert view.labels[0] == 0 and view.table.item(0, 3).text() == "0", bad
        assert "true label" in view.message_label.text()


def test_add_and_remove_samples(panel, qtbot):
    view = panel.metrics_view
    click(qtbot, view.add_button)
    assert view.table.rowCount() == 6 and view.labels.size == 6
    assert view.metrics.accuracy == pytest.approx(accuracy(view.probabilities.argmax(1), view.labels))
    for _ in range(10):
        click(qtbot, view.remove_button)
    assert view.table.rowCount() == 1


# --- the panel ---------------------------------------------------------------------------
def test_panel_has_five_views_and_every_control_is_named_with_a_tooltip(panel):
    assert panel.tabs.count() == 5
    kinds = (QComboBox, QSpinBox, QDoubleSpinBox, QAbstractSlider, QCheckBox, QLineEdit, QSplitter)
    controls = [w for w in panel.findChildren(QWidget)
                if isinstance(w, kinds) and not isinstance(w, QScrollBar)
                and not w.objectName().startswith("qt_")]
    assert len(controls) > 20
    for w in controls:
        if isinstance(w, QLineEdit) and isinstance(w.parent(), (QSpinBox, QDoubleSpinBox)):
            continue  # a spin box's own editor
        assert w.objectName().startswith("concepts."), w
        assert w.toolTip(), w.objectName()


def test_settings_round_trip_restores_the_views(panel, qtbot):
    from gui.concepts.concepts_panel import ConceptsPanel
    from gui.settings import apply_snapshot, snapshot

    panel.softmax_view.logits_edit.setText("5, 1, 2, 0")
    panel.activation_view.layers_slider.setValue(12)
    panel.loss_view.sigmoid_check.setChecked(True)
    values = snapshot(panel)
    assert "concepts.softmax.logits" in values and "concepts.softmax.z0" not in values
    other = ConceptsPanel()
    qtbot.addWidget(other)
    try:
        apply_snapshot(other, values)
        np.testing.assert_array_equal(other.softmax_view.logits, [5, 1, 2, 0])
        assert other.softmax_view.bar_heights().sum() == pytest.approx(1.0)
        assert other.activation_view.sigmoid_kept == pytest.approx(0.25 ** 12)
        assert other.loss_view.through_sigmoid
    finally:
        other.shutdown()
        other.close()


def test_main_window_hosts_the_concepts_panel(main_window):
    from gui.concepts.concepts_panel import ConceptsPanel

    assert isinstance(main_window.concepts, ConceptsPanel)
    assert main_window.concepts in main_window.panels
