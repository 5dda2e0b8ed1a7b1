import itertools

import numpy as np
import pytest

from core.nn.activations import ACTIVATIONS
from core.nn.gradient import numerical_gradient
from core.nn.losses import ELEMENTWISE_LOSSES, LOSSES
from core.descent.neuron_surface import _INPLACE, PRESETS, NeuronSurface, incompatibility, noisy_classes

RNG = np.random.default_rng(3)
COMBOS = [(a, l) for a, l in itertools.product(sorted(ACTIVATIONS), sorted(ELEMENTWISE_LOSSES))
          if not incompatibility(a, l)]


def _surface(activation, loss, n=12):
    if loss == "binary_cross_entropy":
        x, t = noisy_classes(n, seed=1)
        return NeuronSurface(x=x, t=t, activation=activation, loss=loss, preset="classes")
    x = RNG.normal(0, 1.5, n)
    return NeuronSurface(x=x, t=0.8 * x + 0.3 + RNG.normal(0, 0.4, n), activation=activation, loss=loss)


def _away_from_kinks(s, p, margin=1e-2):
    z = p[0] * s.x + p[1]
    if np.min(np.abs(z)) < margin:  # step / relu / leaky relu kink at z = 0
        return False
    if s.loss.name in ("mae", "huber"):  # kinks at y = t (and |y - t| = delta)
        r = np.abs(s.activation.value(z) - s.t)
        return np.min(np.abs(r)) > margin and np.min(np.abs(r - 1.0)) > margin
    return True


@pytest.mark.parametrize("name", sorted(ELEMENTWISE_LOSSES))
def test_elementwise_losses_agree_with_value_and_gradient(name):
    loss = LOSSES[name]
    if name == "binary_cross_entropy":
        y, t = RNG.uniform(0.05, 0.95, (4, 3)), RNG.integers(0, 2, (4, 3)).astype(float)
    else:
        y, t = RNG.normal(size=(4, 3)), RNG.normal(size=(4, 3))
    assert np.mean(loss.elementwise(y, t)) == pytest.approx(loss.value(y, t), rel=1e-12)
    np.testing.assert_allclose(loss.elementwise_derivative(y, t) / y.size, loss.gradient(y, t), rtol=1e-12)
    # float32 stays float32, targets broadcast
    y32 = y.astype(np.float32)
    assert loss.elementwise(y32, t[0]).dtype == np.float32
    assert "cross_entropy" not in ELEMENTWISE_LOSSES  # needs classes, not one output


@pytest.mark.parametrize("activation,loss", COMBOS)
def test_gradient_matches_numerical_gradient(activation, loss):
    s = _surface(activation, loss)
    checked = 0
    for _ in range(40):
        p = RNG.uniform([-2, -2], [2, 2])
        if not _away_from_kinks(s, p):
            continue
        numeric = numerical_gradient(lambda v: float(s.value(v[0], v[1])), p.copy(), h=1e-6)
        np.testing.assert_allclose(s.point_gradient(p), numeric, rtol=1e-4, atol=1e-7,
                                   err_msg=f"{activation}+{loss} at {p}")
        checked += 1
        if checked == 4:
            break
    assert checked >= 2, "no test point away from the kinks"


@pytest.mark.parametrize("activation,loss", COMBOS)
def test_value_is_the_core_loss_of_the_core_activation(activation, loss):
    s = _surface(activation, loss)
    w, b = 0.7, -0.2
    expected = LOSSES[loss].value(ACTIVATIONS[activation].value(w * s.x + b), s.t)
    if (activation, loss) == ("sigmoid", "binary_cross_entropy"):
        # from the logits (log-sigmoid), exact; the guarded log(y + 1e-7) is off by about 1e-7
        guarded, expected = expected, float(np.mean(LOSSES[loss].elementwise_from_logits(w * s.x + b, s.t)))
        assert guarded == pytest.approx(expected, rel=1e-5) and guarded != expected
    assert s.point_value((w, b)) == pytest.approx(expected, rel=1e-12, abs=1e-15)


@pytest.mark.parametrize("activation,loss", COMBOS)
def test_float32_grid_matches_float64_values(activation, loss):
    s = _surface(activation, loss, n=30)
    ws = np.linspace(-3, 4, 41)
    bs = np.linspace(-2, 2, 27)
    Z = s.grid(ws, bs)
    assert Z.shape == (27, 41) and Z.dtype == np.float32
    exact = s.value(ws[None, :], bs[:, None])
    # step has jumps where w x + b crosses 0: float32 rounding may flip a few cells
    bad = np.abs(Z - exact) > 2e-3 * (1 + np.abs(exact))
    assert bad.mean() < (0.01 if activation == "step" else 1e-9), f"{activation}+{loss}: {bad.sum()} cells off"


def test_grid_of_bce_with_soft_targets_and_chunks():
    x, t = noisy_classes(250, seed=2)
    t = np.clip(t * 0.8 + 0.1 + RNG.normal(0, 0.05, t.size), 0, 1)  # not only 0/1: the two-log path
    s = NeuronSurface(x=x, t=t, activation="sigmoid", loss="binary_cross_entropy", preset="classes")
    ws, bs = np.linspace(-4, 8, 300), np.linspace(-6, 6, 7)  # 2100 points x 250 samples: many chunks
    np.testing.assert_allclose(s.grid(ws, bs), s.value(ws[None, :], bs[:, None]), rtol=3e-3, atol=3e-3)


@pytest.mark.parametrize("name", sorted(_INPLACE))
def test_inplace_kernels_equal_core_activations(name):
    z = np.linspace(-100, 100, 2001).astype(np.float32)
    expected = ACTIVATIONS[name].value(z.astype(np.float64))
    with np.errstate(over="ignore"):
        _INPLACE[name](z)
    np.testing.assert_allclose(z, expected, rtol=2e-6, atol=1e-7)


def test_course_preset_minimum_is_the_line_through_both_points():
    s = NeuronSurface()
    assert (s.activation.name, s.loss.name, s.axis_names) == ("identity", "mse", ("w", "b"))
    np.testing.assert_allclose(s.x, [1.0, 2.0])
    np.testing.assert_allclose(s.t, [3.45, 5.67])
    (w, b), = s.minima
    assert w == pytest.approx(2.22) and b == pytest.approx(1.23)
    assert s.point_value((w, b)) == pytest.approx(0.0, abs=1e-20)
    # closed form grid equals the value everywhere
    ws, bs = np.linspace(-3, 7, 50), np.linspace(-4, 6, 40)
    np.testing.assert_allclose(s.grid(ws, bs), s.value(ws[None, :], bs[:, None]), rtol=1e-6, atol=1e-5)


def test_classes_preset_has_a_finite_minimum_and_sigmoid_on_big_targets_has_none():
    s = NeuronSurface(preset="classes")
    assert (s.activation.name, s.loss.name) == ("sigmoid", "binary_cross_entropy")
    (m,) = s.minima
    assert np.linalg.norm(s.point_gradient(m)) < 1e-8
    # sigmoid + MSE on targets 3.45, 5.67: the outputs can never reach them, the lowest point is at infinity
    assert NeuronSurface(activation="sigmoid").minima == []


def test_step_activation_is_flat_for_descent():
    s = NeuronSurface(activation="step")
    for p in RNG.uniform(-3, 3, size=(5, 2)):
        np.testing.assert_array_equal(s.point_gradient(p), [0.0, 0.0])
    assert s.minima == []


def test_batch_gradient_is_the_gradient_on_those_samples():
    x, t = noisy_classes(20, seed=4)
    s = NeuronSurface(x=x, t=t, activation="sigmoid", loss="mse")
    idx = np.array([3, 7, 11])
    sub = NeuronSurface(x=x[idx], t=t[idx], activation="sigmoid", loss="mse")
    np.testing.assert_allclose(s.batch_gradient(0.4, -0.3, idx), sub.gradient(0.4, -0.3))
    np.testing.assert_allclose(s.batch_gradient(0.4, -0.3, None), s.gradient(0.4, -0.3))
    assert s.n_samples == 20


def test_bad_configurations_are_refused_with_a_reason():
    with pytest.raises(ValueError, match="between 0 and 1"):
        NeuronSurface(activation="identity", loss="binary_cross_entropy", preset="classes")
    with pytest.raises(ValueError, match="targets between 0 and 1"):
        NeuronSurface(activation="sigmoid", loss="binary_cross_entropy", preset="course")
    s = NeuronSurface(preset="classes")
    with pytest.raises(ValueError):
        s.set_activation("relu")
    assert s.activation.name == "sigmoid"  # unchanged after the refusal
    with pytest.raises(ValueError, match="unknown activation"):
        s.set_activation("nope")
    with pytest.raises(ValueError, match="unknown loss"):
        s.set_loss("cross_entropy")
    with pytest.raises(ValueError, match="3 values but t has 2"):
        s.set_data([1, 2, 3], [0, 1])
    with pytest.raises(ValueError, match="finite"):
        s.set_data([1, np.nan], [0, 1])
    with pytest.raises(ValueError, match="at least one"):
        s.set_data([], [])
    with pytest.raises(ValueError, match="unknown preset"):
        NeuronSurface(preset="nope")
    assert s.target_range == (0.0, 1.0) and NeuronSurface().target_range is None
    assert set(PRESETS) >= {"course", "classes"}


def test_set_data_moves_the_minimum():
    s = NeuronSurface()
    s.set_data([0.0, 1.0, 2.0], [1.0, 3.0, 5.0])
    (w, b), = s.minima
    assert (w, b) == (pytest.approx(2.0), pytest.approx(1.0))
