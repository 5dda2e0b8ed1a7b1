"""Small computations behind the concept explorer's views.

Everything here reuses ``core.nn.activations``, ``core.nn.losses`` and
``core.training.metrics``; the GUI only draws what these functions return.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass

import numpy as np

from core.nn.activations import Activation, Sigmoid, softmax, softmax_naive
from core.nn.losses import LOSSES, SOFTMAX_CROSS_ENTROPY, Loss, one_hot
from core.training.metrics import accuracy, mean_absolute_error

_SIGMOID = Sigmoid()


# --- activations and vanishing gradients -------------------------------------
def derivative_peak(activation: Activation, lo: float = -10.0, hi: float = 10.0,
                    num: int = 2001) -> tuple[float, float]:
    """(x, h'(x)) where the derivative is largest on a grid over [lo, hi].

    The default grid contains x = 0, where sigmoid's derivative peaks at 0.25.
    """
    x = np.linspace(lo, hi, num)
    d = activation.derivative(x)
    i = int(np.argmax(d))
    return float(x[i]), float(d[i])


def gradient_kept(peak: float, layers) -> np.ndarray | float:
    """peak ** n: the most of a gradient that survives n layers whose local
    derivative is at most ``peak`` (backprop multiplies one factor per layer).
    Sigmoid: 0.25 ** n; ReLU: 1 ** n = 1. ``layers`` may be an int or an array.
    """
    result = np.power(float(peak), np.asarray(layers, dtype=np.float64))
    return float(result) if np.ndim(result) == 0 else result


# --- losses against the prediction ------------------------------------------
def loss_curve(loss: Loss, target: float, predictions) -> tuple[np.ndarray, np.ndarray]:
    """L(y, t) and dL/dy for each prediction y alone (a batch of one).

    predictions : ndarray of shape (m,). Returns two arrays of shape (m,).
    Losses with ``elementwise`` (the mean of a per-element term) are computed
    in one call; others (cross-entropy) one prediction at a time.
    """
    predictions = np.asarray(predictions, dtype=np.float64).reshape(-1)
    if hasattr(loss, "elementwise"):
        return (np.asarray(loss.elementwise(predictions, float(target)), dtype=np.float64),
                np.asarray(loss.elementwise_derivative(predictions, float(target)), dtype=np.float64))
    t = np.array([float(target)])
    values = np.empty_like(predictions)
    grads = np.empty_like(predictions)
    for i, y in enumerate(predictions):
        y1 = np.array([y])
        values[i] = loss.value(y1, t)
        grads[i] = loss.gradient(y1, t)[0]
    return values, grads


def loss_curve_through_sigmoid(loss: Loss, target: float, logits) -> tuple[np.ndarray, np.ndarray]:
    """L(sigmoid(z), t) and dL/dz = dL/dy * y (1 - y) for each logit z.

    This is what a sigmoid output unit sees: with MSE the factor y (1 - y)
    makes the gradient vanish once the sigmoid saturates, even when the answer
    is wrong; with cross-entropy dL/dz = y - t stays large (computed from z with
    log-sigmoid, so exact to float64 rounding: no 1e-7 guard inside the log).
    logits : shape (m,). Returns two arrays of shape (m,).
    """
    z = np.asarray(logits, dtype=np.float64).reshape(-1)
    if hasattr(loss, "elementwise_from_logits"):  # cross-entropy: log-sigmoid, exact (no 1e-7 guard)
        return (np.asarray(loss.elementwise_from_logits(z, float(target)), dtype=np.float64),
                np.asarray(loss.derivative_from_logits(z, float(target)), dtype=np.float64))
    y = _SIGMOID.value(z)
    values, dl_dy = loss_curve(loss, target, y)
    return values, dl_dy * _SIGMOID.derivative(z)


def loss_by_name(name: str) -> Loss:
    try:
        return LOSSES[name]
    except KeyError:
        raise ValueError(f"unknown loss {name!r}; choose from {', '.join(LOSSES)}") from None


# --- softmax ------------------------------------------------------------------
@dataclass(frozen=True)
class SoftmaxReport:
    """Everything the softmax view shows, for logits z of shape (k,).

    scaled = z / T; naive: exp(scaled) / sum(exp(scaled)) (may be inf/NaN);
    stable: exp(scaled - max) / sum(exp(scaled - max)) (``core.nn.activations.softmax``);
    target: one-hot of the true class; loss: cross-entropy -log p[true]
    (naive: from the naive probabilities; stable: ``SOFTMAX_CROSS_ENTROPY``).
    """

    scaled: np.ndarray
    exp_naive: np.ndarray
    sum_naive: float
    p_naive: np.ndarray
    exp_stable: np.ndarray
    p_stable: np.ndarray
    target: np.ndarray
    loss_naive: float
    loss_stable: float
    naive_ok: bool


def softmax_report(logits, temperature: float = 1.0, true_class: int = 0) -> SoftmaxReport:
    z = np.asarray(logits, dtype=np.float64).reshape(-1)
    if z.size < 2:
        raise ValueError("softmax needs at least two logits")
    if not temperature > 0:
        raise ValueError("temperature must be greater than 0")
    if not 0 <= true_class < z.size:
        raise ValueError(f"true class must be between 0 and {z.size - 1}")
    scaled = z / float(temperature)
    with np.errstate(over="ignore", invalid="ignore"):
        exp_naive = np.exp(scaled)
        sum_naive = float(np.sum(exp_naive))
    p_naive = softmax_naive(scaled)
    p_stable = softmax(scaled)
    target = one_hot([true_class], z.size)[0]
    with np.errstate(invalid="ignore", divide="ignore"):
        loss_naive = float(-np.log(p_naive[true_class])) if np.isfinite(p_naive[true_class]) else math.nan
    loss_stable = SOFTMAX_CROSS_ENTROPY.value(scaled[None, :], np.array([true_class]))
    return SoftmaxReport(
        scaled=scaled, exp_naive=exp_naive, sum_naive=sum_naive, p_naive=p_naive,
        exp_stable=np.exp(scaled - np.max(scaled)), p_stable=p_stable, target=target,
        loss_naive=loss_naive, loss_stable=loss_stable,
        naive_ok=bool(np.all(np.isfinite(p_naive))),
    )


# --- metrics on a small batch --------------------------------------------------
@dataclass(frozen=True)
class BatchMetrics:
    """probabilities (n, k), labels (n,) -> what accuracy and MAE count.

    predicted = argmax_k p (n,); correct = predicted == label (n,);
    row_error = mean_k |p - t| per sample (n,), t one-hot;
    accuracy = mean(correct); mae = mean over all n k entries of |p - t|.
    """

    predicted: np.ndarray
    correct: np.ndarray
    row_error: np.ndarray
    row_sums: np.ndarray
    accuracy: float
    mae: float


def batch_metrics(probabilities, labels) -> BatchMetrics:
    p = np.asarray(probabilities, dtype=np.float64)
    labels = np.asarray(labels, dtype=np.int64).reshape(-1)
    if p.ndim != 2 or p.shape[0] != labels.shape[0]:
        raise ValueError(f"need one row of probabilities per label; got {p.shape} and {labels.shape}")
    if labels.size and (labels.min() < 0 or labels.max() >= p.shape[1]):
        raise ValueError(f"labels must be between 0 and {p.shape[1] - 1}")
    t = one_hot(labels, p.shape[1])
    predicted = np.argmax(p, axis=1) if p.size else np.zeros(0, dtype=np.int64)
    return BatchMetrics(
        predicted=predicted,
        correct=predicted == labels,
        row_error=np.mean(np.abs(p - t), axis=1) if p.size else np.zeros(0),
        row_sums=p.sum(axis=1),
        accuracy=accuracy(predicted, labels),
        mae=mean_absolute_error(p, t),
    )


# --- text in and out -----------------------------------------------------------
def format_value(v: float, digits: int = 4) -> str:
    """A number as the views print it: "inf", "-inf" and "NaN" spelled out,
    otherwise ``digits`` significant digits ("0.6652", "1.234e+05")."""
    v = float(v)
    if math.isnan(v):
        return "NaN"
    if math.isinf(v):
        return "inf" if v > 0 else "-inf"
    return f"{v + 0.0:.{digits}g}"  # + 0.0 turns -0.0 into 0.0: no "-0" (e.g. -t·log y at t = 0)


class NumberListError(ValueError):
    """What is wrong with a typed list of numbers, in parts a translation can use.

    kind : "not_number" | "not_finite" | "out_of_range" (item ``index``, 1-based, text
    ``item``, bound ``limit``) or "too_few" | "too_many" (``count`` given, ``bound`` allowed).
    str(error) is the English sentence.
    """

    def __init__(self, kind: str, message: str, index: int = 0, item: str = "", limit: float = 0.0,
                 count: int = 0, bound: int = 0):
        super().__init__(message)
        self.kind, self.index, self.item, self.limit, self.count, self.bound = kind, index, item, limit, count, bound


def parse_numbers(text: str, min_count: int = 1, max_count: int | None = None,
                  limit: float | None = None) -> list[float]:
    """"1, 2.5  -3" -> [1.0, 2.5, -3.0]; commas, semicolons or spaces separate.

    Raises NumberListError (a ValueError) with a one-line message naming the bad item; inf
    and NaN are refused (type a large number instead), and so is any |value| > limit.
    """
    items = [s for s in re.split(r"[\s,;]+", text.strip()) if s]
    values = []
    for i, item in enumerate(items, start=1):
        try:
            v = float(item)
        except ValueError:
            raise NumberListError("not_number", f"item {i} ({item!r}) is not a number", i, item) from None
        if not math.isfinite(v):
            raise NumberListError("not_finite", f"item {i} ({item!r}) is not a finite number", i, item)
        if limit is not None and abs(v) > limit:
            raise NumberListError("out_of_range", f"item {i} ({item!r}) is outside -{limit:g} to {limit:g}",
                                  i, item, limit)
        values.append(v)
    if len(values) < min_count:
        raise NumberListError("too_few", f"need at least {min_count} numbers, got {len(values)}",
                              count=len(values), bound=min_count)
    if max_count is not None and len(values) > max_count:
        raise NumberListError("too_many", f"need at most {max_count} numbers, got {len(values)}",
                              count=len(values), bound=max_count)
    return values
