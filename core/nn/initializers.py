"""Weight initializers: W ~ N(0, std**2) with std chosen from the layer's fan-in.

``INITIALIZERS`` maps a name to an instance with ``std(n_in)`` and
``weights(n_in, n_out, rng, dtype)``; biases always start at 0.
"""
from __future__ import annotations

import math

import numpy as np


class Initializer:
    name = ""
    display_name = ""
    formula = ""

    def std(self, n_in: int) -> float:
        raise NotImplementedError

    def weights(self, n_in: int, n_out: int, rng: np.random.Generator, dtype=np.float32) -> np.ndarray:
        """W of shape (n_in, n_out) drawn from N(0, std(n_in)**2)."""
        w = rng.standard_normal((n_in, n_out)) * self.std(n_in)
        return w.astype(dtype)

    def __repr__(self) -> str:
        return f"{type(self).__name__}()"


class Normal(Initializer):
    """std = 0.01, as in the book's first networks (weight_init_std=0.01)."""

    name = "normal"
    display_name = "Normal (0.01)"
    formula = "σ = 0.01"

    def std(self, n_in):
        return 0.01


class Xavier(Initializer):
    """Xavier (Glorot), as the book writes it: std = sqrt(1 / n_in). Suits sigmoid and tanh."""

    name = "xavier"
    display_name = "Xavier"
    formula = "σ = √(1 / n)"

    def std(self, n_in):
        return math.sqrt(1.0 / n_in)


class He(Initializer):
    """He: std = sqrt(2 / n_in). Suits ReLU, which zeroes half its inputs."""

    name = "he"
    display_name = "He"
    formula = "σ = √(2 / n)"

    def std(self, n_in):
        return math.sqrt(2.0 / n_in)


INITIALIZERS: dict[str, Initializer] = {i.name: i for i in (Normal(), Xavier(), He())}
