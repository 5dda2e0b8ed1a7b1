"""Iso-lines (contour lines) of a gridded surface, vectorised marching squares.

Z has shape (ny, nx) with Z[i, j] = f(xs[j], ys[i]). For a level L every grid
cell whose corners are not all on the same side of L gets one line segment
(two for a saddle cell) between the points where its edges cross L, found by
linear interpolation: the crossing on edge (a, b) is at a + (L - za) / (zb - za) (b - a).

``contour_levels`` picks the levels: evenly spaced, or, when the range is so
huge that evenly spaced levels would leave much of the picture in the lowest
band (Rosenbrock's valley, a neuron's plateaus), log-spaced in (Z - min) so
the valley floor still gets lines.
"""
from __future__ import annotations

import numpy as np

#: use log-spaced levels when more than this fraction of Z lies in the lowest even band
LOG_LOW_FRACTION = 0.2


def finite_filled(Z: np.ndarray) -> np.ndarray:
    """A float64 copy of Z with NaN and +inf replaced by the largest finite value,
    -inf by the smallest (0 when nothing is finite)."""
    Z = np.array(Z, dtype=np.float64)
    bad = ~np.isfinite(Z)
    if bad.any():
        good = Z[~bad]
        hi, lo = (good.max(), good.min()) if good.size else (0.0, 0.0)
        Z[bad] = np.where(Z[bad] == -np.inf, lo, hi)
    return Z


def contour_levels(Z: np.ndarray, n: int = 14, log: bool | None = None) -> tuple[np.ndarray, bool]:
    """n increasing levels strictly between min(Z) and max(Z), and whether they are log-spaced.

    Linear: min + (max - min) * k / (n + 1), k = 1..n.
    Log: min + geomspace(d_lo, max - min, n), d_lo = (max - min) * 1e-4 (or the
    smallest positive offset of the 1st percentile, whichever is larger).
    Non-finite values are ignored. A flat Z gives an empty array.
    """
    Zf = np.asarray(Z, dtype=np.float64)
    Zf = Zf[np.isfinite(Zf)]
    if Zf.size == 0:
        return np.empty(0), False
    lo, hi = float(Zf.min()), float(Zf.max())
    rng = hi - lo
    if not rng > 0:
        return np.empty(0), False
    if log is None:
        log = float(np.mean(Zf < lo + rng / (n + 1))) > LOG_LOW_FRACTION
    if log:
        d = Zf - lo
        p1 = float(np.percentile(d, 1))
        d_lo = max(rng * 1e-4, p1)
        if not d_lo < rng:
            d_lo = rng * 1e-4
        levels = lo + np.geomspace(d_lo, rng, n + 1)[:-1]
    else:
        levels = lo + rng * np.arange(1, n + 1) / (n + 1)
    return levels, bool(log)


def band_index(Z: np.ndarray, levels: np.ndarray) -> np.ndarray:
    """For a filled-contour picture: which band between levels each value falls in (0..len(levels)), uint8/16."""
    idx = np.searchsorted(np.asarray(levels), finite_filled(Z), side="right")
    return idx.astype(np.uint8 if len(levels) < 255 else np.uint16)


def isoline_segments(xs, ys, Z, level: float) -> np.ndarray:
    """Segments of the iso-line Z = level, as an array of shape (2 m, 2): rows 2k, 2k+1 are one segment.

    Ready for a line item that connects pairs of points. xs (nx,), ys (ny,), Z (ny, nx).
    Non-finite Z values are replaced by the largest finite value first.
    """
    xs = np.asarray(xs, dtype=np.float64)
    ys = np.asarray(ys, dtype=np.float64)
    Z = finite_filled(Z)
    above = Z >= level
    # corners of each cell: a=(i, j), b=(i, j+1), c=(i+1, j+1), d=(i+1, j)
    za, zb, zc, zd = Z[:-1, :-1], Z[:-1, 1:], Z[1:, 1:], Z[1:, :-1]
    sa, sb, sc, sd = above[:-1, :-1], above[:-1, 1:], above[1:, 1:], above[1:, :-1]
    code = sa.astype(np.uint8) | (sb << 1) | (sc << 2) | (sd << 3)
    cells = (code != 0) & (code != 15)
    if not cells.any():
        return np.empty((0, 2))
    ii, jj = np.nonzero(cells)
    code = code[ii, jj]
    za, zb, zc, zd = za[ii, jj], zb[ii, jj], zc[ii, jj], zd[ii, jj]
    x0, x1 = xs[jj], xs[jj + 1]
    y0, y1 = ys[ii], ys[ii + 1]

    def cross(z1, z2):
        with np.errstate(divide="ignore", invalid="ignore"):
            f = (level - z1) / (z2 - z1)
        return np.clip(np.nan_to_num(f, nan=0.5), 0.0, 1.0)

    # crossing points on the four edges: bottom (a-b), right (b-c), top (d-c), left (a-d)
    e_bottom = np.column_stack([x0 + cross(za, zb) * (x1 - x0), y0])
    e_right = np.column_stack([x1, y0 + cross(zb, zc) * (y1 - y0)])
    e_top = np.column_stack([x0 + cross(zd, zc) * (x1 - x0), y1])
    e_left = np.column_stack([x0, y0 + cross(za, zd) * (y1 - y0)])
    edges = np.stack([e_bottom, e_right, e_top, e_left])  # (4, m, 2)

    # which edges cross: an edge crosses when its two corners are on different sides
    sa, sb, sc, sd = (code & 1) > 0, (code & 2) > 0, (code & 4) > 0, (code & 8) > 0
    crossing = np.stack([sa != sb, sb != sc, sd != sc, sa != sd])  # (4, m)
    n_cross = crossing.sum(axis=0)

    out = []
    two = n_cross == 2
    if two.any():
        order = np.argsort(~crossing[:, two], axis=0, kind="stable")[:2]  # the two crossing edges
        cols = np.flatnonzero(two)
        p = edges[order[0], cols]
        q = edges[order[1], cols]
        out.append(np.stack([p, q], axis=1).reshape(-1, 2))
    four = np.flatnonzero(n_cross == 4)
    if four.size:
        centre = 0.25 * (za[four] + zb[four] + zc[four] + zd[four])
        centre_above = centre >= level
        # a and c on the same side as the centre: join the other corners' edges around them
        join_ac = centre_above == sa[four]
        b_, r_, t_, l_ = (edges[k, four] for k in range(4))
        s1a = np.where(join_ac[:, None], b_, b_)
        s1b = np.where(join_ac[:, None], r_, l_)
        s2a = np.where(join_ac[:, None], t_, t_)
        s2b = np.where(join_ac[:, None], l_, r_)
        out.append(np.stack([s1a, s1b], axis=1).reshape(-1, 2))
        out.append(np.stack([s2a, s2b], axis=1).reshape(-1, 2))
    return np.concatenate(out) if out else np.empty((0, 2))


def isolines(xs, ys, Z, levels) -> np.ndarray:
    """Segments of every level, concatenated: shape (2 m, 2) for a pairs-connected line."""
    parts = [isoline_segments(xs, ys, Z, lv) for lv in np.asarray(levels, dtype=np.float64)]
    parts = [p for p in parts if p.size]
    return np.concatenate(parts) if parts else np.empty((0, 2))
