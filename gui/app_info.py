"""Who the app is: its names, its icon and the languages it speaks.

A leaf module (it imports nothing from ``gui``), so that the start-up code
(``gui/app.py``) and the main window can both use it without importing each other.
"""
from __future__ import annotations

from PySide6.QtGui import QIcon

from core.paths import RESOURCES

ORGANIZATION = "GradientLab"
APPLICATION = "Gradient Lab"

#: language code -> its name in that language (shown untranslated in View > Language)
LANGUAGES = {"en": "English", "ko": "한국어"}


def app_icon() -> QIcon:
    """The window and application icon (resources/icons/gradient-lab.png)."""
    return QIcon(str(RESOURCES / "icons" / "gradient-lab.png"))
