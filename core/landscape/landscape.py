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
``WeightPairSurface`` (``core.landscape.weight_pair``) is the loss over two single first-layer weights
W1[i, j] = u and W1[k, l] = v with everything else frozen; it has the
interface of ``core.descent.surface_base.Surface`` (value, gradient, batch_gradient,
grid, view, start, default_lr, n_samples), so ``core.descent.descent_run.DescentRun``
and every optimizer run on it unchanged.

The directions, planes and projection live in ``core.landscape.planes``; this module
keeps the loss on a plane and the whole job, and re-exports the names of both others.

``compute_landscape(spec, net, x, t, ...)`` is the whole job as a generator of
``Progress`` items ending with one ``Landscape`` (a worker thread iterates it
and may stop between items).
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from core.landscape.planes import (  # noqa: F401 (re-exported: the landscape API in one place)
    GRAM_CHUNK, Cancelled, PathError, _check_stop, Plane, _check_like, _distinct, combine, dot, fixed_subset, param_keys, pca_plane,
    project, random_direction, random_plane)
from core.landscape.weight_pair import CHUNK_ELEMENTS, WeightPairSurface  # noqa: F401 (re-exported)
from core.nn.activations import ACTIVATIONS, ReLU
from core.nn.layers import OUTPUT_LAYERS

KINDS = ("pca", "random", "weights")


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
    points of the plane (the loss at each snapshot's projection onto the plane, not the
    snapshot's own loss); path_true_loss : (k,) the loss at the snapshots' own weights on the
    same digits (what the network really had along the path); explained : PCA variance ratios
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
    path_true_loss: np.ndarray | None = None
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


def snapshot_losses(net, points, x, t, should_stop=None):
    """The loss (with the net's L2 term, as the plane's) at each weight snapshot in ``points``:
    L(θ_k) on the digits x (n, 784), t (n,), one float per snapshot, in order."""
    probe = net.copy()
    for params in points:
        _check_stop(should_stop)
        probe.set_params(params)
        yield float(probe.loss(x, t))


def _symmetric_axis(c: float, half: float, n: int) -> np.ndarray:
    """n points from c - half to c + half with c itself among them when n is odd."""
    return c + np.linspace(-half, half, int(n))


def compute_landscape(spec: LandscapeSpec, net, x, t, trajectory=None, should_stop=None):
    """The whole computation as a generator: yields Progress items, then one Landscape.

    net : the trained MLP (its weights are the centre; it is not changed)
    x, t : the training data (the fixed subset is drawn from it with spec.subset_seed)
    trajectory : weight snapshots of the training run, oldest first ("pca" needs it;
    "random" projects it when given and its shapes fit).
    should_stop : optional callable; checked inside the long "directions" stage too, so a
    cancel is seen within a fraction of a second (the generator then ends without a Landscape).
    """
    try:
        yield from _compute(spec, net, x, t, trajectory, should_stop)
    except Cancelled:
        return


def _compute(spec: LandscapeSpec, net, x, t, trajectory, should_stop):
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
    points = _path_points(trajectory, net.params)
    yield Progress(0, n_res, "directions")
    if spec.kind == "pca":
        plane = pca_plane(trajectory or [], final=net.params, should_stop=should_stop)
        path = project(plane, points, should_stop)
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
                path = project(plane, points, should_stop)
                path[-1] = 0.0
            except ValueError:
                path = None
    true_loss = None   # the snapshots' own loss (before the grid, which is the last stage)
    if path is not None:
        true_loss = np.empty(len(points))
        for i, loss_i in enumerate(snapshot_losses(net, points, xs_sub, ts_sub, should_stop)):
            true_loss[i] = loss_i
            yield Progress(i + 1, len(points), "path")
    alphas = _symmetric_axis(0.0, half_a, n_res)
    betas = _symmetric_axis(0.0, half_b, n_res)
    _check_stop(should_stop)
    loss = PlaneLoss(net, plane, xs_sub, ts_sub)
    Z = np.empty((n_res, n_res))
    for i, row in loss.rows(alphas, betas):
        Z[i] = row
        yield Progress(i + 1, n_res, "grid")
    path_loss = None if path is None else np.array([loss.value(a, b) for a, b in path])
    yield Landscape(spec, alphas, betas, Z, (0.0, 0.0), loss.value(0.0, 0.0), len(ts_sub), path=path,
                    path_loss=path_loss, path_true_loss=true_loss, explained=plane.explained, plane=plane,
                    seconds=time.perf_counter() - t0)
