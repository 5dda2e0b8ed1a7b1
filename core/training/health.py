"""Is a run learning? The check behind the warning "not learning" at a run's end.

A run whose loss stays at the chance level (cross-entropy ln C ≈ 2.303 for C = 10
classes: the network says 1/C to every class) for a stretch of iterations, or
whose hidden ReLUs have all gone silent, has stopped learning even though no
number overflowed. ``diagnose(...)`` says which, from numbers the trainer has:

- ``"dead_units"``: some hidden layer outputs 0 for every unit on every sample
  checked (ReLU-type activations: all pre-activations negative); nothing flows back
  through it, so the weights below it never change again.
- ``"chance_loss"``: the median batch loss of the last ``STUCK_ITERATIONS``
  iterations (or of all of them in a shorter run of at least ``MIN_STRETCH``) is within ``CHANCE_BAND`` (relative) of ln C and did not fall
  between the two halves of that stretch, and the test accuracy (if measured)
  is at most ``CHANCE_ACCURACY`` × 1/C.

Both usually mean the learning rate was too large (the weights were thrown to
where every ReLU is off or every class gets the same score) or too small.
"""
from __future__ import annotations

import math

import numpy as np

#: the stretch of iterations looked at: the last STUCK_ITERATIONS, at least MIN_STRETCH of them
STUCK_ITERATIONS = 100
MIN_STRETCH = 10
#: "at the chance level": within this fraction of ln C
CHANCE_BAND = 0.03
#: "did not fall": the second half's mean is above (1 - this) times the first half's
FLAT_FRACTION = 0.01
#: accuracy up to this many times chance (1/C) counts as chance
CHANCE_ACCURACY = 1.5
#: activations whose output is exactly 0 for a negative input (a unit can die)
DYING = ("relu", "step")


def dead_layers(net, x) -> list[int]:
    """Hidden layers (1-based) in which every unit outputs 0 for every row of x (n, n_in)."""
    if net.activation not in DYING or len(x) == 0:
        return []
    from core.nn.activations import ACTIVATIONS

    act = ACTIVATIONS[net.activation]
    h = net._as_input(x)
    dead = []
    for i in range(1, net.num_layers):
        h = act.value(h @ net.params[f"W{i}"] + net.params[f"b{i}"])
        if not np.any(h):
            dead.append(i)
    return dead


def chance_loss(num_classes: int) -> float:
    """Cross-entropy of the uniform guess: ln C."""
    return math.log(num_classes)


def stuck_at_chance(losses, num_classes: int, test_accuracy: float | None = None) -> bool:
    """True when the last STUCK_ITERATIONS batch losses sit at ln C and do not fall (see module doc)."""
    losses = np.asarray(losses, dtype=np.float64)[-STUCK_ITERATIONS:]
    if losses.size < MIN_STRETCH or num_classes < 2:
        return False
    level = chance_loss(num_classes)
    half = losses.size // 2
    first, second = float(np.median(losses[:half])), float(np.median(losses[half:]))
    at_chance = abs(float(np.median(losses)) - level) <= CHANCE_BAND * level   # medians: a spike or two
    flat = second >= (1.0 - FLAT_FRACTION) * min(first, level)                   # do not hide the level
    chance_acc = test_accuracy is None or not math.isfinite(test_accuracy) \
        or test_accuracy <= CHANCE_ACCURACY / num_classes
    return at_chance and flat and chance_acc


def diagnose(net, x_check, losses, num_classes: int, loss_name: str = "cross_entropy",
             test_accuracy: float | None = None) -> str:
    """"dead_units", "chance_loss" or "" (learning, as far as these checks can tell)."""
    if dead_layers(net, x_check):
        return "dead_units"
    if loss_name == "cross_entropy" and stuck_at_chance(losses, num_classes, test_accuracy):
        return "chance_loss"
    return ""


#: the sentence for each warning (the GUI has translated ones per key)
WARNINGS = {
    "dead_units": "warning: not learning: every unit of a hidden layer outputs 0 on every image (the ReLUs "
                  "are dead), so no gradient reaches the layers below; the learning rate was probably too "
                  "large: lower it and reset the weights",
    "chance_loss": "warning: not learning: the loss stayed at the chance level ln {classes} = {level:.3f} "
                   "(the network gives every class the same probability); try another learning rate "
                   "(usually smaller) and reset the weights",
}


def warning_text(cause: str, num_classes: int) -> str:
    if not cause:
        return ""
    return WARNINGS[cause].format(classes=num_classes, level=chance_loss(num_classes))
