"""Learning-rate schedules.

A schedule maps the base learning rate and the update count ``t`` (0 for the
first update) to the rate used for that update: ``schedule(lr, t) -> float``.
``SCHEDULES`` maps a name to the class; each class has defaults that suit
a run of a few thousand updates.
"""
from __future__ import annotations

import math


class Schedule:
    name = ""
    display_name = ""
    formula = ""

    def __call__(self, lr: float, t: int) -> float:
        raise NotImplementedError

    def parameters(self) -> dict[str, float]:
        """The schedule's parameters by the symbols of its formula, e.g. {"s": 100, "γ": 0.5}."""
        return {sym: getattr(self, attr) for sym, attr in self.symbols}

    #: (symbol in ``formula``, attribute) of each parameter
    symbols: tuple = ()

    def __repr__(self) -> str:
        args = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{type(self).__name__}({args})"


class Constant(Schedule):
    """lr_t = lr."""

    name = "constant"
    display_name = "Constant"
    formula = "ηₜ = η"

    def __call__(self, lr, t):
        return float(lr)


class StepDecay(Schedule):
    """lr_t = lr * gamma ** floor(t / step_size): shift down a gear every step_size updates."""

    name = "step"
    display_name = "Step decay"
    formula = "ηₜ = η · γ^⌊t / s⌋"
    symbols = (("s", "step_size"), ("γ", "gamma"))

    def __init__(self, step_size: int = 100, gamma: float = 0.5):
        if step_size < 1:
            raise ValueError("step_size must be at least 1")
        self.step_size = int(step_size)
        self.gamma = float(gamma)

    def __call__(self, lr, t):
        return float(lr) * self.gamma ** (int(t) // self.step_size)


class Exponential(Schedule):
    """lr_t = lr * gamma ** t."""

    name = "exponential"
    display_name = "Exponential"
    formula = "ηₜ = η · γᵗ"
    symbols = (("γ", "gamma"),)

    def __init__(self, gamma: float = 0.99):
        self.gamma = float(gamma)

    def __call__(self, lr, t):
        return float(lr) * self.gamma ** int(t)


class InverseTime(Schedule):
    """lr_t = lr / (1 + k t)."""

    name = "inverse_time"
    display_name = "1/t decay"
    formula = "ηₜ = η / (1 + k·t)"
    symbols = (("k", "k"),)

    def __init__(self, k: float = 0.01):
        self.k = float(k)

    def __call__(self, lr, t):
        return float(lr) / (1.0 + self.k * int(t))


class Cosine(Schedule):
    """lr_t = lr_min + (lr - lr_min) (1 + cos(pi min(t, T) / T)) / 2, lr_min = lr * min_factor."""

    name = "cosine"
    display_name = "Cosine"
    formula = "ηₜ = η_min + ½(η − η_min)(1 + cos(πt/T))"
    symbols = (("T", "total_steps"), ("η_min/η", "min_factor"))

    def __init__(self, total_steps: int = 1000, min_factor: float = 0.0):
        if total_steps < 1:
            raise ValueError("total_steps must be at least 1")
        self.total_steps = int(total_steps)
        self.min_factor = float(min_factor)

    def __call__(self, lr, t):
        lr = float(lr)
        lo = lr * self.min_factor
        frac = min(int(t), self.total_steps) / self.total_steps
        return lo + (lr - lo) * 0.5 * (1.0 + math.cos(math.pi * frac))


SCHEDULES: dict[str, type[Schedule]] = {
    c.name: c for c in (Constant, StepDecay, Exponential, InverseTime, Cosine)
}


def make_schedule(name: str, **kwargs) -> Schedule:
    """Build a schedule by name; unknown names raise ValueError listing the known ones."""
    try:
        cls = SCHEDULES[name]
    except KeyError:
        raise ValueError(f"unknown schedule {name!r}; choose from {', '.join(SCHEDULES)}") from None
    return cls(**kwargs)
