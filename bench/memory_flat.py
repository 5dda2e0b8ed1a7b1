#!/usr/bin/env python3
"""Memory over a long run: RSS after each epoch of a 30-epoch run on the bundled sample.

What is kept is what the Training panel keeps: the engine's Trainer with its
weight trajectory (``keep_trajectory=True``, for the Landscape tab) and a
RunRecord of the run history (batch losses, moving average, learning rate,
per-layer gradient sizes; each a BoundedSeries of at most 2,000 points).
Data are loaded and the first epoch is trained before the baseline is taken,
so the baseline includes every buffer a run allocates once.

The verdict: "flat" when the resident set after the last epoch is within
``--tolerance`` MB of the one after the first epoch (the run keeps nothing that
grows with the number of batches). It also prints the sizes of the kept
histories so a growth can be traced to its owner.

Usage: python bench/memory_flat.py [--epochs 30] [--hidden 512,256] [--tolerance 8]
"""
from __future__ import annotations

import argparse
import gc
import os
import sys
import time
from pathlib import Path

for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from core.data.datasets import load_sample  # noqa: E402
from core.training.run_history import RunHistory  # noqa: E402
from core.training.training import EpochResult, RunEnd, StepResult, TrainConfig, Trainer, make_network  # noqa: E402


def rss_mb() -> float:
    """Resident set size of this process in MB (Linux /proc; ru_maxrss elsewhere is a peak, not used)."""
    with open("/proc/self/status", encoding="ascii") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024.0
    raise RuntimeError("no VmRSS in /proc/self/status")


def kept_sizes(trainer: Trainer, record) -> tuple[int, float, int]:
    """(trajectory snapshots, their MB, points in the run record's curves)."""
    snaps = list(trainer.trajectory)
    mb = sum(a.nbytes for s in snaps for a in s.values()) / 2**20
    points = len(record.batch_loss) + len(record.smooth_loss) + len(record.lr) + sum(len(g) for g in record.grad_norm)
    return len(snaps), mb, points


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--epochs", type=int, default=30)
    parser.add_argument("--hidden", default=",".join(map(str, TrainConfig().hidden)))
    parser.add_argument("--tolerance", type=float, default=8.0, help="MB of growth still called flat")
    args = parser.parse_args()

    hidden = tuple(int(h) for h in args.hidden.split(","))
    config = TrainConfig(hidden=hidden, epochs=args.epochs)
    data = load_sample()
    trainer = Trainer(make_network(config), data, config, keep_trajectory=True)  # as the Training panel does
    history = RunHistory()
    record = history.new_run(config.to_dict(), data.name)
    print(f"{args.epochs} epochs of {config.hidden} {config.optimizer} batch {config.batch_size} on {data.name} "
          f"({len(data.y_train)} train digits), trajectory and run history kept as in the app")
    print(f"{'epoch':>5} {'RSS MB':>8} {'vs ep 1':>8} {'snapshots':>9} {'snap MB':>8} {'curve pts':>9} {'test acc':>8}")
    t0 = time.perf_counter()
    first = None
    rows = []
    for result in trainer.run():
        if isinstance(result, StepResult):
            record.add_step(result)
        elif isinstance(result, EpochResult):
            record.add_epoch(result)
            gc.collect()
            rss = rss_mb()
            first = rss if first is None else first
            snaps, snap_mb, points = kept_sizes(trainer, record)
            rows.append(rss)
            print(f"{result.epoch + 1:>5} {rss:8.1f} {rss - first:+8.1f} {snaps:>9} {snap_mb:8.1f} {points:>9} "
                  f"{result.test_accuracy:8.2%}", flush=True)
        elif isinstance(result, RunEnd):
            record.finish(result)
            print(result.message)
    growth = rows[-1] - rows[0]
    peak = max(rows) - rows[0]
    flat = growth <= args.tolerance and peak <= args.tolerance
    print(f"after epoch 1: {rows[0]:.1f} MB; after epoch {len(rows)}: {rows[-1]:.1f} MB; growth {growth:+.1f} MB, "
          f"highest {peak:+.1f} MB above epoch 1 ({time.perf_counter() - t0:.0f} s)")
    print(f"verdict: memory is {'FLAT' if flat else 'NOT FLAT'} after the first epoch "
          f"(tolerance {args.tolerance:g} MB)")
    return 0 if flat else 1


if __name__ == "__main__":
    sys.exit(main())
