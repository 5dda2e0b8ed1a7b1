"""How long the real loss landscape takes. Prints figures.

    python bench/landscape_grid.py

For a 784-128-10 net (the issue's figure) and the app's default architecture:
1. the loss on a 41 x 41 plane grid over 1,000 training samples with
   ``core.landscape.landscape.PlaneLoss`` (first layer precomputed), best of 3;
2. the same by brute force (set the weights, ``MLP.loss`` on the 1,000
   samples) timed on one row of 41 points and scaled to 1,681;
3. the PCA plane of a 100-snapshot trajectory;
4. the two-weight slice: a 41 x 41 grid and one descent step (value + gradient).
One BLAS thread (OPENBLAS_NUM_THREADS=1), as the tests run; the machine is
shared, so the load average is printed with the figures.
"""
from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402

from core.landscape import landscape as L  # noqa: E402
from core.data.datasets import load_sample  # noqa: E402
from core.nn.network import MLP  # noqa: E402
from core.training.training import TrainConfig  # noqa: E402

N = 41
SAMPLES = 1000


def best_of(fn, repeat=3) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def fake_trajectory(net, k=100, seed=0) -> list:
    """k snapshots on a random walk that ends at the net's weights (timing only)."""
    rng = np.random.default_rng(seed)
    steps = {key: rng.normal(scale=1e-3, size=(k,) + v.shape).astype(np.float32) for key, v in net.params.items()}
    out = []
    for i in range(k):
        out.append({key: v - steps[key][i:].sum(axis=0) for key, v in net.params.items()})
    return out


def bench(sizes) -> None:
    ds = load_sample()
    x, t, _ = L.fixed_subset(ds.x_train, ds.y_train, SAMPLES)
    net = MLP(sizes, seed=0)
    name = "-".join(map(str, sizes))
    n_params = sum(v.size for v in net.params.values())
    print(f"== {name} ({n_params:,} weights), {SAMPLES} samples, {N}x{N} grid")
    plane = L.random_plane(net.params, seed=0)
    axis = np.linspace(-1, 1, N)
    pl = L.PlaneLoss(net, plane, x, t)
    setup = best_of(lambda: L.PlaneLoss(net, plane, x, t), 1)
    grid_s = best_of(lambda: pl.grid(axis, axis))
    print(f"plane grid (PlaneLoss):      {grid_s:7.2f} s   ({1000 * grid_s / N ** 2:.2f} ms a point, "
          f"set-up {1000 * setup:.0f} ms)")
    twin = net.copy()

    def brute_row():
        for a in axis:
            twin.set_params(plane.point(float(a), 0.5))
            twin.loss(x, t)

    row = best_of(brute_row, 1)
    print(f"brute force (set + MLP.loss): {row * N:7.2f} s   (one row of {N} timed, x {N}; "
          f"{row * N / grid_s:.1f}x slower)")
    traj = fake_trajectory(net)
    pca_s = best_of(lambda: L.pca_plane(traj, net.params), 1)
    print(f"PCA plane of {len(traj)} snapshots: {pca_s:7.2f} s")
    s = L.WeightPairSurface(net, x, t, (14 * 28 + 14, 0), (12 * 28 + 15, 0))
    us = np.linspace(s.u0 - 2, s.u0 + 2, N)
    vs = np.linspace(s.v0 - 2, s.v0 + 2, N)
    pair_s = best_of(lambda: s.grid(us, vs))
    step_s = best_of(lambda: (s.point_value((s.u0 + 0.1, s.v0)), s.point_gradient((s.u0 + 0.1, s.v0))), 5)
    print(f"two-weight grid:              {pair_s:7.2f} s   one descent step (value + gradient) "
          f"{1000 * step_s:.1f} ms")


def main() -> None:
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores; "
          f"OPENBLAS_NUM_THREADS={os.environ.get('OPENBLAS_NUM_THREADS')}")
    bench([784, 128, 10])
    bench([784, *TrainConfig().hidden, 10])


if __name__ == "__main__":
    main()
