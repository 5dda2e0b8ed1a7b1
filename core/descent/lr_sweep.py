"""Learning-rate sweep: the same run for many rates, final loss against rate.

For rates r_1 < ... < r_m (log-spaced, default 20 from 1e-4 to 10) run
``steps`` updates from the same start and record the final loss. Too small a
rate barely moves (high loss), a good one reaches the bottom, too large a one
oscillates or diverges: plotted on a log axis it is a U.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from core.descent.descent_run import DIVERGED, DescentRun
from core.nn.schedules import Schedule, make_schedule

LR_MIN, LR_MAX = 1e-4, 10.0


def sweep_rates(n: int = 20, lo: float = LR_MIN, hi: float = LR_MAX) -> np.ndarray:
    """n rates, log-spaced from lo to hi (inclusive), shape (n,)."""
    return np.geomspace(lo, hi, int(n))


@dataclass(frozen=True)
class SweepPoint:
    """One rate's outcome: the loss after ``steps`` (inf when it diverged) and the status."""

    lr: float
    loss: float
    steps: int
    status: str

    @property
    def diverged(self) -> bool:
        return self.status == DIVERGED


def sweep_one(surface, optimizer: str, lr: float, steps: int, start, schedule: str | Schedule = "constant",
              batch_size: int = 0, seed: int = 0) -> SweepPoint:
    """Run ``steps`` updates at rate ``lr`` (no undo history kept) and report the final loss.
    ``schedule``: a name (its default parameters) or a ``Schedule`` (used as it is)."""
    sched = schedule if isinstance(schedule, Schedule) else make_schedule(schedule)
    run = DescentRun(surface, optimizer, lr=lr, schedule=sched, start=start,
                     batch_size=batch_size, seed=seed, max_history=0, max_trail=4)
    run.run(steps)
    loss = run.loss if run.status != DIVERGED and math.isfinite(run.loss) else math.inf
    return SweepPoint(float(lr), float(loss), run.k, run.status)


def lr_sweep(surface, optimizer: str, steps: int, start, rates=None, schedule: str | Schedule = "constant",
             batch_size: int = 0, seed: int = 0) -> list[SweepPoint]:
    """sweep_one for every rate (default ``sweep_rates()``); a list in rate order."""
    rates = sweep_rates() if rates is None else np.asarray(rates, dtype=np.float64)
    return [sweep_one(surface, optimizer, float(r), steps, start, schedule, batch_size, seed) for r in rates]


def best_rate(points: list[SweepPoint]) -> float | None:
    """The rate with the lowest final loss among those that did not diverge (None if all did)."""
    ok = [p for p in points if not p.diverged and math.isfinite(p.loss)]
    return min(ok, key=lambda p: p.loss).lr if ok else None
