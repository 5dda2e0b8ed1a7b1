import numpy as np
import pytest

from core.nn.gradient import numerical_gradient
from core.nn.losses import LOSSES, SOFTMAX_CROSS_ENTROPY, one_hot

RNG = np.random.default_rng(1)


def _case(name):
    """A prediction/target pair in each loss's domain, away from kinks."""
    if name in ("cross_entropy",):
        y = RNG.uniform(0.05, 0.95, size=(4, 3))
        return y / y.sum(axis=1, keepdims=True), np.array([0, 2, 1, 2])
    if name == "binary_cross_entropy":
        return RNG.uniform(0.1, 0.9, size=(4, 3)), RNG.integers(0, 2, size=(4, 3)).astype(float)
    t = RNG.normal(size=(4, 3))
    offsets = RNG.choice([-1, 1], size=(4, 3)) * RNG.uniform(0.2, 2.5, size=(4, 3))
    return t + offsets, t  # |y - t| >= 0.2: no kink of MAE/Huber in the difference


def test_required_losses_present():
    for name in ("mse", "mae", "huber", "binary_cross_entropy", "cross_entropy"):
        assert name in LOSSES


@pytest.mark.parametrize("name", sorted(LOSSES))
def test_gradient_matches_central_difference(name):
    loss = LOSSES[name]
    y, t = _case(name)
    numeric = numerical_gradient(lambda v: loss.value(v, t), y.copy())
    np.testing.assert_allclose(loss.gradient(y, t), numeric, rtol=1e-5, atol=1e-7, err_msg=name)
    assert isinstance(loss.value(y, t), float)


def test_softmax_cross_entropy_gradient_is_fused_formula():
    z = RNG.normal(size=(5, 4))
    t = np.array([0, 3, 1, 1, 2])
    numeric = numerical_gradient(lambda v: SOFTMAX_CROSS_ENTROPY.value(v, t), z.copy())
    g = SOFTMAX_CROSS_ENTROPY.gradient(z, t)
    np.testing.assert_allclose(g, numeric, rtol=1e-5, atol=1e-7)
    p = np.exp(z) / np.exp(z).sum(axis=1, keepdims=True)
    np.testing.assert_allclose(g, (p - one_hot(t, 4)) / 5)


def test_softmax_cross_entropy_large_logits_finite():
    z = np.array([[1000.0, 1001.0, 1002.0]])
    assert np.isfinite(SOFTMAX_CROSS_ENTROPY.value(z, np.array([2])))


def test_index_and_one_hot_targets_agree():
    y, t = _case("cross_entropy")
    ce = LOSSES["cross_entropy"]
    assert ce.value(y, t) == pytest.approx(ce.value(y, one_hot(t, 3)))


def test_logs_never_see_zero():
    y = np.array([[0.0, 1.0, 0.0]])
    for name in ("cross_entropy", "binary_cross_entropy"):
        with np.errstate(all="raise"):
            assert np.isfinite(LOSSES[name].value(y, np.array([[1.0, 0.0, 0.0]])))
            assert np.all(np.isfinite(LOSSES[name].gradient(y, np.array([[1.0, 0.0, 0.0]]))))


def test_known_values():
    assert LOSSES["mse"].value(np.array([1.0, 3.0]), np.array([0.0, 0.0])) == pytest.approx(5.0)
    assert LOSSES["mae"].value(np.array([1.0, -3.0]), np.array([0.0, 0.0])) == pytest.approx(2.0)
    # Huber (delta 1): 0.5 * 0.5**2 and 1 * (3 - 0.5)
    assert LOSSES["huber"].value(np.array([0.5, 3.0]), np.array([0.0, 0.0])) == pytest.approx((0.125 + 2.5) / 2)
    # the book's example: -log(0.6) for the right class at probability 0.6
    y = np.array([0.1, 0.05, 0.6, 0.0, 0.05, 0.1, 0.0, 0.1, 0.0, 0.0])
    t = np.zeros(10)
    t[2] = 1
    assert LOSSES["cross_entropy"].value(y, t) == pytest.approx(0.5108254, rel=1e-5)


def test_shape_mismatch_is_an_error():
    with pytest.raises(ValueError):
        LOSSES["mse"].value(np.zeros((2, 3)), np.zeros((3, 2)))
