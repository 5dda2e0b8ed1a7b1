"""The learning-rate sweep's diverged marks are named (legend, tooltip) and not clipped; the rate
box and the status line show a chosen rate with the same rounding."""
import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF


def _sweep(panel, qtbot):
    panel.start_sweep(30)
    qtbot.waitUntil(lambda: not panel.sweeping, timeout=20_000)
    panel.sweep_plot.repaint()
    return panel.sweep_plot


def test_diverged_marks_have_a_legend_and_a_tooltip(panel, qtbot):
    plot = panel.sweep_plot
    assert not plot.legend.isVisible()          # no crosses, no legend entry
    plot = _sweep(panel, qtbot)
    assert plot.diverged.any() and plot.legend.isVisible()
    labels = [label.text for _sample, label in plot.legend.items]
    assert any("diverged" in t for t in labels), labels
    x = math.log10(plot.rates[-1])
    tip = plot.cross_tip(x=x, y=0.0)
    assert "diverged" in tip and "10" in tip


import pytest


@pytest.mark.parametrize("width", [350, 160])
def test_the_last_cross_is_not_clipped(panel, qtbot, width):
    panel.right.setSizes([230, 240, 240])
    panel.splitter.setSizes([300, 1280 - 300 - width, width])
    plot = _sweep(panel, qtbot)
    qtbot.wait(20)
    vb = plot.getPlotItem().vb
    inside = vb.sceneBoundingRect()
    xs, ys = plot.crosses.getData()
    half = plot.crosses.opts["size"] / 2 + 1
    for x, y in zip(xs, ys):
        c = vb.mapViewToScene(pg.Point(x, y))
        box = QRectF(c.x() - half, c.y() - half, 2 * half, 2 * half)
        assert inside.contains(box), (x, y, inside, box)


def test_rate_box_and_status_line_round_alike(panel, qtbot):
    plot = _sweep(panel, qtbot)
    i = int(np.flatnonzero(~plot.diverged)[2])
    rate = float(plot.rates[i])
    plot.sigRateChosen.emit(rate)
    shown = panel.controls.lr_edit.text()
    assert shown in panel.status_line.text(), (shown, panel.status_line.text())
    assert float(shown) == float(f"{rate:.6g}")
