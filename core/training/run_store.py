"""Run history that survives a restart: a folder with ``runs.json`` and one ``run-<id>.npz`` per run.

Layout of the folder (the app uses ``<data folder>/runs``):

- ``runs.json``: {"format": "gradient-lab-runs", "version": 1, "runs": [run, ...]}, oldest
  first, at most ``KEEP_RUNS`` runs; each run holds its id, label, data set, settings, how it
  ended, the learning rates it used, its epoch rows, its curves (each at most
  ``CURVE_POINTS`` points, (iteration, value) pairs) and, when it kept weights, the epoch and
  test accuracy of those weights.
- ``run-<id>.npz``: the run's best weights (``core.data.model_io`` format), read only when the
  learner chooses "Use this model".

Both are written atomically (temporary file, then rename); weight files of runs that fell off
the end are removed. Reading is bounded (``MAX_BYTES``) and checked: a damaged file gives one
line and an empty history, never an exception, and is moved aside as ``runs.json.bad`` so the
next save does not overwrite the learner's only copy.
"""
from __future__ import annotations

import json
import math
import os
from pathlib import Path

import numpy as np

from core.errors import ModelError
from core.state.atomic import write_text_atomic

FORMAT = "gradient-lab-runs"
VERSION = 1
KEEP_RUNS = 10
CURVE_POINTS = 500
MAX_BYTES = 8 * 1024 * 1024
INDEX = "runs.json"


def weights_path(folder: Path, run_id: int) -> Path:
    return Path(folder) / f"run-{int(run_id)}.npz"


# ------------------------------------------------------------------ writing
def _thin(xs, ys, limit: int = CURVE_POINTS) -> list:
    """At most ``limit`` (x, y) pairs, evenly strided, the last point always kept; finite only."""
    xs, ys = np.asarray(xs, float), np.asarray(ys, float)
    keep = np.isfinite(xs) & np.isfinite(ys)
    xs, ys = xs[keep], ys[keep]
    if xs.size > limit:
        idx = np.unique(np.append(np.linspace(0, xs.size - 1, limit - 1).astype(int), xs.size - 1))
        xs, ys = xs[idx], ys[idx]
    return [[float(x), float(y)] for x, y in zip(xs, ys)]


def _run_dict(record, kept) -> dict:
    curves = {"batch_loss": record.batch_loss, "smooth_loss": record.smooth_loss, "lr": record.lr}
    for i, series in enumerate(record.grad_norm):
        curves[f"grad_norm_{i}"] = series
    out = {
        "run_id": int(record.run_id), "label": record.label, "dataset": record.dataset,
        "settings": record.settings, "end_reason": record.end_reason, "end_message": record.end_message,
        "iteration": int(record.iteration), "samples_seen": int(record.samples_seen),
        "elapsed": float(record.elapsed), "lr_changes": [[int(i), float(v)] for i, v in record.lr_changes],
        "epochs": [{k: (float(v) if isinstance(v, float) else v) for k, v in row.items()} for row in record.epochs],
        "curves": {name: _thin(series.x, series.y) for name, series in curves.items()},
    }
    if kept is not None and kept.has_model:
        out["kept"] = {"epoch": kept.epoch, "test_accuracy": kept.test_accuracy, "dataset": kept.dataset,
                       "classes": list(kept.classes)}
    return out


def save_runs(folder, history, keeper, keep: int = KEEP_RUNS) -> Path:
    """Write the last ``keep`` runs of ``history`` and their kept weights into ``folder``."""
    from core.data.model_io import save_model

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    runs = [r for r in history.runs if r.end_reason][-keep:]  # a run still going is saved when it ends
    rows = []
    for record in runs:
        kept = keeper.runs.get(record.run_id)
        target = weights_path(folder, record.run_id)
        if kept is not None and kept.net is not None and not target.exists():
            try:
                save_model(kept.net, target, training={"run": record.label, "epoch": kept.epoch,
                                                       "test_accuracy": kept.test_accuracy})
                kept.path = str(target)
            except ModelError:
                kept = None  # the row stays; "Use this model" is not offered for it
        rows.append(_run_dict(record, kept if kept is not None and (kept.path or target.exists()) else None))
    text = json.dumps({"format": FORMAT, "version": VERSION, "runs": rows}, allow_nan=False, indent=1)
    path = write_text_atomic(folder / INDEX, text)
    wanted = {weights_path(folder, r["run_id"]).name for r in rows if "kept" in r}
    for old in folder.glob("run-*.npz"):
        if old.name not in wanted:
            try:
                old.unlink()
            except OSError:
                pass
    return path


# ------------------------------------------------------------------ reading
class _Bad(ValueError):
    pass


def _number(value, lo=-math.inf, hi=math.inf, integer=False):
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not lo <= value <= hi:
        raise _Bad(f"{value!r} is not a number in [{lo}, {hi}]")
    if integer and not float(value).is_integer():
        raise _Bad(f"{value!r} is not a whole number")
    return int(value) if integer else float(value)


def _text(value, limit=2000) -> str:
    if not isinstance(value, str) or len(value) > limit:
        raise _Bad("a text field is not text")
    return value


def _pairs(value) -> list:
    if not isinstance(value, list) or len(value) > 4 * CURVE_POINTS:
        raise _Bad("a curve is not a list of points")
    return [(_number(p[0]), _number(p[1])) for p in value if isinstance(p, list) and len(p) == 2]


def _record_from(row: dict, max_points: int):
    from core.training.run_history import EPOCH_CURVES, RunRecord
    from core.training.decimate import BoundedSeries

    if not isinstance(row, dict) or not isinstance(row.get("settings"), dict):
        raise _Bad("a run is not an object with settings")
    record = RunRecord(_number(row.get("run_id"), 1, 10**9, True), row["settings"],
                       _text(row.get("dataset", "")), _text(row.get("label", "")), max_points=max_points)
    record.end_reason = _text(row.get("end_reason", ""), 40)
    record.end_message = _text(row.get("end_message", ""))
    record.iteration = _number(row.get("iteration", 0), 0, 10**12, True)
    record.samples_seen = _number(row.get("samples_seen", 0), 0, 10**15, True)
    record.elapsed = _number(row.get("elapsed", 0.0), 0)
    record.lr_changes = [(int(i), float(v)) for i, v in _pairs(row.get("lr_changes", []))]
    epochs = row.get("epochs", [])
    if not isinstance(epochs, list) or len(epochs) > 100_000:
        raise _Bad("epochs is not a list")
    for e in epochs:
        if not isinstance(e, dict):
            raise _Bad("an epoch row is not an object")
        item = {"epoch": _number(e.get("epoch"), 0, 10**9, True), "iteration": _number(e.get("iteration"), 0,
                                                                                          10**12, True)}
        for name in (*EPOCH_CURVES, "elapsed"):
            item[name] = _number(e.get(name, math.nan)) if name in e else math.nan
        record.epochs.append(item)
    curves = row.get("curves", {})
    if not isinstance(curves, dict):
        raise _Bad("curves is not an object")
    for name, points in curves.items():
        series = {"batch_loss": record.batch_loss, "smooth_loss": record.smooth_loss, "lr": record.lr}.get(name)
        if series is None and name.startswith("grad_norm_"):
            record.grad_norm.append(BoundedSeries(max_points, positive_only=True))
            series = record.grad_norm[-1]
        if series is not None:
            for x, y in _pairs(points):
                series.append(x, y)
    return record


def load_runs(folder, history, keeper) -> str:
    """Put the saved runs of ``folder`` into ``history`` (a RunHistory) and ``keeper`` (their
    weights by file, read when first used). Returns "" or one line saying what was wrong."""
    from core.state.model_keeper import KeptRun

    path = Path(folder) / INDEX
    try:
        if not path.is_file():
            return ""
        with open(path, "rb") as f:
            raw = f.read(MAX_BYTES + 1)
        if len(raw) > MAX_BYTES:
            raise _Bad(f"larger than {MAX_BYTES:,} bytes")
        data = json.loads(raw.decode("utf-8"), parse_constant=lambda c: (_ for _ in ()).throw(_Bad(c)))
        if not isinstance(data, dict) or data.get("format") != FORMAT or data.get("version") != VERSION:
            raise _Bad("not a Gradient Lab run history of version 1")
        rows = data.get("runs")
        if not isinstance(rows, list) or len(rows) > 10 * KEEP_RUNS:
            raise _Bad("runs is not a list")
        records = [(_record_from(row, history.max_points), row) for row in rows]
    except (OSError, UnicodeDecodeError, ValueError, TypeError, KeyError, IndexError, RecursionError) as exc:
        try:
            os.replace(path, path.with_name(INDEX + ".bad"))
        except OSError:
            pass
        return f"The saved run history {path} could not be read ({exc}); it was moved aside as {INDEX}.bad."
    for record, row in records:
        if history.get(record.run_id) is not None:
            continue
        history.add_record(record)
        kept_info, weights = row.get("kept"), weights_path(folder, record.run_id)
        if isinstance(kept_info, dict) and weights.is_file():
            acc = kept_info.get("test_accuracy")
            epoch = kept_info.get("epoch")
            keeper.runs[record.run_id] = KeptRun(
                record.run_id, record.label, epoch=epoch if isinstance(epoch, int) else None,
                test_accuracy=float(acc) if isinstance(acc, (int, float)) else None,
                end_reason=record.end_reason, dataset=str(kept_info.get("dataset", "")), path=str(weights),
                classes=tuple(str(c) for c in kept_info.get("classes", ()) if isinstance(c, str))[:1000])
    return ""
