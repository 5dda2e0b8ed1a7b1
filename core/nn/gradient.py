"""Numerical gradient and plain gradient descent, as in DLFS chapter 4."""
from __future__ import annotations

import numpy as np


def numerical_gradient(f, x: np.ndarray, h: float = 1e-4) -> np.ndarray:
    """Central difference: df/dx_i ~ (f(x + h e_i) - f(x - h e_i)) / (2h).

    x : ndarray of any shape (float). f takes an array of that shape and
    returns a scalar. x is changed during the computation and restored.
    Returns an array of x's shape.
    """
    x = np.asarray(x)
    grad = np.zeros_like(x, dtype=np.result_type(x.dtype, np.float64) if not np.issubdtype(x.dtype, np.floating) else x.dtype)
    flat = x.reshape(-1) if x.flags.c_contiguous else None
    if flat is None:
        raise ValueError("numerical_gradient needs a contiguous array")
    gflat = grad.reshape(-1)
    for i in range(flat.size):
        old = flat[i]
        flat[i] = old + h
        fxh1 = f(x)
        flat[i] = old - h
        fxh2 = f(x)
        flat[i] = old
        gflat[i] = (fxh1 - fxh2) / (2 * h)
    return grad


def gradient_descent(f, init_x, lr: float = 0.01, step_num: int = 100) -> np.ndarray:
    """Repeat x <- x - lr * grad f(x) step_num times from init_x (not modified).

    gradient_descent(lambda x: (x[0]-2)**2 + 4*(x[1]-3)**2,
                     np.array([100.0, -10.0]), 0.01, 1000) -> about [2.00000016, 3.0]
    """
    x = np.array(init_x, dtype=np.float64)
    for _ in range(step_num):
        x -= lr * numerical_gradient(f, x)
    return x
