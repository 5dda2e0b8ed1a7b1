"""Activation functions and softmax.

Each activation is an object with ``value(x)`` and ``derivative(x)``; both are
elementwise, accept an ndarray of any shape and return a new array of the same
shape and dtype. ``ACTIVATIONS`` maps a short name to an instance; the GUI fills
its pickers from it, so adding an activation is one class and one dict entry.
"""
from __future__ import annotations

import numpy as np


class Activation:
    """Base class. Subclasses set ``name`` and ``display_name``."""

    name = ""
    display_name = ""
    formula = ""

    def value(self, x: np.ndarray) -> np.ndarray:
        raise NotImplementedError

    def derivative(self, x: np.ndarray) -> np.ndarray:
        raise NotImplementedError

    def __repr__(self) -> str:
        return f"{type(self).__name__}()"


def _float(x) -> np.ndarray:
    x = np.asarray(x)
    return x if np.issubdtype(x.dtype, np.floating) else x.astype(np.float64)


class Step(Activation):
    """h(x) = 1 if x > 0 else 0.  h'(x) = 0 (undefined at 0): nothing to descend on."""

    name = "step"
    display_name = "Step"
    formula = "h(x) = 1 if x > 0 else 0"

    def value(self, x):
        x = _float(x)
        return (x > 0).astype(x.dtype)

    def derivative(self, x):
        x = _float(x)
        return np.zeros_like(x)


class Identity(Activation):
    """h(x) = x.  h'(x) = 1."""

    name = "identity"
    display_name = "Identity"
    formula = "h(x) = x"

    def value(self, x):
        return _float(x).copy()

    def derivative(self, x):
        return np.ones_like(_float(x))


class Sigmoid(Activation):
    """h(x) = 1 / (1 + exp(-x)).  h'(x) = h(x) (1 - h(x)) <= 0.25.

    Computed as 0.5 * (1 + tanh(x / 2)), which never overflows.
    """

    name = "sigmoid"
    display_name = "Sigmoid"
    formula = "h(x) = 1 / (1 + exp(-x))"

    def value(self, x):
        x = _float(x)
        return 0.5 * (1.0 + np.tanh(0.5 * x))

    def derivative(self, x):
        s = self.value(x)
        return s * (1.0 - s)


class Tanh(Activation):
    """h(x) = tanh(x).  h'(x) = 1 - tanh(x)**2."""

    name = "tanh"
    display_name = "tanh"
    formula = "h(x) = tanh(x)"

    def value(self, x):
        return np.tanh(_float(x))

    def derivative(self, x):
        t = np.tanh(_float(x))
        return 1.0 - t * t


class ReLU(Activation):
    """h(x) = max(0, x).  h'(x) = 1 if x > 0 else 0."""

    name = "relu"
    display_name = "ReLU"
    formula = "h(x) = max(0, x)"

    def value(self, x):
        x = _float(x)
        return np.maximum(x, 0).astype(x.dtype, copy=False)

    def derivative(self, x):
        x = _float(x)
        return (x > 0).astype(x.dtype)


class LeakyReLU(Activation):
    """h(x) = x if x > 0 else alpha * x.  h'(x) = 1 if x > 0 else alpha."""

    name = "leaky_relu"
    display_name = "Leaky ReLU"
    formula = "h(x) = x if x > 0 else 0.01 x"

    def __init__(self, alpha: float = 0.01):
        self.alpha = alpha

    def value(self, x):
        x = _float(x)
        return np.where(x > 0, x, self.alpha * x).astype(x.dtype, copy=False)

    def derivative(self, x):
        x = _float(x)
        return np.where(x > 0, 1.0, self.alpha).astype(x.dtype, copy=False)


ACTIVATIONS: dict[str, Activation] = {
    a.name: a for a in (Step(), Identity(), Sigmoid(), Tanh(), ReLU(), LeakyReLU())
}


def softmax(x, axis: int = -1) -> np.ndarray:
    """Numerically stable softmax: exp(x - max) / sum(exp(x - max)).

    Subtracting the maximum leaves the result unchanged (it cancels in the
    ratio) but keeps every exponent <= 0, so logits like [1000, 1001, 1002]
    give finite probabilities that sum to 1.
    """
    x = _float(x)
    shifted = x - np.max(x, axis=axis, keepdims=True)
    e = np.exp(shifted)
    return e / np.sum(e, axis=axis, keepdims=True)


def softmax_naive(x, axis: int = -1) -> np.ndarray:
    """The textbook formula exp(x) / sum(exp(x)), without the max trick.

    Kept for the concept explorer: exp(1000) overflows to inf and inf / inf
    is NaN, which is exactly what it shows. Warnings are silenced here; the
    caller sees the inf/NaN values.
    """
    x = _float(x)
    with np.errstate(over="ignore", invalid="ignore"):
        e = np.exp(x)
        return e / np.sum(e, axis=axis, keepdims=True)
