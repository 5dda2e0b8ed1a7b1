"""Hand-made stroke templates of the digits 0-9 and a numpy pen, for tests and bench/.

Each template is a list of strokes; a stroke is a list of (x, y) points in the
unit square (x to the right, y down). ``place`` maps a template onto a canvas
(position, height, width ratio, slant); ``render`` draws strokes as round-capped
lines of a given width, anti-aliased, ink = 1 on 0, like the Draw tab's canvas.
"""
from __future__ import annotations

import numpy as np


def _arc(cx, cy, rx, ry, start_deg, end_deg, n=24):
    t = np.radians(np.linspace(start_deg, end_deg, n))
    return [(cx + rx * np.cos(a), cy + ry * np.sin(a)) for a in t]


DIGIT_STROKES: dict[int, list[list[tuple[float, float]]]] = {
    0: [_arc(0.5, 0.5, 0.36, 0.5, -90, 275, 40)],
    1: [[(0.55, 0.0), (0.45, 1.0)]],
    2: [_arc(0.5, 0.27, 0.36, 0.27, 200, 380, 16) + [(0.1, 1.0), (0.92, 1.0)]],
    3: [_arc(0.47, 0.25, 0.33, 0.25, 200, 450, 18) + _arc(0.47, 0.74, 0.38, 0.26, -90, 160, 18)],
    4: [[(0.25, 0.0), (0.08, 0.62), (0.9, 0.62)], [(0.7, 0.05), (0.68, 1.0)]],
    5: [[(0.85, 0.0), (0.3, 0.0), (0.24, 0.45)] + _arc(0.5, 0.7, 0.36, 0.3, -120, 150, 18)],
    6: [[(0.72, 0.0), (0.4, 0.25), (0.2, 0.55)] + _arc(0.5, 0.72, 0.32, 0.28, 180, 540, 30)],
    7: [[(0.08, 0.03), (0.92, 0.03), (0.42, 1.0)]],
    8: [_arc(0.5, 0.24, 0.27, 0.24, 90, 450, 28), _arc(0.5, 0.73, 0.33, 0.27, -90, 270, 30)],
    9: [_arc(0.45, 0.27, 0.3, 0.27, 0, 360, 30) + [(0.75, 0.27), (0.68, 1.0)]],
}


def place(strokes, left: float, top: float, height: float, width_ratio: float = 0.75,
          slant: float = 0.0):
    """Template -> canvas points: x' = left + (x + slant (0.5 - y)) * height * width_ratio,
    y' = top + y * height."""
    out = []
    for stroke in strokes:
        out.append([(left + (x + slant * (0.5 - y)) * height * width_ratio, top + y * height)
                    for x, y in stroke])
    return out


def render(strokes, shape=(280, 280), width: float = 18.0) -> np.ndarray:
    """Rasterise strokes: ink = clip(width/2 - d + 0.5, 0, 1), d = distance from the
    pixel centre to the nearest segment. Returns float64 (h, w) with ink = 1."""
    h, w = shape
    yy, xx = np.mgrid[0:h, 0:w] + 0.5
    dist = np.full(shape, np.inf)
    for stroke in strokes:
        pts = np.asarray(stroke, dtype=np.float64)
        if len(pts) == 1:
            pts = np.vstack([pts, pts])
        for (x0, y0), (x1, y1) in zip(pts[:-1], pts[1:]):
            dx, dy = x1 - x0, y1 - y0
            length2 = dx * dx + dy * dy
            t = 0.0 if length2 == 0 else np.clip(((xx - x0) * dx + (yy - y0) * dy) / length2, 0, 1)
            np.minimum(dist, np.hypot(xx - (x0 + t * dx), yy - (y0 + t * dy)), out=dist)
    return np.clip(width / 2.0 - dist + 0.5, 0.0, 1.0)
