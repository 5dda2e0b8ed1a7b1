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


#: What reading a damaged or hostile .npz can raise besides ValueError (which numpy
#: uses for pickles and bad .npy headers): zip and deflate errors, an unsupported
#: compression method (NotImplementedError), an "encrypted" flag (RuntimeError), a
#: header that is not Python syntax (SyntaxError, tokenize.TokenError), or a shape
#: too large to allocate (MemoryError). Readers catch these and raise DataError or
#: ModelError instead.
NPZ_DAMAGE_ERRORS = (OSError, EOFError, zipfile.BadZipFile, zlib.error, KeyError, SyntaxError,
                     tokenize.TokenError, NotImplementedError, RuntimeError, MemoryError, struct.error,
                     OverflowError)
