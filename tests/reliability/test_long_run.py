"""Long runs stay bounded: the Descent lab after 100,000 steps keeps a bounded trail and undo
history and its play loop leaves the event loop running; a long training run keeps bounded histories and a
weight trajectory within its memory budget."""
import time

import numpy as np
import pytest
from PySide6.QtCore import QElapsedTimer, QTimer

from core.descent.descent_run import DIVERGED, DescentRun
from core.descent.surfaces import make_surface

STEPS = 100_000


@pytest.fixture
def descent(descent_panel):
    return descent_panel


def _select(combo, key):
    index = combo.findData(key)
    assert index >= 0, key
    combo.setCurrentIndex(index)


def drawn_lengths(panel) -> list[int]:
    """Points in every trail on the contour and every curve of the loss plot."""
    out = []
    for item in panel.contour._trails + panel.loss_plot._curves:
        x, _ = item.getData()
        out.append(0 if x is None else len(x))
    return out


def test_descent_lab_after_100000_steps_is_bounded_and_stays_responsive(qtbot, descent):
    panel = descent
    # Rosenbrock's curved valley with a small rate: the ball is still creeping after 100,000 steps
    _select(panel.controls.surface, "rosenbrock")
    _select(panel.controls.optimizer, "sgd")
    panel.controls.set_lr(1e-4)
    run = panel.run
    capacity, history = run.trail.capacity, run.max_history
    # 1. the core run the panel plays, driven 100,000 steps
    assert run.run(STEPS, stop_on=()) == STEPS
    assert run.k == STEPS and run.status not in (DIVERGED,)
    steps = run.trail.steps
    assert len(run.trail) <= capacity and steps[0] == 0 and np.all(np.diff(steps) > 0)
    assert np.all(np.diff(steps) == run.trail.stride), "kept points are evenly spread"
    assert steps[-1] > STEPS - 2 * run.trail.stride, "the trail reaches the ball"
    panel._changed()
    panel.redraw_now()
    assert max(drawn_lengths(panel)) <= capacity + 1  # + the current point
    # 2. the panel's own play timer at full speed on top of it, while a 10 ms timer measures lateness
    panel.controls.speed.setValue(panel.controls.speed.maximum())
    gaps, clock = [], QElapsedTimer()
    probe = QTimer()
    probe.setInterval(10)

    def tick():
        gaps.append(clock.restart())

    probe.timeout.connect(tick)
    clock.start()
    probe.start()
    k0, redraws0, t0 = run.k, panel.redraw_count, time.perf_counter()
    panel.play()
    assert panel.playing
    qtbot.wait(1500)
    panel.play(False)
    probe.stop()
    elapsed = time.perf_counter() - t0
    played = run.k - k0
    # how late the timers are is a benchmark's question (bench/gui_latency.py); here: the play
    # loop advances the run and hands the event loop back between steps, so other timers run
    assert played > 0, "play did not advance the run"
    assert len(gaps) >= 10, f"a 10 ms timer ran only {len(gaps)} times in {elapsed:.1f} s of play"
    assert (panel.redraw_count - redraws0) <= 35 * elapsed + 2, "redraws are capped at about 30 a second"
    panel.redraw_now()
    assert len(run.trail) <= capacity and max(drawn_lengths(panel)) <= capacity + 1
    # 3. the undo history holds the last max_history steps, and no more
    backs = 0
    while run.back():
        backs += 1
    assert backs == history and run.k == STEPS + played - history


def test_core_run_memory_is_preallocated_and_bounded():
    """The trail's arrays are allocated once; the undo history is a deque with a maximum length."""
    run = DescentRun(make_surface("bowl"), "momentum", lr=1e-5, max_history=500, max_trail=64)
    ids = (id(run.trail._steps), id(run.trail._data))
    run.run(5_000, stop_on=())
    assert (id(run.trail._steps), id(run.trail._data)) == ids
    assert len(run.trail) <= 64 and run.trail.steps[0] == 0
    assert run._history.maxlen == 500 and len(run._history) == 500


# ---------------------------------------------------------------- training: what a long run keeps

def _slice(n_train=400, n_test=100):
    from core.data.datasets import Dataset, load_sample

    s = load_sample()
    return Dataset("slice", s.x_train[:n_train], s.y_train[:n_train], s.x_test[:n_test], s.y_test[:n_test],
                   s.class_names, "test slice")


def _trajectory_bytes(trainer) -> int:
    return sum(a.nbytes for snapshot in trainer.trajectory for a in snapshot.values())


def test_training_keeps_bounded_histories_and_a_trajectory_that_stops_growing_after_epoch_one(monkeypatch):
    """As the Training panel runs it (keep_trajectory=True, default interval): the weight snapshots fill
    their budget during the first epoch and then only thin out; the run record's curves stay bounded."""
    import core.training.training as training
    from core.training.run_history import RunHistory
    from core.training.training import EpochResult, StepResult, TrainConfig, Trainer, make_network

    config = TrainConfig(hidden=(64,), epochs=12, batch_size=10, dropout=0.0, augment=False, eval_subset=50)
    per_snapshot = sum(v.nbytes for v in make_network(config).params.values())
    monkeypatch.setattr(training, "TRAJECTORY_BYTES", 12 * per_snapshot)  # room for 12 snapshots
    trainer = Trainer(make_network(config), _slice(), config, keep_trajectory=True)
    record = RunHistory(max_points=300).new_run(config.to_dict(), "slice")
    at_epoch_end = []
    for result in trainer.run():
        if isinstance(result, StepResult):
            record.add_step(result)
        elif isinstance(result, EpochResult):
            record.add_epoch(result)
            at_epoch_end.append((len(trainer.trajectory), _trajectory_bytes(trainer)))
    assert trainer.iteration == 12 * 40
    counts = [n for n, _ in at_epoch_end]
    assert all(b <= 12 * per_snapshot for _, b in at_epoch_end), at_epoch_end
    assert all(6 <= n <= 12 for n in counts), f"snapshots at each epoch end: {counts}"
    its = trainer.trajectory_iterations
    assert its[0] == 0 and its == sorted(its) and its[-1] > trainer.iteration * 0.8
    assert len(set(np.diff(its))) == 1, "the kept snapshots are evenly spread over the run"
    assert len(record.batch_loss) <= 300 and len(record.smooth_loss) <= 300 and len(record.lr) <= 300
    assert all(len(g) <= 300 for g in record.grad_norm) and len(record.epochs) == 12


def test_the_trajectory_of_a_huge_network_stays_within_its_budget(monkeypatch):
    """Hidden sizes up to 8 x 4096 can be typed: without a byte budget, ~100 snapshots of such a
    network would need gigabytes."""
    import core.training.training as training
    from core.training.training import TrainConfig, Trainer, make_network

    config = TrainConfig(hidden=(256, 256), epochs=2, batch_size=20, dropout=0.0, augment=False, eval_subset=20)
    per_snapshot = sum(v.nbytes for v in make_network(config).params.values())
    budget = 5 * per_snapshot
    monkeypatch.setattr(training, "TRAJECTORY_BYTES", budget)
    trainer = Trainer(make_network(config), _slice(200, 20), config, keep_trajectory=True)
    peak = 0
    for _ in trainer.run():
        peak = max(peak, _trajectory_bytes(trainer))
    assert peak <= budget
    assert len(trainer.trajectory) >= 3  # the Landscape tab still gets a path
