"""A multi-layer perceptron with softmax output (DLFS ch. 5-6 ``MultiLayerNetExtend``).

    MLP([784, 128, 10], activation="relu", init="he", seed=0)

Layers: Affine -> activation -> (dropout) -> ... -> Affine -> softmax + loss.
``params`` holds "W1", "b1", "W2", ... (W_i: (n_in, n_out), b_i: (n_out,));
``loss_and_gradients(x, t)`` returns ``(loss, grads)`` keyed like ``params``,
so ``OPTIMIZERS[name](lr=...).update(net.params, grads)`` trains it.

Loss ("cross_entropy" or "mse") is computed on softmax(z) for logits z;
with L2, L += (λ/2) Σ_i ||W_i||² and dW_i += λ W_i (biases are not decayed).
Training runs in float32 by default; ``dtype=np.float64`` is for gradient checks.
"""
from __future__ import annotations

import numpy as np

from core.nn.activations import ACTIVATIONS, softmax
from core.nn.initializers import INITIALIZERS
from core.nn.layers import OUTPUT_LAYERS, Affine, Dropout, activation_layer

LOSS_NAMES = tuple(OUTPUT_LAYERS)


class MLP:
    """Fully connected network.

    sizes : [n_in, hidden..., n_out], e.g. [784, 128, 10]
    activation : key of ACTIVATIONS (hidden layers); init : key of INITIALIZERS
    loss : "cross_entropy" | "mse";  l2 : λ >= 0;  dropout : rate p in [0, 1)
    seed : seeds the weights and the dropout masks.
    """

    def __init__(self, sizes, activation: str = "relu", init: str = "he", seed: int = 0,
                 loss: str = "cross_entropy", l2: float = 0.0, dropout: float = 0.0, dtype=np.float32):
        sizes = [int(s) for s in sizes]
        if len(sizes) < 2 or any(s < 1 for s in sizes):
            raise ValueError(f"sizes must be at least [n_in, n_out] with positive sizes, got {sizes}")
        if activation not in ACTIVATIONS:
            raise ValueError(f"unknown activation {activation!r}; choose from {', '.join(ACTIVATIONS)}")
        if init not in INITIALIZERS:
            raise ValueError(f"unknown init {init!r}; choose from {', '.join(INITIALIZERS)}")
        if loss not in OUTPUT_LAYERS:
            raise ValueError(f"unknown loss {loss!r}; choose from {', '.join(OUTPUT_LAYERS)}")
        if not (np.isfinite(l2) and l2 >= 0):
            raise ValueError(f"l2 must be a finite number >= 0, got {l2}")
        if not 0.0 <= dropout < 1.0:
            raise ValueError(f"dropout must be in [0, 1), got {dropout}")
        self.sizes = sizes
        self.activation = activation
        self.init = init
        self.seed = int(seed)
        self.loss_name = loss
        self.l2 = float(l2)
        self.dropout = float(dropout)
        self.dtype = np.dtype(dtype)
        rng = np.random.default_rng(self.seed)
        self.params: dict[str, np.ndarray] = {}
        initializer = INITIALIZERS[init]
        for i, (n_in, n_out) in enumerate(zip(sizes[:-1], sizes[1:]), start=1):
            self.params[f"W{i}"] = initializer.weights(n_in, n_out, rng, self.dtype)
            self.params[f"b{i}"] = np.zeros(n_out, dtype=self.dtype)
        self._dropout_rng = np.random.default_rng([self.seed, 1])
        self._build_layers()

    # -- structure -------------------------------------------------------
    def _build_layers(self) -> None:
        act = ACTIVATIONS[self.activation]
        self.affines: list[Affine] = []
        self.layers: list = []
        for i in range(1, self.num_layers + 1):
            affine = Affine(self.params, f"W{i}", f"b{i}", need_dx=i > 1, sparse_input=i == 1)
            self.affines.append(affine)
            self.layers.append(affine)
            if i < self.num_layers:
                self.layers.append(activation_layer(act))
                if self.dropout > 0:
                    self.layers.append(Dropout(self.dropout, self._dropout_rng))
        self.output_layer = OUTPUT_LAYERS[self.loss_name]()

    @property
    def num_layers(self) -> int:
        """Number of weight layers (Affine), e.g. 2 for [784, 128, 10]."""
        return len(self.sizes) - 1

    @property
    def layer_names(self) -> list[str]:
        return [f"W{i}" for i in range(1, self.num_layers + 1)]

    @property
    def config(self) -> dict:
        """The architecture as plain JSON-able values; MLP(**config) rebuilds it (new weights)."""
        return {"sizes": list(self.sizes), "activation": self.activation, "init": self.init,
                "seed": self.seed, "loss": self.loss_name, "l2": self.l2, "dropout": self.dropout}

    def copy(self) -> "MLP":
        """Same configuration, deep copies of the weights (safe to use from another thread)."""
        twin = MLP(**self.config, dtype=self.dtype)
        for key, value in self.params.items():
            twin.params[key] = value.copy()
        return twin

    def set_params(self, params: dict) -> None:
        """Copy weights into this network (names and shapes must match)."""
        for key, value in params.items():
            if key not in self.params or self.params[key].shape != np.shape(value):
                raise ValueError(f"parameter {key!r} does not fit this network")
        for key, value in params.items():
            np.copyto(self.params[key], value, casting="same_kind")

    def __repr__(self) -> str:
        return (f"MLP({self.sizes}, activation={self.activation!r}, init={self.init!r}, "
                f"loss={self.loss_name!r}, l2={self.l2}, dropout={self.dropout})")

    # -- prediction (no state kept: safe to call while another thread trains a copy) --
    def _as_input(self, x) -> np.ndarray:
        x = np.asarray(x)
        if x.ndim != 2 or x.shape[1] != self.sizes[0]:
            # one flat sample, one image (h, w), or a batch of images (n, h, w)
            single = x.ndim < 2 or x.size == self.sizes[0]
            x = x.reshape(1, -1) if single else x.reshape(x.shape[0], -1)
        if x.shape[1] != self.sizes[0]:
            raise ValueError(f"input has {x.shape[1]} features, the network expects {self.sizes[0]}")
        return x if x.dtype == self.dtype else x.astype(self.dtype)

    def logits(self, x) -> np.ndarray:
        """x (n, n_in) -> z (n, n_out), the last Affine's output, without dropout."""
        h = self._as_input(x)
        act = ACTIVATIONS[self.activation]
        for i in range(1, self.num_layers + 1):
            z = h @ self.params[f"W{i}"]
            z += self.params[f"b{i}"]
            h = act.value(z) if i < self.num_layers else z
        return h

    def predict(self, x) -> np.ndarray:
        """x (n, n_in) -> class probabilities softmax(z), shape (n, n_out), rows sum to 1."""
        return softmax(self.logits(x), axis=1)

    def loss(self, x, t, train: bool = False) -> float:
        """Mean loss on (x, t) plus the L2 term; no dropout unless ``train``."""
        if train:
            return self._forward(self._as_input(x), t, True)
        return self.loss_from_logits(self.logits(x), t)

    def loss_from_logits(self, z, t) -> float:
        """The loss (with the L2 term) for logits z (n, n_out) already computed by ``logits``."""
        return OUTPUT_LAYERS[self.loss_name]().forward(np.asarray(z), t) + self._l2_term()

    # -- training --------------------------------------------------------
    def _l2_term(self) -> float:
        if self.l2 == 0:
            return 0.0
        total = 0.0
        for key in self.layer_names:
            w = self.params[key].ravel()
            total += float(np.dot(w, w))
        return 0.5 * self.l2 * total

    def _forward(self, x: np.ndarray, t, train: bool) -> float:
        h = x
        for layer in self.layers:
            h = layer.forward(h, train) if isinstance(layer, Dropout) else layer.forward(h)
        return self.output_layer.forward(h, t) + self._l2_term()

    def loss_and_gradients(self, x, t, train: bool = True, copy: bool = True):
        """Forward and backward pass on a batch.

        x : (n, n_in);  t : class indices (n,) or one-hot (n, n_out)
        train : apply dropout. Returns (loss: float, grads: dict like params).
        copy=False returns the network's own gradient buffers (faster; they are
        overwritten by the next call).
        """
        loss = self._forward(self._as_input(x), t, train)
        d = self.output_layer.backward()
        for layer in reversed(self.layers):
            d = layer.backward(d)
        grads: dict[str, np.ndarray] = {}
        for i, affine in enumerate(self.affines, start=1):
            dw, db = affine.dW, affine.db
            if self.l2:
                dw += self.l2 * self.params[f"W{i}"]
            grads[f"W{i}"] = dw.copy() if copy else dw
            grads[f"b{i}"] = db.copy() if copy else db
        return loss, grads

    def set_dropout_fixed(self, fixed: bool) -> None:
        """Reuse the last dropout masks in training passes (for gradient checks)."""
        for layer in self.layers:
            if isinstance(layer, Dropout):
                layer.fixed_mask = fixed
