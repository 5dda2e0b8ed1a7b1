"""The app's state, Qt-free: each tab's settings as a small typed dataclass, what the tabs
share (the model in use, the runs of the session), and scenes (JSON files of all of it).

- ``schema``: field checks and the generic dict <-> dataclass conversion with validation.
- ``tab_states``: ``DescentState``, ``TrainingState``, ``DrawState``, ``ConceptsState``,
  ``LandscapeState``.
- ``model_keeper``: ``ModelKeeper``, the model in use and the best weights of each run.
- ``app_state``: ``AppState``, all of the above plus the active tab, with change callbacks.
- ``scene``: reading and writing ``*.glab.json`` scene files.

See docs/ARCHITECTURE.md for how the GUI binds to it.
"""
