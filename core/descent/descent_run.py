"""A descent run: one optimizer moving one point p = (x, y) over a surface.

    p_{k+1} = p_k + update(grad f(p_k))      (the optimizer decides the update;
                                              SGD: p_{k+1} = p_k - lr_k grad f(p_k))

``step()`` does one update and returns a ``StepRecord``; ``back()`` undoes the
last ``step()`` exactly (point, optimizer state, mini-batch random state);
``reset()`` returns to the start; ``run(n)`` does up to n steps.

After every step the run checks its health and sets ``status`` and
``reason_key`` (``reason`` is the sentence, see ``REASONS``):

* "diverged": the loss is not finite, or |loss| grew past 1e6 times its start,
  or the point left a generous box around the view. A diverged run refuses to
  step; ``back()`` still works.
* "converged": the point stopped moving where the gradient is ~0 and the
  surface curves up in both directions (a minimum).
* "stalled": the point stopped moving where the gradient is ~0 but the surface
  curves down in some direction (a saddle) or is flat (a plateau).
* "running": anything else.

Memory stays flat however long a run gets: the undo history keeps the last
``max_history`` (default 10,000) states, so ``back()`` can undo at most that
many steps; the trail (points and losses for drawing) keeps at most
``max_trail`` points by dropping every other point when full and then
recording only every 2nd, 4th, ... step (step 0 always stays; a view that
draws the trail adds the current point at its end).
"""
from __future__ import annotations

import math
from collections import deque
from dataclasses import dataclass

import numpy as np

from core.nn.optimizers import make_optimizer
from core.nn.schedules import Schedule
from core.descent.surfaces import Surface

DIVERGE_FACTOR = 1e6
#: the box is the view grown this many times around its centre
BOX_FACTOR = 100.0
#: "stopped moving": a step shorter than this fraction of the view's size ...
STALL_STEP = 1e-9
#: ... and a full-data gradient smaller than this (relative to the start's gradient, at least 1)
STALL_GRAD = 1e-6
#: eigenvalues of the Hessian below this count as flat
FLAT_CURVATURE = 1e-6

RUNNING, CONVERGED, STALLED, DIVERGED = "running", "converged", "stalled", "diverged"

#: reason key -> the sentence the terminal prints (the GUI has translated ones per key)
REASONS = {
    "": "",
    "overflow": "diverged: the learning rate is too large for this surface (the step overflowed)",
    "nonfinite": "diverged: the learning rate is too large for this surface (the loss is no longer a number)",
    "loss_grew": "diverged: the learning rate is too large for this surface (the loss grew a million-fold)",
    "left_box": "diverged: the learning rate is too large for this surface (the ball left the map)",
    "no_bottom": "diverged: the loss falls without end: this surface has no bottom in this direction",
    "minimum": "converged: at a minimum (the gradient is zero and the surface curves up all around)",
    "saddle": "stalled: the gradient is zero here: a saddle (the surface curves down in one direction)",
    "plateau": "stalled: the gradient is zero here: a plateau (the surface is flat, nothing pushes the ball)",
}


@dataclass(frozen=True)
class StepRecord:
    """One update: the point before, the gradient and rate used, the point after.

    step is the number of updates done after this one (1 for the first).
    grad is the (mini-batch) gradient the optimizer saw; loss is the full loss
    at ``after``; batch is how many samples the gradient used (0: no data).
    update is ``after - before`` in float64: the change the step applies (what the
    Descent lab's arrow draws). memory_before / memory_after are the optimizer's state
    for the point before and after the update (``Optimizer.memory``: v, h, m̂, v̂ ...),
    as tuples of (name, (x, y)).
    """

    step: int
    before: tuple[float, float]
    grad: tuple[float, float]
    lr: float
    after: tuple[float, float]
    loss: float
    batch: int
    update: tuple[float, float] = (0.0, 0.0)
    memory_before: tuple = ()
    memory_after: tuple = ()

    def memory(self, name: str, after: bool = True) -> tuple[float, float]:
        """One named state vector (e.g. "v", "h", "m̂"); KeyError when the optimizer has none."""
        return dict(self.memory_after if after else self.memory_before)[name]


def _pair(a) -> tuple[float, float]:
    return float(a[0]), float(a[1])


def _memory_pairs(optimizer) -> tuple:
    return tuple((name, _pair(v)) for name, v in optimizer.memory("p").items())


class Trail:
    """The path for drawing, bounded to ``capacity`` points by decimation.

    Arrays: steps (int64), x, y, loss (float64), each of length ``len(trail)``.
    """

    def __init__(self, capacity: int = 4096):
        if capacity < 4:
            raise ValueError("trail capacity must be at least 4")
        self.capacity = int(capacity)
        self._steps = np.empty(self.capacity, dtype=np.int64)
        self._data = np.empty((self.capacity, 3), dtype=np.float64)
        self._n = 0
        self.stride = 1

    def clear(self) -> None:
        self._n = 0
        self.stride = 1

    def add(self, step: int, x: float, y: float, loss: float) -> None:
        if step % self.stride:
            return
        if self._n == self.capacity:
            keep = np.flatnonzero(self._steps[: self._n] % (2 * self.stride) == 0)
            self._steps[: keep.size] = self._steps[keep]
            self._data[: keep.size] = self._data[keep]
            self._n = keep.size
            self.stride *= 2
            if step % self.stride:
                return
        self._steps[self._n] = step
        self._data[self._n] = (x, y, loss)
        self._n += 1

    def truncate(self, step: int) -> None:
        """Forget the points recorded after ``step`` (used by back)."""
        self._n = int(np.searchsorted(self._steps[: self._n], step, side="right"))

    def __len__(self) -> int:
        return self._n

    @property
    def steps(self) -> np.ndarray:
        return self._steps[: self._n].copy()

    @property
    def x(self) -> np.ndarray:
        return self._data[: self._n, 0].copy()

    @property
    def y(self) -> np.ndarray:
        return self._data[: self._n, 1].copy()

    @property
    def loss(self) -> np.ndarray:
        return self._data[: self._n, 2].copy()


def classify_flat_point(surface: Surface, p, span: float) -> tuple[str, str]:
    """Where the gradient vanishes: a minimum, a saddle or a plateau (by the Hessian's signs).

    The Hessian is the central difference of the exact gradient with h = 1e-4 * span.
    Returns (status, reason key).
    """
    h = 1e-4 * span
    p = np.asarray(p, dtype=np.float64)
    cols = [(surface.point_gradient(p + h * e) - surface.point_gradient(p - h * e)) / (2 * h) for e in np.eye(2)]
    H = np.column_stack(cols)
    eig = np.linalg.eigvalsh(0.5 * (H + H.T)) if np.all(np.isfinite(H)) else np.zeros(2)
    if eig[0] < -FLAT_CURVATURE:
        return STALLED, "saddle"
    if eig[0] > FLAT_CURVATURE:
        return CONVERGED, "minimum"
    return STALLED, "plateau"


class DescentRun:
    """Optimizer + schedule + start + history on a surface.

    surface : a core.descent.surfaces.Surface (or NeuronSurface).
    optimizer : a name in core.nn.optimizers.OPTIMIZERS; lr None = the surface's default_lr.
    batch_size : 0 (or >= n) uses all samples; k draws a random batch of k per step
        (seeded by ``seed``, so a run is repeatable and back() is exact).
    """

    def __init__(self, surface: Surface, optimizer: str = "sgd", lr: float | None = None,
                 schedule: Schedule | None = None, start=None, batch_size: int = 0, seed: int = 0,
                 max_history: int = 10_000, max_trail: int = 4096, optimizer_kwargs: dict | None = None):
        self.surface = surface
        self.optimizer_name = optimizer
        self.optimizer = make_optimizer(optimizer, lr=surface.default_lr if lr is None else lr,
                                        schedule=schedule, **(optimizer_kwargs or {}))
        self.batch_size = int(batch_size)
        self.seed = int(seed)
        self.max_history = int(max_history)
        self._history: deque = deque(maxlen=self.max_history) if self.max_history > 0 else deque(maxlen=0)
        self.trail = Trail(max_trail)
        self.reset(start)

    # -- settings that keep the run going -------------------------------------
    @property
    def lr(self) -> float:
        return self.optimizer.lr

    @lr.setter
    def lr(self, value: float) -> None:
        value = float(value)
        if not math.isfinite(value) or value <= 0:
            raise ValueError(f"learning rate must be a finite number > 0, got {value!r}")
        self.optimizer.lr = value

    @property
    def schedule(self) -> Schedule:
        return self.optimizer.schedule

    @schedule.setter
    def schedule(self, value: Schedule) -> None:
        self.optimizer.schedule = value

    # -- state -----------------------------------------------------------------
    def reset(self, start=None) -> None:
        """Back to the start (a new one if given): step 0, fresh optimizer, empty history."""
        if start is None:
            start = getattr(self, "start", None) or self.surface.start
        start = (float(start[0]), float(start[1]))
        if not all(math.isfinite(v) for v in start):
            raise ValueError(f"start must be finite, got {start!r}")
        self.start = start
        self.p = np.array(start, dtype=np.float64)
        self.k = 0
        self.optimizer.reset()
        self.rng = np.random.default_rng(self.seed)
        self._history.clear()
        self.last_record: StepRecord | None = None
        self.loss = self.surface.point_value(self.p)
        self.start_loss = self.loss
        g0 = float(np.linalg.norm(self.surface.point_gradient(self.p)))
        self._grad_tol = STALL_GRAD * max(1.0, g0 if math.isfinite(g0) else 1.0)
        self.status, self.reason_key = RUNNING, ""
        self._box = self._make_box(start)
        self.trail.clear()
        self.trail.add(0, *start, self.loss)
        self._check_health(moved=math.inf)

    def _make_box(self, start):
        xmin, xmax, ymin, ymax = self.surface.view
        cx, cy = 0.5 * (xmin + xmax), 0.5 * (ymin + ymax)
        half = 0.5 * max(xmax - xmin, ymax - ymin)
        r = max(BOX_FACTOR * half, 2 * abs(start[0] - cx), 2 * abs(start[1] - cy))
        return (cx - r, cx + r, cy - r, cy + r)

    @property
    def span(self) -> float:
        xmin, xmax, ymin, ymax = self.surface.view
        return float(max(xmax - xmin, ymax - ymin))

    @property
    def point(self) -> tuple[float, float]:
        return float(self.p[0]), float(self.p[1])

    @property
    def gradient(self) -> np.ndarray:
        """The full-data gradient at the current point, shape (2,)."""
        return self.surface.point_gradient(self.p)

    @property
    def can_back(self) -> bool:
        return len(self._history) > 0

    @property
    def can_step(self) -> bool:
        return self.status != DIVERGED

    @property
    def uses_batches(self) -> bool:
        n = self.surface.n_samples
        return n > 0 and 0 < self.batch_size < n

    # -- stepping ---------------------------------------------------------------
    def _snapshot(self):
        rng_state = self.rng.bit_generator.state if self.uses_batches else None
        return (self.k, self.p.copy(), self.optimizer.state(), rng_state, self.loss,
                self.last_record, self.status, self.reason_key)

    def _restore(self, snap) -> None:
        self.k, p, opt_state, rng_state, self.loss, self.last_record, self.status, self.reason_key = snap
        self.p = p.copy()
        self.optimizer.load_state(opt_state)
        if rng_state is not None:
            self.rng.bit_generator.state = rng_state

    def _compute_step(self):
        """(new point, gradient used, lr used, batch size, memory before, memory after); the
        optimizer's state moves on, the point does not (step() commits, preview() restores)."""
        indices = None
        batch = 0
        if self.surface.n_samples > 0:
            n = self.surface.n_samples
            batch = n
            if self.uses_batches:
                indices = self.rng.choice(n, size=self.batch_size, replace=False)
                batch = self.batch_size
        with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
            gx, gy = self.surface.batch_gradient(self.p[0], self.p[1], indices)
            g = np.array([gx, gy], dtype=np.float64)
            lr = self.optimizer.current_lr
            params = {"p": self.p.copy()}
            before = _memory_pairs(self.optimizer)
            self.optimizer.update(params, {"p": g})
        return params["p"], g, lr, batch, before, _memory_pairs(self.optimizer)

    def _record(self, step, new_p, g, lr, batch, loss, mem_before, mem_after) -> StepRecord:
        with np.errstate(over="ignore", invalid="ignore"):
            update = _pair(new_p - self.p)
        return StepRecord(step, self.point, _pair(g), float(lr), _pair(new_p), float(loss), batch,
                          update, mem_before, mem_after)

    def preview(self) -> StepRecord | None:
        """What the next step() would do, leaving the run unchanged (None if it cannot step)."""
        if not self.can_step:
            return None
        snap = self._snapshot()
        try:
            new_p, g, lr, batch, mem0, mem1 = self._compute_step()
        finally:
            self._restore(snap)
        with np.errstate(over="ignore", invalid="ignore"):
            loss = self.surface.point_value(new_p) if np.all(np.isfinite(new_p)) else math.nan
        return self._record(self.k + 1, new_p, g, lr, batch, loss, mem0, mem1)

    def next_arrow(self) -> tuple[float, float, float, float]:
        """(x, y, dx, dy): the point and the update the next step() applies (``preview().update``;
        zero when the run cannot step or the update overflows). What the arrow "next step" draws."""
        x, y = self.point
        rec = self.preview()
        if rec is None or not all(math.isfinite(v) for v in rec.update):
            return x, y, 0.0, 0.0
        return x, y, rec.update[0], rec.update[1]

    def step(self) -> StepRecord | None:
        """One update. Returns its record, or None when the run has diverged (nothing changes)."""
        if not self.can_step:
            return None
        if self.max_history > 0:
            self._history.append(self._snapshot())
        new_p, g, lr, batch, mem0, mem1 = self._compute_step()
        if not np.all(np.isfinite(new_p)):
            # the update itself overflowed: keep the last finite point, say so
            self.status, self.reason_key = DIVERGED, "overflow"
            return None
        with np.errstate(over="ignore", invalid="ignore"):
            loss = self.surface.point_value(new_p)
        moved = float(np.hypot(*(new_p - self.p)))
        self.last_record = self._record(self.k + 1, new_p, g, lr, batch, loss, mem0, mem1)
        self.p = new_p
        self.k += 1
        self.loss = loss
        self.trail.add(self.k, new_p[0], new_p[1], loss)
        self._check_health(moved)
        return self.last_record

    def back(self) -> bool:
        """Undo the last step() exactly; False when there is nothing (left) to undo."""
        if not self._history:
            return False
        self._restore(self._history.pop())
        self.trail.truncate(self.k)
        return True

    def run(self, max_steps: int, stop_on=(DIVERGED,)) -> int:
        """Up to max_steps steps; stops early when the status is in ``stop_on``. Returns steps done."""
        done = 0
        for _ in range(int(max_steps)):
            if self.step() is None:
                break
            done += 1
            if self.status in stop_on:
                break
        return done

    # -- health ------------------------------------------------------------------
    @property
    def reason(self) -> str:
        """Why the run is in its status, in words ("" while running)."""
        return REASONS[self.reason_key]

    def _check_health(self, moved: float) -> None:
        self.status, self.reason_key = self._health(moved)

    def _health(self, moved: float) -> tuple[str, str]:
        loss = self.loss
        x, y = self.p
        xmin, xmax, ymin, ymax = self._box
        if not math.isfinite(loss):
            return DIVERGED, "nonfinite"
        base = max(abs(self.start_loss), 1e-3)
        if abs(loss) > DIVERGE_FACTOR * base and abs(loss) > abs(self.start_loss):
            return DIVERGED, ("no_bottom" if loss < self.start_loss else "loss_grew")
        if not (xmin <= x <= xmax and ymin <= y <= ymax):
            return DIVERGED, ("no_bottom" if loss < self.start_loss else "left_box")
        if moved <= STALL_STEP * self.span:
            if self.status in (CONVERGED, STALLED):
                return self.status, self.reason_key  # still there: no need to look again
            g = self.gradient
            if np.all(np.isfinite(g)) and float(np.hypot(*g)) <= self._grad_tol:
                return classify_flat_point(self.surface, self.p, self.span)
        return RUNNING, ""


class DescentRace:
    """Up to four runs from the same start on the same surface, stepped together.

    A diverged run stays where it stopped while the others go on; ``back()``
    undoes the last race step for exactly the runs that moved in it (bounded like
    the runs' own history).
    """

    MAX_RUNS = 4

    def __init__(self, runs: list[DescentRun]):
        if not 1 <= len(runs) <= self.MAX_RUNS:
            raise ValueError(f"a race has 1 to {self.MAX_RUNS} runs, got {len(runs)}")
        self.runs = list(runs)
        self._moves: deque = deque(maxlen=min(r.max_history for r in self.runs))
        self.k = 0

    @property
    def can_step(self) -> bool:
        return any(r.can_step for r in self.runs)

    @property
    def can_back(self) -> bool:
        return bool(self._moves)

    def step(self) -> list[StepRecord | None]:
        """Step every run that can; returns one record (or None) per run."""
        moved = []
        records = []
        for r in self.runs:
            attempted = r.can_step
            records.append(r.step() if attempted else None)
            moved.append(attempted)
        if any(moved):
            self._moves.append(tuple(moved))
            self.k += 1
        return records

    def back(self) -> bool:
        if not self._moves:
            return False
        for r, m in zip(self.runs, self._moves.pop()):
            if m:
                r.back()
        self.k -= 1
        return True

    def reset(self, start=None) -> None:
        for r in self.runs:
            r.reset(start)
        self._moves.clear()
        self.k = 0

    def run(self, max_steps: int) -> int:
        done = 0
        for _ in range(int(max_steps)):
            if not self.can_step:
                break
            self.step()
            done += 1
        return done
