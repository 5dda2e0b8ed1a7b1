"""Landscape tab: the loss strip starts at step 0 (no negative axis), the two-weight rate is said,
the path's loss on the plane is named and shown beside the snapshots' own loss, a nearly flat
curve is not blown up, and a new slice type clears the old picture until Compute."""
import numpy as np
import pytest

from tests.gui.landscape.test_landscape_panel import choose, compute, panel, run  # noqa: F401


def _x_range(panel):
    return panel.view.loss_plot.getPlotItem().vb.viewRange()[0]


def test_two_weights_start_at_step_0_and_the_rate_is_said(qtbot, panel):  # noqa: F811
    choose(panel, "weights")
    compute(qtbot, panel)
    assert panel.run is not None and panel.run.k == 0
    x0, x1 = _x_range(panel)
    assert -0.05 < x0 <= 0 and x1 >= 1, (x0, x1)
    axis = panel.view.loss_plot.getPlotItem().getAxis("bottom")
    ticks = [v for _spacing, values in axis.tickValues(x0, x1, axis.width()) for v in values]
    assert ticks and min(ticks) >= 0, ticks
    rate = panel.controls.lr.box.text()
    status = panel.view.status.text()
    assert rate in status and "rate" in status.lower(), (rate, status)


def test_path_loss_named_and_true_loss_beside_it(qtbot, panel):  # noqa: F811
    choose(panel, "pca")
    result = compute(qtbot, panel)
    x, y = panel.view._true_curve.getData()
    np.testing.assert_allclose(y, result.path_true_loss)
    assert panel.view.loss_legend.isVisible()
    panel.controls.replay.setValue(0)
    text = panel.controls.replay_label.text()
    assert "projection" in text and f"{result.path_true_loss[0]:.4g}" in text, text
    assert f"{result.path_loss[0]:.4g}" in text


def test_a_nearly_flat_curve_keeps_a_relative_range_and_says_it(qtbot, panel):  # noqa: F811
    view = panel.view
    steps = np.arange(20.0)
    losses = 0.1179 + 0.0002 * np.linspace(0, 1, 20) ** 2
    view.set_loss_curves([(steps, losses, (0, 0, 0))])
    (y0, y1) = view.loss_plot.getPlotItem().vb.viewRange()[1]
    assert y1 - y0 >= 0.02 * 0.1181, (y0, y1)
    label = view.loss_plot.getPlotItem().getAxis("left").labelText
    assert "0.1179" in label and "0.1181" in label, label


def test_switching_the_slice_type_clears_the_old_picture(qtbot, panel):  # noqa: F811
    choose(panel, "random")
    compute(qtbot, panel)
    assert panel.view.contour.image.image is not None
    old_caption = panel.view.caption.text()
    choose(panel, "weights")
    assert panel.view.caption.text() != old_caption and "Compute" in panel.view.caption.text()
    assert panel.view.contour.image.image is None
    assert panel.view.loss_curve(0)[0].size == 0
    choose(panel, "random")   # back to what was computed: shown again
    assert panel.view.caption.text() == old_caption and panel.view.contour.image.image is not None
