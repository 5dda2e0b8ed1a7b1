import math

import numpy as np
import pytest

from core.nn.gradient import gradient_descent
from core.descent.descent_run import (CONVERGED, DIVERGED, REASONS, RUNNING, STALLED, DescentRace, DescentRun,
                              Trail)
from core.descent.lr_sweep import best_rate, lr_sweep, sweep_rates
from core.descent.neuron_surface import NeuronSurface, noisy_classes
from core.nn.optimizers import OPTIMIZERS
from core.nn.schedules import make_schedule
from core.descent.surfaces import make_surface


def test_sgd_on_the_bowl_reproduces_the_course_example():
    run = DescentRun(make_surface("bowl"), "sgd", lr=0.01, start=(100, -10))
    assert run.run(1000) == 1000
    book = gradient_descent(lambda v: (v[0] - 2) ** 2 + 4 * (v[1] - 3) ** 2, np.array([100.0, -10.0]), 0.01, 1000)
    np.testing.assert_allclose(run.point, book, rtol=0, atol=1e-9)  # numerical vs exact gradient
    np.testing.assert_allclose(run.point, [2.00000016, 3.0], atol=1e-8)


def test_a_step_record_writes_out_the_update():
    run = DescentRun(make_surface("bowl"), "sgd", lr=0.05, start=(-2.0, 0.5))
    rec = run.step()
    assert rec.step == 1 and rec.before == (-2.0, 0.5) and rec.lr == 0.05
    assert rec.grad == (2 * (-2.0 - 2), 8 * (0.5 - 3))
    assert rec.after == (-2.0 - 0.05 * rec.grad[0], 0.5 - 0.05 * rec.grad[1])
    assert rec.loss == run.loss == make_surface("bowl").point_value(rec.after)
    assert run.last_record is rec and run.k == 1


@pytest.mark.parametrize("optimizer", sorted(OPTIMIZERS))
def test_back_is_an_exact_undo(optimizer):
    run = DescentRun(make_surface("himmelblau"), optimizer, lr=0.01,
                     schedule=make_schedule("step", step_size=7, gamma=0.5))
    points = [run.point]
    for _ in range(40):
        run.step()
        points.append(run.point)
    for k in range(40, 25, -1):
        assert run.back()
        assert run.k == k - 1
        assert run.point == points[k - 1]  # bitwise
    redo = [run.step().after for _ in range(15)]
    assert redo == points[26:41]  # optimizer state restored exactly: the same path again


def test_back_with_mini_batches_restores_the_random_batches():
    x, t = noisy_classes(40, seed=5)
    surface = NeuronSurface(x=x, t=t, activation="sigmoid", loss="binary_cross_entropy", preset="classes")
    run = DescentRun(surface, "momentum", lr=0.5, batch_size=4, seed=11)
    path = [run.step().after for _ in range(30)]
    for _ in range(10):
        run.back()
    assert [run.step().after for _ in range(10)] == path[20:]
    # same seed -> the same jittery path; full batch -> a different, smooth one
    again = DescentRun(surface, "momentum", lr=0.5, batch_size=4, seed=11)
    assert [again.step().after for _ in range(30)] == path
    full = DescentRun(surface, "momentum", lr=0.5, batch_size=0)
    assert [full.step().after for _ in range(30)] != path
    assert run.last_record.batch == 4 and full.last_record.batch == 40


def test_preview_is_the_next_step_and_changes_nothing():
    x, t = noisy_classes(30, seed=6)
    run = DescentRun(NeuronSurface(x=x, t=t, activation="sigmoid", loss="mse", preset="classes"),
                     "adam", lr=0.1, batch_size=3, seed=2)
    run.run(5)
    before = (run.point, run.k, run.optimizer.state()["t"])
    preview = run.preview()
    assert (run.point, run.k, run.optimizer.state()["t"]) == before
    assert run.step() == preview


def test_reset_and_new_start():
    run = DescentRun(make_surface("bowl"), "momentum", lr=0.05)
    run.run(20)
    run.reset()
    assert run.k == 0 and run.point == make_surface("bowl").start and not run.can_back
    assert len(run.trail) == 1
    run.reset((6.0, 6.0))
    assert run.point == (6.0, 6.0) and run.start == (6.0, 6.0)
    run.run(3)
    run.reset()
    assert run.point == (6.0, 6.0)
    with pytest.raises(ValueError):
        run.reset((math.nan, 0.0))


def test_too_large_a_rate_diverges_stops_and_back_still_works():
    run = DescentRun(make_surface("bowl"), "sgd", lr=0.3)
    done = run.run(1000)
    assert run.status == DIVERGED and done < 100
    assert run.reason.startswith("diverged: the learning rate is too large for this surface")
    k, p = run.k, run.point
    assert run.step() is None and (run.k, run.point) == (k, p)  # the ball stops
    assert math.isfinite(run.loss)
    assert run.back() and run.status == RUNNING and run.k == k - 1


def test_an_overflowing_step_keeps_the_last_finite_point():
    run = DescentRun(make_surface("rosenbrock"), "sgd", lr=10.0, start=(-1.5, 2.5))
    for _ in range(10):
        if run.step() is None:
            break
    assert run.status == DIVERGED
    assert all(math.isfinite(v) for v in run.point)
    assert run.reason_key in ("overflow", "nonfinite", "loss_grew", "left_box")


def test_stalls_are_told_apart_from_convergence():
    bowl = DescentRun(make_surface("bowl"), "sgd", lr=0.05)
    bowl.run(5000, stop_on=(CONVERGED, STALLED, DIVERGED))
    assert (bowl.status, bowl.reason_key) == (CONVERGED, "minimum")
    assert np.allclose(bowl.point, (2, 3), atol=1e-6)

    saddle = DescentRun(make_surface("saddle"), "sgd", lr=0.05, start=(1.8, 0.0))
    saddle.run(5000, stop_on=(CONVERGED, STALLED, DIVERGED))
    assert (saddle.status, saddle.reason_key) == (STALLED, "saddle")
    assert saddle.reason == "stalled: the gradient is zero here: a saddle (the surface curves down in one direction)"

    plateau = DescentRun(make_surface("plateau"), "sgd", lr=0.2, start=(7.0, 2.5))
    plateau.run(10, stop_on=(CONVERGED, STALLED, DIVERGED))
    assert (plateau.status, plateau.reason_key) == (STALLED, "plateau")

    off = DescentRun(make_surface("saddle"), "sgd", lr=0.05, start=(1.8, 0.01))
    off.run(5000)
    assert (off.status, off.reason_key) == (DIVERGED, "no_bottom")


def test_a_step_neuron_cannot_move_and_a_dead_relu_neither():
    for act in ("step", "relu"):
        run = DescentRun(NeuronSurface(activation=act), "sgd", lr=0.05, start=(-2.0, -3.0))
        run.step()
        assert run.point == (-2.0, -3.0)
        assert (run.status, run.reason_key) == (STALLED, "plateau"), act
    assert set(REASONS) >= {"", "minimum", "saddle", "plateau", "left_box", "no_bottom"}


def test_learning_rate_must_be_positive_and_finite():
    run = DescentRun(make_surface("bowl"))
    for bad in (0, -0.1, math.nan, math.inf):
        with pytest.raises(ValueError):
            run.lr = bad
    run.lr = 0.02
    assert run.optimizer.lr == 0.02


def test_history_is_bounded_and_back_stops_at_its_end():
    run = DescentRun(make_surface("book"), "adam", lr=0.1, max_history=100)
    run.run(300)
    assert len(run._history) == 100
    for _ in range(100):
        assert run.back()
    assert run.k == 200 and not run.can_back and run.back() is False


def test_trail_stays_bounded_and_on_the_path():
    run = DescentRun(make_surface("rosenbrock"), "momentum", lr=0.0005, max_trail=64, max_history=50)
    every = {0: run.point}
    for _ in range(3000):
        rec = run.step()
        every[rec.step] = rec.after
    trail = run.trail
    assert 8 <= len(trail) <= 64
    steps = trail.steps
    assert steps[0] == 0 and np.all(np.diff(steps) > 0) and steps[-1] > 3000 - 2 * trail.stride
    for s, x, y in zip(steps, trail.x, trail.y):
        assert (x, y) == every[int(s)]
    run.back()
    assert trail.steps[-1] <= run.k


def test_trail_class_decimates():
    t = Trail(8)
    for k in range(100):
        t.add(k, float(k), 0.0, 1.0)
    assert len(t) <= 8 and t.steps[0] == 0 and t.stride >= 16
    t.truncate(40)
    assert t.steps[-1] <= 40
    with pytest.raises(ValueError):
        Trail(2)


def test_race_moves_all_runs_and_a_diverged_one_waits():
    surface = make_surface("himmelblau")
    runs = [DescentRun(surface, "sgd", lr=0.01), DescentRun(surface, "adam", lr=0.05),
            DescentRun(surface, "momentum", lr=0.2), DescentRun(surface, "rmsprop", lr=0.01)]
    race = DescentRace(runs)
    for _ in range(30):
        race.step()
    assert runs[2].status == DIVERGED  # momentum with 0.2 flies off
    stopped = runs[2].k
    assert runs[0].k == runs[1].k == runs[3].k == 30 and stopped < 30
    assert len({r.point for r in runs}) == 4
    for _ in range(30):
        assert race.back()
    assert all(r.k == 0 and r.point == surface.start for r in runs)
    assert not race.can_back
    with pytest.raises(ValueError):
        DescentRace(runs + runs)


def test_lr_sweep_draws_the_u_curve():
    rates = sweep_rates()
    assert len(rates) == 20 and rates[0] == pytest.approx(1e-4) and rates[-1] == pytest.approx(10)
    assert np.allclose(np.diff(np.log(rates)), np.log(rates[1] / rates[0]))
    points = lr_sweep(make_surface("bowl"), "sgd", steps=50, start=(-2.0, 0.5))
    losses = [p.loss for p in points]
    assert losses[0] > 10  # too small: hardly moved from the start (loss 41)
    assert min(losses) < 1e-6  # just right: at the bottom
    assert points[-1].diverged and losses[-1] == math.inf  # too large
    best = best_rate(points)
    assert 0.01 < best < 0.25
