"""Open an .npz archive of plain arrays safely: the one way in for models, data sets and drawings.

``open_npz(path, error)`` returns a ``SafeNpz`` (use it in a ``with``). Nothing is
decompressed before it is checked:

- only a regular file is opened (a FIFO would hang), and its first bytes must be a zip;
- ``archive.header(key)`` reads only a member's .npy header -> (shape, dtype); a member whose
  dtype holds Python objects is refused there, so a pickle is never read, let alone loaded;
- ``archive.read(key, max_bytes=...)`` checks the header's shape and dtype, the size the zip
  declares for the member, a byte limit and the memory available, and only then reads
  (numpy's ``read_array`` with ``allow_pickle=False``; the zip reader stops at the declared size).

``archive[key]`` is ``read(key)`` with the archive's default limit. Every problem (missing,
empty, a single .npy renamed, not a zip, damaged, holding Python objects, too large) raises
``error`` with one line naming the file.
"""
from __future__ import annotations

import zipfile
from pathlib import Path

import numpy as np

from core.data.safe_read import check_fits, format_bytes, open_regular
from core.errors import NPZ_DAMAGE_ERRORS, DataError

_ZIP_MAGIC = b"PK"
_NPY_MAGIC = b"\x93NUMPY"
_PICKLE_MAGIC = b"\x80"
#: default cap on one member's decompressed size (a model or data set of ours is far smaller)
MAX_MEMBER_BYTES = 1 << 30
#: longest .npy header read (numpy's own default limit)
_MAX_HEADER = 10_000
#: an archive with more members than this is not one of ours
MAX_MEMBERS = 1000


class SafeNpz:
    """The members of an .npz, read one at a time with their sizes checked first.

    files : member names without ".npy" (as numpy's NpzFile lists them).
    """

    def __init__(self, path: Path, handle, archive: zipfile.ZipFile, error, max_member_bytes: int):
        self.path, self._handle, self._zip, self.error = path, handle, archive, error
        self.max_member_bytes = int(max_member_bytes)
        self._names = {}
        for info in archive.infolist():
            key = info.filename[:-4] if info.filename.endswith(".npy") else info.filename
            self._names[key] = info
        self.files = list(self._names)

    def __contains__(self, key) -> bool:
        return key in self._names

    def _info(self, key) -> zipfile.ZipInfo:
        if key not in self._names:
            raise self.error(f"{self.path}: no {key!r} inside")
        info = self._names[key]
        if not info.filename.endswith(".npy"):
            raise self.error(f"{self.path}: {key} is not a numpy array")
        return info

    def header(self, key) -> tuple[tuple, np.dtype]:
        """Member ``key``'s .npy header -> (shape, dtype), without reading its data."""
        info = self._info(key)
        try:
            with self._zip.open(info) as fp:
                version = np.lib.format.read_magic(fp)
                if version == (1, 0):
                    shape, _, dtype = np.lib.format.read_array_header_1_0(fp, max_header_size=_MAX_HEADER)
                elif version == (2, 0):
                    shape, _, dtype = np.lib.format.read_array_header_2_0(fp, max_header_size=_MAX_HEADER)
                else:
                    raise self.error(f"{self.path}: {key} uses .npy format {version}, not supported")
        except self.error:
            raise
        except ValueError as exc:
            raise self.error(f"{self.path}: {key} is not a readable numpy array ({exc})") from None
        except NPZ_DAMAGE_ERRORS as exc:
            raise self.error(f"{self.path}: damaged archive ({type(exc).__name__}: {exc})") from None
        if dtype.hasobject:
            raise self.error(f"{self.path}: refused: {key} holds Python objects, not plain numbers")
        return tuple(shape), dtype

    def read(self, key, max_bytes: int | None = None, shape=None) -> np.ndarray:
        """Member ``key`` as an array, after checking (before any data is read) that its header's
        size is at most ``max_bytes`` (default: the archive's limit), matches ``shape`` when
        given, agrees with what the zip declares and fits in memory."""
        got_shape, dtype = self.header(key)
        if shape is not None and got_shape != tuple(shape):
            raise self.error(f"{self.path}: {key} has shape {got_shape}, expected {tuple(shape)}")
        limit = self.max_member_bytes if max_bytes is None else int(max_bytes)
        count = 1
        for n in got_shape:
            count *= int(n)
        nbytes = count * dtype.itemsize
        if nbytes > limit:
            raise self.error(f"{self.path}: {key} would take {format_bytes(nbytes)} (shape {got_shape}), "
                             f"more than the {format_bytes(limit)} allowed: refused")
        info = self._names[key]
        if info.file_size < nbytes:
            raise self.error(f"{self.path}: {key} is truncated (the archive holds {info.file_size} bytes, "
                             f"its shape needs {nbytes})")
        if info.file_size > nbytes + _MAX_HEADER + 64:
            raise self.error(f"{self.path}: {key} holds {info.file_size - nbytes} bytes more than its shape needs")
        check_fits(nbytes, self.path, self.error, key)
        try:
            with self._zip.open(info) as fp:
                return np.lib.format.read_array(fp, allow_pickle=False, max_header_size=_MAX_HEADER)
        except ValueError as exc:
            raise self.error(f"{self.path}: refused: {key} holds Python objects or is damaged ({exc})") from None
        except NPZ_DAMAGE_ERRORS as exc:
            raise self.error(f"{self.path}: damaged archive ({type(exc).__name__}: {exc})") from None

    def __getitem__(self, key) -> np.ndarray:
        return self.read(key)

    def close(self) -> None:
        self._zip.close()
        self._handle.close()

    def __enter__(self) -> "SafeNpz":
        return self

    def __exit__(self, *exc) -> bool:
        self.close()
        return False


def open_npz(path, error: type[Exception] = DataError, what: str = "an .npz archive",
             max_member_bytes: int = MAX_MEMBER_BYTES) -> SafeNpz:
    """``path`` -> SafeNpz, or raise ``error`` saying what is wrong with the file."""
    path = Path(path).expanduser()
    handle = open_regular(path, error, what)
    try:
        head = handle.read(len(_NPY_MAGIC))
        if not head:
            raise error(f"{path}: an empty file, not {what}")
        if head.startswith(_NPY_MAGIC):
            raise error(f"{path}: a single array (.npy), not {what}")
        if head.startswith(_PICKLE_MAGIC):
            raise error(f"{path}: refused: a Python pickle (it may run code), not {what}")
        if not head.startswith(_ZIP_MAGIC):
            raise error(f"{path}: not {what} (neither a zip archive nor a numpy file)")
        handle.seek(0)
        try:
            archive = zipfile.ZipFile(handle)
        except NPZ_DAMAGE_ERRORS as exc:
            raise error(f"{path}: not a readable .npz file ({type(exc).__name__}: {exc})") from None
        if len(archive.infolist()) > MAX_MEMBERS:
            archive.close()
            raise error(f"{path}: {len(archive.infolist())} members: not {what}")
        return SafeNpz(path, handle, archive, error, max_member_bytes)
    except BaseException:
        handle.close()
        raise
