"""Bounded curves for long runs: stride decimation and a debiased moving average.

A run of full MNIST at batch 32 makes ~19,000 batch losses per 10 epochs; a
plot needs a few thousand at most. ``BoundedSeries`` keeps every ``stride``-th
point and doubles the stride whenever it fills up, so its length stays within
``max_points`` and the kept points stay evenly spread over the whole run.

``MovingAverage`` is an exponential moving average with bias correction:
    s_t = beta * s_(t-1) + (1 - beta) * x_t,   s_0 = 0
    shown_t = s_t / (1 - beta ** t)
so the first values are not pulled towards 0. Non-finite inputs are skipped.
"""
from __future__ import annotations

import math

import numpy as np


class BoundedSeries:
    """Append-only (x, y) points, at most ``max_points`` kept, evenly strided.

    ``x`` and ``y`` return float64 arrays of shape (k,), k <= max_points.
    Points with a non-finite y (NaN, inf) are not kept, so plots never get
    NaN axes; neither are y <= 0 when ``positive_only`` (for log scales).
    """

    def __init__(self, max_points: int = 2000, positive_only: bool = False):
        if max_points < 2:
            raise ValueError("max_points must be at least 2")
        self.max_points = int(max_points)
        self.positive_only = bool(positive_only)
        self.stride = 1
        self._seen = 0  # appends offered so far (kept or not)
        self._x = np.empty(self.max_points, dtype=np.float64)
        self._y = np.empty(self.max_points, dtype=np.float64)
        self._n = 0

    def __len__(self) -> int:
        return self._n

    @property
    def x(self) -> np.ndarray:
        return self._x[: self._n].copy()

    @property
    def y(self) -> np.ndarray:
        return self._y[: self._n].copy()

    @property
    def last(self) -> tuple[float, float] | None:
        return (float(self._x[self._n - 1]), float(self._y[self._n - 1])) if self._n else None

    def append(self, x: float, y: float) -> None:
        index = self._seen
        self._seen += 1
        if index % self.stride:
            return
        y = float(y)
        if not math.isfinite(y) or (self.positive_only and y <= 0):
            return
        if self._n == self.max_points:
            self._halve()
            if index % self.stride:
                return
        self._x[self._n] = x
        self._y[self._n] = y
        self._n += 1

    def extend(self, xs, ys) -> None:
        for x, y in zip(xs, ys):
            self.append(x, y)

    def _halve(self) -> None:
        """Keep every second point and double the stride."""
        kept = self._n // 2 + self._n % 2
        self._x[:kept] = self._x[: self._n : 2]
        self._y[:kept] = self._y[: self._n : 2]
        self._n = kept
        self.stride *= 2


class MovingAverage:
    """Debiased exponential moving average; ``update(x)`` returns the current average.

    ``beta`` in [0, 1): 0.98 averages over roughly the last 50 values.
    Returns NaN until a finite value has been seen.
    """

    def __init__(self, beta: float = 0.98):
        if not 0.0 <= beta < 1.0:
            raise ValueError("beta must be in [0, 1)")
        self.beta = float(beta)
        self._s = 0.0
        self._t = 0

    def update(self, x: float) -> float:
        x = float(x)
        if math.isfinite(x):
            self._t += 1
            self._s = self.beta * self._s + (1.0 - self.beta) * x
        return self.value

    @property
    def value(self) -> float:
        if self._t == 0:
            return math.nan
        return self._s / (1.0 - self.beta ** self._t)
