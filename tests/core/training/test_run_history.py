"""core.training.decimate and core.training.run_history: bounded curves, moving average, CSV export."""
import csv
import io
import math
from types import SimpleNamespace

import numpy as np
import pytest

from core.training.decimate import BoundedSeries, MovingAverage
from core.training.run_history import RunHistory, describe_settings


def step(it, loss, lr=0.1, norms=(1e-3, 1e-2)):
    return SimpleNamespace(iteration=it, batch_loss=loss, lr=lr, grad_norms=norms,
                           samples_seen=32 * it, elapsed=0.01 * it, epoch=0, epoch_fraction=0.5)


def epoch(e, it, test_acc):
    return SimpleNamespace(epoch=e, iteration=it, train_loss=1.0 / (e + 1), train_accuracy=test_acc + 0.01,
                           test_loss=1.2 / (e + 1), test_accuracy=test_acc, elapsed=float(e))


def test_bounded_series_stays_bounded_and_spans_the_run():
    s = BoundedSeries(max_points=100)
    for i in range(1, 10_001):
        s.append(i, float(i))
    assert 50 <= len(s) <= 100
    x = s.x
    assert x[0] == 1 and x[-1] > 9_000
    steps = np.diff(x)
    assert np.all(steps == steps[0]), "kept points are evenly strided"
    np.testing.assert_array_equal(s.x, s.y)


def test_bounded_series_keeps_everything_while_short():
    s = BoundedSeries(max_points=100)
    s.extend(range(60), range(60))
    np.testing.assert_array_equal(s.x, np.arange(60))


def test_bounded_series_drops_non_finite_and_non_positive_for_log():
    s = BoundedSeries(10, positive_only=True)
    s.extend([1, 2, 3, 4, 5], [1.0, math.nan, 0.0, math.inf, 2.0])
    np.testing.assert_array_equal(s.x, [1, 5])
    lin = BoundedSeries(10)
    lin.extend([1, 2, 3], [-1.0, math.nan, 0.0])
    np.testing.assert_array_equal(lin.y, [-1.0, 0.0])


def test_moving_average_is_debiased_and_skips_nan():
    m = MovingAverage(beta=0.9)
    assert math.isnan(m.value)
    assert m.update(5.0) == pytest.approx(5.0)  # no pull towards 0
    assert m.update(math.nan) == pytest.approx(5.0)
    for _ in range(200):
        m.update(1.0)
    assert m.value == pytest.approx(1.0, abs=1e-6)
    # a step from 0 to 1: after k updates the average is 1 - b**k scaled by the debias term
    m = MovingAverage(beta=0.5)
    m.update(0.0)
    assert m.update(1.0) == pytest.approx((0.5 * 1.0) / (1 - 0.25))


def test_run_record_collects_curves_epochs_and_end():
    history = RunHistory(max_points=50)
    settings = {"hidden": (128,), "activation": "sigmoid", "optimizer": "sgd", "lr": 0.1, "batch_size": 32}
    run = history.new_run(settings, dataset="sample")
    run.add_steps(step(i, 2.3 - i * 0.001) for i in range(1, 301))
    run.add_epoch(epoch(0, 300, 0.9))
    run.finish(SimpleNamespace(reason="stopped", message="stopped by you"))
    assert run.label.startswith("#1 sigmoid [128] sgd lr 0.1")
    assert len(run.batch_loss) <= 50 and len(run.smooth_loss) <= 50
    assert len(run.grad_norm) == 2
    assert run.iteration == 300 and run.samples_seen == 9600
    assert run.final_test_accuracy == 0.9
    assert "stopped" in run.summary() and "90.0 %" in run.summary()
    # moving average of a falling line lags behind it
    assert run.smooth_loss.y[-1] > run.batch_loss.y[-1]


def test_csv_export_has_settings_columns_and_every_curve(tmp_path):
    history = RunHistory()
    a = history.new_run({"activation": "sigmoid", "lr": 0.1, "hidden": (64, 32)}, "sample")
    b = history.new_run({"activation": "relu", "lr": 0.1, "hidden": (64, 32)}, "sample")
    for r in (a, b):
        r.add_steps(step(i, 1.0 / i) for i in range(1, 11))
        r.add_epoch(epoch(0, 10, 0.5))
    path = history.to_csv(tmp_path / "runs.csv")
    rows = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))
    assert {"run", "label", "activation", "hidden", "curve", "epoch", "iteration", "value"} <= set(rows[0])
    curves = {(r["run"], r["curve"]) for r in rows}
    for run_id in ("1", "2"):
        for name in ("batch_loss", "smooth_loss", "lr", "grad_norm_W1", "grad_norm_W2", "test_accuracy"):
            assert (run_id, name) in curves
    sig_loss = [float(r["value"]) for r in rows if r["run"] == "1" and r["curve"] == "batch_loss"]
    assert sig_loss == pytest.approx([1.0 / i for i in range(1, 11)])
    acc = [r for r in rows if r["curve"] == "test_accuracy"]
    assert [r["activation"] for r in acc] == ["sigmoid", "relu"]
    assert acc[0]["epoch"] == "0" and acc[0]["hidden"] == "[64, 32]"
    # only the chosen runs
    only_b = history.csv_text([b])
    assert {r["run"] for r in csv.DictReader(io.StringIO(only_b))} == {"2"}
    assert not list(tmp_path.glob("*.tmp"))


def test_describe_settings_is_short():
    text = describe_settings({"activation": "relu", "hidden": [512, 256], "optimizer": "adam",
                              "lr": 0.001, "batch_size": 100, "seed": 0})
    assert text == "relu [512, 256] adam lr 0.001 b100"
