#!/usr/bin/env python3
"""Grid timings of the Descent lab's surfaces (the issue asks: 200x200 sigmoid neuron on 100 points < 16 ms).

Prints the median and the best of repeated runs, in ms, for:
  - the neuron surface on 100 points (float32, chunked) for several activation/loss pairs,
  - identity + MSE (closed form),
  - every analytic surface,
  - the iso-lines (14 levels) of a 200x200 grid.
Run: OPENBLAS_NUM_THREADS=1 python bench/surface_grid.py
"""
from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import numpy as np  # noqa: E402

from core.descent.isolines import contour_levels, isolines  # noqa: E402
from core.descent.neuron_surface import NeuronSurface, noisy_classes  # noqa: E402
from core.descent.surfaces import SURFACES, make_surface  # noqa: E402

N = 200
REPEAT = 31


def timeit(fn, repeat: int = REPEAT) -> tuple[float, float]:
    fn()  # warm-up
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return float(np.median(times)) * 1e3, float(np.min(times)) * 1e3


def row(name: str, fn) -> None:
    med, best = timeit(fn)
    print(f"  {name:<44} median {med:7.2f} ms   best {best:7.2f} ms")


def main() -> None:
    print(f"numpy {np.__version__}, {os.cpu_count()} cores, OPENBLAS_NUM_THREADS={os.environ['OPENBLAS_NUM_THREADS']}, "
          f"load average {os.getloadavg()[0]:.2f}")
    print(f"neuron surface, {N}x{N} grid, 100 points (float32, chunked):")
    x, t = noisy_classes(100, seed=0)
    soft = np.clip(0.8 * t + 0.1, 0, 1)
    ws, bs = np.linspace(-4, 8, N), np.linspace(-6, 6, N)
    cases = [("sigmoid", "mse", t), ("sigmoid", "binary_cross_entropy", t),
             ("sigmoid", "binary_cross_entropy", soft), ("tanh", "mse", t), ("relu", "mse", t),
             ("leaky_relu", "mse", t), ("step", "mse", t), ("sigmoid", "mae", t), ("sigmoid", "huber", t)]
    for act, loss, targets in cases:
        s = NeuronSurface(x=x, t=targets, activation=act, loss=loss, preset="classes")
        label = f"{act} + {loss}" + (" (soft targets)" if targets is soft else "")
        row(label, lambda s=s: s.grid(ws, bs))
    lin = NeuronSurface(x=x, t=0.8 * x + 0.3, activation="identity", loss="mse")
    row("identity + mse (closed form)", lambda: lin.grid(ws, bs))

    print(f"analytic surfaces, {N}x{N} grid (float32):")
    for name in SURFACES:
        s = make_surface(name)
        xs = np.linspace(*s.view[:2], N)
        ys = np.linspace(*s.view[2:], N)
        row(name, lambda s=s, xs=xs, ys=ys: s.grid(xs, ys))

    print(f"iso-lines, 14 levels of a {N}x{N} grid (vectorised marching squares):")
    for name in ("bowl", "himmelblau", "rosenbrock"):
        s = make_surface(name)
        xs = np.linspace(*s.view[:2], N)
        ys = np.linspace(*s.view[2:], N)
        Z = s.grid(xs, ys)
        row(name, lambda xs=xs, ys=ys, Z=Z: isolines(xs, ys, Z, contour_levels(Z, 14)[0]))


if __name__ == "__main__":
    main()
