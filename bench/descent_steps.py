#!/usr/bin/env python3
"""Descent runs: steps per second, memory over 100,000 steps, and the panel's redraw time.

  - steps/s of DescentRun.step() (with its undo history) for a few optimizers and surfaces,
  - traced Python memory after 10k, 50k and 100k steps (history capped at 10,000 states,
    trail at 4,096 points: it must stay flat),
  - the descent panel's redraw_now() in ms (offscreen Qt), for one run and a 4-run race.
Run: OPENBLAS_NUM_THREADS=1 QT_QPA_PLATFORM=offscreen python bench/descent_steps.py
"""
from __future__ import annotations

import os
import sys
import time
import tracemalloc
from pathlib import Path

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import numpy as np  # noqa: E402

from core.descent.descent_run import DescentRun  # noqa: E402
from core.descent.neuron_surface import NeuronSurface, noisy_classes  # noqa: E402
from core.descent.surfaces import make_surface  # noqa: E402


def steps_per_second(run: DescentRun, n: int = 20_000) -> float:
    t0 = time.perf_counter()
    for _ in range(n):
        run.step()
    return n / (time.perf_counter() - t0)


def main() -> None:
    print(f"load average {os.getloadavg()[0]:.2f}")
    print("steps per second (with undo history):")
    x, t = noisy_classes(100, seed=0)
    cases = [
        ("bowl, sgd", lambda: DescentRun(make_surface("bowl"), "sgd", lr=0.01)),
        ("himmelblau, adam", lambda: DescentRun(make_surface("himmelblau"), "adam", lr=0.01)),
        ("neuron 100 pts sigmoid+bce, momentum", lambda: DescentRun(
            NeuronSurface(x=x, t=t, preset="classes"), "momentum", lr=0.1)),
        ("neuron 100 pts, batch 10, sgd", lambda: DescentRun(
            NeuronSurface(x=x, t=t, preset="classes"), "sgd", lr=0.1, batch_size=10)),
        ("bowl, sgd, no history", lambda: DescentRun(make_surface("bowl"), "sgd", lr=0.01, max_history=0)),
    ]
    for name, make in cases:
        print(f"  {name:<40} {steps_per_second(make()):10.0f} steps/s")

    print("memory over 100,000 Adam steps on Rosenbrock (history 10,000, trail 4,096):")
    tracemalloc.start()
    run = DescentRun(make_surface("rosenbrock"), "adam", lr=0.001)
    base = tracemalloc.get_traced_memory()[0]
    done = 0
    for mark in (1_000, 10_000, 50_000, 100_000):
        while done < mark:
            run.step()
            done += 1
        cur = tracemalloc.get_traced_memory()[0]
        print(f"  after {mark:>7} steps: {(cur - base) / 1e6:7.2f} MB traced, "
              f"{len(run._history)} undo states, {len(run.trail)} trail points (stride {run.trail.stride})")
    tracemalloc.stop()

    from PySide6.QtWidgets import QApplication
    import pyqtgraph as pg

    app = QApplication.instance() or QApplication([])
    pg.setConfigOptions(imageAxisOrder="row-major", antialias=True)
    from gui.descent.descent_panel import DescentPanel

    panel = DescentPanel()
    panel.resize(1280, 760)
    panel.show()
    app.processEvents()
    print("descent panel redraw (offscreen, 1280x760), per redraw: redraw_now() + painting the contour and loss plot:")
    for label, race in (("one run", False), ("race of 4", True)):
        panel.controls.race.setChecked(race)
        for _ in range(500):
            panel.race.step()
        update, paint = [], []
        for _ in range(30):
            panel.race.step()
            t0 = time.perf_counter()
            panel.redraw_now()
            t1 = time.perf_counter()
            panel.contour.grab()
            panel.loss_plot.grab()
            t2 = time.perf_counter()
            update.append(t1 - t0)
            paint.append(t2 - t1)
        print(f"  {label:<12} redraw_now median {np.median(update) * 1e3:6.2f} ms (worst {max(update) * 1e3:6.2f}), "
              f"paint median {np.median(paint) * 1e3:6.2f} ms (worst {max(paint) * 1e3:6.2f})")
    times = []
    for i in range(10):
        panel.controls.surface.setCurrentIndex(i % panel.controls.surface.count())
        t0 = time.perf_counter()
        panel.redraw_now()
        times.append(time.perf_counter() - t0)
    print(f"  surface change (grid + levels + iso-lines + draw) median {np.median(times) * 1e3:6.2f} ms")
    panel.shutdown()


if __name__ == "__main__":
    main()
