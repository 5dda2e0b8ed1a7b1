"""The Descent lab's surface picture: the contour computed over the whole plot and the
gradient field.

The surface is computed over ``ContourView.fill_box(surface.view)``: the surface's own box
widened along one axis to the plot's shape at equal aspect (so circles stay circles and the
gradient stays perpendicular to the iso-lines), so no white bands are left beside a wide
(Book, x²/20 + y²) or tall surface; the view frames ``surface.view``. When the plot changes
shape the surface is computed again. Gradient arrows are drawn proportional to |∇L|.

A mixin of ``DescentPanel`` (it uses the panel's ``contour``, ``surface``, ``quiver_on``).
"""
from __future__ import annotations

import numpy as np

GRID = 200            # surface samples per axis of the surface's own box
QUIVER = 19           # gradient-field arrows per axis


class DescentSurfaceMixin:
    def _on_contour_resized(self, *_args) -> None:
        """A new plot shape: the surface is computed again over the box the plot now shows."""
        if self.surface is None or getattr(self, "_filled_box", None) is None:
            return
        new = self.contour.fill_box(self.surface.view)
        old = self._filled_box
        span = max(old[1] - old[0], old[3] - old[2])
        if max(abs(a - b) for a, b in zip(new, old)) > 1e-3 * span:
            self._surface_dirty = True
            self._request_redraw()

    def _draw_surface(self) -> None:
        self._surface_dirty = False
        s = self.surface
        # computed over the whole plot (the surface's box widened to the plot's shape at equal
        # aspect), so a wide or tall surface leaves no white bands; the view frames s.view
        self._filled_box = box = self.contour.fill_box(s.view)
        xmin, xmax, ymin, ymax = box
        xs = np.linspace(xmin, xmax, min(2 * GRID, round(GRID * (xmax - xmin) / (s.view[1] - s.view[0]))))
        ys = np.linspace(ymin, ymax, min(2 * GRID, round(GRID * (ymax - ymin) / (s.view[3] - s.view[2]))))
        self.contour.set_surface(xs, ys, s.grid(xs, ys), frame=s.view)
        self.contour.set_minima(s.minima)
        if self.quiver_on:
            qx = np.linspace(xmin, xmax, QUIVER + 2)[1:-1]
            qy = np.linspace(ymin, ymax, QUIVER + 2)[1:-1]
            U, V = s.gradient_grid(qx, qy)
            mag = np.hypot(U, V)
            finite = np.isfinite(mag)
            top = float(np.max(mag[finite])) if np.any(finite) else 0.0
            cell = min(xmax - xmin, ymax - ymin) / (QUIVER + 1)
            # length proportional to |∇L|: the steepest arrow is 0.85 of a grid cell
            self.quiver_scale = 0.85 * cell / top if top > 0 else 0.0
            X, Y = np.meshgrid(qx, qy)
            with np.errstate(all="ignore"):
                self.contour.set_quiver(X, Y, np.where(finite, -U, 0.0) * self.quiver_scale,
                                        np.where(finite, -V, 0.0) * self.quiver_scale)
            self.quiver_legend = self.tr("Gradient arrows: length ∝ |∇L|; the longest is |∇L| = {0}") \
                .format(f"{top:.3g}") if top > 0 else ""
            self.contour.set_quiver_legend(self.quiver_legend)
        else:
            self.contour.set_quiver()
            self.quiver_legend = ""
            self.contour.set_quiver_legend("")

