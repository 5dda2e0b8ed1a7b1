"""LandscapeView: the picture side of the Landscape tab.

Top to bottom: a caption that says what the slice is (rich text), the contour of the
loss on the slice (``ContourView``: the grid refined for drawing, the trained point as
★, trails and balls), the loss along the path or the descent (up to two lines, the
last one's end marked by a dot), and the tab's message line. It only draws what the
panel gives it; the words of the caption are built here from a computed ``Landscape``.
"""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from core.descent.descent_run import CONVERGED, DIVERGED, RUNNING, STALLED
from core.landscape.landscape import upsample_grid
from gui.landscape.weight_pixel_picker import pixel_name
from gui.widgets.contour_view import ContourView
from gui.widgets.message_line import MessageLine

#: the picture is drawn from a grid refined to about this many points a side (bilinear)
PICTURE_POINTS = 200


#: the loss strip never shows less than this fraction of the loss (a curve moving by 0.0002 of
#: 0.118 would otherwise fill the strip and look like a learning curve)
MIN_RELATIVE_SPAN = 0.02

class LandscapeView(QWidget):
    """Caption, contour, loss plot and message line (see the module docstring)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 0, 0)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.caption.setTextFormat(Qt.TextFormat.RichText)
        self.caption.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        layout.addWidget(self.caption)
        self.contour = ContourView()
        self.contour.getPlotItem().vb.setAspectLocked(False)  # PCA axes have different scales
        self.contour.setToolTip(self.tr("The loss on the slice: dark blue is low, pale yellow high; "
                                        "★ marks the trained weights"))
        layout.addWidget(self.contour, 1)
        layout.addWidget(self._make_loss_plot())
        self.status = MessageLine(hide_when_empty=False)
        layout.addWidget(self.status)

    def _make_loss_plot(self) -> pg.PlotWidget:
        self.loss_plot = pg.PlotWidget(background="w")
        plot = self.loss_plot.getPlotItem()
        plot.setMenuEnabled(False)
        plot.hideButtons()
        plot.setMouseEnabled(x=False, y=False)
        plot.showGrid(x=True, y=True, alpha=0.2)
        for name in ("left", "bottom"):
            axis = plot.getAxis(name)
            axis.setPen(pg.mkPen(60, 60, 60))
            axis.setTextPen(pg.mkPen(60, 60, 60))
            axis.enableAutoSIPrefix(False)
        plot.getAxis("left").setWidth(64)  # room for 0.38510-style ticks without re-layout
        plot.setLabel("left", self.tr("loss"))
        plot.setLabel("bottom", self.tr("step"))
        self._loss_curves = [plot.plot([], []), plot.plot([], [])]
        # the loss at the snapshots themselves, beside the loss on the plane (dashed, grey)
        self._true_curve = plot.plot([], [], pen=pg.mkPen(90, 90, 90, width=1.5, style=Qt.PenStyle.DashLine))
        self.loss_legend = pg.LegendItem(offset=(-6, 4), labelTextColor=(40, 40, 40),
                                         brush=pg.mkBrush(255, 255, 255, 210))
        self.loss_legend.setParentItem(plot.vb)
        self.loss_legend.setVisible(False)
        self.flat_note = ""   # the range of a nearly flat curve, said in the axis label
        self._loss_dot = pg.ScatterPlotItem(size=9, pen=pg.mkPen("w"))
        self._loss_dot.setZValue(5)
        plot.addItem(self._loss_dot)
        self.loss_plot.setMaximumHeight(170)
        self.loss_plot.setMinimumHeight(120)
        self.loss_plot.setToolTip(self.tr("The loss on the slice along the path or the descent. Along a "
                                          "training path, the solid line is the loss at each snapshot's "
                                          "projection onto the plane (the point drawn on the picture), the "
                                          "dashed line the loss the network really had at that snapshot"))
        return self.loss_plot

    # -- the slice ----------------------------------------------------------------------
    def show_slice(self, result) -> None:
        """Draw a computed ``Landscape``: its grid (refined), the trained point, the axis names
        and the caption; trails, balls and arrows are cleared."""
        factor = max(1, PICTURE_POINTS // max(1, len(result.xs) - 1))
        self.contour.set_surface(*upsample_grid(result.xs, result.ys, result.Z, factor))
        self.contour.set_minima([result.center])
        self.contour.set_arrows([])
        self.contour.set_axis_labels(*self._axis_labels(result))
        self.caption.setText(self._caption(result))

    def _axis_labels(self, result) -> tuple[str, str]:
        kind = result.spec.kind
        if kind == "weights":
            (pa, ua), (pb, ub) = result.surface.first, result.surface.second
            return (self.tr("u = weight A: pixel {0} → unit {1}").format(pixel_name(pa), ua),
                    self.tr("v = weight B: pixel {0} → unit {1}").format(pixel_name(pb), ub))
        if kind == "pca":
            r1, r2 = result.explained
            return (self.tr("α along direction 1 ({0:.1f} % of the path's variance)").format(100 * r1),
                    self.tr("β along direction 2 ({0:.1f} %)").format(100 * r2))
        return self.tr("α along random direction 1"), self.tr("β along random direction 2")

    def _caption(self, r) -> str:
        lo, hi = float(np.nanmin(r.Z)), float(np.nanmax(r.Z))
        colours = self.tr("Loss from {0:.3g} (dark blue) to {1:.3g} (pale yellow); ★ = the trained weights, "
                          "loss {2:.4g} on {3} training digits.").format(lo, hi, r.center_loss, r.n_samples)
        kind = r.spec.kind
        if kind == "pca":
            r1, r2 = r.explained
            head = self.tr("<b>The plane of the training path.</b> The weights θ = θ* + α·d₁ + β·d₂, where "
                           "θ* are the trained weights and d₁, d₂ the two directions in which the weights "
                           "moved most. They explain {0:.1f} % + {1:.1f} % = {2:.1f} % of the path's "
                           "variance.").format(100 * r1, 100 * r2, 100 * (r1 + r2))
        elif kind == "random":
            head = self.tr("<b>A random plane.</b> θ = θ* + α·d₁ + β·d₂ with two random directions, "
                           "each unit's part scaled to the length of that unit's weights (filter "
                           "normalisation). Random directions are almost at right angles to the path, "
                           "so the path's shadow on this plane is short.")
        else:
            s = r.surface
            frozen = sum(v.size for v in s.params.values()) - 2
            head = self.tr("<b>Two real weights.</b> The loss over weights A and B of the first layer; "
                           "all {0:,} other weights stay as trained. Run an optimizer on it from the "
                           "trained point.").format(frozen)
            blank = [name for name, b in zip(("A", "B"), s.pixels_blank) if b]
            if blank:
                head += " " + self.tr("The pixel of weight {0} is blank in every digit used: that weight "
                                      "cannot change the loss.").format(" & ".join(blank))
        return f"{head}<br>{colours}"

    def show_empty(self, has_model: bool) -> None:
        """No slice computed yet: say what the tab shows and what to press."""
        self.contour.set_axis_labels("α", "β")
        if not has_model:
            text = self.tr("<b>The real loss landscape.</b> Train a network on the Training tab, "
                           "then press Compute: the loss of that network on a slice through "
                           "its weights appears here.")
        else:
            text = self.tr("<b>The real loss landscape.</b> Press Compute: the loss of the network "
                           "on a slice through its weights appears here. Train a network on the "
                           "Training tab to see the path its training took.")
        self.caption.setText(text)
        self.set_loss_curves([])

    def show_not_computed(self, kind: str, has_model: bool) -> None:
        """The slice type was switched: the old picture and its header go, until Compute."""
        names = {"pca": self.tr("the plane of the training path"), "random": self.tr("a random plane"),
                 "weights": self.tr("two real weights")}
        self.contour.clear_picture()
        self.set_loss_curves([])
        text = self.tr("<b>Not computed yet:</b> press Compute to see the loss on {0}.").format(names[kind])
        if not has_model:
            text += " " + self.tr("Train a network on the Training tab first.")
        self.caption.setText(text)

    def show_descent(self, run, center_loss: float, view_box, colour) -> str:
        """Draw the two-weight descent ``run`` (trail, ball, the update its optimizer applies next
        (``DescentRun.next_arrow``, as in the Descent lab), its loss per step); returns the
        sentence that says where it is."""
        t = run.trail
        xs, ys, steps, losses = t.x, t.y, t.steps, t.loss
        if steps.size == 0 or steps[-1] != run.k:
            xs, ys = np.append(xs, run.p[0]), np.append(ys, run.p[1])
            steps, losses = np.append(steps, run.k), np.append(losses, run.loss)
        self.contour.set_trails([(xs, ys)], [colour])
        self.contour.set_balls([run.point], [colour])
        if run.status != DIVERGED:
            self.contour.set_arrows([run.next_arrow()], [colour])
        else:
            self.contour.set_arrows([])
        self.set_loss_curves([(steps, losses, colour)], self.tr("step"))
        word = {RUNNING: self.tr("moving"), CONVERGED: self.tr("at a minimum"),
                STALLED: self.tr("stalled"), DIVERGED: self.tr("diverged")}[run.status]
        text = self.tr("Step {0}: u = {1:+.4f}, v = {2:+.4f}, loss {3:.5g} (trained: {4:.5g}) — {5}").format(
            run.k, run.p[0], run.p[1], run.loss, center_loss, word)
        xmin, xmax, ymin, ymax = view_box
        if not (xmin <= run.p[0] <= xmax and ymin <= run.p[1] <= ymax):
            text += " " + self.tr("(outside the picture: compute with a larger reach to see where)")
        return text

    def failure_text(self, exc) -> str:
        """Why a slice could not be computed, in the UI language (``exc`` from the worker)."""
        kind = getattr(exc, "kind", "")
        if isinstance(exc, MemoryError):
            why = self.tr("it does not fit in memory: choose fewer grid points or digits")
        elif kind == "no_spread":
            why = self.tr("the training path does not spread in two directions (the weights hardly moved)")
        elif kind == "few_snapshots":
            why = self.tr("the training path has only {0} weight snapshots; the PCA plane needs 4").format(exc.count)
        elif kind == "no_snapshots":
            why = self.tr("there are no weight snapshots: train the network first")
        else:
            why = str(exc)
        return self.tr("Could not compute the slice: {0}").format(why)

    # -- the loss plot --------------------------------------------------------------------
    def set_loss_curves(self, curves, x_label: str | None = None, true_loss=None) -> None:
        """Up to two (x, loss, colour) lines; the last one's end gets a dot. Non-finite points dropped.
        ``true_loss``: (x, loss) of the snapshots' own loss, drawn dashed with a legend. The x axis
        runs from the first x (0 at step 0, never negative) to at least first + 1; a nearly flat
        curve is not blown up (the y range spans at least 2 % of the loss) and its range is said."""
        last = None
        xs_all, ys_all = [], []
        for i, item in enumerate(self._loss_curves):
            if i < len(curves):
                x, y, colour = curves[i]
                x, y = np.asarray(x, np.float64), np.asarray(y, np.float64)
                ok = np.isfinite(x) & np.isfinite(y)
                item.setData(x[ok], y[ok], pen=pg.mkPen(*colour, width=2))
                xs_all.append(x[ok])
                ys_all.append(y[ok])
                if ok.any():
                    last = (x[ok][-1], y[ok][-1], colour)
            else:
                item.setData([], [])
        self.loss_legend.clear()
        if true_loss is not None:
            x, y = (np.asarray(v, np.float64) for v in true_loss)
            ok = np.isfinite(x) & np.isfinite(y)
            self._true_curve.setData(x[ok], y[ok])
            xs_all.append(x[ok])
            ys_all.append(y[ok])
            self.loss_legend.addItem(self._loss_curves[0], self.tr("on the plane (projection)"))
            self.loss_legend.addItem(self._true_curve, self.tr("at the snapshot itself"))
        else:
            self._true_curve.setData([], [])
        self.loss_legend.setVisible(true_loss is not None)
        if last is None:
            self._loss_dot.setData([], [])
        else:
            self._loss_dot.setData([last[0]], [last[1]], brush=pg.mkBrush(*last[2]))
        if x_label is not None:
            self.loss_plot.getPlotItem().setLabel("bottom", x_label)
        self._set_loss_ranges(np.concatenate(xs_all) if xs_all else np.empty(0),
                              np.concatenate(ys_all) if ys_all else np.empty(0))

    def _set_loss_ranges(self, x: np.ndarray, y: np.ndarray) -> None:
        plot = self.loss_plot.getPlotItem()
        self.flat_note = ""
        if x.size == 0:
            plot.setXRange(0, 1, padding=0)
            plot.setLabel("left", self.tr("loss"))
            return
        lo, hi = float(x.min()), float(x.max())
        hi = max(hi, lo + 1)
        pad = 0.015 * (hi - lo)   # room for the end dots; no tick below the first step
        plot.setXRange(lo - pad, hi + pad, padding=0)
        ylo, yhi = float(y.min()), float(y.max())
        top = max(abs(ylo), abs(yhi), 1e-12)
        span = yhi - ylo
        if span < MIN_RELATIVE_SPAN * top:
            mid = 0.5 * (ylo + yhi)
            half = 0.5 * MIN_RELATIVE_SPAN * top
            plot.setYRange(mid - half, mid + half, padding=0.05)
            if y.size > 1:
                self.flat_note = self.tr("nearly flat: {0:.5g} to {1:.5g}").format(ylo, yhi)
        else:
            plot.setYRange(ylo, yhi, padding=0.08)
        plot.setLabel("left", self.tr("loss") + (f" ({self.flat_note})" if self.flat_note else ""))

    def loss_curve(self, i: int = 0):
        """The (x, loss) drawn as line i (for tests)."""
        x, y = self._loss_curves[i].getData()
        return (np.empty(0), np.empty(0)) if x is None else (np.asarray(x), np.asarray(y))
