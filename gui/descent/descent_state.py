"""The Descent lab's state for scenes: ``tab_state()`` reads a ``DescentState`` off the panel,
``apply_state(state)`` sets the panel up from one (surface, start, optimizer, rate, schedule,
racers, neuron data, and ``steps`` steps taken), building the runs with the same core
functions as ``main.py descend --scene`` (``core.descent.from_state``), so both show the same
trajectory.

A mixin of ``DescentPanel`` (it uses the panel's controls, surfaces and runs).
"""
from __future__ import annotations

from PySide6.QtCore import QSignalBlocker

from core.descent.from_state import start_of, surface_from_state
from core.state.schema import from_dict, to_dict
from core.state.tab_states import DescentState, RacerState
from gui.state_binding import bound_controls, read_controls, write_controls


class DescentStateMixin:
    def tab_state(self) -> DescentState:
        """Where the lab is now, as a scene stores it (every key)."""
        values = read_controls(self, DescentState)
        neuron = self._surfaces.get("neuron")
        state = DescentState(
            **values, start=tuple(self.run.start), lr=float(self.controls.lr), steps=int(self.race.k),
            racers=[RacerState(k, lr) for k, lr in self.controls.race_entries()],
            morph=self.controls.morph.value() / 100.0, seed=int(self.seed),
            activation=neuron.activation.name if neuron is not None else None,
            loss=neuron.loss.name if neuron is not None else None,
            data=[(float(x), float(t)) for x, t in zip(neuron.x, neuron.t)] if neuron is not None else None)
        normal, _unknown = from_dict(DescentState, to_dict(state), "descent")
        return normal

    def apply_state(self, state: DescentState) -> list[str]:
        """Set the lab up from ``state``; returns the fields its controls refused."""
        self.play(False)
        self._stop_sweep()
        controls = bound_controls(self, DescentState)
        blockers = [QSignalBlocker(w) for w in (*controls.values(), self.controls.morph)]
        refused = write_controls(self, state)
        self.controls.morph.setValue(round(100 * state.morph))
        del blockers
        self.controls.set_racers([(r.optimizer, r.lr) for r in state.racers])
        self.controls.show_surface_rows(state.surface)
        self.controls.show_schedule_rows(state.schedule)
        self.optimizer_key, self.schedule_key = state.optimizer, state.schedule
        self.batch_size, self.seed, self.quiver_on = state.batch, state.seed, state.quiver
        self._on_speed(self.controls.speed_value())
        surface = surface_from_state(state)
        self._surfaces[state.surface] = surface
        self.surface = surface
        self.contour.set_axis_labels(*surface.axis_names)
        if state.surface == "neuron":
            self._sync_neuron_controls(start_of(state, surface))
        self.controls.set_lr(surface.default_lr if state.lr is None else state.lr, emit=False)
        self._new_runs(start_of(state, surface))
        for _ in range(state.steps):
            if not self.race.can_step:
                break
            self.race.step()
        self._changed()
        return refused
