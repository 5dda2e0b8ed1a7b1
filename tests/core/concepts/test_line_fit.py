"""core.concepts.line_fit: gradient descent finds the least-squares and least-absolute lines."""
import itertools

import numpy as np
import pytest

from core.concepts.line_fit import LINE_LOSSES, LineFit
from core.nn.losses import Huber


def best_l1_line(x, y):
    """Brute force: some least-absolute-deviations line passes through two points."""
    best = None
    for i, j in itertools.combinations(range(len(x)), 2):
        if x[i] == x[j]:
            continue
        w = (y[j] - y[i]) / (x[j] - x[i])
        b = y[i] - w * x[i]
        value = np.mean(np.abs(w * x + b - y))
        if best is None or value < best[0]:
            best = (value, w, b)
    return best


def points_with_outlier(seed):
    rng = np.random.default_rng(seed)
    x = np.sort(rng.uniform(0, 10, 8))
    y = 0.5 * x + 1 + rng.normal(0, 0.3, 8)
    y[3] += rng.uniform(10, 30) * rng.choice([-1, 1])
    return x, y


@pytest.mark.parametrize("seed", range(4))
def test_mse_fit_matches_least_squares(seed):
    x, y = points_with_outlier(seed)
    fit = LineFit("mse")
    fit.set_points(x, y)
    fit.fit()
    assert fit.converged
    w, b = np.polyfit(x, y, 1)
    np.testing.assert_allclose([fit.w, fit.b], [w, b], rtol=1e-5, atol=1e-5)


@pytest.mark.parametrize("seed", range(4))
def test_mae_fit_reaches_least_absolute_deviation(seed):
    x, y = points_with_outlier(seed)
    fit = LineFit("mae")
    fit.set_points(x, y)
    fit.fit()
    best, w, b = best_l1_line(x, y)
    assert fit.loss_value() == pytest.approx(best, rel=5e-3)
    assert fit.w == pytest.approx(w, abs=0.03)


def test_huber_lies_between_and_delta_is_in_y_units():
    x, y = points_with_outlier(1)
    # scaling y scales Huber's best line only if delta scales with it
    a = LineFit(Huber(1.0)); a.set_points(x, y); a.fit()
    b = LineFit(Huber(10.0)); b.set_points(x, 10 * y); b.fit()
    np.testing.assert_allclose([b.w, b.b], [10 * a.w, 10 * a.b], rtol=1e-4, atol=1e-4)
    mse = LineFit("mse"); mse.set_points(x, y); mse.fit()
    mae = LineFit("mae"); mae.set_points(x, y); mae.fit()
    clean_slope = 0.5
    assert abs(a.w - clean_slope) < abs(mse.w - clean_slope)


def test_outlier_moves_mse_line_more_than_mae_line():
    x = np.arange(8, dtype=float)
    y = 0.5 * x + 1
    fits = {name: LineFit(name) for name in ("mse", "mae")}
    before = {}
    for name, fit in fits.items():
        fit.set_points(x, y)
        fit.fit()
        before[name] = fit.predict(x)
    y2 = y.copy()
    y2[6] = -20.0  # drag one point far down
    shift = {}
    for name, fit in fits.items():
        fit.set_points(x, y2)  # warm start from the old line
        fit.fit()
        shift[name] = np.max(np.abs(fit.predict(x) - before[name]))
    assert shift["mse"] > 2.0
    assert shift["mae"] < 0.2 * shift["mse"]


def test_warm_start_keeps_line_and_set_line_roundtrips():
    fit = LineFit("mse")
    fit.set_points([0, 1, 2], [1, 3, 5])
    fit.set_line(2.0, 1.0)
    assert (fit.w, fit.b) == pytest.approx((2.0, 1.0))
    fit.set_points([0, 1, 2, 10], [1, 3, 5, 40])
    assert (fit.w, fit.b) == pytest.approx((2.0, 1.0))
    assert fit.steps_done == 0 and not fit.converged


def test_step_counts_and_stops_when_converged():
    fit = LineFit("mae", max_steps=50)
    fit.set_points([0, 1, 2, 3, 7], [0, 1.2, 1.9, 3.5, 6])
    assert fit.step(30) == 30
    assert fit.step(30) == 20
    assert fit.converged and fit.step(5) == 0


def test_degenerate_points_do_not_blow_up():
    fit = LineFit("mse")
    fit.set_points([2, 2, 2], [1, 1, 1])
    fit.fit()
    assert np.isfinite([fit.w, fit.b]).all()
    assert fit.predict(2.0) == pytest.approx(1.0)


@pytest.mark.parametrize("bad", ["cross_entropy", "binary_cross_entropy", "nope"])
def test_refuses_losses_that_need_probabilities(bad):
    with pytest.raises(ValueError, match="cannot fit a line"):
        LineFit(bad)


def test_refuses_bad_points():
    fit = LineFit("mse")
    with pytest.raises(ValueError):
        fit.set_points([1, 2], [1])
    with pytest.raises(ValueError):
        fit.set_points([1, np.nan], [1, 2])
    assert set(LINE_LOSSES) == {"mse", "mae", "huber"}


def test_set_line_settled_holds_until_points_change():
    fit = LineFit("mae")
    fit.set_points([0, 1, 2, 5], [0, 1, 2, 4])
    fit.set_line(1.0, 0.0, settled=True)
    assert fit.converged and fit.step(10) == 0
    assert (fit.w, fit.b) == pytest.approx((1.0, 0.0))
    fit.set_points([0, 1, 2, 5], [0, 1, 2, 9])
    assert not fit.converged and fit.step(10) == 10


def test_mae_settles_on_the_exact_l1_line():
    from core.concepts.line_fit import LineFit, exact_l1_line

    x = np.arange(1.0, 9.0)
    y = 0.5 * x + 1.0 + np.array([0.25, -0.3, 0.1, 0.3, -0.2, 0.15, -0.1, 0.2])
    w, b = exact_l1_line(x, y)
    assert (round(w, 5), round(b, 5)) == (0.51667, 1.05)   # gradient descent stopped at 0.51635x + 1.0507
    cost = lambda w_, b_: np.abs(y - w_ * x - b_).sum()   # noqa: E731
    rng = np.random.default_rng(0)
    for dw, db in rng.normal(scale=[1e-3, 1e-2], size=(500, 2)):   # no nearby line is better
        assert cost(w + dw, b + db) >= cost(w, b) - 1e-12
    fit = LineFit("mae")
    fit.set_points(x, y)
    fit.fit()
    assert fit.converged and (fit.w, fit.b) == pytest.approx((w, b), rel=1e-12)
    # an outlier below the line leaves the L1 line where it was (it is no vertex of the LP)
    y2 = y.copy()
    y2[6] = -8.0
    assert exact_l1_line(x, y2) == pytest.approx((w, b), rel=1e-12)
