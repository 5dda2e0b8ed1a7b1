"""Evaluate a network on labelled data: the course's metrics in one result."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from core.nn.activations import softmax
from core.nn.losses import one_hot
from core.training.metrics import accuracy, confusion_matrix, mean_absolute_error, per_class_accuracy


@dataclass(frozen=True, eq=False)
class Evaluation:
    """Metrics of a network on n labelled samples (k classes).

    accuracy : fraction correct, 0..1;  loss : the network's mean loss (no dropout, with L2)
    confusion : (k, k) int, C[true, predicted];  per_class_accuracy : (k,), NaN for absent classes
    worst : indices of the mistakes, most confident mistake first
    prob_mae : mean |p - onehot(t)| over all n·k probabilities
    predicted : (n,) int;  confidence : (n,) probability of the predicted class
    """

    accuracy: float
    loss: float
    confusion: np.ndarray
    per_class_accuracy: np.ndarray
    worst: np.ndarray
    prob_mae: float
    predicted: np.ndarray
    confidence: np.ndarray

    @property
    def count(self) -> int:
        return int(self.predicted.shape[0])

    @property
    def correct(self) -> int:
        return int(np.trace(self.confusion))


def evaluate(net, x, y, batch_size: int = 1000) -> Evaluation:
    """Run ``net.predict`` over (x, y) in batches and collect the metrics.

    x : (n, n_in) float;  y : (n,) int class indices.
    """
    x = np.asarray(x)
    y = np.asarray(y, dtype=np.int64)
    n = x.shape[0]
    k = net.sizes[-1]
    if y.shape != (n,):
        raise ValueError(f"labels shape {y.shape} does not match {n} samples")
    predicted = np.empty(n, dtype=np.int64)
    confidence = np.empty(n, dtype=np.float64)
    loss_sum = 0.0
    abs_sum = 0.0
    for start in range(0, n, batch_size):
        xb, yb = x[start:start + batch_size], y[start:start + batch_size]
        z = net.logits(xb)
        loss_sum += net.loss_from_logits(z, yb) * len(yb)
        probs = softmax(z.astype(np.float64), axis=1)
        pred = probs.argmax(axis=1)
        predicted[start:start + len(yb)] = pred
        confidence[start:start + len(yb)] = probs[np.arange(len(yb)), pred]
        abs_sum += mean_absolute_error(probs, one_hot(yb, k)) * probs.size
    confusion = confusion_matrix(predicted, y, k)
    wrong = np.flatnonzero(predicted != y)
    worst = wrong[np.argsort(-confidence[wrong], kind="stable")]
    return Evaluation(
        accuracy=accuracy(predicted, y),
        loss=loss_sum / n if n else float("nan"),
        confusion=confusion,
        per_class_accuracy=per_class_accuracy(confusion),
        worst=worst,
        prob_mae=abs_sum / (n * k) if n else float("nan"),
        predicted=predicted,
        confidence=confidence,
    )
