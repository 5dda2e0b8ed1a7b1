"""Show code: the Descent lab's setting as a small numpy-only Python program (the book's style).

``descent_program(surface, optimizer, lr, schedule, start, steps)`` returns the text of a
self-contained program: the surface ``f`` and its exact gradient, the book's
``numerical_gradient`` (central difference, h = 1e-4), the optimizer as a small class with
``update(params, grads)`` (DLFS ``common/optimizer.py``'s interface), the learning-rate
schedule, and the loop. Its last line prints the final point as ``final point: (x, y)`` with
``repr`` of both floats, so a run of the program can be compared with the app's.

The loop uses the exact gradient, as the app does (the numerical one agrees with it to about
1e-8 here, and printing it at the start shows that): so the program reproduces the app's
trajectory to float64 rounding, not just to the central difference's error.

The formulas are written as plain numpy expressions in the same order of operations as
``core.nn.optimizers`` (which does them in place); measured on the bowl and the book's surface
the final points agree within 1e-12 (tests/core/descent/test_codegen.py runs them).
"""
from __future__ import annotations

import math

from core.nn.schedules import Schedule

#: surface name -> (f body, gradient body), numpy over arrays p of shape (2,)
_SURFACE_CODE = {
    "bowl": ("(x[0] - 2) ** 2 + 4 * (x[1] - 3) ** 2",
             "np.array([2 * (x[0] - 2), 8 * (x[1] - 3)])"),
    "book": ("x[0] ** 2 / 20 + x[1] ** 2",
             "np.array([x[0] / 10, 2 * x[1]])"),
    "rosenbrock": ("(1 - x[0]) ** 2 + 100 * (x[1] - x[0] * x[0]) ** 2",
                   "np.array([-2 * (1 - x[0]) - 400 * x[0] * (x[1] - x[0] * x[0]),\n"
                   "                     200 * (x[1] - x[0] * x[0])])"),
    "himmelblau": ("(x[0] * x[0] + x[1] - 11) ** 2 + (x[0] + x[1] * x[1] - 7) ** 2",
                   "np.array([4 * x[0] * (x[0] * x[0] + x[1] - 11) + 2 * (x[0] + x[1] * x[1] - 7),\n"
                   "                     2 * (x[0] * x[0] + x[1] - 11) + 4 * x[1] * (x[0] + x[1] * x[1] - 7)])"),
    "saddle": ("x[0] * x[0] - x[1] * x[1]",
               "np.array([2 * x[0], -2 * x[1]])"),
    "plateau": ("1 - np.exp(-(x[0] * x[0] / 16 + 4 * x[1] * x[1]))",
                "np.exp(-(x[0] * x[0] / 16 + 4 * x[1] * x[1])) * np.array([x[0] / 8, 8 * x[1]])"),
    "morph": ("np.sum(0.5 * x * x + 2 * T * (1 - np.cos(2 * x)))",
              "x + 4 * T * np.sin(2 * x)"),
}

_OPTIMIZER_CODE = {
    "sgd": '''class SGD:
    """W <- W - lr * dL/dW"""

    def __init__(self, lr):
        self.lr = lr

    def update(self, params, grads, lr):
        for key in params:
            params[key] -= lr * grads[key]
''',
    "momentum": '''class Momentum:
    """v <- a v - lr g;  W <- W + v"""

    def __init__(self, lr, momentum=0.9):
        self.lr, self.momentum, self.v = lr, momentum, None

    def update(self, params, grads, lr):
        if self.v is None:
            self.v = {key: np.zeros_like(val) for key, val in params.items()}
        for key in params:
            self.v[key] = self.momentum * self.v[key] - lr * grads[key]
            params[key] += self.v[key]
''',
    "nesterov": '''class Nesterov:
    """v <- a v - lr g;  W <- W - lr g + a v   (Sutskever et al., 2013)"""

    def __init__(self, lr, momentum=0.9):
        self.lr, self.momentum, self.v = lr, momentum, None

    def update(self, params, grads, lr):
        if self.v is None:
            self.v = {key: np.zeros_like(val) for key, val in params.items()}
        for key in params:
            self.v[key] = self.momentum * self.v[key] - lr * grads[key]
            params[key] -= lr * grads[key]
            params[key] += self.momentum * self.v[key]
''',
    "adagrad": '''class AdaGrad:
    """h <- h + g*g;  W <- W - lr g / (sqrt(h) + 1e-7)"""

    def __init__(self, lr):
        self.lr, self.h = lr, None

    def update(self, params, grads, lr):
        if self.h is None:
            self.h = {key: np.zeros_like(val) for key, val in params.items()}
        for key in params:
            self.h[key] += grads[key] * grads[key]
            params[key] -= lr * (grads[key] / (np.sqrt(self.h[key]) + 1e-7))
''',
    "rmsprop": '''class RMSprop:
    """h <- rho h + (1 - rho) g*g;  W <- W - lr g / (sqrt(h) + 1e-7)"""

    def __init__(self, lr, decay_rate=0.99):
        self.lr, self.decay_rate, self.h = lr, decay_rate, None

    def update(self, params, grads, lr):
        if self.h is None:
            self.h = {key: np.zeros_like(val) for key, val in params.items()}
        for key in params:
            self.h[key] = self.decay_rate * self.h[key] + (grads[key] * grads[key]) * (1 - self.decay_rate)
            params[key] -= lr * (grads[key] / (np.sqrt(self.h[key]) + 1e-7))
''',
    "adam": '''class Adam:
    """m <- b1 m + (1 - b1) g;  v <- b2 v + (1 - b2) g*g;
    W <- W - lr m_hat / (sqrt(v_hat) + 1e-8),  m_hat = m / (1 - b1**t),  v_hat = v / (1 - b2**t)"""

    def __init__(self, lr, beta1=0.9, beta2=0.999):
        self.lr, self.beta1, self.beta2 = lr, beta1, beta2
        self.t, self.m, self.v = 0, None, None

    def update(self, params, grads, lr):
        if self.m is None:
            self.m = {key: np.zeros_like(val) for key, val in params.items()}
            self.v = {key: np.zeros_like(val) for key, val in params.items()}
        self.t += 1
        c1, c2 = 1.0 - self.beta1 ** self.t, 1.0 - self.beta2 ** self.t
        for key in params:
            self.m[key] = self.beta1 * self.m[key] + grads[key] * (1 - self.beta1)
            self.v[key] = self.beta2 * self.v[key] + (grads[key] * grads[key]) * (1 - self.beta2)
            params[key] -= (self.m[key] / (np.sqrt(self.v[key] / c2) + 1e-8)) * (lr / c1)
''',
}

_CLASS_NAMES = {"sgd": "SGD", "momentum": "Momentum", "nesterov": "Nesterov", "adagrad": "AdaGrad",
                "rmsprop": "RMSprop", "adam": "Adam"}


def _schedule_code(schedule: Schedule | None) -> str:
    """``def learning_rate(lr, t)``: the rate of update t (0 for the first), as core.nn.schedules."""
    name = schedule.name if schedule is not None else "constant"
    head = "def learning_rate(lr, t):\n"
    if name == "constant":
        return head + '    """constant: lr_t = lr"""\n    return lr\n'
    if name == "step":
        return (head + f'    """step decay: lr_t = lr * gamma ** (t // step_size)"""\n'
                f"    return lr * {schedule.gamma!r} ** (t // {schedule.step_size!r})\n")
    if name == "exponential":
        return head + f'    """exponential: lr_t = lr * gamma ** t"""\n    return lr * {schedule.gamma!r} ** t\n'
    if name == "inverse_time":
        return head + f'    """1/t decay: lr_t = lr / (1 + k t)"""\n    return lr / (1.0 + {schedule.k!r} * t)\n'
    if name == "cosine":
        return (head + '    """cosine: lr_t = lo + (lr - lo) (1 + cos(pi min(t, T) / T)) / 2,  lo = lr * min_factor"""\n'
                f"    lo = lr * {schedule.min_factor!r}\n"
                f"    frac = min(t, {schedule.total_steps!r}) / {schedule.total_steps!r}\n"
                "    return lo + (lr - lo) * 0.5 * (1.0 + math.cos(math.pi * frac))\n")
    raise ValueError(f"no code for the schedule {name!r}")


def can_show(surface_name: str) -> bool:
    """True when ``descent_program`` can write the surface (every analytic surface; not the neuron)."""
    return surface_name in _SURFACE_CODE


def descent_program(surface_name: str, optimizer: str, lr: float, schedule: Schedule | None,
                    start, steps: int, morph_t: float = 0.0, formula: str = "") -> str:
    """The program text (see the module docstring). ``start``: (x, y); ``steps`` >= 0 updates.

    Raises ValueError for a surface or optimizer it cannot write (the neuron surface).
    """
    if surface_name not in _SURFACE_CODE:
        raise ValueError(f"no code for the surface {surface_name!r}")
    if optimizer not in _OPTIMIZER_CODE:
        raise ValueError(f"no code for the optimizer {optimizer!r}")
    x0, y0 = float(start[0]), float(start[1])
    lr = float(lr)
    if not (math.isfinite(x0) and math.isfinite(y0) and math.isfinite(lr)):
        raise ValueError("start and learning rate must be finite")
    f_body, g_body = _SURFACE_CODE[surface_name]
    t_line = f"T = {float(morph_t)!r}  # the morph amount t\n\n\n" if surface_name == "morph" else ""
    cls = _CLASS_NAMES[optimizer]
    title = f"# {formula}\n" if formula else ""
    return f'''"""Gradient descent on the surface "{surface_name}", as the Gradient Lab's Descent lab runs it.

Optimizer {cls}, learning rate {lr!r}, schedule {schedule.name if schedule else "constant"},
start ({x0!r}, {y0!r}), {int(steps)} steps. Needs only numpy: python this_file.py
"""
import math

import numpy as np

{title}{t_line}def f(x):
    return {f_body}


def gradient(x):
    """the exact gradient (what the app uses)"""
    return {g_body}


def numerical_gradient(f, x):
    """central difference, h = 1e-4 (the book's numerical_gradient)"""
    h = 1e-4
    grad = np.zeros_like(x)
    for idx in range(x.size):
        tmp = x[idx]
        x[idx] = tmp + h
        fxh1 = f(x)
        x[idx] = tmp - h
        fxh2 = f(x)
        grad[idx] = (fxh1 - fxh2) / (2 * h)
        x[idx] = tmp
    return grad


{_schedule_code(schedule)}

{_OPTIMIZER_CODE[optimizer]}

init_x = np.array([{x0!r}, {y0!r}])
print("gradient at the start: exact", gradient(init_x), " numerical", numerical_gradient(f, init_x.copy()))

params = {{"x": init_x.copy()}}
optimizer = {cls}(lr={lr!r})
for t in range({int(steps)}):
    grads = {{"x": gradient(params["x"])}}
    optimizer.update(params, grads, learning_rate(optimizer.lr, t))

x = params["x"]
print("loss at the end:", f(x))
print(f"final point: ({{float(x[0])!r}}, {{float(x[1])!r}})")
'''
