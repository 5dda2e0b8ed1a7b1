"""The warning "not learning" of a run's end (``RunEnd.warning_cause``) in the UI language.

The causes and their tests are ``core.training.health``; this only words them.
"""
from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication


def learning_warning(end, num_classes: int = 10) -> str:
    """'' when the run learned; else one or two sentences: what is wrong and the likely cause."""
    cause = getattr(end, "warning_cause", "")
    if cause == "dead_units":
        return QCoreApplication.translate("LearningWarning", "Not learning: every unit of a hidden layer outputs 0 on every image (the ReLUs are "
                   "dead), so no gradient reaches the layers below. The learning rate was probably too "
                   "large: lower it and reset the weights.")
    if cause == "chance_loss":
        return QCoreApplication.translate("LearningWarning", "Not learning: the loss stayed at the chance level ln {0} = {1:.3f} (the network gives "
                   "every class the same probability). Try another learning rate (usually smaller) and "
                   "reset the weights.").format(num_classes, math.log(num_classes))
    return ""
