"""Concept explorer: how fast the live pieces are, and how close the line fits get.

Prints: LineFit updates per second for each loss; how many updates MSE needs
to settle and how far MAE's gradient-descent line is from the exact
least-absolute-deviations line; the cost of one outlier-view tick and of
redrawing the loss, softmax and activation views after a control changes.
"""
from __future__ import annotations

import itertools
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import numpy as np  # noqa: E402

from core.concepts.line_fit import LINE_LOSSES, LineFit  # noqa: E402

ROUNDS = 5


def best_of(fn, rounds: int = ROUNDS) -> float:
    """The fastest of ``rounds`` runs of fn(), in seconds (less noise from the shared machine)."""
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def l1_optimum(x, y) -> float:
    best = float("inf")
    for i, j in itertools.combinations(range(len(x)), 2):
        if x[i] != x[j]:
            w = (y[j] - y[i]) / (x[j] - x[i])
            best = min(best, float(np.mean(np.abs(w * (x - x[i]) + y[i] - y))))
    return best


def bench_line_fit() -> None:
    from gui.concepts.outlier_fit_view import OUTLIER_INDEX, OUTLIER_Y, START_X, START_Y

    x, y = START_X.copy(), START_Y.copy()
    y[OUTLIER_INDEX] = OUTLIER_Y
    print("LineFit on the outlier view's points (8 points, one pulled to y = -8):")
    for key in LINE_LOSSES:
        fit = LineFit(key, max_steps=2000, tol=0.0)
        fit.set_points(x, y)
        seconds = best_of(lambda: (fit.set_points(x, y + 0.0), fit.step(2000)))
        print(f"  {key:6s} {2000 / seconds:10,.0f} updates/s")
    mse = LineFit("mse")
    mse.set_points(x, y)
    mse.fit()
    w, b = np.polyfit(x, y, 1)
    print(f"  mse settles after {mse.steps_done} updates; |w - polyfit w| = {abs(mse.w - w):.1e}, "
          f"|b - polyfit b| = {abs(mse.b - b):.1e}")
    mae = LineFit("mae")
    mae.set_points(x, y)
    mae.fit()
    best = l1_optimum(x, y)
    print(f"  mae after {mae.steps_done} updates: loss {mae.loss_value():.5f}, exact optimum {best:.5f} "
          f"(+{100 * (mae.loss_value() / best - 1):.3f} %)")


def bench_views() -> None:
    import pyqtgraph as pg

    from gui.app import make_application

    app = make_application()
    pg.setConfigOptions(imageAxisOrder="row-major", antialias=True)
    from gui.concepts.concepts_panel import ConceptsPanel

    start = time.perf_counter()
    panel = ConceptsPanel()
    build = time.perf_counter() - start
    panel.resize(1280, 760)
    panel.show()
    app.processEvents()
    print(f"ConceptsPanel built in {build * 1e3:.0f} ms")

    view = panel.outlier_view
    panel.tabs.setCurrentWidget(view)
    view.timer.stop()

    def one_tick():
        view.move_point(6, 7.0, -8.0 + np.random.uniform(-0.01, 0.01))
        view.timer.stop()
        view._on_tick()  # what the 30 ms timer runs: 100 updates per shown line, then redraw
        app.processEvents()

    print(f"outlier view, one live tick (2 lines x 100 updates + redraw): {best_of(one_tick) * 1e3:.1f} ms "
          f"(timer interval 30 ms)")
    view.shutdown()

    loss = panel.loss_view
    panel.tabs.setCurrentWidget(loss)
    values = iter(np.linspace(0.2, 0.9, 100))
    print(f"loss view, target changed (against y): "
          f"{best_of(lambda: (loss.target_spin.setValue(next(values)), app.processEvents())) * 1e3:.1f} ms")
    loss.sigmoid_check.setChecked(True)
    print(f"loss view, target changed (through sigmoid): "
          f"{best_of(lambda: (loss.target_spin.setValue(next(values)), app.processEvents())) * 1e3:.1f} ms")

    soft = panel.softmax_view
    panel.tabs.setCurrentWidget(soft)
    soft.preset_buttons["ten"].click()
    ticks = iter(range(-90, 90, 3))
    print(f"softmax view, one slider step (10 logits): "
          f"{best_of(lambda: (soft.sliders[0].setValue(next(ticks)), app.processEvents())) * 1e3:.1f} ms")

    act = panel.activation_view
    panel.tabs.setCurrentWidget(act)
    layers = iter(range(1, 30))
    print(f"activation view, layers slider step: "
          f"{best_of(lambda: (act.layers_slider.setValue(next(layers)), app.processEvents())) * 1e3:.1f} ms")
    ranges = iter(np.linspace(2, 19, 50))
    print(f"activation view, x range changed (3 activations): "
          f"{best_of(lambda: (act.range_spin.setValue(next(ranges)), app.processEvents())) * 1e3:.1f} ms")
    panel.shutdown()
    panel.close()


if __name__ == "__main__":
    bench_line_fit()
    bench_views()
