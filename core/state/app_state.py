"""``AppState``: the one state of the app, Qt-free.

- ``tab``: the active tab's name (``core.state.tab_states.TAB_NAMES``)
- ``tabs``: tab name -> that tab's state dataclass (DescentState, TrainingState, ...)
- ``models``: the ``ModelKeeper`` (model in use, each run's best weights)
- ``dataset``: the data set in use (a ``core.data.datasets`` Dataset) or None
- ``trajectory`` / ``trajectory_iterations`` / ``trajectory_run``: the last run's weight
  snapshots, their iterations and that run's id (Landscape draws the path only when the model
  in use is that run's: ``path_of_model_in_use()``)
- ``locked`` / ``hidden``: control names a scene locked or hid

Panels write their tab's state through ``update(tab, **fields)`` and read it back; views
that depend on shared things subscribe with ``subscribe(topic, callback)``, topics being
the tab names, "dataset", "trajectory", "model" and "scene". Callbacks get the AppState.
"""
from __future__ import annotations

from dataclasses import fields, replace

from core.state.model_keeper import ModelKeeper
from core.state.scene import Scene
from core.state.tab_states import TAB_NAMES, TAB_STATES

TOPICS = (*TAB_NAMES, "dataset", "trajectory", "model", "scene")


class AppState:
    def __init__(self, models: ModelKeeper | None = None):
        self.tab = "descent"
        self.tabs = {name: cls() for name, cls in TAB_STATES.items()}
        self.models = models or ModelKeeper()
        self.dataset = None
        self.trajectory: list = []
        self.trajectory_iterations: list = []
        self.trajectory_run: int | None = None
        self.locked: list = []
        self.hidden: list = []
        self._subscribers = {topic: [] for topic in TOPICS}
        self.models.listeners.append(lambda _net, _ref: self._emit("model"))

    # -- tab states ------------------------------------------------------------------
    def __getitem__(self, tab: str):
        return self.tabs[tab]

    def update(self, tab: str, **changes) -> bool:
        """Change fields of one tab's state; True (and subscribers told) when something changed."""
        old = self.tabs[tab]
        names = {f.name for f in fields(old)}
        bad = [k for k in changes if k not in names]
        if bad:
            raise KeyError(f"{tab} has no field {bad[0]!r}")
        new = replace(old, **changes)
        if new == old:
            return False
        self.tabs[tab] = new
        self._emit(tab)
        return True

    def set_tab_state(self, tab: str, state) -> None:
        if not isinstance(state, TAB_STATES[tab]):
            raise TypeError(f"{tab} takes a {TAB_STATES[tab].__name__}")
        if state != self.tabs[tab]:
            self.tabs[tab] = state
            self._emit(tab)

    # -- shared things -----------------------------------------------------------------
    def set_dataset(self, dataset) -> None:
        self.dataset = dataset
        self._emit("dataset")

    def set_trajectory(self, snapshots, iterations=(), run_id: int | None = None) -> None:
        self.trajectory = list(snapshots)
        its = list(iterations)
        self.trajectory_iterations = its if len(its) == len(self.trajectory) else []
        self.trajectory_run = run_id
        self._emit("trajectory")

    def path_of_model_in_use(self) -> tuple[list, list]:
        """(snapshots, iterations) of the run whose weights are in use; ([], []) when the model
        in use did not come from the last run (bundled, a file, an older run, fresh weights)."""
        ref = self.models.ref
        if ref.source != "run" or ref.run_id is None or ref.run_id != self.trajectory_run:
            return [], []
        return list(self.trajectory), list(self.trajectory_iterations)

    # -- scenes ------------------------------------------------------------------------
    def to_scene(self) -> Scene:
        """A scene holding every tab's state (the model in use by file when it came from one)."""
        ref = self.models.ref
        model = None
        if ref.source == "bundled":
            model = {"source": "bundled"}
        elif ref.source == "file" and ref.path:
            model = {"source": "file", "path": ref.path, "sha256": ref.sha256}
        return Scene(tab=self.tab, states=dict(self.tabs), locked=list(self.locked),
                     hidden=list(self.hidden), model=model)

    def apply_scene(self, scene: Scene) -> None:
        """Take every tab's state, the tab and the locks from ``scene`` (the model is the caller's:
        it needs a file check, see ``core.state.scene_model``)."""
        self.tabs = dict(scene.states)
        self.tab = scene.tab
        self.locked, self.hidden = list(scene.locked), list(scene.hidden)
        self._emit("scene")

    # -- subscriptions -----------------------------------------------------------------
    def subscribe(self, topic: str, callback) -> None:
        self._subscribers[topic].append(callback)

    def unsubscribe(self, topic: str, callback) -> None:
        if callback in self._subscribers[topic]:
            self._subscribers[topic].remove(callback)

    def _emit(self, topic: str) -> None:
        for callback in list(self._subscribers[topic]):
            callback(self)
