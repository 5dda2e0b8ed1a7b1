"""Reader (and writer) for the IDX files MNIST ships in.

Layout (big-endian): two zero bytes, a type code (0x08 = unsigned byte), the
number of dimensions d, then d uint32 sizes, then the data in row-major order.
The first four bytes read as one big-endian int are the "magic number":
2051 (0x00000803) for images (n, rows, cols), 2049 (0x00000801) for labels (n,).
Files may be gzip-compressed (recognized by their first two bytes, 1f 8b).
"""
from __future__ import annotations

import gzip
import math
import os
import struct
import zlib
from pathlib import Path

import numpy as np

from core.errors import DataError

IMAGES_MAGIC = 2051
LABELS_MAGIC = 2049
_UBYTE = 0x08
_GZIP_MAGIC = b"\x1f\x8b"


def _read_bytes(path: Path) -> bytes:
    try:
        with open(path, "rb") as f:
            raw = f.read()
    except FileNotFoundError:
        raise DataError(f"{path}: file not found") from None
    except IsADirectoryError:
        raise DataError(f"{path}: is a folder, not an IDX file") from None
    except OSError as exc:
        raise DataError(f"{path}: cannot read ({exc.strerror or exc})") from None
    if raw[:2] == _GZIP_MAGIC:
        try:
            return gzip.decompress(raw)
        except (OSError, EOFError, zlib.error) as exc:
            raise DataError(f"{path}: damaged or truncated gzip data ({exc})") from None
    if path.suffix == ".gz":
        raise DataError(f"{path}: not gzip data although the name ends in .gz")
    return raw


def parse_idx(raw: bytes, name: str = "IDX data") -> np.ndarray:
    """IDX bytes (already decompressed) -> uint8 array of the shape the header gives."""
    if len(raw) < 4:
        raise DataError(f"{name}: too short to be an IDX file ({len(raw)} bytes)")
    zero, dtype_code, ndim = struct.unpack(">HBB", raw[:4])
    if zero != 0 or ndim == 0:
        raise DataError(f"{name}: not an IDX file (wrong magic number 0x{raw[:4].hex()})")
    if dtype_code != _UBYTE:
        raise DataError(f"{name}: IDX type 0x{dtype_code:02x} is not supported (only unsigned bytes, 0x08)")
    header = 4 + 4 * ndim
    if len(raw) < header:
        raise DataError(f"{name}: truncated IDX header")
    shape = struct.unpack(f">{ndim}I", raw[4:header])
    expected = math.prod(shape)  # exact: numpy's int64 product wraps for sizes like (2**31, 2**31, 4)
    have = len(raw) - header
    if have < expected:
        raise DataError(f"{name}: truncated: the header announces {expected} bytes of data "
                        f"for shape {tuple(shape)}, the file has {have}")
    if have > expected:
        raise DataError(f"{name}: {have - expected} bytes more than the header's shape {tuple(shape)} allows")
    try:
        return np.frombuffer(raw, dtype=np.uint8, offset=header).reshape(shape).copy()
    except ValueError:  # an empty array whose other sizes are absurd, e.g. (0, 2**31, 2**31)
        raise DataError(f"{name}: the header's shape {tuple(shape)} is not a possible array") from None


def read_idx(path, magic: int | None = None) -> np.ndarray:
    """Read a plain or gzip-compressed IDX file into a uint8 array.

    magic : optional expected magic number (IMAGES_MAGIC or LABELS_MAGIC);
    a different one raises DataError. Any problem raises DataError naming the file.
    """
    path = Path(path)
    raw = _read_bytes(path)
    if magic is not None and len(raw) >= 4:
        found = struct.unpack(">I", raw[:4])[0]
        if found != magic:
            kind = {IMAGES_MAGIC: "images", LABELS_MAGIC: "labels"}.get(magic, "IDX")
            raise DataError(f"{path}: wrong magic number {found} (expected {magic} for {kind})")
    return parse_idx(raw, str(path))


def idx_bytes(array) -> bytes:
    """uint8 array -> IDX bytes (header + data). Inverse of ``parse_idx``."""
    array = np.ascontiguousarray(array, dtype=np.uint8)
    if array.ndim == 0 or array.ndim > 255:
        raise ValueError("IDX needs an array with 1 to 255 dimensions")
    header = struct.pack(">HBB", 0, _UBYTE, array.ndim) + struct.pack(f">{array.ndim}I", *array.shape)
    return header + array.tobytes()


def write_idx(path, array, compress: bool | None = None) -> None:
    """Write a uint8 array as an IDX file (gzip when ``compress`` or the name ends in .gz)."""
    path = Path(path)
    data = idx_bytes(array)
    if compress is None:
        compress = path.suffix == ".gz"
    if compress:
        data = gzip.compress(data, compresslevel=6, mtime=0)
    tmp = path.with_name(path.name + ".part")
    try:
        with open(tmp, "wb") as f:
            f.write(data)
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()  # a failed write leaves the old file and no half-written one
