"""The fine-tune job runs on the shared worker wiring: progress, a result, a refusal, a stop."""
import numpy as np
import pytest

from core.nn.network import MLP
from core.training.finetune import FineTuneConfig
from gui.draw.finetune_worker import FineTuneWorker
from gui.widgets.worker_thread import WorkerThread


@pytest.fixture
def jobs(qapp):
    runner = WorkerThread("finetune-test", join_ms=20_000)
    yield runner
    assert runner.stop()


def own_drawings(n=6, seed=0):
    rng = np.random.default_rng(seed)
    return rng.random((n, 784)).astype(np.float32), rng.integers(0, 10, n)


def test_a_short_finetune_reports_progress_then_its_result(qtbot, jobs):
    x, y = own_drawings()
    worker = FineTuneWorker(MLP([784, 16, 10], seed=0), x, y, FineTuneConfig(steps=3, mnist_check=50))
    steps, results = [], []
    with qtbot.waitSignal(jobs.sigEnded, timeout=60_000):
        jobs.start(worker, progress=steps.append, done=results.append)
    assert [s.step for s in steps][-1] == 3 and len(results) == 1
    assert len(results[0].predicted_after) == len(y)


def test_a_stopped_finetune_sends_no_result(qtbot, jobs):
    x, y = own_drawings()
    worker = FineTuneWorker(MLP([784, 16, 10], seed=0), x, y, FineTuneConfig(steps=100_000, mnist_check=0))
    results = []
    assert jobs.start(worker, done=results.append)
    qtbot.wait(200)
    assert jobs.stop()
    assert worker.cancelled and results == []
