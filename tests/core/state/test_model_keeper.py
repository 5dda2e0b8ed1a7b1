"""The model in use changes only when asked, or when a run finishes better than it."""
import numpy as np

from core.nn.network import MLP
from core.state.model_keeper import BUNDLED, FRESH, RUN, ModelKeeper, ModelRef


def net(seed):
    return MLP([4, 3, 2], seed=seed)


def keeper_with_bundled(accuracy=0.9):
    k = ModelKeeper(net(0), ModelRef(BUNDLED, "bundled", test_accuracy=accuracy))
    seen = []
    k.listeners.append(lambda n, ref: seen.append(ref))
    return k, seen


def same(a, b):
    return all(np.array_equal(a.params[k], b.params[k]) for k in a.params)


def test_a_diverged_or_stopped_run_never_replaces_the_model_in_use():
    for reason in ("diverged", "stopped", "failed"):
        k, seen = keeper_with_bundled()
        k.start_run(1, "#1")
        assert k.offer_epoch(1, net(1), 0.97, 1)
        assert not k.finish_run(1, reason)
        assert k.ref.source == BUNDLED and seen == [] and same(k.net, net(0))
        assert k.run(1).end_reason == reason and k.run(1).has_model


def test_a_worse_finished_run_does_not_replace_it_a_better_one_does():
    k, seen = keeper_with_bundled(0.9)
    k.start_run(1, "#1")
    k.offer_epoch(1, net(1), 0.85, 1)
    assert not k.finish_run(1, "finished") and k.ref.source == BUNDLED
    k.start_run(2, "#2")
    k.offer_epoch(2, net(2), 0.93, 1)
    k.offer_epoch(2, net(3), 0.95, 2)      # the best epoch is kept...
    k.offer_epoch(2, net(4), 0.94, 3)      # ...not the last
    assert k.finish_run(2, "finished")
    assert k.ref.source == RUN and k.ref.run_id == 2 and k.ref.epoch == 2 and k.ref.test_accuracy == 0.95
    assert same(k.net, net(3)) and len(seen) == 1


def test_use_this_model_brings_back_any_run_and_copies_are_independent():
    k, _ = keeper_with_bundled()
    k.start_run(1, "#1")
    k.offer_epoch(1, net(5), 0.5, 1)
    k.finish_run(1, "stopped")
    assert k.use_run(1) and k.ref.run_id == 1 and same(k.net, net(5))
    copy = k.net
    copy.params["W1"][:] = 0
    assert same(k.net, net(5))
    k.start_run(2, "#2")
    assert not k.use_run(2) and not k.use_run(99)  # no weights yet / no such run


def test_a_fresh_untrained_model_is_replaced_by_any_finished_run():
    k = ModelKeeper(net(0), ModelRef(FRESH, "untrained"))
    k.start_run(1, "#1")
    k.offer_epoch(1, net(1), 0.2, 1)
    assert k.finish_run(1, "finished") and k.ref.run_id == 1


def test_runs_on_another_test_set_are_not_compared_and_finish_in_use():
    """Accuracies on different test sets say nothing about each other: a run measured on another
    set than the model in use replaces it when it finishes (the GUI measures the model in use on
    the run's digits first, so normally both are on the same set)."""
    from core.nn.network import MLP
    from core.state.model_keeper import ModelKeeper, ModelRef

    keeper = ModelKeeper(MLP([4, 3, 2], seed=0), ModelRef("bundled", "b", test_accuracy=0.97, dataset="A:2000"))
    keeper.start_run(1, "#1", dataset="A:2000")
    keeper.offer_epoch(1, MLP([4, 3, 2], seed=1), 0.90, 0)
    assert not keeper.finish_run(1, "finished")  # same digits, worse: kept out
    keeper.start_run(2, "#2", dataset="B:500")
    keeper.offer_epoch(2, MLP([4, 3, 2], seed=2), 0.50, 0)
    assert keeper.finish_run(2, "finished") and keeper.ref.run_id == 2 and keeper.ref.dataset == "B:500"


def test_the_path_belongs_to_the_model_in_use_only():
    from core.nn.network import MLP
    from core.state.app_state import AppState
    from core.state.model_keeper import ModelKeeper, ModelRef

    state = AppState(ModelKeeper())
    snaps = [{"W1": i} for i in range(5)]
    state.set_trajectory(snaps, range(5), run_id=3)
    assert state.path_of_model_in_use() == ([], [])  # no model in use
    state.models.use(MLP([4, 3, 2]), ModelRef("run", "#3", run_id=3))
    assert state.path_of_model_in_use() == (snaps, list(range(5)))
    state.models.use(MLP([4, 3, 2]), ModelRef("file", "f"))
    assert state.path_of_model_in_use() == ([], [])
