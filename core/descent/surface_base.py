"""The base class of every loss surface f(x, y) of the descent lab.

A surface has ``value(x, y)`` and its exact ``gradient(x, y) -> (dfdx, dfdy)``,
both elementwise over arrays of any (broadcastable) shape. ``grid(xs, ys)``
returns Z of shape (len(ys), len(xs)) with Z[i, j] = f(xs[j], ys[i]).

It lives in its own module so that the analytic surfaces (``core.descent.surfaces``)
and the one-neuron surface (``core.descent.neuron_surface``) both build on it without
importing each other.
"""
from __future__ import annotations

import numpy as np

#: elements per chunk when a grid is evaluated (about 1 MB of float32 per temporary)
GRID_CHUNK = 1 << 18


class Surface:
    """Base class: subclasses set the class attributes and implement value/gradient."""

    name = ""
    display_name = ""
    formula = ""
    axis_names = ("x", "y")
    view = (-5.0, 5.0, -5.0, 5.0)
    start = (0.0, 0.0)
    default_lr = 0.01
    #: number of data samples behind the loss (0: an analytic surface, no mini-batches)
    n_samples = 0

    # -- the function -----------------------------------------------------
    def value(self, x, y):
        raise NotImplementedError

    def gradient(self, x, y):
        raise NotImplementedError

    def batch_gradient(self, x: float, y: float, indices=None):
        """The gradient used for one step; ``indices`` picks a mini-batch of samples
        (ignored by analytic surfaces, which have no data)."""
        return self.gradient(x, y)

    @property
    def minima(self) -> list[tuple[float, float]]:
        """Known local minima inside (or near) the view box."""
        return list(getattr(self, "_minima", ()))

    # -- helpers shared by every surface ----------------------------------
    def point_value(self, p) -> float:
        """f at one point p = (x, y), as a Python float (float64)."""
        return float(self.value(np.float64(p[0]), np.float64(p[1])))

    def point_gradient(self, p) -> np.ndarray:
        """Exact gradient at one point, float64 array of shape (2,)."""
        gx, gy = self.gradient(np.float64(p[0]), np.float64(p[1]))
        return np.array([gx, gy], dtype=np.float64)

    def grid(self, xs, ys, dtype=np.float32) -> np.ndarray:
        """Z[i, j] = f(xs[j], ys[i]); shape (len(ys), len(xs)), computed in row chunks."""
        xs = np.asarray(xs, dtype=dtype)
        ys = np.asarray(ys, dtype=dtype)
        out = np.empty((ys.size, xs.size), dtype=dtype)
        rows = max(1, GRID_CHUNK // max(xs.size, 1))
        with np.errstate(over="ignore", invalid="ignore"):
            for i in range(0, ys.size, rows):
                out[i:i + rows] = self.value(xs[None, :], ys[i:i + rows, None])
        return out

    def gradient_grid(self, xs, ys):
        """(U, V) = gradient at every grid point, each of shape (len(ys), len(xs)), float64."""
        xs = np.asarray(xs, dtype=np.float64)
        ys = np.asarray(ys, dtype=np.float64)
        with np.errstate(over="ignore", invalid="ignore"):
            gx, gy = self.gradient(xs[None, :], ys[:, None])
        shape = (ys.size, xs.size)
        return np.broadcast_to(gx, shape).copy(), np.broadcast_to(gy, shape).copy()

    def __repr__(self) -> str:
        return f"{type(self).__name__}()"
