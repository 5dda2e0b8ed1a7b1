"""Error types for data and model files.

Both carry a message that names the file and the problem in plain words, so
the GUI and the command line can show it as it is (one line, no traceback).
"""
from __future__ import annotations


class DataError(Exception):
    """A data file or folder that cannot be used (missing, truncated, wrong format, ...)."""


class ModelError(Exception):
    """A model file that cannot be used (not an .npz, unsafe content, wrong names or shapes, ...)."""
