"""Translation helpers shared by the panels.

Panels translate their own strings with ``self.tr("...")`` (literal strings
only, so ``pyside6-lupdate`` finds them; fill values in afterwards with
``.format``). Names that come from ``core`` (display names of activations,
losses, optimizers, schedules, surfaces) are translated with ``tr_core`` in the
context "core"; ``gui/core_strings.py`` lists them for lupdate.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def tr_core(text: str) -> str:
    """Translate a display string that comes from core/ (context 'core')."""
    return QCoreApplication.translate("core", text)
