"""core.concepts.demos: the numbers the concept explorer shows."""
import math

import numpy as np
import pytest

from core.nn.activations import ACTIVATIONS, softmax
from core.concepts.demos import (
    batch_metrics, derivative_peak, format_value, gradient_kept, loss_by_name, loss_curve,
    loss_curve_through_sigmoid, parse_numbers, softmax_report,
)
from core.nn.losses import LOSSES


def test_sigmoid_derivative_peaks_at_quarter():
    x, peak = derivative_peak(ACTIVATIONS["sigmoid"])
    assert x == 0.0 and peak == 0.25
    assert derivative_peak(ACTIVATIONS["relu"])[1] == 1.0
    assert derivative_peak(ACTIVATIONS["step"])[1] == 0.0


def test_gradient_kept_is_power_of_peak():
    assert gradient_kept(0.25, 5) == pytest.approx(0.25 ** 5)
    np.testing.assert_allclose(gradient_kept(0.25, np.arange(4)), [1, 0.25, 0.0625, 0.015625])
    assert gradient_kept(1.0, 30) == 1.0


@pytest.mark.parametrize("name", sorted(LOSSES))
def test_loss_curve_matches_loss_per_point(name):
    loss = LOSSES[name]
    ys = np.linspace(0.05, 0.95, 7)
    values, grads = loss_curve(loss, 1.0, ys)
    for y, v, g in zip(ys, values, grads):
        assert v == pytest.approx(loss.value(np.array([y]), np.array([1.0])))
        h = 1e-6
        numeric = (loss.value(np.array([y + h]), np.array([1.0])) - loss.value(np.array([y - h]), np.array([1.0]))) / (2 * h)
        assert g == pytest.approx(numeric, rel=1e-4, abs=1e-6), name


def test_saturated_sigmoid_mse_gradient_vanishes_cross_entropy_does_not():
    z = np.array([-8.0])  # sigmoid(-8) ~ 0.0003 while the target is 1: badly wrong
    _, g_mse = loss_curve_through_sigmoid(LOSSES["mse"], 1.0, z)
    _, g_bce = loss_curve_through_sigmoid(LOSSES["binary_cross_entropy"], 1.0, z)
    assert abs(g_mse[0]) < 1e-3
    assert g_bce[0] == pytest.approx(-1.0, abs=1e-3)  # dL/dz = y - t


def test_chain_rule_through_sigmoid_matches_numeric():
    loss = LOSSES["mse"]
    z = np.array([0.3])
    _, g = loss_curve_through_sigmoid(loss, 1.0, z)
    h = 1e-6
    f = lambda zz: loss_curve_through_sigmoid(loss, 1.0, np.array([zz]))[0][0]
    assert g[0] == pytest.approx((f(0.3 + h) - f(0.3 - h)) / (2 * h), rel=1e-5)


def test_softmax_report_large_logits():
    r = softmax_report([1000, 1001, 1002], 1.0, 2)
    assert not r.naive_ok
    assert np.isinf(r.exp_naive).all() and math.isinf(r.sum_naive)
    assert np.isnan(r.p_naive).all() and math.isnan(r.loss_naive)
    np.testing.assert_allclose(r.p_stable, softmax(np.array([0.0, 1.0, 2.0])))
    assert r.loss_stable == pytest.approx(-math.log(r.p_stable[2]))
    np.testing.assert_array_equal(r.target, [0, 0, 1])


def test_softmax_report_temperature_and_agreement():
    z = [0.3, 2.9, 4.0]
    r = softmax_report(z, 2.0, 1)
    assert r.naive_ok
    np.testing.assert_allclose(r.p_naive, r.p_stable)
    np.testing.assert_allclose(r.p_stable, softmax(np.array(z) / 2.0))
    assert r.p_stable.sum() == pytest.approx(1.0)
    hot = softmax_report(z, 100.0, 0).p_stable
    cold = softmax_report(z, 0.1, 0).p_stable
    assert hot.max() - hot.min() < 0.05 and cold.max() > 0.99
    with pytest.raises(ValueError):
        softmax_report(z, 0.0, 0)
    with pytest.raises(ValueError):
        softmax_report(z, 1.0, 3)


def test_batch_metrics_counts_correct_and_errors():
    p = [[0.9, 0.05, 0.05], [0.4, 0.35, 0.25], [0.2, 0.7, 0.1]]
    m = batch_metrics(p, [0, 0, 2])
    np.testing.assert_array_equal(m.predicted, [0, 0, 1])
    np.testing.assert_array_equal(m.correct, [True, True, False])
    assert m.accuracy == pytest.approx(2 / 3)
    assert m.row_error[0] == pytest.approx((0.1 + 0.05 + 0.05) / 3)
    assert m.mae == pytest.approx(np.mean(m.row_error))
    with pytest.raises(ValueError):
        batch_metrics(p, [0, 0, 3])


def test_format_and_parse():
    assert [format_value(v) for v in (math.inf, -math.inf, math.nan, 0.66524, 123456.0)] == \
        ["inf", "-inf", "NaN", "0.6652", "1.235e+05"]
    assert format_value(-0.0) == "0"
    assert parse_numbers("1, 2.5  -3;4") == [1.0, 2.5, -3.0, 4.0]
    with pytest.raises(ValueError, match="item 2"):
        parse_numbers("1, x")
    with pytest.raises(ValueError, match="finite"):
        parse_numbers("1, inf")
    with pytest.raises(ValueError, match="at least 2"):
        parse_numbers("1", min_count=2)
    with pytest.raises(ValueError, match="outside"):
        parse_numbers("1, -2e6", limit=1e6)
    assert parse_numbers("1e6 -1e6", limit=1e6) == [1e6, -1e6]
    with pytest.raises(ValueError, match="at most 3"):
        parse_numbers("1 2 3 4", max_count=3)
    # the parts of each refusal, for a translation: kind, item and its place, the bounds
    from core.concepts.demos import NumberListError

    for text, kwargs, parts in [("1, x", {}, ("not_number", 2, "x")), ("1, nan", {}, ("not_finite", 2, "nan")),
                                ("5 -2e6", {"limit": 1e6}, ("out_of_range", 2, "-2e6"))]:
        with pytest.raises(NumberListError) as info:
            parse_numbers(text, **kwargs)
        assert (info.value.kind, info.value.index, info.value.item) == parts
    with pytest.raises(NumberListError) as info:
        parse_numbers("1 2 3 4", max_count=3)
    assert (info.value.kind, info.value.count, info.value.bound) == ("too_many", 4, 3)
    assert loss_by_name("mse") is LOSSES["mse"]
    with pytest.raises(ValueError):
        loss_by_name("nope")
