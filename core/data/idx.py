"""Reader (and writer) for the IDX files MNIST ships in.

Layout (big-endian): two zero bytes, a type code (0x08 = unsigned byte), the
number of dimensions d, then d uint32 sizes, then the data in row-major order.
The first four bytes read as one big-endian int are the "magic number":
2051 (0x00000803) for images (n, rows, cols), 2049 (0x00000801) for labels (n,).
Files may be gzip-compressed (recognized by their first two bytes, 1f 8b).
"""
from __future__ import annotations

import gzip
import io
import math
import struct
from pathlib import Path

import numpy as np

from core.errors import DataError
from core.data.safe_read import (GZIP_ERRORS, check_fits, describe_read_error, file_size, format_bytes,
                                 gzip_reader, open_regular, read_into)
from core.data.safe_write import describe_os_error, write_atomic

IMAGES_MAGIC = 2051
LABELS_MAGIC = 2049
_UBYTE = 0x08
_GZIP_MAGIC = b"\x1f\x8b"


#: extra bytes after the data that are counted for the message before giving up counting
_COUNT_EXTRA = 1 << 20


def _open(path: Path):
    """-> (reader of the IDX bytes, the open file, is_gzip). Only regular files are opened."""
    f = open_regular(path, DataError, "an IDX file")
    try:
        head = f.read(2)
        f.seek(0)
    except OSError as exc:
        f.close()
        raise DataError(f"{path}: cannot read ({describe_os_error(exc)})") from None
    if head == _GZIP_MAGIC:
        return gzip_reader(f), f, True
    if path.suffix == ".gz":
        f.close()
        raise DataError(f"{path}: not gzip data although the name ends in .gz")
    return f, f, False


def _read_header(reader, name: str, magic: int | None) -> tuple[int, tuple]:
    """Read the magic number and the sizes -> (header length in bytes, shape)."""
    head = reader.read(4)
    if magic is not None and len(head) == 4:
        found = struct.unpack(">I", head)[0]
        if found != magic:
            kind = {IMAGES_MAGIC: "images", LABELS_MAGIC: "labels"}.get(magic, "IDX")
            raise DataError(f"{name}: wrong magic number {found} (expected {magic} for {kind})")
    if len(head) < 4:
        raise DataError(f"{name}: too short to be an IDX file ({len(head)} bytes)")
    zero, dtype_code, ndim = struct.unpack(">HBB", head)
    if zero != 0 or ndim == 0:
        raise DataError(f"{name}: not an IDX file (wrong magic number 0x{head.hex()})")
    if dtype_code != _UBYTE:
        raise DataError(f"{name}: IDX type 0x{dtype_code:02x} is not supported (only unsigned bytes, 0x08)")
    dims = reader.read(4 * ndim)
    if len(dims) < 4 * ndim:
        raise DataError(f"{name}: truncated IDX header")
    return 4 + 4 * ndim, struct.unpack(f">{ndim}I", dims)


def _count_rest(reader) -> tuple[int, bool]:
    """Bytes left in ``reader`` -> (count, complete); stops counting after _COUNT_EXTRA."""
    n = 0
    while n <= _COUNT_EXTRA:
        chunk = reader.read(64 * 1024)
        if not chunk:
            return n, True
        n += len(chunk)
    return n, False


def _read_stream(reader, name: str, magic: int | None, plain_size: int | None) -> np.ndarray:
    """The IDX bytes in ``reader`` -> uint8 array; the size the header announces is checked
    (against the file's size for a plain file, and the memory available) before allocating."""
    header, shape = _read_header(reader, name, magic)
    expected = math.prod(shape)  # exact: numpy's int64 product wraps for sizes like (2**31, 2**31, 4)
    if plain_size is not None and plain_size - header != expected:
        have = plain_size - header
        if have < expected:
            raise DataError(f"{name}: truncated: the header announces {expected} bytes of data "
                            f"for shape {tuple(shape)}, the file has {have}")
        raise DataError(f"{name}: {have - expected} bytes more than the header's shape {tuple(shape)} allows")
    check_fits(expected, name, DataError, f"its header's shape {tuple(shape)}")
    try:
        array = np.empty(shape, dtype=np.uint8)
    except ValueError:  # an empty array whose other sizes are absurd, e.g. (0, 2**31, 2**31)
        raise DataError(f"{name}: the header's shape {tuple(shape)} is not a possible array") from None
    except MemoryError:
        raise DataError(f"{name}: its header's shape {tuple(shape)} ({format_bytes(expected)}) "
                        "does not fit in memory") from None
    have = read_into(reader, array, name)
    if have < expected:
        raise DataError(f"{name}: truncated: the header announces {expected} bytes of data "
                        f"for shape {tuple(shape)}, the file has {have}")
    try:
        extra, complete = _count_rest(reader)
    except GZIP_ERRORS as exc:
        raise DataError(f"{name}: damaged or truncated gzip data ({describe_read_error(exc)})") from None
    if extra:
        raise DataError(f"{name}: {'' if complete else 'more than '}{extra} bytes more than the header's "
                        f"shape {tuple(shape)} allows")
    return array


def parse_idx(raw: bytes, name: str = "IDX data") -> np.ndarray:
    """IDX bytes (already decompressed) -> uint8 array of the shape the header gives."""
    return _read_stream(io.BytesIO(raw), name, None, len(raw))


def idx_shape(path, magic: int | None = None) -> tuple:
    """The shape an IDX file's header announces, reading only the header (DataError otherwise)."""
    path = Path(path)
    reader, f, _ = _open(path)
    with f:
        try:
            return _read_header(reader, str(path), magic)[1]
        except GZIP_ERRORS as exc:
            raise DataError(f"{path}: damaged or truncated gzip data ({describe_read_error(exc)})") from None


def read_idx(path, magic: int | None = None) -> np.ndarray:
    """Read a plain or gzip-compressed IDX file into a uint8 array.

    magic : optional expected magic number (IMAGES_MAGIC or LABELS_MAGIC);
    a different one raises DataError. Any problem raises DataError naming the file.
    Bounded: a gzip file is decompressed as it is read, never beyond what its header
    announces (plus one byte to see there is no more), and that size is compared with
    the memory available before anything is allocated; only regular files are opened.
    """
    path = Path(path)
    reader, f, compressed = _open(path)
    with f:
        try:
            return _read_stream(reader, str(path), magic, None if compressed else file_size(f))
        except GZIP_ERRORS as exc:
            raise DataError(f"{path}: damaged or truncated gzip data ({describe_read_error(exc)})") from None


def idx_bytes(array) -> bytes:
    """uint8 array -> IDX bytes (header + data). Inverse of ``parse_idx``."""
    array = np.ascontiguousarray(array, dtype=np.uint8)
    if array.ndim == 0 or array.ndim > 255:
        raise ValueError("IDX needs an array with 1 to 255 dimensions")
    header = struct.pack(">HBB", 0, _UBYTE, array.ndim) + struct.pack(f">{array.ndim}I", *array.shape)
    return header + array.tobytes()


def write_idx(path, array, compress: bool | None = None) -> None:
    """Write a uint8 array as an IDX file (gzip when ``compress`` or the name ends in .gz),
    atomically (``core.data.safe_write``; raises SaveError, the old file intact)."""
    path = Path(path)
    data = idx_bytes(array)
    if compress is None:
        compress = path.suffix == ".gz"
    if compress:
        data = gzip.compress(data, compresslevel=6, mtime=0)
    write_atomic(path, data)
