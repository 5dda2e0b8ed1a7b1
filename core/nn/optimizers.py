"""Optimizers with one interface: ``update(params, grads)``.

``params`` and ``grads`` are dicts of ndarrays with the same keys; ``update``
changes ``params`` in place. State (velocities, squared-gradient sums, ...) is
created lazily with ``zeros_like`` on the first update, so one optimizer
object drives a 2-D point on a surface and an MLP alike (DLFS ch. 6).

The learning rate of update t (0 for the first) is ``schedule(lr, t)``; ``lr``
and ``schedule`` may be changed between updates. ``state()`` and
``load_state()`` copy everything that changes, so a run can be undone exactly.

Each rule is written with in-place numpy operations on one scratch array per
parameter (``out=``), the formula in the docstring and in the comments: the
plain expressions make five temporary copies of a 784x512 weight matrix per
Adam step. Measured here on the 784-512-256-10 net: Adam's update 2.2 ms with
temporaries, 1.6 ms in place (forward + backward of a batch of 100: 2.4 ms).
"""
from __future__ import annotations

import copy

import numpy as np

from core.nn.schedules import Constant, Schedule


class Optimizer:
    name = ""
    display_name = ""
    formula = ""
    #: a learning rate that works on the book's x**2/20 + y**2
    default_lr = 0.01

    def __init__(self, lr: float | None = None, schedule: Schedule | None = None):
        self.lr = float(self.default_lr if lr is None else lr)
        self.schedule = schedule if schedule is not None else Constant()
        self.t = 0  # updates done so far
        self._slots: dict[str, dict[str, np.ndarray]] = {}
        self._scratch_arrays: dict[str, np.ndarray] = {}  # work space, not state: never copied

    @property
    def current_lr(self) -> float:
        """The rate the next update will use."""
        return self.schedule(self.lr, self.t)

    def _slot(self, slot: str, key: str, like: np.ndarray) -> np.ndarray:
        table = self._slots.setdefault(slot, {})
        if key not in table:
            table[key] = np.zeros_like(like)
        return table[key]

    def _scratch(self, key: str, like: np.ndarray) -> np.ndarray:
        """A work array shaped like ``like`` (its contents are garbage)."""
        buf = self._scratch_arrays.get(key)
        if buf is None or buf.shape != like.shape or buf.dtype != like.dtype:
            buf = self._scratch_arrays[key] = np.empty_like(like)
        return buf

    def update(self, params: dict, grads: dict) -> None:
        lr = self.current_lr
        for key, g in grads.items():
            self._update_one(key, params[key], g, lr)
        self.t += 1

    def _update_one(self, key: str, p: np.ndarray, g: np.ndarray, lr: float) -> None:
        raise NotImplementedError

    def memory(self, key: str = "p") -> dict[str, np.ndarray]:
        """What the optimizer remembers for parameter ``key``, by the names of its formula.

        Copies of its state arrays (same shape as the parameter): {} for SGD, {"v": v} for
        Momentum and Nesterov, {"h": h} for AdaGrad and RMSprop, {"m": m, "v": v, "m̂": m̂,
        "v̂": v̂} for Adam (the bias-corrected ones of the last update). Empty before the
        first update.
        """
        return {name: table[key].copy() for name, table in self._slots.items() if key in table}

    def reset(self) -> None:
        """Forget all state, as if no update had happened."""
        self.t = 0
        self._slots = {}

    def state(self) -> dict:
        """A deep copy of everything ``update`` changes."""
        return {"t": self.t, "slots": copy.deepcopy(self._slots)}

    def load_state(self, state: dict) -> None:
        self.t = int(state["t"])
        self._slots = copy.deepcopy(state["slots"])

    def __repr__(self) -> str:
        return f"{type(self).__name__}(lr={self.lr}, schedule={self.schedule!r})"


class SGD(Optimizer):
    """W <- W - lr * dL/dW."""

    name = "sgd"
    display_name = "SGD"
    formula = "W ← W − η ∂L/∂W"
    default_lr = 0.95

    def _update_one(self, key, p, g, lr):
        step = np.multiply(g, lr, out=self._scratch(key, p))  # η g
        p -= step


class Momentum(Optimizer):
    """v <- m v - lr g;  W <- W + v."""

    name = "momentum"
    display_name = "Momentum"
    formula = "v ← αv − η∂L/∂W;  W ← W + v"
    default_lr = 0.1

    def __init__(self, lr=None, schedule=None, momentum: float = 0.9):
        super().__init__(lr, schedule)
        self.momentum = float(momentum)

    def _update_one(self, key, p, g, lr):
        v = self._slot("v", key, p)
        v *= self.momentum
        v -= np.multiply(g, lr, out=self._scratch(key, p))  # v = αv − ηg
        p += v


class Nesterov(Optimizer):
    """Nesterov momentum in the form that needs only the gradient at W:
    v <- m v - lr g;  W <- W + m v - lr g  (Sutskever et al., 2013).
    """

    name = "nesterov"
    display_name = "Nesterov"
    formula = "v ← αv − η∂L/∂W;  W ← W + αv − η∂L/∂W"
    default_lr = 0.1

    def __init__(self, lr=None, schedule=None, momentum: float = 0.9):
        super().__init__(lr, schedule)
        self.momentum = float(momentum)

    def _update_one(self, key, p, g, lr):
        v = self._slot("v", key, p)
        s = np.multiply(g, lr, out=self._scratch(key, p))  # ηg
        v *= self.momentum
        v -= s                                             # v = αv − ηg
        p -= s
        p += np.multiply(v, self.momentum, out=s)          # W = W − ηg + αv


class AdaGrad(Optimizer):
    """h <- h + g*g;  W <- W - lr g / (sqrt(h) + eps)."""

    name = "adagrad"
    display_name = "AdaGrad"
    formula = "h ← h + g⊙g;  W ← W − η g / √h"
    default_lr = 1.5
    eps = 1e-7

    def _update_one(self, key, p, g, lr):
        h = self._slot("h", key, p)
        s = self._scratch(key, p)
        h += np.multiply(g, g, out=s)                      # h = h + g⊙g
        _scaled_step(p, g, h, lr, self.eps, s)


class RMSprop(Optimizer):
    """h <- rho h + (1 - rho) g*g;  W <- W - lr g / (sqrt(h) + eps)."""

    name = "rmsprop"
    display_name = "RMSprop"
    formula = "h ← ρh + (1−ρ)g⊙g;  W ← W − η g / √h"
    default_lr = 0.1
    eps = 1e-7

    def __init__(self, lr=None, schedule=None, decay_rate: float = 0.99):
        super().__init__(lr, schedule)
        self.decay_rate = float(decay_rate)

    def _update_one(self, key, p, g, lr):
        h = self._slot("h", key, p)
        s = np.multiply(g, g, out=self._scratch(key, p))
        s *= 1 - self.decay_rate
        h *= self.decay_rate
        h += s                                             # h = ρh + (1−ρ)g⊙g
        _scaled_step(p, g, h, lr, self.eps, s)


class Adam(Optimizer):
    """Adam (Kingma & Ba, 2015) with bias correction, step t = 1, 2, ...:
    m <- b1 m + (1 - b1) g;  v <- b2 v + (1 - b2) g*g;
    W <- W - lr * (m / (1 - b1**t)) / (sqrt(v / (1 - b2**t)) + eps).
    """

    name = "adam"
    display_name = "Adam"
    formula = "W ← W − η m̂ / (√v̂ + ε)"
    default_lr = 0.3

    def __init__(self, lr=None, schedule=None, beta1: float = 0.9, beta2: float = 0.999, eps: float = 1e-8):
        super().__init__(lr, schedule)
        self.beta1, self.beta2, self.eps = float(beta1), float(beta2), float(eps)

    def update(self, params, grads):
        # t in the formula counts from 1; self.t counts updates done before this one
        step = self.t + 1
        self._c1 = 1.0 - self.beta1 ** step
        self._c2 = 1.0 - self.beta2 ** step
        super().update(params, grads)

    def _update_one(self, key, p, g, lr):
        m = self._slot("m", key, p)
        v = self._slot("v", key, p)
        s = self._scratch(key, p)
        m *= self.beta1
        m += np.multiply(g, 1 - self.beta1, out=s)         # m = β₁m + (1−β₁)g
        np.multiply(g, g, out=s)
        s *= 1 - self.beta2
        v *= self.beta2
        v += s                                             # v = β₂v + (1−β₂)g⊙g
        np.divide(v, self._c2, out=s)
        np.sqrt(s, out=s)
        s += self.eps                                      # √v̂ + ε,  v̂ = v / (1−β₂ᵗ)
        np.divide(m, s, out=s)
        s *= lr / self._c1                                 # η m̂ / (√v̂ + ε),  m̂ = m / (1−β₁ᵗ)
        p -= s

    def memory(self, key="p"):
        out = super().memory(key)
        if self.t > 0 and "m" in out:
            # the same corrections the last update used: t counts updates done (1 = the first)
            out["m̂"] = out["m"] / (1.0 - self.beta1 ** self.t)
            out["v̂"] = out["v"] / (1.0 - self.beta2 ** self.t)
        return out


def _scaled_step(p, g, h, lr, eps, s) -> None:
    """AdaGrad's and RMSprop's step, in place: W ← W − η g / (√h + ε), ``s`` a work array."""
    np.sqrt(h, out=s)
    s += eps
    np.divide(g, s, out=s)
    s *= lr
    p -= s


OPTIMIZERS: dict[str, type[Optimizer]] = {
    c.name: c for c in (SGD, Momentum, Nesterov, AdaGrad, RMSprop, Adam)
}


def make_optimizer(name: str, lr: float | None = None, schedule: Schedule | None = None, **kwargs) -> Optimizer:
    """Build an optimizer by name; unknown names raise ValueError listing the known ones."""
    try:
        cls = OPTIMIZERS[name]
    except KeyError:
        raise ValueError(f"unknown optimizer {name!r}; choose from {', '.join(OPTIMIZERS)}") from None
    return cls(lr=lr, schedule=schedule, **kwargs)
