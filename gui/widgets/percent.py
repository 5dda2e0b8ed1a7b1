"""One rounding rule for every percentage the Draw tab shows (answer, bars, accuracies).

``percent(p)``: p in [0, 1] as a percentage with one decimal, rounded *down* (so 0.9996
reads "99.9", never "100.0" unless it is 1, and 0.9695 reads "96.9" in every place it is
shown). The number is first rounded to 9 decimals, so 0.97 (969.9999999 in binary) reads
"97.0". NaN gives "–".
"""
from __future__ import annotations

import math


def percent(p: float, digits: int = 1) -> str:
    """'96.9' for 0.9695; see the module doc for the rule."""
    if not math.isfinite(p):
        return "–"
    scale = 10 ** digits
    value = math.floor(round(100 * float(p) * scale, 9)) / scale
    return f"{value:.{digits}f}"
