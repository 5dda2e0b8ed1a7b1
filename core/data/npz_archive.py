"""Open an .npz archive of plain arrays safely: the one way in for models, data sets and drawings.

``open_npz(path, error)`` returns numpy's NpzFile (use it in a ``with``); pickles are never
loaded (allow_pickle=False), and every problem (missing, empty, a single .npy renamed, not
a zip, damaged, holding Python objects) raises ``error`` with a message naming the file.
"""
from __future__ import annotations

from pathlib import Path

import numpy as np

from core.errors import NPZ_DAMAGE_ERRORS, DataError

_ZIP_MAGIC = b"PK"
_NPY_MAGIC = b"\x93NUMPY"
_PICKLE_MAGIC = b"\x80"  # let np.load refuse it: the message then says it holds Python objects


def open_npz(path, error: type[Exception] = DataError, what: str = "an .npz archive"):
    """``path`` -> np.lib.npyio.NpzFile, or raise ``error`` saying what is wrong with the file."""
    path = Path(path).expanduser()
    if not path.exists():
        raise error(f"{path}: file not found")
    if not path.is_file():
        raise error(f"{path}: not a file")
    try:
        with open(path, "rb") as f:
            head = f.read(len(_NPY_MAGIC))
    except OSError as exc:
        raise error(f"{path}: cannot read it ({exc.strerror or exc})") from None
    if not head:
        raise error(f"{path}: an empty file, not {what}")
    if head.startswith(_NPY_MAGIC):
        raise error(f"{path}: a single array (.npy), not {what}")
    if not (head.startswith(_ZIP_MAGIC) or head.startswith(_PICKLE_MAGIC)):
        raise error(f"{path}: not {what} (neither a zip archive nor a numpy file)")
    try:
        archive = np.load(path, allow_pickle=False)
    except ValueError as exc:
        raise error(f"{path}: refused: holds Python objects or is damaged ({exc})") from None
    except NPZ_DAMAGE_ERRORS as exc:
        raise error(f"{path}: not a readable .npz file ({type(exc).__name__}: {exc})") from None
    if not isinstance(archive, np.lib.npyio.NpzFile):  # np.load of a non-zip gives an array
        raise error(f"{path}: a single array, not {what}")
    return archive
