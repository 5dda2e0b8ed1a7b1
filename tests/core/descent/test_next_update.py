"""The next update (what the Descent lab's arrow draws) is the update step() applies."""
import numpy as np
import pytest

from core.descent.descent_run import DescentRun
from core.descent.neuron_surface import NeuronSurface
from core.descent.surfaces import make_surface
from core.nn.optimizers import OPTIMIZERS
from core.nn.schedules import SCHEDULES, make_schedule


@pytest.mark.parametrize("schedule", sorted(SCHEDULES))
@pytest.mark.parametrize("optimizer", sorted(OPTIMIZERS))
def test_preview_update_is_the_step_taken(optimizer, schedule):
    run = DescentRun(make_surface("himmelblau"), optimizer, lr=0.01, schedule=make_schedule(schedule))
    for _ in range(25):
        nxt = run.preview()
        p0 = run.point
        rec = run.step()
        assert nxt.update == rec.update
        assert rec.update == (run.point[0] - p0[0], run.point[1] - p0[1]), optimizer
        assert nxt.memory_after == rec.memory_after


@pytest.mark.parametrize("optimizer, lr, moves", [
    ("adam", 0.3, (0.3, -0.3)),          # −lr·∇ would be (0.06, −0.30)
    ("rmsprop", 0.1, (1.0, -1.0)),       # −lr·∇ would be (0.02, −0.10)
    ("adagrad", 1.5, (1.5, -1.5)),       # −lr·∇ would be (0.30, −1.5)
    ("sgd", 0.3, (0.06, -0.3)),
])
def test_first_update_on_the_book_surface(optimizer, lr, moves):
    run = DescentRun(make_surface("book"), optimizer, lr=lr, start=(-2.0, 0.5))
    np.testing.assert_allclose(run.preview().update, moves, rtol=1e-4)  # ε in the denominator


def test_nesterov_and_momentum_after_a_few_steps_are_not_minus_lr_gradient():
    for name in ("nesterov", "momentum"):
        run = DescentRun(make_surface("book"), name, lr=0.1, start=(-2.0, 0.5))
        run.run(3)
        nxt = run.preview()
        sgd_like = -0.1 * np.asarray(nxt.grad)
        assert not np.allclose(nxt.update, sgd_like, rtol=0.05)
        p0 = np.array(run.point)
        run.step()
        np.testing.assert_array_equal(np.array(run.point) - p0, nxt.update)


def test_mini_batch_update_uses_the_batch_gradient_and_the_same_batch():
    surface = make_surface("neuron", preset="course")
    run = DescentRun(surface, "sgd", lr=0.05, batch_size=1, seed=3)
    run.run(2)
    nxt = run.preview()
    assert nxt.batch == 1
    assert not np.allclose(nxt.grad, run.gradient)          # batch gradient, not the full one
    np.testing.assert_allclose(nxt.update, -0.05 * np.asarray(nxt.grad), rtol=1e-12)
    p0 = np.array(run.point)
    run.step()
    np.testing.assert_array_equal(np.array(run.point) - p0, nxt.update)


@pytest.mark.parametrize("optimizer, names", [
    ("sgd", set()), ("momentum", {"v"}), ("nesterov", {"v"}), ("adagrad", {"h"}),
    ("rmsprop", {"h"}), ("adam", {"m", "v", "m̂", "v̂"}),
])
def test_optimizer_memory_is_named_and_filled(optimizer, names):
    run = DescentRun(make_surface("book"), optimizer, lr=0.1, start=(-2.0, 0.5))
    rec = run.preview()
    assert {n for n, _ in rec.memory_after} == names
    g = np.asarray(rec.grad)
    if optimizer in ("momentum", "nesterov"):
        np.testing.assert_allclose(rec.memory("v"), -0.1 * g)
    if optimizer == "adagrad":
        np.testing.assert_allclose(rec.memory("h"), g * g)
    if optimizer == "rmsprop":
        np.testing.assert_allclose(rec.memory("h"), 0.01 * g * g)
    if optimizer == "adam":
        np.testing.assert_allclose(rec.memory("m̂"), g)        # bias-corrected first step: m̂ = g
        np.testing.assert_allclose(rec.memory("v̂"), g * g)
