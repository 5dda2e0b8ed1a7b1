"""The loss of one neuron over its two parameters (w, b), on a small data set.

One neuron y_i = act(w x_i + b) on data (x_i, t_i), i = 1..n, with a loss the
user picks, gives the surface

    L(w, b) = (1/n) sum_i l(act(w x_i + b), t_i)

and, with z_i = w x_i + b and the chain rule,

    dL/dw = (1/n) sum_i l'(y_i, t_i) act'(z_i) x_i,   dL/db = (1/n) sum_i l'(y_i, t_i) act'(z_i).

Activations come from ``core.nn.activations.ACTIVATIONS``, losses from
``core.nn.losses.ELEMENTWISE_LOSSES`` (the losses that are a mean over samples).
A step may use a random mini-batch of the samples (``batch_gradient``), which
makes the path jitter as small batches do.

A picture of the surface needs L on a whole grid of (w, b): ``grid`` does it
vectorised in float32 over chunks of grid points x samples (one temporary of
``CHUNK_ELEMENTS`` floats, reused), with in-place kernels for the common
activations, row sums fused for MSE (one einsum) and BCE (one log per element for 0/1
labels, else two logs and two matrix-vector products), and a closed form for identity + MSE (L is a quadratic in w, b).
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from core.nn.activations import ACTIVATIONS
from core.nn.losses import ELEMENTWISE_LOSSES, LOG_EPS
from core.descent.surface_base import Surface

#: floats per chunk of the grid computation (grid points x samples); 256 KB of float32
CHUNK_ELEMENTS = 1 << 16


@dataclass(frozen=True)
class Preset:
    """A named data set with the activation and loss it is meant for."""

    name: str
    display_name: str
    x: tuple[float, ...]
    t: tuple[float, ...]
    activation: str
    loss: str
    view: tuple[float, float, float, float]
    start: tuple[float, float]
    lr: float


PRESETS: dict[str, Preset] = {
    p.name: p
    for p in (
        # the course's two points: y = w x + b through (1, 3.45) and (2, 5.67)
        Preset("course", "Course: two points, line fit", (1.0, 2.0), (3.45, 5.67),
               "identity", "mse", (-3.0, 7.0, -4.0, 6.0), (-2.0, -3.0), 0.05),
        # two overlapping classes on a line: no separating threshold, so BCE has a finite minimum
        Preset("classes", "Two classes (0/1), overlapping",
               (-3.0, -2.2, -1.5, -0.8, -0.3, 0.4, 0.9, 1.6, 2.3, 3.1),
               (0.0, 0.0, 0.0, 1.0, 0.0, 1.0, 0.0, 1.0, 1.0, 1.0),
               "sigmoid", "binary_cross_entropy", (-4.0, 8.0, -6.0, 6.0), (-3.0, 4.0), 1.0),
    )
}


#: activations whose outputs lie in [0, 1], as binary cross-entropy needs
UNIT_OUTPUT_ACTIVATIONS = ("sigmoid", "step")
#: losses that need outputs and targets in [0, 1]
UNIT_LOSSES = ("binary_cross_entropy",)


def incompatibility(activation: str, loss: str, t=None) -> str:
    """Why this activation/loss/targets combination makes no sense ("" if it does).

    "activation": the loss takes the log of y and 1 - y, so y must lie in [0, 1];
    "targets": the loss needs targets in [0, 1] (0/1 labels).
    """
    if loss in UNIT_LOSSES:
        if activation not in UNIT_OUTPUT_ACTIVATIONS:
            return "activation"
        if t is not None and np.any((np.asarray(t) < 0) | (np.asarray(t) > 1)):
            return "targets"
    return ""


def noisy_classes(n: int = 100, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """n points x ~ N(0, 1.5) with labels t = 1 if x + noise > 0 (overlapping classes)."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.5, size=n)
    t = (x + rng.normal(0.0, 0.8, size=n) > 0).astype(np.float64)
    return x, t


def _sigmoid_inplace(z: np.ndarray) -> None:
    # 1 / (1 + exp(-z)): exp overflows to inf for z < -88 (float32) and gives exactly 0
    np.negative(z, out=z)
    np.exp(z, out=z)
    z += 1
    np.reciprocal(z, out=z)


#: in-place float32 kernels for the grid (each equals ACTIVATIONS[name].value; tests check it)
_INPLACE = {
    "identity": lambda z: None,
    "sigmoid": _sigmoid_inplace,
    "tanh": lambda z: np.tanh(z, out=z),
    "relu": lambda z: np.maximum(z, 0, out=z),
}


class NeuronSurface(Surface):
    """L(w, b) of one neuron act(w x + b) on data (x, t); see the module docstring.

    x, t : array-like of shape (n,). activation : a key of ACTIVATIONS.
    loss : a key of ELEMENTWISE_LOSSES. view/start default to the preset's.
    """

    name = "neuron"
    display_name = "One neuron: loss over (w, b)"
    formula = "L(w, b) = mean_i l(act(w·xᵢ + b), tᵢ)"
    axis_names = ("w", "b")

    def __init__(self, x=None, t=None, activation: str | None = None, loss: str | None = None,
                 preset: str = "course", view=None, start=None):
        try:
            p = PRESETS[preset]
        except KeyError:
            raise ValueError(f"unknown preset {preset!r}; choose from {', '.join(PRESETS)}") from None
        self.preset = p.name
        self.view = tuple(float(v) for v in (view if view is not None else p.view))
        self.start = tuple(float(v) for v in (start if start is not None else p.start))
        self.default_lr = p.lr
        self._minima_cache = None
        self.x = self.t = None
        self.configure(activation or p.activation, loss or p.loss)
        self.set_data(p.x if x is None else x, p.t if t is None else t)

    def configure(self, activation: str, loss: str) -> None:
        """Set activation and loss together (checked: BCE needs outputs in [0, 1])."""
        if activation not in ACTIVATIONS:
            raise ValueError(f"unknown activation {activation!r}; choose from {', '.join(ACTIVATIONS)}")
        if loss not in ELEMENTWISE_LOSSES:
            raise ValueError(f"unknown loss {loss!r} for one neuron; choose from {', '.join(ELEMENTWISE_LOSSES)}")
        why = incompatibility(activation, loss, self.t)
        if why == "activation":
            raise ValueError(f"{loss} needs outputs between 0 and 1: use it with {' or '.join(UNIT_OUTPUT_ACTIVATIONS)}")
        if why == "targets":
            raise ValueError(f"{loss} needs targets between 0 and 1")
        self.activation = ACTIVATIONS[activation]
        self.loss = ELEMENTWISE_LOSSES[loss]
        self._minima_cache = None

    @property
    def target_range(self) -> tuple[float, float] | None:
        """(0, 1) when the loss needs targets in [0, 1], else None (any target)."""
        return (0.0, 1.0) if self.loss.name in UNIT_LOSSES else None

    # -- configuration -------------------------------------------------------
    def set_activation(self, name: str) -> None:
        self.configure(name, self.loss.name)

    def set_loss(self, name: str) -> None:
        self.configure(self.activation.name, name)

    def set_data(self, x, t) -> None:
        """Replace the data: x, t of shape (n,), n >= 1, finite numbers."""
        x = np.asarray(x, dtype=np.float64).reshape(-1)
        t = np.asarray(t, dtype=np.float64).reshape(-1)
        if x.shape != t.shape:
            raise ValueError(f"x has {x.size} values but t has {t.size}")
        if x.size == 0:
            raise ValueError("the data set needs at least one point")
        if not (np.all(np.isfinite(x)) and np.all(np.isfinite(t))):
            raise ValueError("data points must be finite numbers")
        if getattr(self, "loss", None) is not None and incompatibility(self.activation.name, self.loss.name, t):
            raise ValueError(f"{self.loss.name} needs targets between 0 and 1")
        self.x, self.t = x, t
        self._x32, self._t32 = x.astype(np.float32), t.astype(np.float32)
        self._minima_cache = None

    @property
    def n_samples(self) -> int:  # type: ignore[override]
        return int(self.x.size)

    def predict(self, w: float, b: float, x) -> np.ndarray:
        """The neuron's output act(w x + b) for inputs x of any shape (float64)."""
        return self.activation.value(w * np.asarray(x, dtype=np.float64) + b)

    # -- value and gradient ---------------------------------------------------
    def value(self, w, b):
        """L at (w, b); w, b broadcast against each other (scalars give a float64 scalar)."""
        w = np.asarray(w, dtype=np.float64)
        b = np.asarray(b, dtype=np.float64)
        z = w[..., None] * self.x + b[..., None]
        with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
            if self._from_logits:
                return np.mean(self.loss.elementwise_from_logits(z, self.t), axis=-1)
            return np.mean(self.loss.elementwise(self.activation.value(z), self.t), axis=-1)

    @property
    def _from_logits(self) -> bool:
        """Sigmoid + binary cross-entropy: computed from z (log-sigmoid), exact, no 1e-7 guard."""
        return self.activation.name == "sigmoid" and self.loss.name == "binary_cross_entropy"

    def gradient(self, w, b):
        """(dL/dw, dL/db) at (w, b), over all samples; broadcasts like value."""
        return self._gradient(np.asarray(w, dtype=np.float64), np.asarray(b, dtype=np.float64),
                              self.x, self.t)

    def batch_gradient(self, w, b, indices=None):
        """The gradient on the samples ``indices`` (all when None): the mean over that batch."""
        if indices is None:
            return self.gradient(w, b)
        idx = np.asarray(indices, dtype=np.intp)
        return self._gradient(np.asarray(w, dtype=np.float64), np.asarray(b, dtype=np.float64),
                              self.x[idx], self.t[idx])

    def _gradient(self, w, b, x, t):
        z = w[..., None] * x + b[..., None]
        with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
            if self._from_logits:
                dz = self.loss.derivative_from_logits(z, t)   # σ(z) − t
            else:
                y = self.activation.value(z)
                dz = self.loss.elementwise_derivative(y, t) * self.activation.derivative(z)
            return np.mean(dz * x, axis=-1), np.mean(dz, axis=-1)

    # -- the picture --------------------------------------------------------
    def grid(self, ws, bs, dtype=np.float32) -> np.ndarray:
        """Z[i, j] = L(ws[j], bs[i]); shape (len(bs), len(ws)), float32, chunked."""
        ws = np.asarray(ws, dtype=np.float64)
        bs = np.asarray(bs, dtype=np.float64)
        if self.activation.name == "identity" and self.loss.name == "mse":
            return self._grid_linear_mse(ws, bs).astype(dtype, copy=False)
        return self._grid_chunked(ws.astype(np.float32), bs.astype(np.float32)).astype(dtype, copy=False)

    def _grid_linear_mse(self, ws, bs) -> np.ndarray:
        """Closed form: L = w² m(x²) + 2wb m(x) + b² - 2w m(xt) - 2b m(t) + m(t²), m = mean."""
        x, t = self.x, self.t
        mxx, mx, mxt, mt, mtt = (float(np.mean(v)) for v in (x * x, x, x * t, t, t * t))
        W = ws[None, :]
        B = bs[:, None]
        return W * W * mxx + 2 * W * B * mx + B * B - 2 * W * mxt - 2 * B * mt + mtt

    def _grid_chunked(self, ws, bs) -> np.ndarray:
        n = self._x32.size
        W, B = np.meshgrid(ws, bs)  # (len(bs), len(ws)), row-major
        w, b = W.ravel(), B.ravel()
        out = np.empty(w.size, dtype=np.float32)
        rows = max(1, CHUNK_ELEMENTS // n)
        buf = np.empty((min(rows, w.size), n), dtype=np.float32)
        act = _INPLACE.get(self.activation.name)
        mse = self.loss.name == "mse"
        bce = self.loss.name == "binary_cross_entropy"
        logit_bce = self._from_logits
        x, t = self._x32, self._t32
        t1 = (1 - t).astype(np.float32)
        binary = bce and bool(np.all((t == 0) | (t == 1)))
        ones = np.ones(n, dtype=np.float32)
        sign = (2 * t - 1).astype(np.float32)  # for 0/1 targets: the probability of the true class
        buf2 = np.empty_like(buf) if bce and not binary else None
        with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
            for s in range(0, w.size, rows):
                e = min(s + rows, w.size)
                z = buf[: e - s]
                np.multiply(w[s:e, None], x, out=z)
                z += b[s:e, None]
                if logit_bce:  # log(1 + e^z) − t z per sample, summed: exact log-sigmoid
                    zt = z @ t
                    np.logaddexp(np.float32(0), z, out=z)
                    out[s:e] = z @ ones - zt
                    continue
                if act is not None:
                    act(z)
                    y = z
                else:
                    y = self.activation.value(z)
                if mse:  # sum of squares in one pass
                    y -= t
                    out[s:e] = np.einsum("ij,ij->i", y, y)
                elif binary:  # t in {0, 1}: l = -log(q + eps), q = y if t == 1 else 1 - y
                    y *= sign
                    y += t1  # first, so 1 - y cancels exactly before eps is added
                    y += LOG_EPS
                    np.log(y, out=y)
                    out[s:e] = -(y @ ones)
                elif bce:  # -(log(y + eps) @ t + log(1 - y + eps) @ (1 - t)), two matrix-vector products
                    a = buf2[: e - s]
                    np.subtract(1 + LOG_EPS, y, out=a)
                    np.log(a, out=a)
                    y += LOG_EPS
                    np.log(y, out=y)
                    out[s:e] = -(y @ t + a @ t1)
                else:
                    out[s:e] = np.sum(self.loss.elementwise(y, t), axis=1)
        out /= n
        return out.reshape(W.shape)

    # -- minima ---------------------------------------------------------------
    @property
    def minima(self) -> list[tuple[float, float]]:
        """The minimum inside the view box, if there is a clear one.

        Identity + MSE: the least-squares line (closed form, when the x differ).
        Otherwise: the lowest point of a 101 x 101 grid, polished by Newton
        steps on the exact gradient; kept only if the gradient vanishes there,
        the surface curves up in both directions and it lies inside the view.
        (Sigmoid + MSE on targets above 1 has its lowest point at infinity;
        the step activation is flat everywhere: no marker for those.)
        """
        if self._minima_cache is None:
            self._minima_cache = self._find_minima()
        return list(self._minima_cache)

    def _find_minima(self):
        xmin, xmax, ymin, ymax = self.view
        if self.activation.name == "identity" and self.loss.name == "mse":
            if np.ptp(self.x) == 0:
                return ()
            w, b = np.polyfit(self.x, self.t, 1)
            inside = xmin <= w <= xmax and ymin <= b <= ymax
            return ((float(w), float(b)),) if inside else ()
        ws = np.linspace(xmin, xmax, 101)
        bs = np.linspace(ymin, ymax, 101)
        Z = self.grid(ws, bs, dtype=np.float64)
        if not np.all(np.isfinite(Z)) or np.ptp(Z) == 0:
            return ()
        i, j = np.unravel_index(np.argmin(Z), Z.shape)
        p = np.array([ws[j], bs[i]])
        h = 1e-5 * max(xmax - xmin, ymax - ymin)
        for _ in range(30):
            g = self.point_gradient(p)
            H = np.column_stack([(self.point_gradient(p + h * e) - self.point_gradient(p - h * e)) / (2 * h)
                                 for e in np.eye(2)])
            H = 0.5 * (H + H.T)
            if np.min(np.linalg.eigvalsh(H)) <= 1e-9:
                return ()
            p = p - np.linalg.solve(H, g)
            if not np.all(np.isfinite(p)):
                return ()
        g = self.point_gradient(p)
        inside = xmin <= p[0] <= xmax and ymin <= p[1] <= ymax
        scale = max(1.0, float(np.ptp(Z)))
        if inside and np.linalg.norm(g) < 1e-6 * scale:
            return ((float(p[0]), float(p[1])),)
        return ()

    def __repr__(self) -> str:
        return (f"NeuronSurface(activation={self.activation.name!r}, loss={self.loss.name!r}, "
                f"n={self.n_samples})")
