import math

import numpy as np
import pytest

from core.nn.optimizers import OPTIMIZERS, Adam, make_optimizer
from core.nn.schedules import SCHEDULES, Constant, Cosine, Exponential, InverseTime, StepDecay, make_schedule


def book_f(p):  # f(x, y) = x**2/20 + y**2, DLFS ch. 6
    return p[0] ** 2 / 20 + p[1] ** 2


def book_grad(p):
    return np.array([p[0] / 10, 2 * p[1]])


# a rate that works for each, and how many steps it gets
SETTINGS = {
    "sgd": (0.95, 300),
    "momentum": (0.1, 300),
    "nesterov": (0.1, 300),
    "adagrad": (1.5, 2000),
    "rmsprop": (0.001, 10000),
    "adam": (0.1, 2000),
}


def test_required_optimizers_present():
    assert set(SETTINGS) <= set(OPTIMIZERS)


@pytest.mark.parametrize("name", sorted(SETTINGS))
def test_reaches_minimum_of_book_surface(name):
    lr, steps = SETTINGS[name]
    opt = make_optimizer(name, lr=lr)
    params = {"p": np.array([-7.0, 2.0])}
    for _ in range(steps):
        opt.update(params, {"p": book_grad(params["p"])})
    assert np.linalg.norm(params["p"]) < 1e-3, (name, params["p"])
    assert opt.t == steps


def test_adam_first_step_matches_bias_corrected_formula():
    lr, b1, b2, eps = 0.1, 0.9, 0.999, 1e-8
    opt = Adam(lr=lr, beta1=b1, beta2=b2, eps=eps)
    p0 = np.array([-7.0, 2.0])
    g = book_grad(p0)
    params = {"p": p0.copy()}
    opt.update(params, {"p": g})
    m_hat = ((1 - b1) * g) / (1 - b1)
    v_hat = ((1 - b2) * g * g) / (1 - b2)
    np.testing.assert_allclose(params["p"], p0 - lr * m_hat / (np.sqrt(v_hat) + eps), rtol=1e-12)
    # first Adam step moves each coordinate by about lr, whatever the gradient's size
    np.testing.assert_allclose(np.abs(params["p"] - p0), [lr, lr], rtol=1e-6)


def test_momentum_state_is_lazy_and_restorable():
    opt = make_optimizer("momentum", lr=0.1)
    assert opt.state()["slots"] == {}
    params = {"p": np.array([-7.0, 2.0])}
    opt.update(params, {"p": book_grad(params["p"])})
    saved_state, saved_p = opt.state(), params["p"].copy()
    for _ in range(3):
        opt.update(params, {"p": book_grad(params["p"])})
    after_three = params["p"].copy()
    opt.load_state(saved_state)
    params["p"] = saved_p.copy()
    for _ in range(3):
        opt.update(params, {"p": book_grad(params["p"])})
    np.testing.assert_array_equal(params["p"], after_three)


def test_schedule_drives_learning_rate():
    opt = make_optimizer("sgd", lr=1.0, schedule=StepDecay(step_size=2, gamma=0.5))
    seen = []
    params = {"p": np.array([1.0])}
    for _ in range(5):
        seen.append(opt.current_lr)
        opt.update(params, {"p": np.array([0.0])})
    assert seen == [1.0, 1.0, 0.5, 0.5, 0.25]


def test_unknown_names():
    with pytest.raises(ValueError, match="unknown optimizer"):
        make_optimizer("nope")
    with pytest.raises(ValueError, match="unknown schedule"):
        make_schedule("nope")


def test_schedule_values():
    assert [Constant()(0.1, t) for t in (0, 5, 500)] == [0.1, 0.1, 0.1]
    assert [StepDecay(10, 0.1)(1.0, t) for t in (0, 9, 10, 25)] == pytest.approx([1, 1, 0.1, 0.01])
    assert [Exponential(0.5)(2.0, t) for t in (0, 1, 3)] == pytest.approx([2, 1, 0.25])
    assert [InverseTime(0.5)(1.0, t) for t in (0, 2, 6)] == pytest.approx([1, 0.5, 0.25])
    cos = Cosine(total_steps=100, min_factor=0.1)
    assert cos(1.0, 0) == pytest.approx(1.0)
    assert cos(1.0, 50) == pytest.approx(0.1 + 0.9 * 0.5)
    assert cos(1.0, 100) == pytest.approx(0.1)
    assert cos(1.0, 1000) == pytest.approx(0.1)
    assert set(SCHEDULES) == {"constant", "step", "exponential", "inverse_time", "cosine"}
    assert math.isfinite(Cosine(1)(1.0, 1))
