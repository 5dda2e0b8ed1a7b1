"""The next update written out with its numbers, for every optimizer (no Qt, no math).

``update_lines(optimizer, names, record, fmt)`` takes a ``core.nn.optimizers`` optimizer,
the two axis names, the ``StepRecord`` of the next update (``DescentRun.preview()``) and a
number formatter; it returns one line per state equation and per coordinate, e.g. Momentum:

    v_x ← 0.9 × (-0.0200) − 0.1000 × (-0.2000) = 0.0020
    x ← -2.0000 + 0.0020 = -1.9980

Every number is core's (the state before and after the update, the gradient used, the
rate used); only their writing is done here, rounded by ``fmt``.
"""
from __future__ import annotations


def _paren(fmt, v: float) -> str:
    s = fmt(v)
    return f"({s})" if v < 0 else s


def _mem(record, name: str, i: int, after: bool = True) -> float:
    try:
        return record.memory(name, after)[i]
    except KeyError:
        return 0.0  # before the first update the state is its zero start


#: longer lines are broken before their "= result" (the readout is about this many characters wide)
LINE_WIDTH = 46


def _fit(left: str, right: str) -> list[str]:
    if len(left) + 1 + len(right) <= LINE_WIDTH:
        return [f"{left} {right}"]
    return [left, f"      {right}"]


def update_lines(optimizer, names, record, fmt) -> list[str]:
    """Lines '  v_x ← ...' and '  x ← ...' of the update ``record`` (see the module doc)."""
    kind = optimizer.name
    lr = fmt(record.lr)
    lines: list[str] = []
    for i, n in enumerate(names):
        P = lambda v: _paren(fmt, v)  # noqa: E731 (local shorthand)
        old, new, g = record.before[i], record.after[i], record.grad[i]
        if kind in ("momentum", "nesterov"):
            a = f"{optimizer.momentum:g}"
            v0, v1 = _mem(record, "v", i, False), _mem(record, "v", i)
            lines.append(f"  v_{n} ← {a} × {P(v0)} − {lr} × {P(g)} = {fmt(v1)}")
            if kind == "momentum":
                lines.append(f"  {n} ← {fmt(old)} + {P(v1)} = {fmt(new)}")
            else:
                lines.append(f"  {n} ← {fmt(old)} + {a} × {P(v1)} − {lr} × {P(g)} = {fmt(new)}")
        elif kind in ("adagrad", "rmsprop"):
            h0, h1 = _mem(record, "h", i, False), _mem(record, "h", i)
            if kind == "adagrad":
                lines.append(f"  h_{n} ← {fmt(h0)} + {P(g)}² = {fmt(h1)}")
            else:
                r = f"{optimizer.decay_rate:g}"
                lines.append(f"  h_{n} ← {r} × {fmt(h0)} + {1 - optimizer.decay_rate:g} × {P(g)}² = {fmt(h1)}")
            lines += _fit(f"  {n} ← {fmt(old)} − {lr}·{P(g)}/(√{fmt(h1)}+ε)", f"= {fmt(new)}")
        elif kind == "adam":
            m, v = _mem(record, "m̂", i), _mem(record, "v̂", i)
            lines.append(f"  m̂_{n} = {fmt(m)}    v̂_{n} = {fmt(v)}")
            lines += _fit(f"  {n} ← {fmt(old)} − {lr}·{P(m)}/(√{fmt(v)}+ε)", f"= {fmt(new)}")
        else:  # SGD, and any optimizer without a written-out rule: the change itself
            if kind == "sgd":
                lines.append(f"  {n} ← {fmt(old)} − {lr} × {P(g)} = {fmt(new)}")
            else:
                lines.append(f"  {n} ← {fmt(old)} + {P(record.update[i])} = {fmt(new)}")
    return lines


def state_notes(optimizer, record) -> list[str]:
    """The optimizer's constants for the lines above ([] for SGD), e.g. 'β₁ = 0.9, β₂ = 0.999, t = 3'."""
    kind = optimizer.name
    if kind == "adam":
        return ["  m̂ = m/(1−β₁ᵗ),  v̂ = v/(1−β₂ᵗ)",
                f"  β₁ = {optimizer.beta1:g}, β₂ = {optimizer.beta2:g}, ε = {optimizer.eps:g}, t = {record.step}"]
    if kind in ("adagrad", "rmsprop"):
        return [f"  ε = {optimizer.eps:g}"]
    return []
