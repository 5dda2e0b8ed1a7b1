"""Analytic loss surfaces f(x, y) for the descent lab.

Every surface has ``value(x, y)`` and its exact ``gradient(x, y) -> (dfdx,
dfdy)``; both are elementwise over arrays of any (broadcastable) shape and
keep the dtype (float64 for a run, float32 for a picture). Each also knows
a view box ``(xmin, xmax, ymin, ymax)``, a start that teaches something, its
minima, and a learning rate that works from that start.

``grid(xs, ys)`` returns Z of shape (len(ys), len(xs)) with
Z[i, j] = f(xs[j], ys[i]) (row-major: rows are y), in float32, computed in
chunks of rows so a large grid never needs more than a few MB at a time.

``SURFACES`` maps a name to the class; ``make_surface(name)`` builds one.
The base class ``Surface`` lives in ``core.descent.surface_base`` (and is
importable from here); the neuron surface (loss over (w, b) of one neuron)
lives in ``core.descent.neuron_surface`` and builds on the same base, so the
two modules do not import each other at load time.
"""
from __future__ import annotations

import numpy as np

from core.descent.surface_base import Surface


class Bowl(Surface):
    """The course's example f = (x - 2)**2 + 4 (y - 3)**2; grad = (2(x - 2), 8(y - 3)).

    Four times steeper in y than in x, so plain gradient descent comes down the
    steep side first and then crawls along the flat one.
    """

    name = "bowl"
    display_name = "Bowl (x−2)² + 4(y−3)²"
    formula = "f = (x − 2)² + 4(y − 3)²"
    view = (-3.0, 7.0, -1.0, 7.0)
    start = (-2.0, 0.5)
    default_lr = 0.05
    _minima = ((2.0, 3.0),)

    def value(self, x, y):
        return (x - 2) ** 2 + 4 * (y - 3) ** 2

    def gradient(self, x, y):
        return 2 * (x - 2), 8 * (y - 3)


class BookEllipse(Surface):
    """The book's optimizer comparison f = x**2 / 20 + y**2; grad = (x / 10, 2 y).

    Twenty times flatter in x than in y: SGD zig-zags, momentum rolls,
    AdaGrad and Adam rescale each direction (DLFS chapter 6).
    """

    name = "book"
    display_name = "Book: x²/20 + y²"
    formula = "f = x²/20 + y²"
    view = (-10.0, 10.0, -5.0, 5.0)
    start = (-7.0, 2.0)
    default_lr = 0.9
    _minima = ((0.0, 0.0),)

    def value(self, x, y):
        return x ** 2 / 20 + y ** 2

    def gradient(self, x, y):
        return x / 10, 2 * y


class Rosenbrock(Surface):
    """f = (1 - x)**2 + 100 (y - x**2)**2: a curved, narrow, flat-bottomed valley.

    grad = (-2 (1 - x) - 400 x (y - x**2), 200 (y - x**2)); minimum at (1, 1).
    """

    name = "rosenbrock"
    display_name = "Rosenbrock valley"
    formula = "f = (1 − x)² + 100(y − x²)²"
    view = (-2.0, 2.0, -1.0, 3.0)
    start = (-1.5, 2.5)
    default_lr = 0.001
    _minima = ((1.0, 1.0),)

    def value(self, x, y):
        return (1 - x) ** 2 + 100 * (y - x * x) ** 2

    def gradient(self, x, y):
        r = y - x * x
        return -2 * (1 - x) - 400 * x * r, 200 * r


class Himmelblau(Surface):
    """f = (x**2 + y - 11)**2 + (x + y**2 - 7)**2: four minima of value 0 (non-convex).

    grad = (4 x a + 2 b, 2 a + 4 y b), a = x**2 + y - 11, b = x + y**2 - 7.
    Which minimum the ball reaches depends on the start and the optimizer.
    """

    name = "himmelblau"
    display_name = "Himmelblau (four minima)"
    formula = "f = (x² + y − 11)² + (x + y² − 7)²"
    view = (-5.0, 5.0, -5.0, 5.0)
    start = (-0.3, -0.9)
    default_lr = 0.01
    _minima = (
        (3.0, 2.0),
        (-2.805118086952745, 3.131312518250573),
        (-3.779310253377747, -3.283185991286170),
        (3.584428340330492, -1.848126526964404),
    )

    def value(self, x, y):
        return (x * x + y - 11) ** 2 + (x + y * y - 7) ** 2

    def gradient(self, x, y):
        a = x * x + y - 11
        b = x + y * y - 7
        return 4 * x * a + 2 * b, 2 * a + 4 * y * b


class Saddle(Surface):
    """f = x**2 - y**2; grad = (2 x, -2 y). No minimum: (0, 0) is a saddle point.

    From a start with y = 0 the ball stops on the saddle (the gradient vanishes
    there); with any y != 0 it slides off along y, without end.
    """

    name = "saddle"
    display_name = "Saddle x² − y²"
    formula = "f = x² − y²"
    view = (-2.0, 2.0, -2.0, 2.0)
    start = (1.8, 0.0)
    default_lr = 0.05
    _minima = ()

    def value(self, x, y):
        return x * x - y * y

    def gradient(self, x, y):
        return 2 * x, -2 * y


class PlateauValley(Surface):
    """A flat plateau with one narrow valley: f = 1 - exp(-(x**2 / 16 + 4 y**2)).

    With q = x**2 / 16 + 4 y**2: grad = exp(-q) (x / 8, 8 y). Far from the
    valley exp(-q) is tiny, so the gradient is almost zero and the ball hardly
    moves; inside the valley it runs down to the minimum at (0, 0).
    """

    name = "plateau"
    display_name = "Plateau with a narrow valley"
    formula = "f = 1 − exp(−(x²/16 + 4y²))"
    view = (-8.0, 8.0, -3.0, 3.0)
    start = (5.0, 1.1)
    default_lr = 0.2
    _minima = ((0.0, 0.0),)

    def value(self, x, y):
        return 1 - np.exp(-(x * x / 16 + 4 * y * y))

    def gradient(self, x, y):
        e = np.exp(-(x * x / 16 + 4 * y * y))
        return e * x / 8, e * 8 * y


class Morph(Surface):
    """A bowl that turns into an egg crate as ``t`` goes from 0 to 1.

    f_t(x, y) = g_t(x) + g_t(y),  g_t(u) = u**2 / 2 + 2 t (1 - cos 2u),
    g_t'(u) = u + 4 t sin 2u. For t = 0 a convex bowl with one minimum; the
    curvature g'' = 1 + 8 t cos 2u turns negative once t > 1/8, and the
    surface grows local minima: the ball can get caught in one of them.
    """

    name = "morph"
    display_name = "Morph: bowl → non-convex"
    formula = "f = g(x) + g(y),  g(u) = u²/2 + 2t(1 − cos 2u)"
    view = (-5.0, 5.0, -5.0, 5.0)
    start = (4.2, 3.6)
    default_lr = 0.05

    def __init__(self, t: float = 0.0):
        self.t = 0.0
        self.set_t(t)

    def set_t(self, t: float) -> None:
        """Set the morph amount t in [0, 1] (clipped) and recompute the minima."""
        self.t = float(np.clip(t, 0.0, 1.0))
        roots = self._minima_1d()
        self._minima = tuple((float(a), float(b)) for a in roots for b in roots)

    def _g(self, u):
        return 0.5 * u * u + 2 * self.t * (1 - np.cos(2 * u))

    def _dg(self, u):
        return u + 4 * self.t * np.sin(2 * u)

    def _minima_1d(self) -> list[float]:
        """Roots of g' where it changes sign from - to + (local minima of g), by bisection."""
        lo, hi = self.view[0] - 1.0, self.view[1] + 1.0
        u = np.linspace(lo, hi, 4001)
        d = self._dg(u)
        roots = []
        for i in np.flatnonzero((d[:-1] < 0) & (d[1:] >= 0)):
            a, b = u[i], u[i + 1]
            for _ in range(60):
                m = 0.5 * (a + b)
                if self._dg(m) < 0:
                    a = m
                else:
                    b = m
            r = 0.5 * (a + b)
            roots.append(0.0 if abs(r) < 1e-12 else r)
        return roots

    def value(self, x, y):
        return self._g(x) + self._g(y)

    def gradient(self, x, y):
        return self._dg(x), self._dg(y)

    def __repr__(self) -> str:
        return f"Morph(t={self.t})"


SURFACES: dict[str, type[Surface]] = {
    c.name: c for c in (Bowl, BookEllipse, Rosenbrock, Himmelblau, Saddle, PlateauValley, Morph)
}


def make_surface(name: str, **kwargs) -> Surface:
    """Build an analytic surface by name ("neuron" builds a NeuronSurface; kwargs go to it).

    Unknown names raise ValueError listing the known ones.
    """
    if name == "neuron":
        from core.descent.neuron_surface import NeuronSurface

        return NeuronSurface(**kwargs)
    try:
        cls = SURFACES[name]
    except KeyError:
        known = ", ".join([*SURFACES, "neuron"])
        raise ValueError(f"unknown surface {name!r}; choose from {known}") from None
    return cls(**kwargs)


def surface_names() -> list[str]:
    """Every name make_surface accepts, in menu order (the neuron surface last)."""
    return [*SURFACES, "neuron"]
