"""Write a small text file atomically: a temporary file in the same folder, then a rename.

Used by scenes and the saved run history. (Issue 21 gathers every writer into one safe
writer; this module forwards to it once it exists.)
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_text_atomic(path: Path, text: str) -> Path:
    path = Path(path)
    try:
        from core.data import safe_write  # noqa: F401 - the shared writer, when present
    except ImportError:
        safe_write = None
    if safe_write is not None and hasattr(safe_write, "write_atomic"):
        safe_write.write_atomic(path, text.encode("utf-8"))
        return path
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return path
