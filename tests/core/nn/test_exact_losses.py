"""Losses computed from logits are exact to float64 rounding (no 1e-7 guard inside the log)."""
import math

import numpy as np

from core.concepts.demos import loss_curve_through_sigmoid
from core.descent.surfaces import make_surface
from core.nn.losses import LOSSES


def _exact_bce(z, t):
    # log(1 + e^z) − t z, written with log1p / exp of a negative number only
    return max(z, 0.0) + math.log1p(math.exp(-abs(z))) - t * z


def test_the_loss_view_through_a_sigmoid_at_z_minus_10():
    values, grads = loss_curve_through_sigmoid(LOSSES["binary_cross_entropy"], 1.0, [-10.0])
    assert values[0] == _exact_bce(-10.0, 1.0)          # 10.0000454 (was 9.998 with the guard)
    sig = 1 / (1 + math.exp(10.0))
    assert math.isclose(grads[0], sig - 1.0, rel_tol=1e-15)   # −0.9999546 (was −0.9978)
    assert round(values[0], 3) == 10.0 and round(grads[0], 5) == -0.99995


def test_the_two_classes_neuron_loss_and_gradient_are_exact():
    s = make_surface("neuron", preset="classes")
    assert (s.activation.name, s.loss.name) == ("sigmoid", "binary_cross_entropy")
    w, b = -3.0, 4.0
    exact = math.fsum(_exact_bce(w * x + b, t) for x, t in zip(s.x, s.t)) / len(s.x)
    assert math.isclose(float(s.value(w, b)), exact, rel_tol=1e-14)
    gw = math.fsum((1 / (1 + math.exp(-(w * x + b))) - t) * x for x, t in zip(s.x, s.t)) / len(s.x)
    gb = math.fsum((1 / (1 + math.exp(-(w * x + b))) - t) for x, t in zip(s.x, s.t)) / len(s.x)
    np.testing.assert_allclose(s.gradient(w, b), (gw, gb), rtol=1e-13)
    # the grid (float32) agrees with the exact value to float32 rounding
    grid = s.grid(np.array([w]), np.array([b]))
    assert math.isclose(float(grid[0, 0]), exact, rel_tol=1e-5)
