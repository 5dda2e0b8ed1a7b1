"""A Qt-free record of training runs: settings, bounded curves, CSV export.

Every run since the app started is one ``RunRecord``: its settings (a flat,
JSON-able dict such as ``TrainConfig.to_dict()``), the data set's name, and
its curves, each a ``BoundedSeries`` of (iteration, value):

- ``batch_loss``: the loss of every batch (strided once the run is long),
- ``smooth_loss``: its debiased moving average (computed from every batch),
- ``lr``: the learning rate used for each batch,
- ``grad_norm[i]``: RMS of dL/dW of weight layer i+1 per batch (positive only,
  for log axes),
- per epoch (not decimated): train/test loss and accuracy at the epoch's
  last iteration.

Step and epoch results are read by attribute (``iteration``, ``batch_loss``,
``lr``, ``grad_norms``; ``epoch``, ``train_loss``, ...), so any object with
those fields works, the engine's frozen dataclasses included.

``RunHistory.to_csv`` writes a tidy table, one row per point:
``run, label, dataset, <setting columns...>, end, curve, epoch, iteration, value``.
"""
from __future__ import annotations

import csv
import io
import json
import time
from dataclasses import dataclass, field
from pathlib import Path

from core.data.safe_write import write_atomic
from core.training.decimate import BoundedSeries, MovingAverage

EPOCH_CURVES = ("train_loss", "test_loss", "train_accuracy", "test_accuracy")


def describe_settings(settings: dict) -> str:
    """A short label for a run: 'relu [512, 256] adam lr 0.001 b32'."""
    parts = []
    hidden = settings.get("hidden")
    if settings.get("activation"):
        parts.append(str(settings["activation"]))
    if hidden is not None:
        parts.append("[" + ", ".join(str(h) for h in hidden) + "]")
    if settings.get("optimizer"):
        parts.append(str(settings["optimizer"]))
    if settings.get("lr") is not None:
        parts.append(f"lr {settings['lr']:g}")
    if settings.get("batch_size") is not None:
        parts.append(f"b{settings['batch_size']}")
    return " ".join(parts)


@dataclass
class RunRecord:
    run_id: int
    settings: dict
    dataset: str = ""
    label: str = ""
    started: float = field(default_factory=time.time)
    max_points: int = 2000
    end_reason: str = ""  # "", "finished", "stopped", "diverged"
    end_message: str = ""

    def __post_init__(self):
        self.settings = dict(self.settings)
        if not self.label:
            self.label = f"#{self.run_id} {describe_settings(self.settings)}".strip()
        self.batch_loss = BoundedSeries(self.max_points)
        self.smooth_loss = BoundedSeries(self.max_points)
        self.lr = BoundedSeries(self.max_points)
        self.grad_norm: list[BoundedSeries] = []
        self.epochs: list[dict] = []
        self.iteration = 0
        self.samples_seen = 0
        self.elapsed = 0.0
        self.lr_changes: list[tuple[int, float]] = []  # (iteration, new base rate) set mid-run
        self._average = MovingAverage()

    # -- filling -------------------------------------------------------------
    def add_step(self, step) -> None:
        """Record one StepResult-like object."""
        it = int(step.iteration)
        self.iteration = it
        self.samples_seen = int(getattr(step, "samples_seen", self.samples_seen))
        self.elapsed = float(getattr(step, "elapsed", self.elapsed))
        loss = float(step.batch_loss)
        self.batch_loss.append(it, loss)
        self.smooth_loss.append(it, self._average.update(loss))
        self.lr.append(it, float(step.lr))
        norms = tuple(getattr(step, "grad_norms", ()) or ())
        while len(self.grad_norm) < len(norms):
            self.grad_norm.append(BoundedSeries(self.max_points, positive_only=True))
        for series, value in zip(self.grad_norm, norms):
            series.append(it, value)

    def add_steps(self, steps) -> None:
        for step in steps:
            self.add_step(step)

    def add_epoch(self, result) -> None:
        """Record one EpochResult-like object (epoch, iteration, losses, accuracies, elapsed)."""
        row = {"epoch": int(result.epoch), "iteration": int(result.iteration)}
        for name in EPOCH_CURVES:
            row[name] = float(getattr(result, name))
        row["elapsed"] = float(getattr(result, "elapsed", self.elapsed))
        self.epochs.append(row)

    def note_lr(self, iteration: int, lr: float) -> None:
        """The learner set the base learning rate to ``lr`` at ``iteration`` (mid-run)."""
        lr = float(lr)
        if self.rates_used()[-1] != lr:
            self.lr_changes.append((int(iteration), lr))

    def rates_used(self) -> list[float]:
        """The base learning rates of the run in order: the starting one, then each change."""
        first = self.settings.get("lr")
        rates = [float(first)] if isinstance(first, (int, float)) else []
        return rates + [lr for _it, lr in self.lr_changes]

    def finish(self, end) -> None:
        """Record how the run ended (a RunEnd-like object with reason and message)."""
        self.end_reason = str(end.reason)
        self.end_message = str(getattr(end, "message", ""))

    # -- reading -------------------------------------------------------------
    def epoch_curve(self, name: str):
        """(iterations, values) of a per-epoch curve as two lists."""
        return [r["iteration"] for r in self.epochs], [r[name] for r in self.epochs]

    @property
    def final_test_accuracy(self) -> float | None:
        return self.epochs[-1]["test_accuracy"] if self.epochs else None

    def summary(self) -> str:
        """One line: label, the rates used when changed mid-run ("lr 0.002 -> 0.5"), epochs and
        the last test accuracy (or the iterations done when no epoch ended), how it ended."""
        text = self.label
        rates = self.rates_used()
        if len(rates) > 1:
            text += " | lr " + " -> ".join(f"{r:g}" for r in rates)
        if self.epochs:
            text += f" | {len(self.epochs)} ep, test {100 * self.epochs[-1]['test_accuracy']:.1f} %"
        else:
            text += f" | {self.iteration} it"
        if self.end_reason:
            text += f" | {self.end_reason}"
        return text

    def curves(self) -> dict[str, tuple[list, list]]:
        """Every curve as name -> (iterations, values)."""
        out = {
            "batch_loss": (self.batch_loss.x.tolist(), self.batch_loss.y.tolist()),
            "smooth_loss": (self.smooth_loss.x.tolist(), self.smooth_loss.y.tolist()),
            "lr": (self.lr.x.tolist(), self.lr.y.tolist()),
        }
        for i, series in enumerate(self.grad_norm):
            out[f"grad_norm_W{i + 1}"] = (series.x.tolist(), series.y.tolist())
        for name in EPOCH_CURVES:
            out[name] = self.epoch_curve(name)
        return out


class RunHistory:
    """Every run of this session, oldest first."""

    def __init__(self, max_points: int = 2000):
        self.max_points = int(max_points)
        self.runs: list[RunRecord] = []
        self._next_id = 1

    def __len__(self) -> int:
        return len(self.runs)

    def __iter__(self):
        return iter(self.runs)

    def new_run(self, settings: dict, dataset: str = "") -> RunRecord:
        record = RunRecord(self._next_id, settings, dataset, max_points=self.max_points)
        self._next_id += 1
        self.runs.append(record)
        return record

    def add_record(self, record: RunRecord) -> None:
        """Add a run read back from disk (``core.training.run_store``); new runs number after it."""
        self.runs.append(record)
        self.runs.sort(key=lambda r: r.run_id)
        self._next_id = max(self._next_id, record.run_id + 1)

    def get(self, run_id: int) -> RunRecord | None:
        return next((r for r in self.runs if r.run_id == run_id), None)

    def csv_text(self, runs=None) -> str:
        """The CSV table (see the module docstring) of ``runs`` (default: all)."""
        runs = list(self.runs if runs is None else runs)
        keys = sorted({k for r in runs for k in r.settings})
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(["run", "label", "dataset", *keys, "end", "curve", "epoch", "iteration", "value"])
        for r in runs:
            head = [r.run_id, r.label, r.dataset, *(_cell(r.settings.get(k)) for k in keys), r.end_reason]
            epochs_by_iteration = {row["iteration"]: row["epoch"] for row in r.epochs}
            for name, (xs, ys) in r.curves().items():
                for x, y in zip(xs, ys):
                    epoch = epochs_by_iteration.get(x, "") if name in EPOCH_CURVES else ""
                    writer.writerow([*head, name, epoch, int(x), repr(float(y))])
        return buffer.getvalue()

    def to_csv(self, path, runs=None) -> Path:
        """Write the CSV atomically (``core.data.safe_write``: raises SaveError, an OSError,
        and keeps the old file on failure); returns the path."""
        path = Path(path)
        text = self.csv_text(runs)
        write_atomic(path, text.encode("utf-8"))
        return path


def _cell(value) -> str:
    """A settings value as one CSV cell (lists and dicts as JSON)."""
    if value is None:
        return ""
    if isinstance(value, (list, tuple, dict)):
        return json.dumps(list(value) if isinstance(value, tuple) else value)
    return str(value)
