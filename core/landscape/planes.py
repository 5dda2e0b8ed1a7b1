"""Planes through a network's weights: directions, the PCA plane of a training path, projection.

Weights are dicts like ``MLP.params`` ("W1", "b1", ...; W_l : (n_in, n_out), b_l : (n_out,)).
A plane is θ* + α δ + β η with two directions δ, η of the same shapes; how the
directions are chosen (filter-normalised random ones, or the first two principal
components of the training path) and how a point is projected onto a plane is said in
the docstring of ``core.landscape.landscape``, which uses this module.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

#: parameters per column block of the PCA's Gram matrix
GRAM_CHUNK = 1 << 15


# ---------------------------------------------------------------- weight dicts
class Cancelled(Exception):
    """``should_stop()`` said so in the middle of a long step (compute_landscape then returns)."""


def _check_stop(should_stop) -> None:
    if should_stop is not None and should_stop():
        raise Cancelled()


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


def pca_plane(trajectory: list, final: dict | None = None, should_stop=None) -> Plane:
    """The plane of the first two principal components of the trajectory (module docstring).

    trajectory : weight dicts θ_0 .. oldest first; final : θ_n, the centre
    (default: the last snapshot; a ``final`` that differs from the last
    snapshot is taken as one more point after it). Needs at least three
    snapshots besides the final weights, spread over at least two directions.
    should_stop() is checked for every block and snapshot (raises Cancelled).
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
            _check_stop(should_stop)
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
            _check_stop(should_stop)
            diff = np.asarray(p[key], np.float64) - fin
            acc[0] += coef[i, 0] * diff
            acc[1] += coef[i, 1] * diff
        for r in range(2):
            dirs[r][key] = acc[r].astype(np.float32)
    center = {k: np.array(final[k], dtype=np.float32) for k in keys}
    return Plane(center, dirs[0], dirs[1], "pca", explained)


def project(plane: Plane, weights: list, should_stop=None) -> np.ndarray:
    """Plane coordinates (α, β) of each weight dict, by least squares; shape (len(weights), 2).

    θ* itself maps to (0, 0); a point of the plane maps to its own (α, β).
    """
    G = np.array([[dot(plane.d1, plane.d1), dot(plane.d1, plane.d2)],
                  [dot(plane.d2, plane.d1), dot(plane.d2, plane.d2)]])
    out = np.empty((len(weights), 2))
    for i, w in enumerate(weights):
        _check_stop(should_stop)  # checked before each weight dict (raises Cancelled)
        _check_like(plane.center, w, "a weight snapshot")
        diff = {k: np.asarray(w[k], np.float64) - np.asarray(plane.center[k], np.float64)
                for k in param_keys(plane.center)}
        out[i] = np.linalg.solve(G, [dot(plane.d1, diff), dot(plane.d2, diff)])
    return out
