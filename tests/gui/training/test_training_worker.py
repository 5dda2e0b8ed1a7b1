"""gui.training.training_worker: a real Trainer on a small slice, run in a QThread as the panel runs it.

Waits use qtbot.waitUntil: pytest-qt's waitSignal on a signal emitted from
another thread stops its timer from that thread (a Qt warning).
"""
import time

import numpy as np
import pytest
from PySide6.QtCore import QThread

from core.data.datasets import Dataset, load_sample
from core.training.training import EpochResult, RunEnd, StepResult, TrainConfig, Trainer, make_network
from gui.training.training_worker import EpochReport, Preview, RunReport, TrainingWorker


def small_data(n_train=400, n_test=100):
    s = load_sample()
    return Dataset("slice", s.x_train[:n_train], s.y_train[:n_train], s.x_test[:n_test], s.y_test[:n_test],
                   s.class_names, "test slice")


def make_trainer(**changes):
    config = TrainConfig().replace(**{"hidden": (16,), "batch_size": 20, "epochs": 2, "augment": False,
                                      "dropout": 0.0, **changes})
    return Trainer(make_network(config), small_data(), config, keep_trajectory=True)


class Runner:
    """Worker + QThread wired as the panel does it; collects every signal."""

    def __init__(self, trainer, **kwargs):
        self.pool = load_sample().x_test[:24]
        self.worker = TrainingWorker(trainer, self.pool, **kwargs)
        self.thread = QThread()
        self.worker.moveToThread(self.thread)
        self.thread.started.connect(self.worker.run)
        self.worker.sigFinished.connect(self.thread.quit)
        self.steps, self.previews, self.epochs, self.ends, self.failures = [], [], [], [], []
        self.worker.sigSteps.connect(self.steps.append)
        self.worker.sigPreview.connect(self.previews.append)
        self.worker.sigEpoch.connect(self.epochs.append)
        self.worker.sigDone.connect(self.ends.append)
        self.worker.sigFailed.connect(self.failures.append)

    def start(self):
        self.thread.start()

    def join(self):
        self.worker.request_stop()
        self.thread.quit()
        assert self.thread.wait(10_000)

    @property
    def step_results(self):
        return [s for batch in self.steps for s in batch]


@pytest.fixture
def runner_factory(qtbot):
    made = []

    def make(trainer, **kwargs):
        r = Runner(trainer, **kwargs)
        made.append(r)
        return r

    yield make
    for r in made:
        r.join()


def test_full_run_emits_batched_copies(qtbot, runner_factory):
    trainer = make_trainer()
    r = runner_factory(trainer, max_rate=1000.0, preview_interval=0.0)
    r.start()
    qtbot.waitUntil(r.thread.isFinished, timeout=30_000)
    qtbot.waitUntil(lambda: len(r.ends) == 1, timeout=5_000)
    assert not r.failures
    steps = r.step_results
    assert all(isinstance(s, StepResult) for s in steps)
    assert [s.iteration for s in steps] == list(range(1, 41))  # 2 epochs x 20 batches, none lost
    assert all(isinstance(batch, tuple) for batch in r.steps)
    assert len(r.epochs) == 2 and all(isinstance(e, EpochReport) for e in r.epochs)
    assert isinstance(r.epochs[0].result, EpochResult)
    end = r.ends[0]
    assert isinstance(end, RunReport) and isinstance(end.end, RunEnd) and end.end.reason == "finished"
    # the model copies are not the trainer's network and do not share its arrays
    for model in (r.epochs[-1].model, end.model):
        assert model is not trainer.net
        for key, value in model.params.items():
            assert not np.shares_memory(value, trainer.net.params[key])
    np.testing.assert_array_equal(end.model.params["W1"], trainer.net.params["W1"])
    end.model.params["W1"][:] = 0  # changing a copy leaves the trainer alone
    assert np.abs(trainer.net.params["W1"]).sum() > 0
    # previews: probabilities of the pool and first-layer rows, both copies
    assert r.previews and all(isinstance(p, Preview) for p in r.previews)
    last = r.previews[-1]
    assert last.probabilities.shape == (24, 10)
    np.testing.assert_allclose(last.probabilities.sum(axis=1), 1.0, rtol=1e-4)
    assert last.first_layer.shape == (16, 784)
    assert not np.shares_memory(last.first_layer, trainer.net.params["W1"])
    np.testing.assert_array_equal(last.first_layer, trainer.net.params["W1"].T)


def test_step_results_are_batched_at_the_rate_limit(qtbot, runner_factory):
    trainer = make_trainer(epochs=6, batch_size=5)  # 480 small batches
    r = runner_factory(trainer, max_rate=10.0, preview_interval=10.0)
    started = time.perf_counter()
    r.start()
    qtbot.waitUntil(r.thread.isFinished, timeout=60_000)
    elapsed = time.perf_counter() - started
    assert len(r.step_results) == 480
    # at most 10 emits a second, plus one flush per epoch end and one at the end
    assert len(r.steps) <= 10 * elapsed + 6 + 2
    assert max(len(b) for b in r.steps) > 1


def test_pause_step_resume_and_stop(qtbot, runner_factory):
    trainer = make_trainer(epochs=200)
    r = runner_factory(trainer, start_paused=True, max_rate=1000.0)
    r.start()
    qtbot.wait(200)
    assert trainer.iteration == 0, "a worker started paused trains nothing"
    for expected in (1, 2, 3):
        r.worker.request_step()
        qtbot.waitUntil(lambda: len(r.step_results) == expected, timeout=5_000)
    qtbot.wait(150)
    assert trainer.iteration == 3 and r.worker.paused
    assert r.previews, "each single step sends a preview"
    r.worker.resume()
    qtbot.waitUntil(lambda: trainer.iteration > 20, timeout=10_000)
    r.worker.pause()
    qtbot.wait(100)
    frozen = trainer.iteration
    qtbot.wait(200)
    assert trainer.iteration == frozen, "paused: no batch runs"
    r.worker.request_stop()  # stop works while paused
    qtbot.waitUntil(r.thread.isFinished, timeout=5_000)
    qtbot.waitUntil(lambda: len(r.ends) == 1, timeout=5_000)
    assert r.ends[0].end.reason == "stopped"


def test_learning_rate_and_schedule_change_while_running(qtbot, runner_factory):
    trainer = make_trainer(epochs=200)
    r = runner_factory(trainer, max_rate=1000.0)
    r.start()
    qtbot.waitUntil(lambda: trainer.iteration > 5, timeout=10_000)
    r.worker.set_lr(0.0123)
    r.worker.set_schedule("constant")
    n = len(r.step_results)
    qtbot.waitUntil(lambda: len(r.step_results) > n + 5, timeout=10_000)
    assert r.step_results[-1].lr == pytest.approx(0.0123)


def test_divergence_ends_the_run_with_the_reason(qtbot, runner_factory):
    trainer = make_trainer(optimizer="sgd", lr=50.0, schedule="constant", epochs=50)
    r = runner_factory(trainer, max_rate=1000.0)
    r.start()
    qtbot.waitUntil(r.thread.isFinished, timeout=30_000)
    qtbot.waitUntil(lambda: len(r.ends) == 1, timeout=5_000)
    end = r.ends[0]
    assert end.end.reason == "diverged"
    assert "learning rate" in end.end.message
    assert all(np.isfinite(v).all() for v in end.model.params.values())


def test_an_exception_is_reported_and_the_thread_ends(qtbot, runner_factory):
    class Broken:
        net = make_network(TrainConfig().replace(hidden=(8,)))

        def run(self, should_stop):
            yield from ()
            raise RuntimeError("disk on fire")

    r = runner_factory(Broken(), max_rate=1000.0)
    r.start()
    qtbot.waitUntil(r.thread.isFinished, timeout=10_000)
    qtbot.waitUntil(lambda: bool(r.failures), timeout=5_000)
    assert r.failures == ["RuntimeError: disk on fire"]
    assert r.thread.wait(5_000)


def test_hold_keeps_the_loop_between_batches_until_release(qtbot, runner_factory):
    trainer = make_trainer(epochs=200)
    r = runner_factory(trainer, max_rate=1000.0)
    r.worker.MAX_HOLD = 10.0  # long enough to see; the panel uses 0.05 s
    r.start()
    qtbot.waitUntil(lambda: trainer.iteration > 3, timeout=10_000)
    r.worker.hold()
    qtbot.wait(100)  # the batch in progress ends
    held_at = trainer.iteration
    qtbot.wait(300)
    assert trainer.iteration <= held_at + 1, "no new batch starts while the GUI draws"
    r.worker.release()
    qtbot.waitUntil(lambda: trainer.iteration > held_at + 5, timeout=10_000)
    r.worker.hold()
    qtbot.wait(100)  # now waiting out the hold (10 s)
    r.worker.request_stop()  # a stop is not kept waiting by a hold
    qtbot.waitUntil(r.thread.isFinished, timeout=2_000)
