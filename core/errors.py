"""Error types for data and model files.

Both carry a message that names the file and the problem in plain words, so
the GUI and the command line can show it as it is (one line, no traceback).
"""
from __future__ import annotations

import struct
import tokenize
import zipfile
import zlib


class DataError(Exception):
    """A data file or folder that cannot be used (missing, truncated, wrong format, ...)."""


class ModelError(Exception):
    """A model file that cannot be used (not an .npz, unsafe content, wrong names or shapes, ...)."""


class SaveError(OSError):
    """A file could not be written, or must not be (a device, a FIFO, a read-only file, ...).

    Raised by ``core.data.safe_write``; the old file, if any, is then intact and no temporary
    file is left. An OSError, so code that already catches OSError around a save keeps working.
    """

    def __str__(self) -> str:  # the message alone, as for the other errors (no "[Errno ...]")
        return str(self.args[0]) if self.args else ""


#: longest message shown on one line; longer ones are shortened in the middle
MAX_MESSAGE = 400


def one_line(text, limit: int = MAX_MESSAGE) -> str:
    """``text`` as one readable line: newlines become spaces, and a message longer than
    ``limit`` characters keeps its start and end around " ... "."""
    line = " ".join(str(text).split())
    if len(line) <= limit:
        return line
    half = (limit - 5) // 2
    return f"{line[:half]} ... {line[-half:]}"


#: What reading a damaged or hostile .npz can raise besides ValueError (which numpy
#: uses for pickles and bad .npy headers): zip and deflate errors, an unsupported
#: compression method (NotImplementedError), an "encrypted" flag (RuntimeError), a
#: header that is not Python syntax (SyntaxError, tokenize.TokenError), or a shape
#: too large to allocate (MemoryError). Readers catch these and raise DataError or
#: ModelError instead.
NPZ_DAMAGE_ERRORS = (OSError, EOFError, zipfile.BadZipFile, zlib.error, KeyError, SyntaxError,
                     tokenize.TokenError, NotImplementedError, RuntimeError, MemoryError, struct.error,
                     OverflowError)
