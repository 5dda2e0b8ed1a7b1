import numpy as np
import pytest

from core.nn.activations import ACTIVATIONS, softmax, softmax_naive
from core.nn.gradient import numerical_gradient

# points away from the kinks at 0 (step, relu, leaky_relu)
X = np.array([-3.1, -1.2, -0.4, 0.3, 0.9, 2.7], dtype=np.float64)


def test_required_activations_present():
    for name in ("step", "identity", "sigmoid", "tanh", "relu", "leaky_relu"):
        assert name in ACTIVATIONS
        assert ACTIVATIONS[name].display_name


@pytest.mark.parametrize("name", sorted(ACTIVATIONS))
def test_derivative_matches_central_difference(name):
    act = ACTIVATIONS[name]
    for x0 in X:
        numeric = numerical_gradient(lambda v: float(act.value(v)[0]), np.array([x0]))[0]
        np.testing.assert_allclose(act.derivative(np.array([x0]))[0], numeric,
                                   rtol=1e-5, atol=1e-7, err_msg=f"{name} at {x0}")


@pytest.mark.parametrize("name", sorted(ACTIVATIONS))
def test_shape_and_dtype_kept(name):
    x = np.linspace(-2, 2, 12, dtype=np.float32).reshape(3, 4)
    act = ACTIVATIONS[name]
    assert act.value(x).shape == (3, 4) and act.value(x).dtype == np.float32
    assert act.derivative(x).shape == (3, 4) and act.derivative(x).dtype == np.float32


def test_sigmoid_derivative_never_exceeds_quarter():
    x = np.linspace(-50, 50, 100_001)
    d = ACTIVATIONS["sigmoid"].derivative(x)
    assert d.max() <= 0.25
    assert d.max() == pytest.approx(0.25, abs=1e-9)


def test_sigmoid_does_not_overflow():
    with np.errstate(all="raise"):
        v = ACTIVATIONS["sigmoid"].value(np.array([-1000.0, 1000.0]))
    np.testing.assert_allclose(v, [0.0, 1.0])


def test_step_gives_no_gradient():
    assert not ACTIVATIONS["step"].derivative(X).any()
    np.testing.assert_array_equal(ACTIVATIONS["step"].value(X), (X > 0).astype(float))


def test_softmax_stable_on_large_logits():
    p = softmax(np.array([1000.0, 1001.0, 1002.0]))
    assert np.all(np.isfinite(p))
    assert p.sum() == pytest.approx(1.0)
    np.testing.assert_allclose(p, softmax(np.array([0.0, 1.0, 2.0])))


def test_naive_softmax_overflows_where_stable_does_not():
    naive = softmax_naive(np.array([1000.0, 1001.0, 1002.0]))
    assert not np.all(np.isfinite(naive))
    np.testing.assert_allclose(softmax_naive(np.array([0.0, 1.0, 2.0])), softmax(np.array([0.0, 1.0, 2.0])))


def test_softmax_rows():
    z = np.random.default_rng(0).normal(size=(5, 10))
    p = softmax(z, axis=-1)
    np.testing.assert_allclose(p.sum(axis=1), np.ones(5))
