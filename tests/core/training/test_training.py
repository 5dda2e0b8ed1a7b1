"""The training loop: results, stopping, pausing, reproducibility, divergence, trajectory."""
import math

import numpy as np
import pytest

from core.data.augment import random_shift, shift_images
from core.data.datasets import Dataset, load_sample
from core.errors import DataError
from core.training.evaluation import evaluate
from core.nn.network import MLP
from core.training.training import (EpochResult, RunEnd, StepResult, TrainConfig, Trainer, make_network,
                           schedule_for_run)


@pytest.fixture(scope="module")
def small():
    d = load_sample()
    return Dataset("small", d.x_train[:1000], d.y_train[:1000], d.x_test[:300], d.y_test[:300],
                   d.class_names, d.source)


def cfg(**kw):
    base = dict(hidden=(32,), dropout=0.0, optimizer="sgd", lr=0.1, schedule="constant", batch_size=100,
                epochs=2, augment=False, eval_subset=None)
    base.update(kw)
    return TrainConfig(**base)


def run_all(trainer, **kw):
    return list(trainer.run(**kw))


def test_short_run_loss_falls_and_results_are_well_formed(small):
    c = cfg(epochs=3)
    tr = Trainer(make_network(c), small, c)
    results = run_all(tr)
    steps = [r for r in results if isinstance(r, StepResult)]
    epochs = [r for r in results if isinstance(r, EpochResult)]
    assert len(steps) == 30 and len(epochs) == 3
    assert isinstance(results[-1], RunEnd) and results[-1].reason == "finished"
    assert [s.iteration for s in steps] == list(range(1, 31))
    assert steps[9].epoch_fraction == 1.0 and steps[10].epoch == 1 and steps[10].epoch_fraction == 0.1
    assert steps[-1].samples_seen == 3000
    assert results[10] is epochs[0], "the EpochResult follows its epoch's last step"
    assert np.mean([s.batch_loss for s in steps[-5:]]) < 0.6 * np.mean([s.batch_loss for s in steps[:5]])
    assert epochs[-1].test_loss < epochs[0].test_loss
    assert epochs[-1].test_accuracy > 0.7
    assert epochs[-1].confusion.shape == (10, 10) and epochs[-1].confusion.sum() == 300
    assert all(len(s.grad_norms) == 2 and all(g > 0 for g in s.grad_norms) for s in steps)
    assert all(b.elapsed >= a.elapsed for a, b in zip(steps, steps[1:]))


def test_grad_norms_are_rms_per_weight(small):
    c = cfg()
    net = make_network(c)
    twin = net.copy()
    step = Trainer(net, small, c).step_once()
    # the trainer's first batch is the first 100 of its shuffled epoch: recompute from the same order
    tr = Trainer(twin, small, c)
    tr._prepare_epoch()
    xb, yb = tr._batch()
    _, grads = twin.loss_and_gradients(xb, yb)
    expected = tuple(math.sqrt(float(np.mean(grads[k].astype(np.float64) ** 2))) for k in ("W1", "W2"))
    np.testing.assert_allclose(step.grad_norms, expected, rtol=1e-4)


def test_every_sample_once_per_epoch_and_no_evaluation_when_asked(small):
    c = cfg(epochs=2)
    tr = Trainer(make_network(c), small, c, evaluate_epochs=False)
    seen = []
    original = tr._batch

    def spy():
        xb, yb = original()
        seen.append(xb.copy())
        return xb, yb

    tr._batch = spy
    results = run_all(tr)
    assert not any(isinstance(r, EpochResult) for r in results) and results[-1].reason == "finished"
    first_epoch = np.concatenate(seen[:10])
    order = np.lexsort(first_epoch.T[::-1])
    expected = np.asarray(small.x_train)
    np.testing.assert_array_equal(first_epoch[order], expected[np.lexsort(expected.T[::-1])])
    assert not np.array_equal(seen[0], seen[10]), "a new order each epoch"


def test_seeded_runs_are_reproducible(small):
    c = cfg(dropout=0.3, augment=True)
    a = [r.batch_loss for r in run_all(Trainer(make_network(c), small, c)) if isinstance(r, StepResult)]
    b = [r.batch_loss for r in run_all(Trainer(make_network(c), small, c)) if isinstance(r, StepResult)]
    assert a == b
    c2 = c.replace(seed=1)
    d = [r.batch_loss for r in run_all(Trainer(make_network(c2), small, c2)) if isinstance(r, StepResult)]
    assert a != d


def test_pause_and_resume_equals_one_go(small):
    c = cfg()
    one = [r.batch_loss for r in run_all(Trainer(make_network(c), small, c)) if isinstance(r, StepResult)]
    tr = Trainer(make_network(c), small, c)
    gen = tr.run()
    first = [next(gen) for _ in range(7)]      # pull 7, then "pause" (stop pulling)
    stepped = tr.step_once()                   # a single step while paused
    rest = list(gen)
    losses = [r.batch_loss for r in first + [stepped] + rest if isinstance(r, StepResult)]
    assert losses == one


def test_should_stop_is_checked_every_batch(small):
    c = cfg()
    tr = Trainer(make_network(c), small, c)
    calls = []

    def stop():
        calls.append(1)
        return len(calls) > 4

    results = run_all(tr, should_stop=stop)
    assert sum(isinstance(r, StepResult) for r in results) == 4
    assert results[-1].reason == "stopped" and tr.iteration == 4


def test_step_once_at_epoch_end_records_the_epoch(small):
    c = cfg(epochs=1)
    tr = Trainer(make_network(c), small, c)
    for _ in range(10):
        s = tr.step_once()
    assert s.epoch_fraction == 1.0
    assert tr.last_epoch_result.epoch == 0 and tr.finished
    assert run_all(tr)[-1].reason == "finished"


def test_divergence_ends_the_run_and_keeps_finite_weights(small):
    c = cfg(lr=1e6)
    net = make_network(c)
    tr = Trainer(net, small, c)
    history = []
    results = []
    for r in tr.run():
        results.append(r)
        if isinstance(r, StepResult):
            history.append({k: v.copy() for k, v in net.params.items()})
    end = results[-1]
    assert end.reason == "diverged", results[-3:]
    assert "diverged" in end.message and "learning rate 1e+06 is too large" in end.message
    assert f"at iteration {end.iteration + 1}" in end.message
    assert f"weights of iteration {end.iteration}, the last with a sound loss" in end.message
    assert all(np.all(np.isfinite(p)) for p in net.params.values())
    # the weights kept are those the last finite step started from
    kept = history[-2] if len(history) >= 2 else None
    if kept is not None:
        for k in net.params:
            np.testing.assert_array_equal(net.params[k], kept[k])
    assert np.isfinite(net.loss(small.x_test[:50], small.y_test[:50]))


@pytest.mark.parametrize("optimizer,lr", [("sgd", 50.0), ("adam", 5.0)])
def test_exploding_loss_counts_as_divergence(small, optimizer, lr):
    c = cfg(optimizer=optimizer, lr=lr)
    net = make_network(c)
    used = [{k: v.copy() for k, v in net.params.items()}]  # used[i]: the weights iteration i+1 starts from
    tr = Trainer(net, small, c)
    steps = []
    for r in tr.run():
        if isinstance(r, StepResult):
            steps.append(r)
            used.append({k: v.copy() for k, v in net.params.items()})
    end = tr.last_end
    assert end.reason == "diverged" and "loss jumped to" in end.message, end
    assert f"learning rate {lr:g} is too large" in end.message
    assert len(steps) == end.iteration >= 1
    for k in net.params:  # back to the weights the last sound iteration started from
        np.testing.assert_array_equal(net.params[k], used[end.iteration - 1][k])


def test_lowering_the_rate_after_divergence_trains_again(small):
    c = cfg(lr=1e6, epochs=1)
    tr = Trainer(make_network(c), small, c)
    assert run_all(tr)[-1].reason == "diverged"
    tr.set_lr(0.1)
    assert run_all(tr)[-1].reason == "finished"


def test_set_lr_and_schedule_while_running(small):
    c = cfg(epochs=1)
    tr = Trainer(make_network(c), small, c)
    gen = tr.run()
    assert next(gen).lr == pytest.approx(0.1)
    tr.set_lr(0.05)
    assert next(gen).lr == pytest.approx(0.05)
    tr.set_schedule("cosine")
    lrs = [r.lr for r in gen if isinstance(r, StepResult)]
    assert lrs[0] < 0.05 and all(b <= a for a, b in zip(lrs, lrs[1:]))
    with pytest.raises(ValueError):
        tr.set_lr(float("nan"))


def test_schedules_span_the_run():
    assert schedule_for_run("cosine", 100)(1.0, 100) == pytest.approx(0.0, abs=1e-12)
    assert schedule_for_run("exponential", 100)(1.0, 100) == pytest.approx(0.01)
    assert schedule_for_run("inverse_time", 100)(1.0, 100) == pytest.approx(0.1)
    s = schedule_for_run("step", 90)
    assert (s(1.0, 0), s(1.0, 30), s(1.0, 60)) == (1.0, 0.5, 0.25)


def test_trajectory_is_bounded(small):
    c = cfg(epochs=3)
    tr = Trainer(make_network(c), small, c, keep_trajectory=True, trajectory_every=1, trajectory_max=8)
    run_all(tr)
    assert 4 <= len(tr.trajectory) <= 8 and len(tr.trajectory) == len(tr.trajectory_iterations)
    assert tr.trajectory_iterations[0] == 0 and tr.trajectory_every > 1
    assert sorted(tr.trajectory_iterations) == tr.trajectory_iterations
    assert not np.array_equal(tr.trajectory[0]["W1"], tr.trajectory[-1]["W1"])


def test_no_training_images_is_a_clear_error(small):
    empty = Dataset("t", small.x_train[:0], small.y_train[:0], small.x_test, small.y_test,
                    small.class_names, "/data/only-t10k")
    with pytest.raises(DataError, match="only-t10k.*no training images"):
        Trainer(make_network(cfg()), empty, cfg())


def test_config_round_trip_and_validation():
    c = TrainConfig()
    assert TrainConfig.from_dict(c.to_dict()) == c
    assert TrainConfig.from_dict({"hidden": [64], "unknown": 1}).hidden == (64,)
    for bad in ({"lr": 0}, {"lr": -1}, {"lr": float("nan")}, {"optimizer": "x"}, {"dropout": 1},
                {"batch_size": 0}, {"hidden": [0]}, {"loss": "mae"}):
        with pytest.raises(ValueError):
            TrainConfig(**bad)


def test_shift_images_moves_content():
    img = np.zeros((1, 28, 28), np.float32)
    img[0, 10, 12] = 1.0
    out = shift_images(img.reshape(1, 784), np.array([2]), np.array([-1])).reshape(28, 28)
    assert out[12, 11] == 1.0 and out.sum() == 1.0
    edge = np.zeros((1, 28, 28), np.float32)
    edge[0, 27, 27] = 1.0
    assert shift_images(edge, np.array([1]), np.array([1])).sum() == 0.0, "pixels leaving the frame are dropped"
    x = load_sample().x_train[:50]
    shifted = random_shift(x, np.random.default_rng(0))
    assert shifted.shape == x.shape and shifted.dtype == np.float32
    assert not np.array_equal(shifted, x)



def test_random_shift_of_chosen_rows_in_chunks_equals_shifting_a_copy(monkeypatch):
    """rows= shifts x[rows] without copying them out first, chunk by chunk; the result (and the
    random numbers drawn) are the same as shifting the copy in one go."""
    from core.data import augment

    x = load_sample().x_train[:1000]
    rows = np.random.default_rng(1).permutation(1000)[:700]
    reference = np.random.default_rng(3)
    dy, dx = reference.integers(-2, 3, size=700), reference.integers(-2, 3, size=700)
    whole = shift_images(x[rows], dy, dx)
    monkeypatch.setattr(augment, "CHUNK", 64)  # 11 chunks, the last one short
    rng = np.random.default_rng(3)
    chunked = random_shift(x, rng, rows=rows)
    assert chunked.shape == (700, 784)
    np.testing.assert_array_equal(chunked, whole)
    assert rng.integers(1 << 30) == reference.integers(1 << 30)  # the same numbers were drawn

def test_evaluate_metrics():
    net = MLP([4, 3], seed=0, dtype=np.float64)
    net.params["W1"][:] = np.eye(4, 3) * 5
    x = np.eye(4)[[0, 1, 2, 0, 1]]
    y = np.array([0, 1, 2, 1, 1])
    ev = evaluate(net, x, y, batch_size=2)
    np.testing.assert_array_equal(ev.predicted, [0, 1, 2, 0, 1])
    assert ev.accuracy == pytest.approx(0.8) and ev.correct == 4
    assert ev.confusion[1, 0] == 1 and ev.confusion.sum() == 5
    np.testing.assert_allclose(ev.per_class_accuracy[:3], [1.0, 2 / 3, 1.0])
    np.testing.assert_array_equal(ev.worst, [3])
    p = net.predict(x)
    assert ev.loss == pytest.approx(-np.mean(np.log(p[np.arange(5), y])), rel=1e-9)
    assert ev.prob_mae == pytest.approx(np.mean(np.abs(p - np.eye(3)[y])), rel=1e-9)
    np.testing.assert_allclose(ev.confidence, p.max(axis=1))


def test_snapshots_and_the_epoch_buffer_are_reused_after_the_first_epoch():
    """Memory stays flat after epoch 1 because nothing big is allocated again: thinned snapshots
    are refilled and the shifted images of every epoch go into one buffer."""
    data = load_sample()
    config = TrainConfig(hidden=(16,), epochs=6, eval_subset=100, batch_size=100)
    trainer = Trainer(make_network(config), data, config, keep_trajectory=True)
    def arrays():  # every snapshot array the trainer holds: kept and spare
        return {id(s["W1"]) for s in trainer.trajectory + trainer._spare_snapshots}

    seen_later, buffers = set(), set()
    for result in trainer.run():
        if isinstance(result, EpochResult):
            if result.epoch == 0:
                after_epoch_1, buffer_1 = arrays(), trainer._epoch_buf
            buffers.add(id(trainer._epoch_buf))
        elif isinstance(result, StepResult) and result.epoch > 0:
            seen_later |= arrays()
    assert buffers == {id(buffer_1)}, "one buffer for the shifted images of every epoch"
    assert len(after_epoch_1) == trainer.trajectory_max + 1
    assert seen_later == after_epoch_1, "no snapshot array is made after the first epoch"
