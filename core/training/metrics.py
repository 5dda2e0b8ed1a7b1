"""The course's metrics: accuracy, confusion matrix, per-class accuracy, MAE.

Labels are int arrays of shape (n,); probabilities are (n, k).
"""
from __future__ import annotations

import numpy as np


def accuracy(predicted, labels) -> float:
    """Fraction of predicted labels equal to the true ones, in [0, 1] (0 for an empty batch)."""
    predicted, labels = np.asarray(predicted), np.asarray(labels)
    if predicted.shape != labels.shape:
        raise ValueError(f"shapes differ: {predicted.shape} vs {labels.shape}")
    return float(np.mean(predicted == labels)) if labels.size else 0.0


def confusion_matrix(predicted, labels, num_classes: int = 10) -> np.ndarray:
    """C[i, j] = how many samples of true class i were predicted as j; shape (k, k), int64."""
    predicted = np.asarray(predicted, dtype=np.int64)
    labels = np.asarray(labels, dtype=np.int64)
    flat = np.bincount(labels * num_classes + predicted, minlength=num_classes * num_classes)
    return flat[: num_classes * num_classes].reshape(num_classes, num_classes)


def per_class_accuracy(confusion: np.ndarray) -> np.ndarray:
    """Recall per true class: C[i, i] / sum_j C[i, j]; NaN for a class with no samples."""
    confusion = np.asarray(confusion, dtype=np.float64)
    totals = confusion.sum(axis=1)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(totals > 0, np.diag(confusion) / totals, np.nan)


def mean_absolute_error(y, t) -> float:
    """mean(|y - t|) over all elements: for probabilities against one-hot targets,
    how far the predicted probabilities are from certainty on the right class."""
    y, t = np.asarray(y, dtype=np.float64), np.asarray(t, dtype=np.float64)
    if y.shape != t.shape:
        raise ValueError(f"shapes differ: {y.shape} vs {t.shape}")
    return float(np.mean(np.abs(y - t))) if y.size else 0.0
