"""Kept for the files not yet switched to ``gui.widgets.lr_input`` (the Training tab's controls):
the learning-rate box and its validator live there; this module only re-exports it."""
from gui.widgets.lr_input import RateSpinBox  # noqa: F401

__all__ = ["RateSpinBox"]
