"""`main.py descend`: gradient descent on a surface, headless, with the Descent lab's core.

    python main.py descend --surface bowl --start 100,-10 --optimizer sgd --lr 0.01 --steps 1000 --every 100

prints the trajectory every N steps and the final point (this example ends
near the bowl's minimum (2, 3)); ``--json`` prints the same as one JSON object, each
row with the "update" [dx, dy] its next step applies. A negative start can be written
``--start -1.2,2.7``.
Unknown names and malformed numbers give a one-line error and exit code 2.
"""
from __future__ import annotations

import argparse
import json
import math
import sys

import numpy as np

from cli.common import fail, non_negative_int, positive_int, seed_int
from core.nn.activations import ACTIVATIONS
from core.descent.descent_run import DescentRun
from core.nn.losses import ELEMENTWISE_LOSSES
from core.descent.lr_sweep import LR_MAX
from core.descent.neuron_surface import PRESETS
from core.nn.optimizers import OPTIMIZERS
from core.nn.schedules import SCHEDULES
from core.descent.surfaces import make_surface, surface_names


#: the largest start coordinate accepted: the surfaces are drawn over a few units, and beyond
#: this their values and gradients overflow float64 for some of them
MAX_COORD = 1e6


def point(text: str) -> tuple[float, float]:
    """argparse type: "x,y", two finite numbers."""
    parts = text.split(",")
    if len(parts) != 2:
        raise argparse.ArgumentTypeError(f"{text!r} is not a point: write x,y (e.g. 100,-10)")
    try:
        x, y = float(parts[0]), float(parts[1])
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a point: write x,y with two numbers") from None
    if not (math.isfinite(x) and math.isfinite(y)):
        raise argparse.ArgumentTypeError(f"{text!r}: both coordinates must be finite numbers")
    if max(abs(x), abs(y)) > MAX_COORD:
        raise argparse.ArgumentTypeError(f"{text!r}: coordinates must be between {-MAX_COORD:g} and {MAX_COORD:g}")
    return x, y


def learning_rate(text: str) -> float:
    """argparse type: a finite number in (0, 10]."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if not math.isfinite(value) or value <= 0 or value > LR_MAX:
        raise argparse.ArgumentTypeError(f"{text!r}: the learning rate must be greater than 0 and at most {LR_MAX:g}")
    return value


def unit_float(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError(f"{text!r} must be between 0 and 1")
    return value


def add_parser(subparsers) -> None:
    p = subparsers.add_parser(
        "descend", help="run gradient descent on a loss surface and print the path",
        description="Run an optimizer on a surface (the Descent lab's core) and print the trajectory "
                    "and the final point.")
    p.add_argument("--surface", choices=surface_names(), default="bowl",
                   help="the surface (default bowl: (x-2)^2 + 4(y-3)^2)")
    p.add_argument("--start", type=point, metavar="X,Y", help="start point (default: the surface's own)")
    p.add_argument("--optimizer", choices=list(OPTIMIZERS), default="sgd", help="default sgd")
    p.add_argument("--lr", type=learning_rate, help="learning rate, 0 < lr <= 10 (default: the surface's)")
    p.add_argument("--schedule", choices=list(SCHEDULES), default="constant", help="learning-rate schedule")
    _schedule_options(p)
    p.add_argument("--steps", type=positive_int, default=100, help="number of steps (default 100)")
    p.add_argument("--every", type=positive_int, help="print every N-th step (default: about 10 rows)")
    p.add_argument("--json", action="store_true", help="print one JSON object instead of a table")
    p.add_argument("--code", action="store_true",
                   help="print, instead of running, a numpy-only Python program in the book's style that "
                        "runs the same descent and prints its final point (not for the neuron surface)")
    p.add_argument("--scene", metavar="FILE",
                   help="take the surface, start, optimizer, rate, schedule, steps and racers from a scene "
                        "file (*.glab.json), as the Descent lab opens it; --every and --json still apply")
    g = p.add_argument_group("neuron surface (--surface neuron)")
    g.add_argument("--preset", choices=list(PRESETS), default="course", help="data set (default course)")
    g.add_argument("--activation", choices=list(ACTIVATIONS), help="activation (default: the preset's)")
    g.add_argument("--loss", choices=list(ELEMENTWISE_LOSSES), help="loss (default: the preset's)")
    g.add_argument("--batch-size", type=non_negative_int, default=0, help="samples per step, 0 = all (default)")
    g.add_argument("--seed", type=seed_int, default=0, help="seed of the mini-batch sampling")
    p.add_argument("--morph", type=unit_float, default=1.0, help="for --surface morph: 0 bowl .. 1 bumpy (default 1)")
    p.set_defaults(run=run)


def _schedule_options(p) -> None:
    """--schedule-step/-factor/-gamma/-k/-period: the Descent lab's schedule parameters (the
    DescentState fields of the same names, with their ranges and defaults)."""
    from dataclasses import fields

    from core.state.tab_states import DescentState

    helps = {"schedule_step": "step decay: multiply the rate by the factor every N steps",
             "schedule_factor": "step decay: the factor",
             "schedule_gamma": "exponential: the rate is multiplied by this at every step",
             "schedule_k": "1/t decay: lr_t = lr / (1 + k t)",
             "schedule_period": "cosine: steps over which the rate falls to 0"}
    g = p.add_argument_group("learning-rate schedule parameters (only the chosen --schedule's are used)")
    for f in fields(DescentState):
        if f.name in helps:
            def check(text, f=f):
                try:
                    return f.metadata["check"](float(text) if "." in text or "e" in text.lower() else int(text))
                except ValueError as exc:
                    raise argparse.ArgumentTypeError(f"{text!r}: {exc}") from None
            g.add_argument("--" + f.name.replace("_", "-"), dest=f.name, type=check, default=f.default,
                           help=f"{helps[f.name]} (default {f.default:g})")


def _schedule(args):
    from core.descent.from_state import schedule_of
    return schedule_of(args.schedule, vars(args))


def run(args) -> int:
    if args.scene:
        return _run_scene(args)
    if args.code:
        return _print_code(args.surface, args.optimizer, args.lr, _schedule(args), args.start,
                           args.steps, args.morph)
    try:
        if args.surface == "neuron":
            surface = make_surface("neuron", preset=args.preset, activation=args.activation, loss=args.loss)
        elif args.surface == "morph":
            surface = make_surface("morph", t=args.morph)
        else:
            surface = make_surface(args.surface)
        descent = DescentRun(surface, args.optimizer, lr=args.lr, schedule=_schedule(args),
                             start=args.start, batch_size=args.batch_size, seed=args.seed, max_history=0,
                             max_trail=4)
    except ValueError as exc:
        return fail(str(exc))

    return _print_run(args, surface, descent, args.steps)


def _run_scene(args) -> int:
    """``--scene FILE``: the scene's Descent-lab setting, run headless (racers too, in --json)."""
    from core.descent.from_state import runs_from_state, surface_from_state
    from core.state.scene import SceneError, read_scene

    try:
        scene = read_scene(args.scene)
        state = scene.states["descent"]
        surface = surface_from_state(state)
        runs = runs_from_state(state, surface, max_history=0, max_trail=4)
    except (SceneError, ValueError) as exc:
        return fail(str(exc))
    if scene.warnings:
        print(f"warning: {args.scene}: {scene.warning_line()}", file=sys.stderr)
    args.optimizer, args.schedule = state.optimizer, state.schedule
    steps = state.steps or args.steps
    if args.code:
        return _print_code(state.surface, state.optimizer, runs[0].lr, runs[0].schedule, runs[0].start,
                           steps, state.morph)
    racers = []
    for racer in runs[1:]:
        rows = _trajectory(racer, steps, args.every or max(1, steps // 10))
        racers.append({"optimizer": racer.optimizer_name, "lr": racer.lr, "trajectory": rows,
                       "final": {**rows[-1], "status": racer.status, "reason": racer.reason}})
    return _print_run(args, surface, runs[0], steps, extra={"racers": racers} if racers else None)


def _print_code(surface_name, optimizer, lr, schedule, start, steps, morph) -> int:
    """``--code``: the program of ``core.descent.codegen`` for this setting (one line on stderr and
    exit code 2 when the setting cannot be written, e.g. the neuron surface)."""
    from core.descent.codegen import descent_program

    try:
        surface = make_surface(surface_name, **({"t": morph} if surface_name == "morph" else {}))
        lr = surface.default_lr if lr is None else lr
        start = surface.start if start is None else start
        text = descent_program(surface_name, optimizer, lr, schedule, start, steps,
                               morph_t=getattr(surface, "t", 0.0), formula=surface.formula)
    except ValueError as exc:
        return fail(str(exc))
    sys.stdout.write(text)
    return 0


def _trajectory(descent: DescentRun, steps: int, every: int) -> list[dict]:
    # a run that overflows is reported as diverged (DescentRun checks every step), not by
    # numpy's RuntimeWarnings on stderr
    with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
        return _steps(descent, steps, every)


def _fixed(value: float, width: int = 16) -> str:
    """A coordinate in a column: 8 decimals, or 8 significant digits when it is huge (1e308
    printed with '.8f' has 300 digits)."""
    if not math.isfinite(value):
        return f"{value!s:>{width}}"
    return f"{value:>{width}.8f}" if abs(value) < 1e7 else f"{value:>{width}.8g}"


def _steps(descent: DescentRun, steps: int, every: int) -> list[dict]:
    rows = [_row(descent)]
    for _ in range(steps):
        if descent.step() is None:
            break
        if descent.k % every == 0 or descent.status == "diverged":
            rows.append(_row(descent))
        if descent.status == "diverged":
            break
    if rows[-1]["step"] != descent.k:
        rows.append(_row(descent))
    return rows


def _print_run(args, surface, descent: DescentRun, steps: int, extra: dict | None = None) -> int:
    every = args.every or max(1, steps // 10)
    rows = _trajectory(descent, steps, every)

    final = {**rows[-1], "status": descent.status, "reason": descent.reason}
    if args.json:
        json.dump({"surface": surface.name, "optimizer": args.optimizer, "lr": descent.lr,
                   "schedule": args.schedule, "schedule_parameters": _schedule_parameters(descent),
                   "start": list(descent.start), "axes": list(surface.axis_names),
                   "trajectory": rows, "final": final, **(extra or {})},
                  sys.stdout, allow_nan=False, default=str)
        sys.stdout.write("\n")
        return 0

    a, b = surface.axis_names
    print(f"surface {surface.name}: {surface.formula}")
    params = ", ".join(f"{k}={v:g}" for k, v in _schedule_parameters(descent).items())
    print(f"optimizer {args.optimizer}, lr {descent.lr:g}, schedule {args.schedule}"
          f"{f' ({params})' if params else ''}, start ({descent.start[0]:g}, {descent.start[1]:g})")
    print(f"{'step':>7} {a:>16} {b:>16} {'loss':>14} {'|grad|':>12}")
    for r in rows:
        loss = "nan" if r["loss"] is None else f"{r['loss']:.6g}"
        grad = "nan" if r["grad_norm"] is None else f"{r['grad_norm']:.4g}"
        print(f"{r['step']:>7} {_fixed(r['x'])} {_fixed(r['y'])} {loss:>14} {grad:>12}")
    loss = "nan" if final["loss"] is None else f"{final['loss']:.6g}"
    print(f"final: step {final['step']}  {a} = {_fixed(final['x'], 0)}  {b} = {_fixed(final['y'], 0)}  "
          f"loss = {loss}  ({final['reason'] or final['status']})")
    return 0


def _schedule_parameters(descent: DescentRun) -> dict:
    """The schedule's parameters by their argument names, e.g. {"step_size": 50, "gamma": 0.5}."""
    sched = descent.schedule
    return {attr: getattr(sched, attr) for _sym, attr in sched.symbols}


def _row(descent: DescentRun) -> dict:
    """One trajectory row ("lr": the rate the next step uses, after the schedule). "update" is [dx, dy], the change the next step applies from this
    point (the Descent lab's arrow; ``DescentRun.preview``), so with ``--every 1`` row k's
    update is row k+1's point minus row k's; null when the run cannot step on."""
    g = descent.gradient
    norm = float(math.hypot(g[0], g[1])) if all(math.isfinite(v) for v in g) else None
    loss = descent.loss if math.isfinite(descent.loss) else None
    nxt = descent.preview()
    update = list(nxt.update) if nxt is not None and all(math.isfinite(v) for v in nxt.update) else None
    return {"step": descent.k, "x": descent.point[0], "y": descent.point[1], "loss": loss,
            "grad_norm": norm, "lr": descent.optimizer.current_lr, "update": update}
