"""The real loss landscape of a trained MLP: 2-D slices through its weights.

Weights are dicts like ``MLP.params`` ("W1", "b1", ...; W_l : (n_in, n_out),
b_l : (n_out,)). A *plane* through the centre weights θ* is spanned by two
directions δ, η (dicts of the same shapes):

    L(α, β) = loss(θ* + α δ + β η)      on a fixed subset (x, t) of the training data,

the mean loss without dropout, plus the L2 term of the perturbed weights when
the network has one (so L(0, 0) is exactly the model's loss on the subset).

Directions
----------
* ``random_direction`` -- filter-normalised random direction (Li et al.,
  "Visualizing the Loss Landscape of Neural Nets", 2018): d ~ N(0, 1), then for
  each weight matrix W (n_in, n_out) and each output unit j, the column
  d[:, j] (the n_in weights that feed unit j: a "filter") is rescaled to the
  norm of W[:, j]:  d[:, j] <- d[:, j] · ||W[:, j]|| / ||d[:, j]||.
  Bias directions are zero (biases are not perturbed), as in Li et al.'s
  "ignore biases" setting.
* ``pca_plane`` -- the first two principal components of the training
  trajectory θ_0 .. θ_{n-1} relative to the final weights θ_n (Li et al.,
  section 7): rows m_i = θ_i - θ_n over *all* parameters (weights and biases),
  centred on their mean before the PCA (as sklearn's PCA does); the
  directions are unit vectors in the full parameter space and
  ``explained`` holds their explained-variance ratios s_r² / Σ s².
  Computed from the (n x n) Gram matrix in column chunks, so a trajectory of
  200 snapshots of a 535k-weight net needs only a few MB beyond the snapshots.

The path
--------
``project`` maps weights θ to plane coordinates by least squares,
(α, β) = argmin ||θ - θ* - α δ - β η||, i.e. solves G c = [δ·(θ-θ*), η·(θ-θ*)],
G = [[δ·δ, δ·η], [η·δ, η·η]] (G = I for the orthonormal PCA directions).
The final weights map to (0, 0) exactly.

Cost
----
``PlaneLoss`` evaluates L on a grid with the first layer precomputed: the
first layer's pre-activation is linear in (α, β),

    x W1(α, β) + b1(α, β) = (x C + c) + α (x D + d) + β (x E + e),

so the three (n, h1) products are computed once and each grid point costs
O(n h1) there instead of O(n · 784 · h1); later layers are multiplied out per
point in float32 with reused buffers. For a 784-128-10 net and 1,000 samples
a 41 x 41 grid takes well under a second (``bench/landscape_grid.py``).

Two real weights
----------------
``WeightPairSurface`` is the loss over two single first-layer weights
W1[i, j] = u and W1[k, l] = v with everything else frozen; it has the
interface of ``core.descent.surfaces.Surface`` (value, gradient, batch_gradient,
grid, view, start, default_lr, n_samples), so ``core.descent.descent_run.DescentRun``
and every optimizer run on it unchanged.

``compute_landscape(spec, net, x, t, ...)`` is the whole job as a generator of
``Progress`` items ending with one ``Landscape`` (a worker thread iterates it
and may stop between items).
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from core.nn.activations import ACTIVATIONS, ReLU
from core.nn.layers import OUTPUT_LAYERS
from core.descent.surfaces import Surface

#: floats per temporary in the chunked computations (8 MB of float32)
CHUNK_ELEMENTS = 1 << 21
#: parameters per column chunk of the trajectory's Gram matrix
GRAM_CHUNK = 1 << 15
KINDS = ("pca", "random", "weights")


# ---------------------------------------------------------------- weight dicts
class PathError(ValueError):
    """A training path the PCA plane cannot be made from. kind: "no_snapshots", "few_snapshots"
    (``count`` of them) or "no_spread"; str(error) is the English sentence."""

    def __init__(self, kind: str, message: str, count: int = 0):
        super().__init__(message)
        self.kind, self.count = kind, count


def param_keys(params: dict) -> list[str]:
    """Keys in layer order: W1, b1, W2, b2, ..."""
    layers = sorted({int(k[1:]) for k in params if k[:1] in "Wb" and k[1:].isdigit()})
    return [f"{p}{i}" for i in layers for p in "Wb" if f"{p}{i}" in params]


def _check_like(params: dict, other: dict, what: str) -> None:
    for key, value in params.items():
        if key not in other or np.shape(other[key]) != np.shape(value):
            raise ValueError(f"{what} does not fit the network (parameter {key!r})")


def dot(a: dict, b: dict) -> float:
    """Σ over all parameters of a · b (float64)."""
    return float(sum(np.dot(np.ravel(a[k]).astype(np.float64), np.ravel(b[k]).astype(np.float64))
                     for k in param_keys(a)))


def combine(center: dict, d1: dict, d2: dict, alpha: float, beta: float, dtype=np.float32) -> dict:
    """The weights θ* + α δ + β η as a new dict (computed in float64, stored as ``dtype``)."""
    return {k: (np.asarray(center[k], np.float64) + alpha * np.asarray(d1[k], np.float64)
                + beta * np.asarray(d2[k], np.float64)).astype(dtype) for k in param_keys(center)}


def fixed_subset(x: np.ndarray, t: np.ndarray, n: int = 1000, seed: int = 0):
    """The same n samples every time for a seed: (x_sub, t_sub, indices), indices sorted.
    All samples when n >= len(t)."""
    total = len(t)
    if n >= total:
        idx = np.arange(total)
    else:
        idx = np.sort(np.random.default_rng(seed).choice(total, size=int(n), replace=False))
    return np.asarray(x[idx], dtype=np.float32), np.asarray(t[idx]), idx


# ---------------------------------------------------------------- directions
def random_direction(params: dict, rng) -> dict:
    """A filter-normalised random direction (see the module docstring).

    For W : (n_in, n_out): d = N(0, 1) of the same shape, then each column
    d[:, j] scaled to ||W[:, j]|| (so ||d[:, j]|| = ||W[:, j]|| for every unit j);
    a zero column of W gives a zero column of d. Biases: zero. float32.
    """
    rng = np.random.default_rng(rng)
    out = {}
    for key in param_keys(params):
        w = np.asarray(params[key])
        if key.startswith("W"):
            d = rng.standard_normal(w.shape)
            w_norm = np.linalg.norm(w.astype(np.float64), axis=0)
            d_norm = np.linalg.norm(d, axis=0)
            d *= np.where(d_norm > 0, w_norm / np.where(d_norm > 0, d_norm, 1.0), 0.0)
            out[key] = d.astype(np.float32)
        else:
            out[key] = np.zeros(w.shape, dtype=np.float32)
    return out


@dataclass(frozen=True, eq=False)
class Plane:
    """θ* + α δ + β η. kind: "pca" | "random"; explained: PCA variance ratios (r1, r2) or None."""

    center: dict
    d1: dict
    d2: dict
    kind: str
    explained: tuple | None = None

    def point(self, alpha: float, beta: float) -> dict:
        return combine(self.center, self.d1, self.d2, alpha, beta)


def random_plane(center: dict, seed: int = 0) -> Plane:
    """Two independent filter-normalised directions (δ drawn first, then η, from ``seed``)."""
    rng = np.random.default_rng(seed)
    center = {k: np.array(center[k], dtype=np.float32) for k in param_keys(center)}
    return Plane(center, random_direction(center, rng), random_direction(center, rng), "random")


def _distinct(a: dict, b: dict) -> bool:
    return any(not np.array_equal(a[k], b[k]) for k in param_keys(a))


def pca_plane(trajectory: list, final: dict | None = None) -> Plane:
    """The plane of the first two principal components of the trajectory (module docstring).

    trajectory : weight dicts θ_0 .. oldest first; final : θ_n, the centre
    (default: the last snapshot; a ``final`` that differs from the last
    snapshot is taken as one more point after it). Needs at least three
    snapshots besides the final weights, spread over at least two directions.
    """
    snaps = list(trajectory)
    if final is None:
        if not snaps:
            raise PathError("no_snapshots", "no weight snapshots: train the network first")
        final = snaps.pop()
    elif snaps and not _distinct(snaps[-1], final):
        snaps.pop()
    for s in snaps:
        _check_like(final, s, "a weight snapshot")
    m = len(snaps)
    if m < 3:
        raise PathError("few_snapshots", f"the training path has only {m + 1} weight snapshots; "
                        "at least 4 are needed for two principal components", m + 1)
    keys = param_keys(final)
    G = np.zeros((m, m))
    for key in keys:
        fin = np.ravel(final[key]).astype(np.float64)
        for s in range(0, fin.size, GRAM_CHUNK):
            block = np.stack([np.ravel(p[key])[s:s + GRAM_CHUNK] for p in snaps]).astype(np.float64)
            block -= fin[s:s + GRAM_CHUNK]
            G += block @ block.T
    # centred Gram matrix H G H (H = I - 11ᵀ/m) = M_c M_cᵀ; its eigenvectors u (λ > 0) are ⟂ 1
    H = np.eye(m) - 1.0 / m
    lam, U = np.linalg.eigh(H @ G @ H)
    order = np.argsort(lam)[::-1]
    lam, U = np.clip(lam[order], 0.0, None), U[:, order]
    if lam[1] <= 1e-12 * max(lam[0], 1e-300):
        raise PathError("no_spread", "the training path does not spread in two directions "
                        "(the weights hardly moved)")
    explained = (float(lam[0] / lam.sum()), float(lam[1] / lam.sum()))
    # direction r = M_cᵀ u_r / sqrt(λ_r) = Σ_i u_ri θ_i / sqrt(λ_r)  (Σ_i u_ri = 0)
    coef = U[:, :2] / np.sqrt(lam[:2])
    # sign: the start θ_0 gets coordinates >= 0 (coordinates of θ_i are (G u_r / sqrt(λ_r))_i)
    start = G[0] @ coef
    coef *= np.where(start < 0, -1.0, 1.0)
    dirs = ({}, {})
    for key in keys:
        fin = np.asarray(final[key], np.float64)
        acc = [np.zeros(fin.shape), np.zeros(fin.shape)]
        for i, p in enumerate(snaps):
            diff = np.asarray(p[key], np.float64) - fin
            acc[0] += coef[i, 0] * diff
            acc[1] += coef[i, 1] * diff
        for r in range(2):
            dirs[r][key] = acc[r].astype(np.float32)
    center = {k: np.array(final[k], dtype=np.float32) for k in keys}
    return Plane(center, dirs[0], dirs[1], "pca", explained)


def project(plane: Plane, weights: list) -> np.ndarray:
    """Plane coordinates (α, β) of each weight dict, by least squares; shape (len(weights), 2).

    θ* itself maps to (0, 0); a point of the plane maps to its own (α, β).
    """
    G = np.array([[dot(plane.d1, plane.d1), dot(plane.d1, plane.d2)],
                  [dot(plane.d2, plane.d1), dot(plane.d2, plane.d2)]])
    out = np.empty((len(weights), 2))
    for i, w in enumerate(weights):
        _check_like(plane.center, w, "a weight snapshot")
        diff = {k: np.asarray(w[k], np.float64) - np.asarray(plane.center[k], np.float64)
                for k in param_keys(plane.center)}
        out[i] = np.linalg.solve(G, [dot(plane.d1, diff), dot(plane.d2, diff)])
    return out


# ---------------------------------------------------------------- the loss on a plane
def _activate(act, z: np.ndarray, zeros: np.ndarray) -> np.ndarray:
    """act(z), in place for ReLU (z is a scratch buffer; ``zeros`` an array of zeros shaped like z:
    numpy's maximum against an array is about 3x faster than against the scalar 0)."""
    if type(act) is ReLU:
        return np.maximum(z, zeros, out=z)
    return act.value(z)


class PlaneLoss:
    """L(α, β) on a plane for one network and one data subset (see the module docstring).

    net : core.nn.network.MLP (architecture, activation, loss, L2 taken from it;
    its own weights are not used). x : (n, n_in); t : class indices (n,).
    Not thread-safe (reuses buffers): one object per thread.
    """

    def __init__(self, net, plane: Plane, x, t):
        _check_like(net.params, plane.center, "the plane's centre")
        self.net, self.plane = net, plane
        self.act = ACTIVATIONS[net.activation]
        self.loss_name = net.loss_name
        self.x = np.asarray(x, dtype=np.float32)
        self.t = np.asarray(t)
        self.L = net.num_layers
        C, D, E = plane.center, plane.d1, plane.d2
        f32 = lambda a: np.ascontiguousarray(a, dtype=np.float32)  # noqa: E731
        # first layer: (x C + c), (x D + d), (x E + e), each (n, h1)
        self.xc = self.x @ f32(C["W1"]) + f32(C["b1"])
        self.xd = self.x @ f32(D["W1"]) + f32(D["b1"])
        self.xe = self.x @ f32(E["W1"]) + f32(E["b1"])
        self.later = [tuple(f32(P[f"{p}{i}"]) for P in (C, D, E) for p in "Wb")
                      for i in range(2, self.L + 1)]
        # L2 term (λ/2) Σ ||C + αD + βE||² over the weight matrices: a quadratic in (α, β)
        self.l2 = float(net.l2)
        w_keys = [f"W{i}" for i in range(1, self.L + 1)]
        q = lambda a, b: sum(float(np.vdot(np.asarray(a[k], np.float64), np.asarray(b[k], np.float64)))  # noqa: E731
                             for k in w_keys)
        self._l2q = (q(C, C), q(C, D), q(C, E), q(D, D), q(D, E), q(E, E)) if self.l2 else None
        self._output = OUTPUT_LAYERS[self.loss_name]()
        n = self.x.shape[0]
        self._z1 = np.empty_like(self.xc)
        self._row = np.empty_like(self.xc)
        self._w = [np.empty_like(layer[0]) for layer in self.later]
        self._b = [np.empty_like(layer[1]) for layer in self.later]
        self._z = [np.empty((n, layer[0].shape[1]), np.float32) for layer in self.later]
        self._zeros = [np.zeros_like(self.xc)] + [np.zeros_like(z) for z in self._z]

    def l2_term(self, alpha: float, beta: float) -> float:
        if not self.l2:
            return 0.0
        cc, cd, ce, dd, de, ee = self._l2q
        sq = cc + 2 * alpha * cd + 2 * beta * ce + alpha * alpha * dd + 2 * alpha * beta * de + beta * beta * ee
        return 0.5 * self.l2 * sq

    def _set_row(self, beta: float) -> None:
        np.multiply(self.xe, np.float32(beta), out=self._row)
        self._row += self.xc

    def _point(self, alpha: float, beta: float) -> float:
        z = self._z1
        np.multiply(self.xd, np.float32(alpha), out=z)
        z += self._row
        h = _activate(self.act, z, self._zeros[0])
        a32, b32 = np.float32(alpha), np.float32(beta)
        for i, (Wc, bc, Wd, bd, We, be) in enumerate(self.later):
            w, b, out = self._w[i], self._b[i], self._z[i]
            np.multiply(Wd, a32, out=w)
            w += Wc
            w += We * b32
            np.multiply(bd, a32, out=b)
            b += bc
            b += be * b32
            np.dot(h, w, out=out)
            out += b
            h = out if i == len(self.later) - 1 else _activate(self.act, out, self._zeros[i + 1])
        if self.L == 1:
            h = z
        with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
            return float(self._output.forward(h, self.t)) + self.l2_term(alpha, beta)

    def value(self, alpha: float, beta: float) -> float:
        """L(α, β) at one point (float)."""
        self._set_row(beta)
        return self._point(float(alpha), float(beta))

    def rows(self, alphas, betas):
        """Yield (i, row) for each β = betas[i]: row[j] = L(alphas[j], β), float64 (len(alphas),)."""
        alphas = np.asarray(alphas, dtype=np.float64)
        for i, beta in enumerate(np.asarray(betas, dtype=np.float64)):
            self._set_row(float(beta))
            yield i, np.array([self._point(float(a), float(beta)) for a in alphas])

    def grid(self, alphas, betas) -> np.ndarray:
        """Z[i, j] = L(alphas[j], betas[i]); shape (len(betas), len(alphas)), float64."""
        Z = np.empty((len(betas), len(alphas)))
        for i, row in self.rows(alphas, betas):
            Z[i] = row
        return Z


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


# ---------------------------------------------------------------- the whole job
@dataclass(frozen=True)
class LandscapeSpec:
    """What to compute.

    kind : "pca" | "random" | "weights";  resolution : grid points per axis
    samples : size of the fixed training subset;  subset_seed : which samples
    span : half-width of the view -- "random": in units of the directions
    (α, β in [-span, span]); "pca": times the path's largest |coordinate|;
    "weights": in weight units around the trained values
    seed : random directions' seed;  first, second : (input, unit) of the two weights
    """

    kind: str = "pca"
    resolution: int = 41
    samples: int = 1000
    subset_seed: int = 0
    span: float = 1.0
    seed: int = 0
    first: tuple = (0, 0)
    second: tuple = (0, 1)

    def __post_init__(self):
        if self.kind not in KINDS:
            raise ValueError(f"unknown landscape kind {self.kind!r}; choose from {', '.join(KINDS)}")
        if not 3 <= int(self.resolution) <= 401:
            raise ValueError(f"resolution must be 3 to 401 points, got {self.resolution}")
        if int(self.samples) < 1:
            raise ValueError("samples must be 1 or more")
        if not (math.isfinite(self.span) and self.span > 0):
            raise ValueError(f"span must be a finite number > 0, got {self.span}")


@dataclass(frozen=True)
class Progress:
    """done of total units of work; stage: "directions" | "grid"."""

    done: int
    total: int
    stage: str


@dataclass(frozen=True, eq=False)
class Landscape:
    """A computed slice: Z[i, j] = L(xs[j], ys[i]).

    center : the point of the trained weights in (xs, ys) coordinates
    center_loss : L there (the model's loss on the subset)
    path : (k, 2) plane coordinates of the trajectory (PCA plane and, by
    least squares, random planes) or None; path_loss : (k,) L at those
    points of the plane (not the snapshots' own loss); explained : PCA variance ratios
    surface : the WeightPairSurface ("weights") or None; plane : the Plane or None
    """

    spec: LandscapeSpec
    xs: np.ndarray
    ys: np.ndarray
    Z: np.ndarray
    center: tuple
    center_loss: float
    n_samples: int
    path: np.ndarray | None = None
    path_loss: np.ndarray | None = None
    explained: tuple | None = None
    surface: WeightPairSurface | None = None
    plane: Plane | None = None
    seconds: float = 0.0


def upsample_grid(xs, ys, Z, factor: int = 4):
    """A finer picture of a computed grid: bilinear interpolation, (len(ys) - 1) * factor + 1 rows
    and (len(xs) - 1) * factor + 1 columns; the computed values stay where they were.
    Returns (xs_fine, ys_fine, Z_fine). Non-finite values spread to their neighbours' cells."""
    xs, ys, Z = np.asarray(xs, np.float64), np.asarray(ys, np.float64), np.asarray(Z, np.float64)
    factor = max(1, int(factor))
    fx = np.linspace(xs[0], xs[-1], (xs.size - 1) * factor + 1)
    fy = np.linspace(ys[0], ys[-1], (ys.size - 1) * factor + 1)
    # fractional index of each fine point along each axis, then the four neighbours' weights
    ix = np.interp(fx, xs, np.arange(xs.size))
    iy = np.interp(fy, ys, np.arange(ys.size))
    x0 = np.minimum(ix.astype(int), xs.size - 2) if xs.size > 1 else np.zeros(fx.size, int)
    y0 = np.minimum(iy.astype(int), ys.size - 2) if ys.size > 1 else np.zeros(fy.size, int)
    tx, ty = (ix - x0)[None, :], (iy - y0)[:, None]
    x1, y1 = np.minimum(x0 + 1, xs.size - 1), np.minimum(y0 + 1, ys.size - 1)
    with np.errstate(invalid="ignore"):
        fine = ((1 - ty) * ((1 - tx) * Z[np.ix_(y0, x0)] + tx * Z[np.ix_(y0, x1)])
                + ty * ((1 - tx) * Z[np.ix_(y1, x0)] + tx * Z[np.ix_(y1, x1)]))
    return fx, fy, fine


def _path_points(trajectory, final: dict) -> list:
    """The snapshots, then the final weights unless the last snapshot already is them."""
    points = list(trajectory or [])
    if not points or _distinct(points[-1], final):
        points.append(final)
    return points


def _symmetric_axis(c: float, half: float, n: int) -> np.ndarray:
    """n points from c - half to c + half with c itself among them when n is odd."""
    return c + np.linspace(-half, half, int(n))


def compute_landscape(spec: LandscapeSpec, net, x, t, trajectory=None):
    """The whole computation as a generator: yields Progress items, then one Landscape.

    net : the trained MLP (its weights are the centre; it is not changed)
    x, t : the training data (the fixed subset is drawn from it with spec.subset_seed)
    trajectory : weight snapshots of the training run, oldest first ("pca" needs it;
    "random" projects it when given and its shapes fit).
    """
    import time

    t0 = time.perf_counter()
    xs_sub, ts_sub, _ = fixed_subset(x, t, spec.samples, spec.subset_seed)
    n_res = int(spec.resolution)
    if spec.kind == "weights":
        surface = WeightPairSurface(net, xs_sub, ts_sub, spec.first, spec.second, radius=spec.span)
        us = _symmetric_axis(surface.u0, spec.span, n_res)
        vs = _symmetric_axis(surface.v0, spec.span, n_res)
        Z = np.empty((n_res, n_res))
        for i, row in surface.rows(us, vs):
            Z[i] = row
            yield Progress(i + 1, n_res, "grid")
        center_loss = float(surface.value(surface.u0, surface.v0))
        yield Landscape(spec, us, vs, Z, surface.start, center_loss, len(ts_sub), surface=surface,
                        seconds=time.perf_counter() - t0)
        return

    path = None
    yield Progress(0, n_res, "directions")
    if spec.kind == "pca":
        plane = pca_plane(trajectory or [], final=net.params)
        path = project(plane, _path_points(trajectory, net.params))
        path[-1] = 0.0  # the centre itself (exactly, not up to rounding)
        # each axis to the path's extent; β at least a fifth of α so the picture is never a sliver
        reach = np.max(np.abs(path), axis=0)
        half_a = spec.span * max(float(reach[0]), 1e-6)
        half_b = spec.span * max(float(reach[1]), 0.2 * float(reach[0]), 1e-6)
    else:
        plane = random_plane(net.params, spec.seed)
        half_a = half_b = spec.span
        if trajectory:
            try:
                path = project(plane, _path_points(trajectory, net.params))
                path[-1] = 0.0
            except ValueError:
                path = None
    alphas = _symmetric_axis(0.0, half_a, n_res)
    betas = _symmetric_axis(0.0, half_b, n_res)
    loss = PlaneLoss(net, plane, xs_sub, ts_sub)
    Z = np.empty((n_res, n_res))
    for i, row in loss.rows(alphas, betas):
        Z[i] = row
        yield Progress(i + 1, n_res, "grid")
    path_loss = None if path is None else np.array([loss.value(a, b) for a, b in path])
    yield Landscape(spec, alphas, betas, Z, (0.0, 0.0), loss.value(0.0, 0.0), len(ts_sub), path=path,
                    path_loss=path_loss, explained=plane.explained, plane=plane,
                    seconds=time.perf_counter() - t0)
