"""Data augmentation: random shifts of whole images by up to a few pixels.

A digit moved by one or two pixels is still the same digit; training on such
copies teaches the network that position does not matter much, which lifts
test accuracy on the 8,000-digit sample from about 94 % to 96-97 %.
"""
from __future__ import annotations

import numpy as np


def shift_images(x: np.ndarray, dy: np.ndarray, dx: np.ndarray, shape=(28, 28)) -> np.ndarray:
    """Shift each image by (dy[i], dx[i]) pixels, filling with 0 (background).

    x : (n, h*w) or (n, h, w);  dy, dx : int arrays (n,), |shift| <= min(h, w).
    out[i, r, c] = x[i, r - dy[i], c - dx[i]] (positive dy moves content down,
    positive dx moves it right). Returns a new array of x's shape and dtype.
    """
    x = np.asarray(x)
    n = x.shape[0]
    h, w = shape
    imgs = x.reshape(n, h, w)
    dy = np.asarray(dy, dtype=np.int64)
    dx = np.asarray(dx, dtype=np.int64)
    m = int(max(np.abs(dy).max(initial=0), np.abs(dx).max(initial=0)))
    padded = np.zeros((n, h + 2 * m, w + 2 * m), dtype=x.dtype)
    padded[:, m:m + h, m:m + w] = imgs
    out = np.empty((n, h, w), dtype=x.dtype)
    key = (dy + m) * (2 * m + 1) + (dx + m)
    for k in np.unique(key):
        sy, sx = divmod(int(k), 2 * m + 1)
        sy, sx = sy - m, sx - m
        idx = np.flatnonzero(key == k)
        out[idx] = padded[idx, m - sy:m - sy + h, m - sx:m - sx + w]
    return out.reshape(x.shape)


#: images shifted at a time: the work copies stay small (1,024 x 32 x 32 floats = 4 MB)
CHUNK = 1024


def random_shift(x: np.ndarray, rng: np.random.Generator, max_shift: int = 2, shape=(28, 28),
                 rows=None, out: np.ndarray | None = None) -> np.ndarray:
    """Shift every image by its own random (dy, dx), each uniform in [-max_shift, max_shift].

    rows : optional indices (m,): shift the images x[rows] (in that order) without first copying
    them out, so an epoch of full MNIST needs one new array (188 MB), not three.
    Returns (n, ...) like x (n = len(rows) when given), written into ``out`` when given (an
    array of that shape and x's dtype, reused from epoch to epoch). The same rng gives the same
    result whatever the chunking: all shifts are drawn first.
    """
    x = np.asarray(x)
    n = x.shape[0] if rows is None else len(rows)
    dy = rng.integers(-max_shift, max_shift + 1, size=n)
    dx = rng.integers(-max_shift, max_shift + 1, size=n)
    if out is None:
        out = np.empty((n,) + x.shape[1:], dtype=x.dtype)
    elif out.shape != (n,) + x.shape[1:] or out.dtype != x.dtype:
        raise ValueError(f"out has shape {out.shape} {out.dtype}, needs {(n,) + x.shape[1:]} {x.dtype}")
    for start in range(0, n, CHUNK):
        part = slice(start, start + CHUNK)
        images = x[part] if rows is None else np.take(x, rows[part], axis=0)
        out[part] = shift_images(images, dy[part], dx[part], shape)
    return out
