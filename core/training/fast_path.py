"""The Trainer's fast path: the same network, loss and optimizer as core/nn/, fused for speed.

core/nn/ stays readable beside the book's ``common/`` (one layer, one class,
one formula). This module computes exactly the same thing for the networks
the app trains by default (ReLU hidden layers, optional dropout and L2,
softmax cross-entropy on class labels, SGD / Momentum / Adam), with the
tricks kept out of the book-level files:

- ``FusedMLP.loss_and_gradients``: one pass forward and one back through
  preallocated buffers; ReLU and dropout are one multiplication by
  M = [z > 0] ⊙ [u >= p] / (1 - p) (forward h = z ⊙ M, backward da = dh ⊙ M),
  bit for bit what the layers compute; the dropout masks come from the
  network's own generator in the same order, so both paths draw the same masks;
  the first layer multiplies only the input columns that are not blank in the
  batch (MNIST leaves 40-45 % of the 784 pixels blank in a batch of 32-100).
- ``BlockedAdam`` / ``BlockedSGD`` / ``BlockedMomentum``: the book's update
  rules run over blocks of ``BLOCK`` numbers, so each block's weights, gradient
  and state are read from memory once and all the rule's passes run in cache;
  the new weights go into the buffers of the copy kept for divergence recovery,
  and the two sets of buffers are then exchanged (no copy of the weights per step). Adam keeps its moments scaled,
  u = m / (1 - β₁) and w = v / (1 - β₂) (two passes fewer per step; see
  ``BlockedAdam``); its steps equal the book's to float rounding.
- Every large buffer starts at its own offset modulo 4 KiB (no "4K aliasing"
  stalls between buffers that the same loop reads and writes).

tests/core/training/test_fast_path.py checks the losses, gradients and weights
against the book path (core/nn/) to float rounding.
"""
from __future__ import annotations

import numpy as np

from core.nn.optimizers import SGD, Adam, Momentum

#: numbers per block of the blocked updates: 5 arrays of 32 Ki float32 (640 KiB) stay in L2
BLOCK = 32768
#: use the compact first-layer product when at most this fraction of the inputs is active
SPARSE_MAX_FRACTION = 0.8

_next_offset = [0]


def aligned_empty(shape, dtype) -> np.ndarray:
    """An uninitialised array whose address modulo 4096 differs from the previous ones' (steps of 320 B).

    Two buffers that start at the same offset modulo 4 KiB (what the allocator gives
    same-size arrays) stall loops that read one and write the other ("4K aliasing").
    """
    dtype = np.dtype(dtype)
    nbytes = int(np.prod(shape, dtype=np.int64)) * dtype.itemsize
    raw = np.empty(nbytes + 8192, dtype=np.uint8)
    _next_offset[0] = (_next_offset[0] + 320) % 4096
    off = (_next_offset[0] - raw.ctypes.data) % 4096
    return raw[off:off + nbytes].view(dtype).reshape(shape)


def aligned_zeros(shape, dtype) -> np.ndarray:
    out = aligned_empty(shape, dtype)
    out.fill(0)
    return out


def supports(net, optimizer_name: str) -> bool:
    """True when the fast path computes what the book path does for this network and optimizer."""
    return (net.activation == "relu" and net.loss_name == "cross_entropy"
            and net.dtype in (np.float32, np.float64) and optimizer_name in FAST_OPTIMIZERS)


class FusedMLP:
    """``MLP.loss_and_gradients(x, labels, train=True, copy=False)`` for ReLU + softmax cross-entropy.

    net : a core.nn.network.MLP (its weights are read from ``net.params`` at every
    call; its dropout rate, L2 λ and dropout generator are used as they are).
    x : (n, n_in) batch; t : class indices (n,). Returns (loss, grads) with
    grads keyed like params; the arrays are this object's buffers, overwritten
    by the next call. loss = mean cross-entropy + (λ/2) Σ ||W||², as MLP.loss.
    """

    def __init__(self, net):
        self.net = net
        self.n = -1
        self._cache: dict[int, dict] = {}
        dt = net.dtype
        self.w1s = aligned_empty((net.sizes[0] * net.sizes[1],), dt)  # W1[cols], then dW1[cols], flat
        self.grads = {}
        for key, value in net.params.items():
            self.grads[key] = aligned_zeros(value.shape, dt)

    def _buffers(self, n: int) -> None:
        """Per-batch-size buffers: z_i (n, h_i), masks M_i, and the first layer's compact copies.
        Kept for every batch size seen (an epoch's shorter last batch does not reallocate them twice)."""
        names = ("z", "d", "m", "u", "keep", "ok", "nz", "active", "xs", "rows", "dz")
        if n in self._cache:
            self.__dict__.update(self._cache[n])
            self.n = n
            return
        net, dt = self.net, self.net.dtype
        sizes = net.sizes
        self.n = n
        self.z = [aligned_empty((n, h), dt) for h in sizes[1:]]       # pre-activations, then h = z ⊙ M
        self.d = [aligned_empty((n, h), dt) for h in sizes[1:-1]]     # dL/dh, then dL/da in place
        self.m = [aligned_empty((n, h), dt) for h in sizes[1:-1]]     # M_i
        self.u = [aligned_empty((n, h), dt) for h in sizes[1:-1]]     # uniform draws for dropout
        self.keep = [aligned_empty((n, h), np.bool_) for h in sizes[1:-1]]   # [z > 0], then ⊙ [u >= p]
        self.ok = [aligned_empty((n, h), np.bool_) for h in sizes[1:-1]]     # [u >= p]
        self.nz = aligned_empty((n, sizes[0]), np.bool_)
        self.active = np.empty(sizes[0], dtype=np.bool_)
        self.xs = aligned_empty((n * sizes[0],), dt)                  # x[:, cols], flat
        self.rows = np.arange(n)
        self.dz = aligned_empty((n, sizes[-1]), dt)
        self._cache[n] = {name: getattr(self, name) for name in names}

    def _first_layer(self, x: np.ndarray) -> None:
        """z1 = x W1 + b1, multiplying only the input columns that are not all zero in the batch."""
        w, b, z = self.net.params["W1"], self.net.params["b1"], self.z[0]
        np.not_equal(x, 0, out=self.nz)  # NaN counts as active, so it reaches the loss
        np.logical_or.reduce(self.nz, axis=0, out=self.active)
        cols = np.flatnonzero(self.active)
        n, k = x.shape[0], len(cols)
        if k <= SPARSE_MAX_FRACTION * x.shape[1]:
            # mode="clip" (the indices are valid by construction) gathers 2.5x faster than the default "raise"
            xs = np.take(x, cols, axis=1, out=self.xs[:n * k].reshape(n, k), mode="clip")
            ws = np.take(w, cols, axis=0, out=self.w1s[:k * w.shape[1]].reshape(k, w.shape[1]), mode="clip")
            np.dot(xs, ws, out=z)
            self.cols, self.x1 = cols, xs
        else:
            np.dot(x, w, out=z)
            self.cols, self.x1 = None, x
        z += b

    def _hidden(self, i: int) -> np.ndarray:
        """h_i = ReLU(z_i) ⊙ dropout mask, computed in place as z_i ⊙ M_i; returns h_i."""
        net, z, mask = self.net, self.z[i], self.m[i]
        keep = self.keep[i]
        np.greater(z, 0, out=keep)
        if net.dropout > 0:
            u = self.u[i]
            net._dropout_rng.random(out=u, dtype=z.dtype.type)   # the draws the book's Dropout makes
            ok = np.greater_equal(u, net.dropout, out=self.ok[i])
            np.logical_and(keep, ok, out=keep)
            np.multiply(keep, z.dtype.type(1.0 / (1.0 - net.dropout)), out=mask)
        else:
            np.copyto(mask, keep)
        z *= mask
        return z

    def _softmax_ce(self, z: np.ndarray, labels: np.ndarray) -> float:
        """Mean cross-entropy of softmax(z); leaves dL/dz = (softmax(z) - onehot) / n in self.dz."""
        n = z.shape[0]
        s = self.dz
        np.subtract(z, np.maximum.reduce(z, axis=1, keepdims=True), out=s)
        rows = self.rows if len(self.rows) == n else np.arange(n)
        picked = float(np.add.reduce(s[rows, labels], dtype=np.float64))
        np.exp(s, out=s)
        total = np.add.reduce(s, axis=1, keepdims=True)
        s /= total
        log_sum = float(np.add.reduce(np.log(total[:, 0]), dtype=np.float64))
        s *= 1.0 / n
        s[rows, labels] -= 1.0 / n
        return (log_sum - picked) / n

    def loss_and_gradients(self, x: np.ndarray, t):
        net = self.net
        if x.dtype != net.dtype:
            x = x.astype(net.dtype)
        labels = np.asarray(t)
        if labels.ndim != 1:
            raise ValueError("the fast path takes class indices, not one-hot rows")
        labels = labels.astype(np.int64, copy=False)
        n, layers = x.shape[0], net.num_layers
        if n != self.n:
            self._buffers(n)
        params = net.params
        self._first_layer(x)
        h = x
        for i in range(layers):
            if i > 0:
                np.dot(h, params[f"W{i + 1}"], out=self.z[i])
                self.z[i] += params[f"b{i + 1}"]
            if i < layers - 1:
                h = self._hidden(i)
        loss = self._softmax_ce(self.z[-1], labels) + net._l2_term()
        self._backward()
        return loss, self.grads

    def _backward(self) -> None:
        """dW_i = h_{i-1}ᵀ dz_i, db_i = Σ_n dz_i, dz_{i-1} = (dz_i W_iᵀ) ⊙ M_{i-1}; + λ W_i with L2."""
        net, params, grads = self.net, self.net.params, self.grads
        dz = self.dz
        for i in range(net.num_layers, 1, -1):
            h_prev = self.z[i - 2]
            np.dot(h_prev.T, dz, out=grads[f"W{i}"])
            np.add.reduce(dz, axis=0, out=grads[f"b{i}"])
            d = self.d[i - 2]
            np.dot(dz, params[f"W{i}"].T, out=d)
            d *= self.m[i - 2]
            dz = d
        dw = grads["W1"]
        if self.cols is None:
            np.dot(self.x1.T, dz, out=dw)
        else:  # dW1 = 0 on the blank columns' rows, x[:, cols]ᵀ dz on the others
            compact = self.w1s[:dw.shape[1] * len(self.cols)].reshape(len(self.cols), dw.shape[1])
            np.dot(self.x1.T, dz, out=compact)   # W1[cols] has been used: its buffer is free
            dw[~self.active] = 0
            dw[self.cols] = compact
        np.add.reduce(dz, axis=0, out=grads["b1"])
        if net.l2:
            for i in range(1, net.num_layers + 1):
                grads[f"W{i}"] += net.l2 * params[f"W{i}"]


def _blocks(size: int):
    for start in range(0, size, BLOCK):
        yield slice(start, min(start + BLOCK, size))


class _Blocked:
    """Mixin: ``update(params, grads, keep=None)`` runs the rule block by block.

    keep : a dict like params (same shapes, contiguous). When given, the new weights are
    written into keep's arrays and the two dicts then exchange their arrays: params holds
    the updated weights, keep the weights from before the update (the last sound step),
    with no copy at all. Whoever reads ``params`` afterwards sees the new arrays (the
    network looks its weights up by name); a reference to an old array goes stale.
    State arrays are flat and offset (``aligned_zeros``); ``_rule(p, g, state, s, lr, out)``
    updates p's block into ``out`` (p itself without keep) with the work block s.
    """

    state_names: tuple = ()

    def _flat_state(self, key: str, like: np.ndarray) -> list:
        table = self._slots
        out = []
        for name in self.state_names:
            slot = table.setdefault(name, {})
            if key not in slot:
                slot[key] = aligned_zeros(like.shape, like.dtype)
            out.append(slot[key].reshape(-1))
        return out

    def _work(self, like: np.ndarray) -> np.ndarray:
        buf = self._scratch_arrays.get(like.dtype.str)
        if buf is None or buf.size < BLOCK:
            buf = self._scratch_arrays[like.dtype.str] = aligned_empty((BLOCK,), like.dtype)
        return buf

    def update(self, params: dict, grads: dict, keep: dict | None = None) -> None:
        self._prepare()
        lr = self.current_lr
        for key, g in grads.items():
            p = params[key]
            target = p if keep is None else keep[key]
            if not (p.flags.c_contiguous and g.flags.c_contiguous and target.flags.c_contiguous
                    and target.shape == p.shape and target.dtype == p.dtype):
                raise ValueError(f"parameter {key}, its gradient or its kept copy is not contiguous or does not fit")
            pf, gf, of = p.reshape(-1), g.reshape(-1), target.reshape(-1)
            state = self._flat_state(key, p)
            work = self._work(p)
            for sl in _blocks(pf.size):
                self._rule(pf[sl], gf[sl], [a[sl] for a in state], work[:sl.stop - sl.start], lr, of[sl])
            if keep is not None:
                params[key], keep[key] = target, p
        self.t += 1

    def _prepare(self) -> None:
        pass


class BlockedSGD(_Blocked, SGD):
    """SGD in blocks: W ← W − η g."""

    def _rule(self, p, g, state, s, lr, out):
        np.multiply(g, lr, out=s)
        np.subtract(p, s, out=out)


class BlockedMomentum(_Blocked, Momentum):
    """Momentum in blocks: v ← αv − ηg;  W ← W + v."""

    state_names = ("v",)

    def _rule(self, p, g, state, s, lr, out):
        (v,) = state
        v *= self.momentum
        v -= np.multiply(g, lr, out=s)
        np.add(p, v, out=out)


class BlockedAdam(_Blocked, Adam):
    """Adam in blocks, with its moments kept scaled: u = m / (1 − β₁), w = v / (1 − β₂).

    u ← β₁u + g  and  w ← β₂w + g⊙g  are the book's m and v updates divided by
    (1 − β₁) and (1 − β₂); the step η m̂ / (√v̂ + ε), m̂ = m / c₁, v̂ = v / c₂,
    c = 1 − βᵗ, becomes a u / (√w + e) with
    a = η (1 − β₁) / (c₁ r),  e = ε / r,  r = √((1 − β₂) / c₂),
    the same number to float rounding in 10 passes instead of 12.
    """

    state_names = ("u", "w")

    def _prepare(self) -> None:
        step = self.t + 1
        c1, c2 = 1.0 - self.beta1 ** step, 1.0 - self.beta2 ** step
        r = ((1.0 - self.beta2) / c2) ** 0.5
        self._a_factor = (1.0 - self.beta1) / (c1 * r)
        self._e = self.eps / r

    def _rule(self, p, g, state, s, lr, out):
        u, w = state
        u *= self.beta1
        u += g                                    # u = β₁u + g
        np.multiply(g, g, out=s)
        w *= self.beta2
        w += s                                    # w = β₂w + g⊙g
        np.sqrt(w, out=s)
        s += self._e
        np.divide(u, s, out=s)
        s *= lr * self._a_factor                  # η m̂ / (√v̂ + ε)
        np.subtract(p, s, out=out)


FAST_OPTIMIZERS = {"sgd": BlockedSGD, "momentum": BlockedMomentum, "adam": BlockedAdam}
