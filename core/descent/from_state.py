"""Build the Descent lab's surface and runs from a ``DescentState`` (``core.state.tab_states``).

The GUI and ``main.py descend --scene`` both call these, so a scene opens to the same
trajectory in the window and on the command line.

- ``surface_from_state(state)``: the surface (the neuron surface with its preset,
  activation, loss and data points; the morph surface at its ``t``).
- ``run_entries(state, surface)``: [(optimizer, lr)] of run 1 and the racers; lr None
  means the surface's own rate.
- ``schedule_from_state(state)``: the chosen schedule with the state's parameters for it
  (``SCHEDULE_FIELDS``: schedule name -> (its argument, the state's field) pairs).
- ``runs_from_state(state, surface=None, **kwargs)``: a ``DescentRun`` per entry, all from
  the state's start (the surface's own designed start when ``start`` is None).
"""
from __future__ import annotations

from core.descent.descent_run import DescentRun
from core.descent.surfaces import make_surface
from core.nn.schedules import Schedule, make_schedule

#: schedule name -> ((argument of the schedule's class, DescentState field), ...)
SCHEDULE_FIELDS = {
    "constant": (),
    "step": (("step_size", "schedule_step"), ("gamma", "schedule_factor")),
    "exponential": (("gamma", "schedule_gamma"),),
    "inverse_time": (("k", "schedule_k"),),
    "cosine": (("total_steps", "schedule_period"),),
}


def schedule_of(name: str, values) -> Schedule:
    """The schedule ``name`` with its parameters taken from ``values`` (an object or a dict with
    the DescentState field names, e.g. ``{"schedule_step": 50, "schedule_factor": 0.5}``)."""
    get = values.get if isinstance(values, dict) else (lambda key: getattr(values, key))
    return make_schedule(name, **{arg: get(key) for arg, key in SCHEDULE_FIELDS[name]})


def schedule_from_state(state) -> Schedule:
    return schedule_of(state.schedule, state)


def surface_from_state(state):
    if state.surface == "neuron":
        surface = make_surface("neuron", preset=state.preset, activation=state.activation, loss=state.loss)
        if state.data:
            xs, ts = zip(*state.data)
            surface.set_data(list(xs), list(ts))
        return surface
    if state.surface == "morph":
        return make_surface("morph", t=state.morph)
    return make_surface(state.surface)


def run_entries(state, surface) -> list[tuple[str, float]]:
    lr = surface.default_lr if state.lr is None else state.lr
    return [(state.optimizer, lr)] + [(r.optimizer, r.lr) for r in state.racers]


def start_of(state, surface) -> tuple[float, float]:
    return tuple(surface.start) if state.start is None else tuple(state.start)


def runs_from_state(state, surface=None, **kwargs) -> list[DescentRun]:
    surface = surface or surface_from_state(state)
    start = start_of(state, surface)
    return [DescentRun(surface, key, lr=lr, schedule=schedule_from_state(state), start=start,
                       batch_size=state.batch, seed=state.seed, **kwargs)
            for key, lr in run_entries(state, surface)]
