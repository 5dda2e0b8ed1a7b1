"""The loss over two single first-layer weights of a trained MLP, as a descent-lab ``Surface``.

``WeightPairSurface`` has the interface of ``core.descent.surface_base.Surface`` (value,
gradient, batch_gradient, grid, view, start, default_lr, n_samples), so
``core.descent.descent_run.DescentRun`` and every optimizer run on it unchanged; the
formulas are in its docstring (see also ``core.landscape.landscape``).
"""
from __future__ import annotations

import math

import numpy as np

from core.descent.surface_base import Surface
from core.nn.activations import ACTIVATIONS
from core.nn.layers import OUTPUT_LAYERS

#: float32 elements per temporary block when a row of the grid is evaluated (about 8 MB)
CHUNK_ELEMENTS = 1 << 21


# ---------------------------------------------------------------- two single weights
class WeightPairSurface(Surface):
    """Loss over two first-layer weights, everything else frozen (a ``Surface``).

    L(u, v) = loss(θ* with W1[i, j] = u and W1[k, l] = v) on (x, t), plus the
    L2 term. ``first = (i, j)``, ``second = (k, l)``: input (pixel) index and
    hidden unit. The trained values (u*, v*) are the ``start``; ``view`` is
    (u* - r, u* + r, v* - r, v* + r).

    Changing W1[i, j] only changes column j of z1 = x W1 + b1, by
    (u - u*) x[:, i]; so the first layer is computed once and each point
    costs O(n (h2 + rest)) (rank-one update of the second layer's input).
    gradient: dL/du = Σ_s x_si dL/dz1_sj (backpropagated from the output
    layer's dL/dz through the later layers), + λ u with L2.
    """

    name = "weight_pair"
    display_name = "Two weights of the first layer"
    formula = "L(u, v): W1[i, j] = u, W1[k, l] = v, all other weights frozen"
    axis_names = ("u", "v")

    def __init__(self, net, x, t, first, second, radius: float = 2.0):
        first = (int(first[0]), int(first[1]))
        second = (int(second[0]), int(second[1]))
        n_in, h1 = net.params["W1"].shape
        for (i, j) in (first, second):
            if not (0 <= i < n_in and 0 <= j < h1):
                raise ValueError(f"W1[{i}, {j}] does not exist: W1 has shape {n_in} x {h1}")
        if first == second:
            raise ValueError("pick two different weights")
        if net.num_layers < 2:
            raise ValueError("the network needs a hidden layer")
        if not (math.isfinite(radius) and radius > 0):
            raise ValueError(f"radius must be a finite number > 0, got {radius}")
        self.first, self.second = first, second
        self.act = ACTIVATIONS[net.activation]
        self.loss_name = net.loss_name
        self.l2 = float(net.l2)
        self.params = {k: np.array(v, dtype=np.float32) for k, v in net.params.items()}
        self.L = net.num_layers
        self.x = np.ascontiguousarray(x, dtype=np.float32)
        self.t = np.asarray(t)
        W1 = self.params["W1"]
        self.u0, self.v0 = float(W1[first]), float(W1[second])
        self.start = (self.u0, self.v0)
        self.radius = float(radius)
        self.view = (self.u0 - radius, self.u0 + radius, self.v0 - radius, self.v0 + radius)
        # frozen parts: z1 = x W1 + b1 (n, h1), h1 = act(z1), z2 = h1 W2 + b2 (n, h2)
        self.z1 = self.x @ W1 + self.params["b1"]
        self.h1 = self.act.value(self.z1).astype(np.float32)
        self.z2 = self.h1 @ self.params["W2"] + self.params["b2"]
        self.cols = sorted({first[1], second[1]})
        # weights of column c: [(input index, which of u/v)]
        self._in_col = {c: [(i, w) for w, (i, j) in enumerate((first, second)) if j == c] for c in self.cols}
        self._l2_rest = 0.5 * self.l2 * (sum(float(np.vdot(self.params[f"W{i}"].astype(np.float64),
                                                          self.params[f"W{i}"].astype(np.float64)))
                                             for i in range(1, self.L + 1)) - self.u0 ** 2 - self.v0 ** 2)
        self.default_lr = self._suggest_lr("sgd")

    @property
    def n_samples(self) -> int:  # type: ignore[override]
        return int(self.x.shape[0])

    @property
    def pixels_blank(self) -> tuple[bool, bool]:
        """Whether the input of each weight is 0 in every sample (then that weight cannot change the loss)."""
        return tuple(bool(not np.any(self.x[:, i])) for i, _ in (self.first, self.second))

    def _suggest_lr(self, optimizer: str) -> float:
        """A learning rate that moves visibly: step-size optimizers (AdaGrad, RMSprop, Adam)
        get r/20; SGD 0.5 / (largest curvature along u or v), clipped to [1e-3, 1e3];
        momentum and Nesterov a tenth of that (their velocity adds up to ~10 steps)."""
        if optimizer in ("adagrad", "rmsprop", "adam"):
            return self.radius / 20.0
        if optimizer in ("momentum", "nesterov"):
            return 0.1 * self.default_lr
        h = 1e-3 * self.radius
        p = np.array(self.start)
        curv = [abs((self.point_gradient(p + h * e)[r] - self.point_gradient(p - h * e)[r]) / (2 * h))
                for r, e in enumerate(np.eye(2))]
        c = max(curv)
        return float(np.clip(0.5 / c, 1e-3, 1e3)) if c > 0 and math.isfinite(c) else 1.0

    def suggested_lr(self, optimizer: str) -> float:
        """A learning rate for ``optimizer`` on this slice (see _suggest_lr)."""
        return self.default_lr if optimizer == "sgd" else self._suggest_lr(optimizer)

    # -- forward pieces ------------------------------------------------------------
    def _changed_columns(self, du: np.ndarray, dv: np.ndarray, x: np.ndarray, z1: np.ndarray):
        """For m points: {c: z1[:, c] of every point (m, n)}."""
        out = {}
        deltas = (du, dv)
        for c in self.cols:
            zc = np.repeat(z1[None, :, c], du.size, axis=0)
            for i, w in self._in_col[c]:
                zc += deltas[w][:, None].astype(np.float32) * x[None, :, i]
            out[c] = zc
        return out

    def _forward_chunk(self, du, dv, x, z1, h1, z2):
        """Logits (m, n, k) for m points, plus what backward needs."""
        zcols = self._changed_columns(du, dv, x, z1)
        z = np.repeat(z2[None], du.size, axis=0)
        for c, zc in zcols.items():
            dh = self.act.value(zc).astype(np.float32) - h1[None, :, c]
            z += dh[:, :, None] * self.params["W2"][c][None, None, :]
        pre = [z]
        for i in range(3, self.L + 1):
            h = self.act.value(z).astype(np.float32)
            z = h @ self.params[f"W{i}"] + self.params[f"b{i}"]
            pre.append(z)
        return z, zcols, pre

    def _l2(self, u, v):
        return self._l2_rest + 0.5 * self.l2 * (u * u + v * v) if self.l2 else 0.0

    def _losses(self, U: np.ndarray, V: np.ndarray, x, t, z1, h1, z2) -> np.ndarray:
        out = np.empty(U.size)
        n = max(1, x.shape[0])
        width = max(self.params[f"W{i}"].shape[1] for i in range(2, self.L + 1))
        m = max(1, CHUNK_ELEMENTS // (n * width))
        layer = OUTPUT_LAYERS[self.loss_name]()
        with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
            for s in range(0, U.size, m):
                u, v = U[s:s + m], V[s:s + m]
                logits, _, _ = self._forward_chunk(u - self.u0, v - self.v0, x, z1, h1, z2)
                for p in range(u.size):
                    out[s + p] = layer.forward(logits[p], t) + self._l2(u[p], v[p])
        return out

    # -- the Surface interface ---------------------------------------------------------
    def value(self, u, v):
        """L(u, v); u, v broadcast (scalars give a float64 scalar)."""
        u, v = np.broadcast_arrays(np.asarray(u, np.float64), np.asarray(v, np.float64))
        out = self._losses(u.ravel(), v.ravel(), self.x, self.t, self.z1, self.h1, self.z2)
        return out.reshape(u.shape) if u.ndim else np.float64(out[0])

    def _grad_point(self, u: float, v: float, rows=None):
        x, t = self.x, self.t
        z1, h1, z2 = self.z1, self.h1, self.z2
        if rows is not None:
            x, t, z1, h1, z2 = x[rows], t[rows], z1[rows], h1[rows], z2[rows]
        du, dv = np.array([u - self.u0]), np.array([v - self.v0])
        with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
            logits, zcols, pre = self._forward_chunk(du, dv, x, z1, h1, z2)
            layer = OUTPUT_LAYERS[self.loss_name]()
            layer.forward(logits[0], t)
            d = layer.backward()                      # dL/dz_L, (n, k), already / n
            for i in range(self.L, 2, -1):            # back to dL/dz2
                d = (d @ self.params[f"W{i}"].T) * self.act.derivative(pre[i - 3][0])
            grads = [0.0, 0.0]
            for c, zc in zcols.items():
                dz1c = (d @ self.params["W2"][c]) * self.act.derivative(zc[0])   # dL/dz1[:, c]
                for i, w in self._in_col[c]:
                    grads[w] = float(np.dot(x[:, i].astype(np.float64), dz1c.astype(np.float64)))
        if self.l2:
            grads[0] += self.l2 * u
            grads[1] += self.l2 * v
        return grads[0], grads[1]

    def gradient(self, u, v):
        """(dL/du, dL/dv) over all samples; broadcasts like value."""
        u, v = np.broadcast_arrays(np.asarray(u, np.float64), np.asarray(v, np.float64))
        if u.ndim == 0:
            gu, gv = self._grad_point(float(u), float(v))
            return np.float64(gu), np.float64(gv)
        g = np.array([self._grad_point(a, b) for a, b in zip(u.ravel(), v.ravel())])
        return g[:, 0].reshape(u.shape), g[:, 1].reshape(u.shape)

    def batch_gradient(self, u, v, indices=None):
        """The gradient on the samples ``indices`` (all when None)."""
        if indices is None:
            return self.gradient(u, v)
        rows = np.asarray(indices, dtype=np.intp)
        gu, gv = self._grad_point(float(u), float(v), rows)
        return np.float64(gu), np.float64(gv)

    def grid(self, us, vs, dtype=np.float64) -> np.ndarray:
        """Z[i, j] = L(us[j], vs[i]); shape (len(vs), len(us))."""
        return np.array([row for _, row in self.rows(us, vs)], dtype=dtype).reshape(len(vs), len(us))

    def rows(self, us, vs):
        """Yield (i, row) for each v = vs[i]: row[j] = L(us[j], v)."""
        us = np.asarray(us, np.float64)
        for i, v in enumerate(np.asarray(vs, np.float64)):
            yield i, self._losses(us, np.full(us.size, v), self.x, self.t, self.z1, self.h1, self.z2)

    def __repr__(self) -> str:
        return f"WeightPairSurface(first={self.first}, second={self.second}, n={self.n_samples})"
