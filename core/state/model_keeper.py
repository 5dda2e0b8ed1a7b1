"""The model in use, and the best weights of every run of the session.

The rule (issue 13): the model in use changes only when the learner (or a scene) says
so -- ``use_bundled``, ``use_file``, ``use_run`` -- or when a run *finishes* with a
better test accuracy than the model in use; a diverged, stopped, failed or worse run
never replaces it. Each run keeps its best weights, by test accuracy measured at epoch
ends (``offer_epoch``), so "Use this model" in Run history can bring any run back.

Everything here is numpy and plain Python; callers pass copies of networks
(``MLP.copy()``), the keeper stores them and hands out copies again.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

BUNDLED, RUN, FILE, FRESH = "bundled", "run", "file", "fresh"


@dataclass(frozen=True)
class ModelRef:
    """Where the model in use came from.

    source : "bundled" | "run" | "file" | "fresh" (untrained weights, e.g. after Reset)
    label : what the Model box shows, e.g. "#3 relu [512, 256] adam lr 0.002 (epoch 11)"
    path, sha256 : the file, for source "file" (and "bundled")
    run_id, epoch : the run and the epoch whose weights these are, for source "run"
    test_accuracy : fraction in [0, 1] on the test set it was measured on, None when unknown
    dataset : the name of that data set ("" when unknown)
    classes : what its outputs mean (the class names of the data it was trained on; () unknown)
    """

    source: str
    label: str
    path: str = ""
    sha256: str = ""
    run_id: int | None = None
    epoch: int | None = None
    test_accuracy: float | None = None
    dataset: str = ""
    classes: tuple = ()

    @property
    def trained(self) -> bool:
        return self.source != FRESH


@dataclass
class KeptRun:
    """The best weights one run reached: ``net`` (an MLP copy) at ``epoch`` with ``test_accuracy``
    on ``dataset``. A run read back from the run-history folder has ``net`` None and ``path``
    set: its weights are read from that file when they are first used."""

    run_id: int
    label: str
    net: object = None
    epoch: int | None = None
    test_accuracy: float | None = None
    end_reason: str = ""
    dataset: str = ""
    path: str = ""
    classes: tuple = ()

    @property
    def has_model(self) -> bool:
        return self.net is not None or bool(self.path)

    def weights(self):
        """The kept network (read from ``path`` the first time); None when it cannot be read."""
        if self.net is None and self.path:
            from core.data.model_io import load_model
            from core.errors import ModelError

            try:
                self.net, _meta = load_model(self.path)
            except (ModelError, OSError):
                self.path = ""
        return self.net


class ModelKeeper:
    """Holds the model in use and each run's best weights; calls ``listeners`` on a change.

    ``listeners``: callables ``f(net_copy, ref)`` called after the model in use changed.
    """

    def __init__(self, net=None, ref: ModelRef | None = None):
        self._net = net
        self.ref = ref or ModelRef(FRESH, "no model")
        self.runs: dict[int, KeptRun] = {}
        self.listeners: list = []

    # -- reading -------------------------------------------------------------------
    @property
    def net(self):
        """A copy of the network in use (None when there is none)."""
        return None if self._net is None else self._net.copy()

    def shared_net(self):
        """The network in use itself, for read-only use (do not change it)."""
        return self._net

    def run(self, run_id: int) -> KeptRun | None:
        return self.runs.get(run_id)

    # -- choosing ------------------------------------------------------------------
    def use(self, net, ref: ModelRef) -> None:
        """Make ``net`` (kept as given: pass a copy) the model in use."""
        self._net, self.ref = net, ref
        self._notify()

    def use_run(self, run_id: int) -> bool:
        """The best weights of run ``run_id`` become the model in use; False when it has none."""
        kept = self.runs.get(run_id)
        if kept is None or kept.weights() is None:
            return False
        self.use(kept.net.copy(), self._run_ref(kept))
        return True

    # -- runs ----------------------------------------------------------------------
    def start_run(self, run_id: int, label: str, dataset: str = "", classes=()) -> KeptRun:
        kept = KeptRun(run_id, label, dataset=dataset, classes=tuple(classes))
        self.runs[run_id] = kept
        return kept

    def offer_epoch(self, run_id: int, net, test_accuracy: float, epoch: int) -> bool:
        """An epoch ended with ``test_accuracy``: keep a copy of ``net`` when it is the run's best.
        True when kept."""
        kept = self.runs.get(run_id)
        if kept is None or test_accuracy is None or test_accuracy != test_accuracy:
            return False
        if kept.test_accuracy is not None and test_accuracy <= kept.test_accuracy:
            return False
        kept.net, kept.test_accuracy, kept.epoch = net.copy(), float(test_accuracy), int(epoch)
        return True

    def finish_run(self, run_id: int, reason: str) -> bool:
        """The run ended (``reason``: "finished", "stopped", "diverged", "failed"). Its best
        weights replace the model in use only when it finished and beats the model in use.
        Returns True when the model in use changed."""
        kept = self.runs.get(run_id)
        if kept is None:
            return False
        kept.end_reason = str(reason)
        if reason != "finished" or kept.net is None:
            return False
        current = self.ref.test_accuracy if self.ref.trained else None
        comparable = not self.ref.dataset or not kept.dataset or self.ref.dataset == kept.dataset
        if current is not None and comparable and kept.test_accuracy <= current:
            return False
        self.use(kept.net.copy(), self._run_ref(kept))
        return True

    def forget_run(self, run_id: int) -> None:
        self.runs.pop(run_id, None)

    def _run_ref(self, kept: KeptRun) -> ModelRef:
        return ModelRef(RUN, kept.label, run_id=kept.run_id, epoch=kept.epoch, test_accuracy=kept.test_accuracy,
                        dataset=kept.dataset, classes=kept.classes)

    def measured(self, test_accuracy: float | None, dataset: str = "") -> None:
        """Record the test accuracy of the model in use, measured on ``dataset`` (its name)."""
        self.ref = replace(self.ref, test_accuracy=test_accuracy, dataset=dataset)

    def _notify(self) -> None:
        for listener in list(self.listeners):
            listener(self.net, self.ref)
