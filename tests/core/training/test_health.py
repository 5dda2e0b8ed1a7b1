"""A run that stops learning says so: dead ReLUs, or the loss stuck at ln C."""
import math

import numpy as np
import pytest

from core.data.datasets import Dataset, load_sample
from core.training.health import MIN_STRETCH, STUCK_ITERATIONS, dead_layers, stuck_at_chance
from core.training.training import RunEnd, TrainConfig, Trainer, make_network


@pytest.fixture(scope="module")
def small():
    d = load_sample()
    return Dataset("small", d.x_train[:1000], d.y_train[:1000], d.x_test[:300], d.y_test[:300],
                   d.class_names, d.source)


def _cfg(**kw):
    base = dict(hidden=(32,), dropout=0.0, optimizer="sgd", lr=0.1, schedule="constant", batch_size=10,
                epochs=2, augment=False, eval_subset=None)
    base.update(kw)
    return TrainConfig(**base)


def _end(trainer) -> RunEnd:
    return list(trainer.run())[-1]


def test_a_healthy_run_has_no_warning(small):
    c = _cfg()
    end = _end(Trainer(make_network(c), small, c))
    assert end.reason == "finished" and end.warning == "" and "warning" not in end.message


def test_dead_relus_are_reported(small):
    c = _cfg()
    net = make_network(c)
    net.params["b1"][:] = -1e3   # every hidden ReLU off for every image: nothing flows back
    assert dead_layers(net, small.x_train[:100]) == [1]
    end = _end(Trainer(net, small, c))
    assert end.reason == "finished"
    assert end.warning == "not_learning" and end.warning_cause == "dead_units"
    assert "not learning" in end.message and "dead" in end.message


def test_a_loss_stuck_at_ln_10_is_reported(small):
    c = _cfg(lr=1e-9)
    net = make_network(c)
    net.params["W1"][:] = 0.0   # the hidden layer says the same (alive, 1) for every image ...
    net.params["b1"][:] = 1.0
    net.params["W2"][:] = 0.0   # ... every class scores 0: p = 1/10, loss ln 10, and lr 1e-9 keeps it there
    net.params["b2"][:] = 0.0
    end = _end(Trainer(net, small, c))
    assert end.warning == "not_learning" and end.warning_cause == "chance_loss"
    assert "ln 10 = 2.303" in end.message


def test_stuck_at_chance_needs_a_stretch_a_flat_loss_and_chance_accuracy():
    level = math.log(10)
    flat = np.full(STUCK_ITERATIONS, level)
    assert stuck_at_chance(flat, 10, 0.107)
    assert stuck_at_chance(flat[:MIN_STRETCH], 10, 0.107)
    assert not stuck_at_chance(flat[:MIN_STRETCH - 1], 10, 0.107)       # too short a stretch
    assert not stuck_at_chance(flat, 10, 0.9)                           # it does classify
    assert not stuck_at_chance(np.linspace(level * 1.03, level * 0.97, STUCK_ITERATIONS), 10, 0.1)  # falling
    assert not stuck_at_chance(np.full(STUCK_ITERATIONS, 1.2), 10, 0.1)  # not at ln 10
