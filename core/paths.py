"""Where the program's own files are: the bundled resources (data, model, fonts, translations).

``RESOURCES`` is the ``resources/`` folder that sits beside ``core/`` in a checkout and in an
installed copy alike (it is shipped as package data), so nothing depends on the current folder.
"""
from __future__ import annotations

from pathlib import Path

#: the folder holding core/, gui/, cli/ and resources/
ROOT = Path(__file__).resolve().parent.parent
RESOURCES = ROOT / "resources"


def resource(*parts: str) -> Path:
    """The path of a bundled file, e.g. ``resource("models", "default.npz")``."""
    return RESOURCES.joinpath(*parts)
