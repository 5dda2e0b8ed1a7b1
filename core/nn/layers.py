"""Layers of the MLP, each with ``forward`` and ``backward`` (DLFS ``common/layers.py``).

A layer keeps on ``self`` what its backward pass needs. For speed the arrays a
layer returns are its own preallocated buffers, reused by its next call: read
them (or copy them) before calling the layer again. Layers never write into
the arrays they are given. Shapes: n = batch size.

Parameter gradients live in ``Affine.dW`` / ``Affine.db`` (overwritten by
every backward pass).
"""
from __future__ import annotations

import numpy as np

from core.nn.activations import Activation, ReLU
from core.nn.losses import LOSSES, one_hot


class _Buffers:
    """Arrays reused between calls while the batch shape stays the same."""

    def __init__(self):
        self._bufs: dict[str, np.ndarray] = {}

    def get(self, name: str, shape: tuple, dtype) -> np.ndarray:
        buf = self._bufs.get(name)
        if buf is None or buf.shape != shape or buf.dtype != dtype:
            buf = np.empty(shape, dtype=dtype)
            self._bufs[name] = buf
        return buf


class Affine:
    """z = x W + b.

    x : (n, n_in), W : (n_in, n_out), b : (n_out,) -> z : (n, n_out).
    backward(dz): dW = xᵀ dz, db = Σ_n dz, returns dx = dz Wᵀ (None when
    ``need_dx`` is False, as for the first layer, whose input is the data).
    W and b are looked up in ``params`` at each call, so replacing an entry
    of the dict is seen at once.

    ``sparse_input``: for images with many all-zero pixels (a batch of 100
    MNIST digits leaves about a third of the 784 pixels blank in every image),
    multiply only the columns of x that are not all zero in the batch:
    z = x[:, a] W[a] and dW[a] = x[:, a]ᵀ dz, dW[not a] = 0. Same result, less work.
    """

    #: use the compact product only when at most this fraction of the inputs is active
    SPARSE_MAX_FRACTION = 0.8

    def __init__(self, params: dict, w_key: str, b_key: str, need_dx: bool = True, sparse_input: bool = False):
        self.params, self.w_key, self.b_key, self.need_dx = params, w_key, b_key, need_dx
        self.sparse_input = sparse_input and not need_dx
        w = params[w_key]
        self.dW = np.zeros_like(w)
        self.db = np.zeros_like(params[b_key])
        self.x = None
        self.cols = None  # active input columns of the last batch (sparse path) or None
        self._buf = _Buffers()

    def forward(self, x: np.ndarray) -> np.ndarray:
        w, b = self.params[self.w_key], self.params[self.b_key]
        z = self._buf.get("z", (x.shape[0], w.shape[1]), w.dtype)
        self.cols = None
        if self.sparse_input:
            active = (x != 0).any(axis=0)  # NaN counts as active, so it reaches the loss
            k = int(np.count_nonzero(active))
            if k <= self.SPARSE_MAX_FRACTION * x.shape[1]:
                self.cols = np.flatnonzero(active)
                x = x[:, self.cols]
                np.dot(x, w[self.cols], out=z)
                z += b
                self.x = x
                return z
        np.dot(x, w, out=z)
        z += b
        self.x = x
        return z

    def backward(self, dz: np.ndarray):
        w = self.params[self.w_key]
        if self.dW.shape != w.shape or self.dW.dtype != w.dtype:
            self.dW = np.zeros_like(w)
            self.db = np.zeros_like(self.params[self.b_key])
        if self.cols is not None:
            self.dW.fill(0)
            self.dW[self.cols] = self.x.T @ dz
        else:
            np.dot(self.x.T, dz, out=self.dW)
        np.add.reduce(dz, axis=0, out=self.db)
        if not self.need_dx:
            return None
        dx = self._buf.get("dx", self.x.shape, w.dtype)
        np.dot(dz, w.T, out=dx)
        return dx


class ReLULayer:
    """h = max(0, a); backward: da = dh ⊙ [a > 0]. Shapes (n, m) in and out."""

    def __init__(self):
        self._buf = _Buffers()
        self.mask = None

    def forward(self, a: np.ndarray) -> np.ndarray:
        h = self._buf.get("h", a.shape, a.dtype)
        np.maximum(a, 0, out=h)
        self.mask = self._buf.get("mask", a.shape, np.bool_)
        np.greater(a, 0, out=self.mask)
        return h

    def backward(self, dh: np.ndarray) -> np.ndarray:
        da = self._buf.get("da", dh.shape, dh.dtype)
        np.multiply(dh, self.mask, out=da)
        return da


class ActivationLayer:
    """h = f(a) for any ``core.nn.activations`` activation; backward: da = dh ⊙ f'(a)."""

    def __init__(self, activation: Activation):
        self.activation = activation
        self.a = None

    def forward(self, a: np.ndarray) -> np.ndarray:
        self.a = a.copy()
        return self.activation.value(a)

    def backward(self, dh: np.ndarray) -> np.ndarray:
        return dh * self.activation.derivative(self.a)


def activation_layer(activation: Activation):
    """The fast layer for ReLU, the generic one for everything else."""
    return ReLULayer() if isinstance(activation, ReLU) and type(activation) is ReLU else ActivationLayer(activation)


class Dropout:
    """Inverted dropout: h = x ⊙ m, m_ij = [u_ij >= p] / (1 - p), u ~ U(0, 1).

    Only when ``train`` is true; at prediction time it passes x through (the
    1/(1-p) scaling during training keeps the expected activation the same).
    ``fixed_mask = True`` reuses the last mask (for gradient checks).
    """

    def __init__(self, rate: float, rng: np.random.Generator):
        if not 0.0 <= rate < 1.0:
            raise ValueError(f"dropout rate must be in [0, 1), got {rate}")
        self.rate, self.rng = float(rate), rng
        self.mask = None
        self.active = False
        self.fixed_mask = False
        self._buf = _Buffers()

    def forward(self, x: np.ndarray, train: bool = True) -> np.ndarray:
        self.active = bool(train and self.rate > 0)
        if not self.active:
            return x
        if not (self.fixed_mask and self.mask is not None and self.mask.shape == x.shape):
            u = self._buf.get("u", x.shape, x.dtype)
            self.rng.random(out=u, dtype=x.dtype.type)
            self.mask = self._buf.get("mask", x.shape, x.dtype)
            np.greater_equal(u, self.rate, out=self.mask)
            self.mask *= 1.0 / (1.0 - self.rate)
        out = self._buf.get("out", x.shape, x.dtype)
        np.multiply(x, self.mask, out=out)
        return out

    def backward(self, dh: np.ndarray) -> np.ndarray:
        if not self.active:
            return dh
        dx = self._buf.get("dx", dh.shape, dh.dtype)
        np.multiply(dh, self.mask, out=dx)
        return dx


def _labels_and_onehot(t: np.ndarray, k: int):
    t = np.asarray(t)
    if t.ndim == 1:
        return t.astype(np.int64, copy=False), None
    return None, t


class SoftmaxCrossEntropyLayer:
    """Softmax then cross-entropy on logits z (n, k), fused.

    L = (1/n) Σ_i [log Σ_k exp(z_ik) - z_i,t_i] (log-sum-exp, no overflow);
    dL/dz = (softmax(z) - onehot(t)) / n. t: class indices (n,) or one-hot (n, k).
    """

    name = "cross_entropy"

    def __init__(self):
        self._buf = _Buffers()
        self.p = None
        self.labels = self.onehot = self.rows = None

    def forward(self, z: np.ndarray, t) -> float:
        n, k = z.shape
        s = self._buf.get("p", z.shape, z.dtype)
        np.subtract(z, np.maximum.reduce(z, axis=1, keepdims=True), out=s)
        labels, onehot = _labels_and_onehot(t, k)
        if self.rows is None or self.rows.shape[0] != n:
            self.rows = np.arange(n)
        if labels is not None:
            picked = float(np.add.reduce(s[self.rows, labels], dtype=np.float64))
        else:
            onehot = onehot.astype(z.dtype, copy=False)
            picked = float(np.vdot(s, onehot))
        np.exp(s, out=s)
        total = np.add.reduce(s, axis=1, keepdims=True)
        s /= total
        log_total = np.log(total[:, 0])
        if labels is not None:
            log_sum = float(np.add.reduce(log_total, dtype=np.float64))
        else:
            log_sum = float(np.dot(log_total, onehot.sum(axis=1)))
        self.p, self.labels, self.onehot = s, labels, onehot
        return (log_sum - picked) / n

    def backward(self) -> np.ndarray:
        n = self.p.shape[0]
        dz = self._buf.get("dz", self.p.shape, self.p.dtype)
        if self.labels is not None:
            np.multiply(self.p, 1.0 / n, out=dz)
            dz[self.rows, self.labels] -= 1.0 / n
        else:
            np.subtract(self.p, self.onehot, out=dz)
            dz *= 1.0 / n
        return dz


class SoftmaxMSELayer:
    """Softmax then mean squared error against one-hot targets.

    p = softmax(z); L = mean((p - t)²) over all n·k entries (``LOSSES["mse"]``);
    dL/dp = 2 (p - t) / (n k); dL/dz_i = p_i ⊙ (dL/dp_i - Σ_k dL/dp_ik p_ik) (softmax Jacobian).
    """

    name = "mse"

    def __init__(self):
        self.loss = LOSSES["mse"]
        self.p = self.t = None

    def forward(self, z: np.ndarray, t) -> float:
        s = z - z.max(axis=1, keepdims=True)
        np.exp(s, out=s)
        s /= s.sum(axis=1, keepdims=True)
        t = np.asarray(t)
        self.t = one_hot(t, z.shape[1], dtype=z.dtype) if t.ndim == 1 else t.astype(z.dtype, copy=False)
        self.p = s
        return self.loss.value(s, self.t)

    def backward(self) -> np.ndarray:
        dp = self.loss.gradient(self.p, self.t)
        return self.p * (dp - np.sum(dp * self.p, axis=1, keepdims=True))


OUTPUT_LAYERS = {"cross_entropy": SoftmaxCrossEntropyLayer, "mse": SoftmaxMSELayer}
