"""Run history on disk: saved runs come back with their curves, rates and kept weights."""
import json

import numpy as np
import pytest

from core.nn.network import MLP
from core.state.model_keeper import ModelKeeper
from core.training import run_store
from core.training.run_history import RunHistory


class _Step:
    def __init__(self, it, loss, lr):
        self.iteration, self.batch_loss, self.lr, self.grad_norms = it, loss, lr, (0.5, 0.25)


class _Epoch:
    def __init__(self, epoch, it, acc):
        self.epoch, self.iteration = epoch, it
        self.train_loss, self.test_loss, self.train_accuracy, self.test_accuracy = 0.5, 0.6, acc, acc


class _End:
    def __init__(self, reason):
        self.reason, self.message = reason, reason


def _history_with_runs(n_runs, keeper):
    history = RunHistory()
    for k in range(n_runs):
        record = history.new_run({"hidden": [4], "activation": "relu", "optimizer": "sgd", "lr": 0.002}, "tiny")
        record.add_steps([_Step(i + 1, 2.0 - 0.01 * i, 0.002) for i in range(30)])
        record.note_lr(20, 0.5)
        record.add_epoch(_Epoch(0, 30, 0.5 + 0.01 * k))
        record.finish(_End("finished"))
        keeper.start_run(record.run_id, record.label, "tiny")
        keeper.offer_epoch(record.run_id, MLP([6, 4, 3], seed=k), 0.5 + 0.01 * k, 0)
    return history


def test_saved_runs_come_back_with_curves_rates_and_weights(tmp_path):
    keeper = ModelKeeper()
    history = _history_with_runs(3, keeper)
    run_store.save_runs(tmp_path, history, keeper)
    again, keeper2 = RunHistory(), ModelKeeper()
    assert run_store.load_runs(tmp_path, again, keeper2) == ""
    assert [r.run_id for r in again] == [1, 2, 3]
    first = again.get(1)
    assert first.rates_used() == [0.002, 0.5] and "lr 0.002 -> 0.5" in first.summary()
    np.testing.assert_array_equal(first.batch_loss.y, history.get(1).batch_loss.y)
    assert len(first.grad_norm) == 2 and first.epochs[0]["test_accuracy"] == pytest.approx(0.5)
    assert keeper2.use_run(2)  # weights read from run-2.npz only now
    np.testing.assert_allclose(keeper2.shared_net().params["W1"], MLP([6, 4, 3], seed=1).params["W1"],
                               rtol=1e-6)  # stored as float32
    assert keeper2.ref.run_id == 2 and keeper2.ref.test_accuracy == pytest.approx(0.51)
    assert again.new_run({}).run_id == 4  # new runs number after the saved ones


def test_history_is_bounded_and_old_weight_files_are_removed(tmp_path):
    keeper = ModelKeeper()
    history = _history_with_runs(13, keeper)
    run_store.save_runs(tmp_path, history, keeper, keep=10)
    rows = json.loads((tmp_path / "runs.json").read_text())["runs"]
    assert [r["run_id"] for r in rows] == list(range(4, 14))
    assert sorted(p.name for p in tmp_path.glob("run-*.npz")) == sorted(f"run-{i}.npz" for i in range(4, 14))
    assert all(len(c) <= run_store.CURVE_POINTS for r in rows for c in r["curves"].values())


def test_a_run_still_going_is_not_saved(tmp_path):
    keeper = ModelKeeper()
    history = _history_with_runs(1, keeper)
    history.new_run({"lr": 0.1})  # no end yet
    run_store.save_runs(tmp_path, history, keeper)
    assert len(json.loads((tmp_path / "runs.json").read_text())["runs"]) == 1


@pytest.mark.parametrize("content", [b"{not json", b'{"format": "other", "version": 1, "runs": []}',
                                     b'{"format": "gradient-lab-runs", "version": 1, "runs": [{"run_id": -3}]}',
                                     b'{"format": "gradient-lab-runs", "version": 1, "runs": [], "x": NaN}',
                                     b"[" * 100_000])
def test_a_damaged_history_is_one_line_and_moved_aside(tmp_path, content):
    (tmp_path / "runs.json").write_bytes(content)
    history, keeper = RunHistory(), ModelKeeper()
    message = run_store.load_runs(tmp_path, history, keeper)
    assert message and "\n" not in message and len(history) == 0
    assert (tmp_path / "runs.json.bad").read_bytes() == content and not (tmp_path / "runs.json").exists()


def test_an_oversized_history_is_refused(tmp_path):
    (tmp_path / "runs.json").write_bytes(b" " * (run_store.MAX_BYTES + 10))
    message = run_store.load_runs(tmp_path, RunHistory(), ModelKeeper())
    assert "larger than" in message


def test_a_missing_weight_file_means_no_use_this_model(tmp_path):
    keeper = ModelKeeper()
    history = _history_with_runs(2, keeper)
    run_store.save_runs(tmp_path, history, keeper)
    (tmp_path / "run-1.npz").unlink()
    again, keeper2 = RunHistory(), ModelKeeper()
    run_store.load_runs(tmp_path, again, keeper2)
    assert len(again) == 2 and keeper2.run(1) is None and keeper2.run(2).has_model
