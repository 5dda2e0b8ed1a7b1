"""Clip a polyline to a rectangle (Liang-Barsky), for drawing a path that leaves the picture.

Clamping each point into the box separately would move a point far outside to the box's
edge or corner and draw the path along the border in a direction it never went; clipping
the segments keeps every drawn piece on the true path.

    x, y, joined = clip_polyline(xs, ys, (xmin, xmax, ymin, ymax))

For segment P0 -> P1 (P(t) = P0 + t (P1 - P0), 0 <= t <= 1) and each side with
p = -dx, dx, -dy, dy and q = x0 - xmin, xmax - x0, y0 - ymin, ymax - y0: where p < 0 the
segment enters at t = q / p (t_in is the largest such), where p > 0 it leaves at t = q / p
(t_out the smallest); p = 0 and q < 0 means parallel and outside. The visible part is
t_in <= t <= t_out.
"""
from __future__ import annotations

import numpy as np


def clip_polyline(x, y, box) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Points (n,) of a path -> the parts inside ``box``: finite float64 arrays (m,) x, y and a
    bool array (m,) ``joined``, joined[i] True when point i is drawn connected to point i + 1
    (pyqtgraph's connect=array; the last entry is False). Segments with a non-finite end are
    dropped. A single point is kept when it is inside."""
    x = np.asarray(x, dtype=np.float64).reshape(-1)
    y = np.asarray(y, dtype=np.float64).reshape(-1)
    xmin, xmax, ymin, ymax = (float(v) for v in box)
    if x.size == 1:
        inside = np.isfinite(x[0]) and np.isfinite(y[0]) and xmin <= x[0] <= xmax and ymin <= y[0] <= ymax
        return (x.copy(), y.copy(), np.zeros(1, bool)) if inside else _EMPTY
    if x.size == 0:
        return _EMPTY
    if (np.all(np.isfinite(x)) and np.all(np.isfinite(y)) and xmin <= x.min() and x.max() <= xmax
            and ymin <= y.min() and y.max() <= ymax):  # the usual case: nothing to cut
        joined = np.ones(x.size, dtype=bool)
        joined[-1] = False
        return x.copy(), y.copy(), joined
    x0, y0, x1, y1 = x[:-1], y[:-1], x[1:], y[1:]
    dx, dy = x1 - x0, y1 - y0
    ok = np.isfinite(x0) & np.isfinite(y0) & np.isfinite(x1) & np.isfinite(y1)
    t_in, t_out = np.zeros_like(dx), np.ones_like(dx)
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        for p, q in ((-dx, x0 - xmin), (dx, xmax - x0), (-dy, y0 - ymin), (dy, ymax - y0)):
            r = q / p
            ok &= ~((p == 0) & (q < 0))
            t_in = np.where(p < 0, np.maximum(t_in, r), t_in)
            t_out = np.where(p > 0, np.minimum(t_out, r), t_out)
        ok &= t_in <= t_out
        ax, ay = x0 + t_in * dx, y0 + t_in * dy
        bx, by = x0 + t_out * dx, y0 + t_out * dy
    idx = np.flatnonzero(ok)
    if idx.size == 0:
        return _EMPTY
    # a piece goes on from the previous one when that ended at its own end point (t_out = 1),
    # this one starts at its start (t_in = 0) and they are neighbours
    joined = np.zeros(idx.size, dtype=bool)
    joined[1:] = (idx[1:] == idx[:-1] + 1) & (t_out[idx[:-1]] == 1.0) & (t_in[idx[1:]] == 0.0)
    # each visible segment gives its start point (only when it begins a new piece) and its end
    # point; a point is joined to the next one unless it ends a piece
    starts = ~joined
    ends = np.append(starts[1:], True)
    keep = np.column_stack([starts, np.ones_like(starts)]).ravel()
    xs = np.column_stack([ax[idx], bx[idx]]).ravel()[keep]
    ys = np.column_stack([ay[idx], by[idx]]).ravel()[keep]
    link = np.column_stack([np.ones_like(starts), ~ends]).ravel()[keep]
    return xs, ys, link


_EMPTY = (np.empty(0), np.empty(0), np.zeros(0, bool))
