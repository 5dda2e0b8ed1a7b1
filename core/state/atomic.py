"""Write a small text file atomically: forwards to the app's one safe writer.

Used by scenes and the saved run history. ``core.data.safe_write.write_atomic`` does the
work (temporary file in the same folder, fsync, rename; refuses devices, FIFOs, read-only
files...) and raises ``core.errors.SaveError`` (an OSError) naming the file.
"""
from __future__ import annotations

from pathlib import Path

from core.data.safe_write import write_atomic


def write_text_atomic(path: Path, text: str) -> Path:
    """Write ``text`` as UTF-8 (newlines as given) to ``path`` atomically -> ``path``."""
    write_atomic(path, text.encode("utf-8"))
    return Path(path)
