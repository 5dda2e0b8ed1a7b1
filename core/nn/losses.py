"""Loss functions.

Each loss has ``value(y, t)``, the mean over the batch as a Python float, and
``gradient(y, t)``, d value / d y with the same shape as ``y``.

Shapes: ``y`` is a prediction of shape (n,) or (n, k). ``t`` has the same
shape, or, for a (n, k) prediction, may be class indices of shape (n,), which
are turned into one-hot rows.

Per sample, MSE, MAE, Huber and BCE average over the k outputs; cross-entropy
sums over the classes (-sum_k t_k log y_k), as the book writes it.

The losses that are a mean of a per-element term (MSE, MAE, Huber, BCE) also
offer ``elementwise(y, t)``, that term l(y, t) (so ``value`` is its mean), and
``elementwise_derivative(y, t)``, dl/dy per element; ``t`` only has to
broadcast against ``y`` and the dtype of ``y`` is kept (float32 stays float32).
``ELEMENTWISE_LOSSES`` lists them. The descent lab uses them to draw a loss
surface over a whole grid of parameters at once.
"""
from __future__ import annotations

import numpy as np

from core.nn.activations import softmax

#: added inside the log of a *probability* so log never sees 0 (the book's ``delta``); where the
#: logits are known (a sigmoid output, softmax), the losses use exact log-sigmoid / log-sum-exp
#: forms instead (``BinaryCrossEntropy.elementwise_from_logits``, ``SoftmaxCrossEntropy``)
LOG_EPS = 1e-7


def one_hot(labels, num_classes: int, dtype=np.float64) -> np.ndarray:
    """Class indices of shape (n,) -> one-hot matrix of shape (n, num_classes)."""
    labels = np.asarray(labels, dtype=np.int64)
    out = np.zeros((labels.shape[0], num_classes), dtype=dtype)
    out[np.arange(labels.shape[0]), labels] = 1
    return out


def _targets_like(y: np.ndarray, t) -> np.ndarray:
    t = np.asarray(t)
    if y.ndim == 2 and t.ndim == 1 and y.shape[0] == t.shape[0] and np.issubdtype(t.dtype, np.integer):
        return one_hot(t, y.shape[1], dtype=y.dtype)
    if t.shape != y.shape:
        raise ValueError(f"target shape {t.shape} does not match prediction shape {y.shape}")
    return t.astype(y.dtype, copy=False)


def _as_float(y) -> np.ndarray:
    y = np.asarray(y)
    return y if np.issubdtype(y.dtype, np.floating) else y.astype(np.float64)


def _batch(y: np.ndarray) -> int:
    return y.shape[0] if y.ndim >= 2 else 1


def _broadcast_targets(y: np.ndarray, t) -> np.ndarray:
    return np.asarray(t).astype(y.dtype, copy=False)


class Loss:
    name = ""
    display_name = ""
    formula = ""

    def value(self, y, t) -> float:
        raise NotImplementedError

    def gradient(self, y, t) -> np.ndarray:
        raise NotImplementedError

    def __repr__(self) -> str:
        return f"{type(self).__name__}()"


class MeanSquaredError(Loss):
    """L = mean((y - t)**2).   dL/dy = 2 (y - t) / N, N = y.size."""

    name = "mse"
    display_name = "Mean squared error"
    formula = "L = mean((y - t)²)"

    def value(self, y, t):
        y = _as_float(y)
        d = y - _targets_like(y, t)
        return float(np.mean(d * d))

    def gradient(self, y, t):
        y = _as_float(y)
        return 2.0 * (y - _targets_like(y, t)) / y.size

    def elementwise(self, y, t):
        """l = (y - t)**2, same shape as y."""
        y = _as_float(y)
        d = y - _broadcast_targets(y, t)
        return d * d

    def elementwise_derivative(self, y, t):
        """dl/dy = 2 (y - t)."""
        y = _as_float(y)
        return 2 * (y - _broadcast_targets(y, t))


class MeanAbsoluteError(Loss):
    """L = mean(|y - t|).   dL/dy = sign(y - t) / N."""

    name = "mae"
    display_name = "Mean absolute error"
    formula = "L = mean(|y - t|)"

    def value(self, y, t):
        y = _as_float(y)
        return float(np.mean(np.abs(y - _targets_like(y, t))))

    def gradient(self, y, t):
        y = _as_float(y)
        return np.sign(y - _targets_like(y, t)) / y.size

    def elementwise(self, y, t):
        """l = |y - t|."""
        y = _as_float(y)
        return np.abs(y - _broadcast_targets(y, t))

    def elementwise_derivative(self, y, t):
        """dl/dy = sign(y - t)."""
        y = _as_float(y)
        return np.sign(y - _broadcast_targets(y, t))


class Huber(Loss):
    """L = mean(0.5 r**2 if |r| <= d else d (|r| - d/2)), r = y - t.

    dL/dy = clip(r, -d, d) / N: quadratic near the target, linear far away.
    """

    name = "huber"
    display_name = "Huber"
    formula = "L = mean(½r² if |r| ≤ δ else δ(|r| − ½δ))"

    def __init__(self, delta: float = 1.0):
        self.delta = delta

    def value(self, y, t):
        y = _as_float(y)
        r = np.abs(y - _targets_like(y, t))
        d = self.delta
        return float(np.mean(np.where(r <= d, 0.5 * r * r, d * (r - 0.5 * d))))

    def gradient(self, y, t):
        y = _as_float(y)
        r = y - _targets_like(y, t)
        return np.clip(r, -self.delta, self.delta) / y.size

    def elementwise(self, y, t):
        """l = 0.5 r**2 if |r| <= d else d (|r| - d/2), r = y - t."""
        y = _as_float(y)
        r = np.abs(y - _broadcast_targets(y, t))
        d = self.delta
        return np.where(r <= d, 0.5 * r * r, d * (r - 0.5 * d)).astype(y.dtype, copy=False)

    def elementwise_derivative(self, y, t):
        """dl/dy = clip(y - t, -d, d)."""
        y = _as_float(y)
        return np.clip(y - _broadcast_targets(y, t), -self.delta, self.delta)


class BinaryCrossEntropy(Loss):
    """L = -mean(t log(y + e) + (1 - t) log(1 - y + e)), y in [0, 1].

    dL/dy = (-t / (y + e) + (1 - t) / (1 - y + e)) / N.
    """

    name = "binary_cross_entropy"
    display_name = "Binary cross-entropy"
    formula = "L = −mean(t log y + (1 − t) log(1 − y))"

    def value(self, y, t):
        y = _as_float(y)
        t = _targets_like(y, t)
        return float(-np.mean(t * np.log(y + LOG_EPS) + (1 - t) * np.log(1 - y + LOG_EPS)))

    def gradient(self, y, t):
        y = _as_float(y)
        t = _targets_like(y, t)
        return (-t / (y + LOG_EPS) + (1 - t) / (1 - y + LOG_EPS)) / y.size

    def elementwise(self, y, t):
        """l = -(t log(y + e) + (1 - t) log(1 - y + e))."""
        y = _as_float(y)
        t = _broadcast_targets(y, t)
        return -(t * np.log(y + LOG_EPS) + (1 - t) * np.log(1 - y + LOG_EPS))

    def elementwise_derivative(self, y, t):
        """dl/dy = -t / (y + e) + (1 - t) / (1 - y + e)."""
        y = _as_float(y)
        t = _broadcast_targets(y, t)
        return -t / (y + LOG_EPS) + (1 - t) / (1 - y + LOG_EPS)

    # -- from the logit z of a sigmoid output, y = σ(z): exact, no guard needed ---------------
    def elementwise_from_logits(self, z, t):
        """l = −(t log σ(z) + (1 − t) log(1 − σ(z))) = log(1 + eᶻ) − t z, by ``logaddexp``
        (log-sigmoid: exact to float64 rounding for every z, e.g. 10.0000454 at z = −10, t = 1,
        where the guarded log(y + 1e-7) gives 9.998). Same shape as z; float dtype of z kept."""
        z = _as_float(z)
        t = _broadcast_targets(z, t)
        return np.logaddexp(np.zeros((), dtype=z.dtype), z) - t * z

    def derivative_from_logits(self, z, t):
        """dl/dz = σ(z) − t (e.g. −0.9999546 at z = −10, t = 1)."""
        z = _as_float(z)
        return _sigmoid(z) - _broadcast_targets(z, t)


def _sigmoid(z: np.ndarray) -> np.ndarray:
    """σ(z) = 1 / (1 + e⁻ᶻ) without overflow: e^(−|z|) only."""
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))


class CrossEntropy(Loss):
    """L = -(1/n) sum_i sum_k t_ik log(y_ik + e), y are probabilities.

    dL/dy = -t / (y + e) / n, n = batch size.
    """

    name = "cross_entropy"
    display_name = "Cross-entropy"
    formula = "L = −Σ t log y"

    def value(self, y, t):
        y = _as_float(y)
        t = _targets_like(y, t)
        return float(-np.sum(t * np.log(y + LOG_EPS)) / _batch(y))

    def gradient(self, y, t):
        y = _as_float(y)
        t = _targets_like(y, t)
        return -t / (y + LOG_EPS) / _batch(y)


class SoftmaxCrossEntropy(Loss):
    """Softmax and cross-entropy fused, taking logits z of shape (n, k).

    L = -(1/n) sum_i log softmax(z_i)[t_i], computed with log-sum-exp so it
    never overflows. dL/dz = (softmax(z) - t) / n.
    """

    name = "softmax_cross_entropy"
    display_name = "Softmax + cross-entropy"
    formula = "L = −Σ t log softmax(z)"

    def value(self, z, t):
        z = _as_float(z)
        t = _targets_like(z, t)
        shifted = z - np.max(z, axis=-1, keepdims=True)
        log_p = shifted - np.log(np.sum(np.exp(shifted), axis=-1, keepdims=True))
        return float(-np.sum(t * log_p) / _batch(z))

    def gradient(self, z, t):
        z = _as_float(z)
        return (softmax(z) - _targets_like(z, t)) / _batch(z)


LOSSES: dict[str, Loss] = {
    l.name: l
    for l in (MeanSquaredError(), MeanAbsoluteError(), Huber(), BinaryCrossEntropy(), CrossEntropy())
}

#: the fused loss the MLP uses on its logits
SOFTMAX_CROSS_ENTROPY = SoftmaxCrossEntropy()

#: the losses that are the mean of a per-element term (have ``elementwise``)
ELEMENTWISE_LOSSES: dict[str, Loss] = {k: v for k, v in LOSSES.items() if hasattr(v, "elementwise")}
