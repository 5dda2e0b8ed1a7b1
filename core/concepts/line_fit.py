"""Fit a straight line to points by gradient descent under a chosen loss.

The concept explorer uses it to show that MSE chases an outlier and MAE barely
notices it: both lines are fitted the same way, only the loss differs.

Model: y_hat = w x + b for points x, y of shape (n,). Loss: one of
``LINE_LOSSES`` (MSE, MAE, Huber), taken from ``core.nn.losses``; its
``gradient(y_hat, t)`` gives dL/dy_hat of shape (n,), and the chain rule gives

    dL/dw = sum_i dL/dy_hat_i * x_i,      dL/db = sum_i dL/dy_hat_i.

The descent runs in standardized coordinates x' = (x - mean x) / std x,
y' = (y - mean y) / std y, so one learning rate suits any data: for MSE the
curvature is then the same in w' and b'. Standardizing does not change which
line is best for MSE or MAE (it scales the loss by a constant); Huber's delta
is given in y's units and divided by std y, which keeps its best line as well.
The step size decays as lr / (1 + k t) (``core.nn.schedules.InverseTime``), so
MAE's sign-valued gradient settles instead of hopping forever.

Gradient descent on MAE only comes near its line (4,000 steps left 0.51635x + 1.0507
where the best is 0.51667x + 1.05). So once the MAE descent settles, the line is put on
the exact L1 line (``exact_l1_line``): the best L1 line passes through two of the
points (a vertex of the linear program min Σ|y − wx − b|), so trying every pair finds it.
"""
from __future__ import annotations

import numpy as np

from core.nn.losses import LOSSES, Huber, Loss
from core.nn.optimizers import SGD
from core.nn.schedules import InverseTime

#: the losses a line can be fitted with (key -> loss object in core.nn.losses)
LINE_LOSSES = ("mse", "mae", "huber")


def exact_l1_line(x, y) -> tuple[float, float]:
    """(w, b) minimizing Σ|y_i − (w x_i + b)| for points x, y of shape (n,), n >= 1.

    Some best line passes through two points with different x (LP vertices), so every
    such pair is tried: O(n³), fine for the few dozen points a learner drags. All x equal:
    w = 0 and b = the median of y. Among equally good lines the first pair (i < j) wins.
    """
    x = np.asarray(x, dtype=np.float64).reshape(-1)
    y = np.asarray(y, dtype=np.float64).reshape(-1)
    i, j = np.triu_indices(x.size, k=1)
    keep = x[i] != x[j]
    i, j = i[keep], j[keep]
    if i.size == 0:
        return 0.0, float(np.median(y))
    w = (y[j] - y[i]) / (x[j] - x[i])
    b = y[i] - w * x[i]
    cost = np.abs(y[None, :] - w[:, None] * x[None, :] - b[:, None]).sum(axis=1)
    k = int(np.argmin(cost))
    return float(w[k]), float(b[k])


def _standardize_stats(v: np.ndarray) -> tuple[float, float]:
    mean = float(np.mean(v))
    std = float(np.std(v))
    return mean, (std if std > 1e-12 else 1.0)


class LineFit:
    """A line y = w x + b kept fitted to points by gradient descent.

    loss : a key of ``LINE_LOSSES`` or a ``Loss`` object (MSE, MAE, Huber).
    lr, decay : step size lr_t = lr / (1 + decay t), t = updates since the
        points last changed (in standardized units).
    max_steps : after this many updates since the points last changed the fit
        counts as settled (``converged``) and ``step`` does nothing.
    tol : the fit is also settled once an update moves (w', b') by less than tol.
    """

    def __init__(self, loss: str | Loss = "mse", lr: float = 0.2, decay: float = 0.01,
                 max_steps: int = 4000, tol: float = 1e-9):
        if isinstance(loss, str):
            if loss not in LINE_LOSSES:
                raise ValueError(f"cannot fit a line with {loss!r}; choose from {', '.join(LINE_LOSSES)}")
            loss = LOSSES[loss]
        if not isinstance(loss, Loss) or loss.name not in LINE_LOSSES:
            raise ValueError(f"cannot fit a line with {loss!r}; choose from {', '.join(LINE_LOSSES)}")
        self.loss = loss
        self.max_steps = int(max_steps)
        self.tol = float(tol)
        self._optimizer = SGD(lr=lr, schedule=InverseTime(decay))
        self._params = {"w": np.zeros(1), "b": np.zeros(1)}  # standardized
        self._x = np.zeros(0)
        self._y = np.zeros(0)
        self._xs = self._ys = np.zeros(0)
        self._mx, self._sx, self._my, self._sy = 0.0, 1.0, 0.0, 1.0
        self._fit_loss = loss
        self.last_move = np.inf
        self.steps_done = 0

    # --- points -------------------------------------------------------------
    def set_points(self, x, y) -> None:
        """Use new points (shape (n,) each, n >= 1); the current line is kept
        as the starting point (warm start) and the step size starts again."""
        x = np.asarray(x, dtype=np.float64).reshape(-1)
        y = np.asarray(y, dtype=np.float64).reshape(-1)
        if x.shape != y.shape or x.size == 0:
            raise ValueError(f"need as many x as y values (at least one); got {x.size} and {y.size}")
        if not (np.all(np.isfinite(x)) and np.all(np.isfinite(y))):
            raise ValueError("points must be finite numbers")
        first = self._x.size == 0
        w, b = self.w, self.b
        self._x, self._y = x.copy(), y.copy()
        self._mx, self._sx = _standardize_stats(x)
        self._my, self._sy = _standardize_stats(y)
        self._xs = (x - self._mx) / self._sx
        self._ys = (y - self._my) / self._sy
        if first:
            self._params["w"][0] = 0.0  # start flat through the mean of y
            self._params["b"][0] = 0.0
        else:
            self.set_line(w, b)
        self._fit_loss = Huber(self.loss.delta / self._sy) if isinstance(self.loss, Huber) else self.loss
        self._optimizer.reset()
        self.steps_done = 0
        self.last_move = np.inf

    def set_line(self, w: float, b: float, settled: bool = False) -> None:
        """Put the line at y = w x + b (original units), e.g. to start from it.
        ``settled=True``: it is known to be the fit already, so ``converged``
        holds (and ``step`` does nothing) until the points change."""
        self._params["w"][0] = w * self._sx / self._sy
        self._params["b"][0] = (w * self._mx + b - self._my) / self._sy
        if settled:
            self.steps_done = self.max_steps

    @property
    def points(self) -> tuple[np.ndarray, np.ndarray]:
        return self._x.copy(), self._y.copy()

    # --- the line in original units ----------------------------------------
    @property
    def w(self) -> float:
        """Slope in original units: w = w' std_y / std_x."""
        return float(self._params["w"][0] * self._sy / self._sx)

    @property
    def b(self) -> float:
        """Intercept in original units: b = mean_y + std_y b' - w mean_x."""
        return float(self._my + self._sy * self._params["b"][0] - self.w * self._mx)

    def predict(self, x) -> np.ndarray:
        """y_hat = w x + b for x of any shape."""
        return self.w * np.asarray(x, dtype=np.float64) + self.b

    def loss_value(self) -> float:
        """The chosen loss of the current line on the points, in original units."""
        return self.loss.value(self.predict(self._x), self._y)

    # --- descent ------------------------------------------------------------
    @property
    def converged(self) -> bool:
        return self._x.size == 0 or self.steps_done >= self.max_steps or self.last_move < self.tol

    def step(self, n: int = 1) -> int:
        """Do up to n gradient-descent updates (fewer once converged); returns how many ran."""
        done = 0
        params, xs, ys = self._params, self._xs, self._ys
        while done < n and not self.converged:
            g = self._fit_loss.gradient(params["w"][0] * xs + params["b"][0], ys)
            grads = {"w": np.array([np.dot(g, xs)]), "b": np.array([np.sum(g)])}
            before_w, before_b = params["w"][0], params["b"][0]
            self._optimizer.update(params, grads)
            self.last_move = max(abs(params["w"][0] - before_w), abs(params["b"][0] - before_b))
            self.steps_done += 1
            done += 1
            if self.converged and self.loss.name == "mae":
                self.set_line(*exact_l1_line(self._x, self._y))  # settle exactly, not 0.0003 short
        return done

    def fit(self, max_updates: int | None = None) -> "LineFit":
        """Run until converged (or max_updates); returns self."""
        self.step(self.max_steps if max_updates is None else max_updates)
        return self
