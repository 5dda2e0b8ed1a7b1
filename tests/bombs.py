"""Decompression bombs and special files, made by the tests themselves (small on disk).

A bomb is a file of about 1 MB whose content decompresses to ``BOMB_BYTES`` (512 MB) of zeros
behind a header that is valid for the reader it targets. The zeros are compressed once per
process (``zero_gzip``) and reused: gzip files may be concatenated members, so an IDX bomb is
``gzip(header) + zero_gzip()``. Zip members (.npz) are compressed at level 1 (~1 s each).
"""
from __future__ import annotations

import functools
import gzip
import json
import os
import socket
import struct
import zipfile
import zlib
from pathlib import Path

import numpy as np

#: what every bomb unpacks to
BOMB_BYTES = 512 * 1024 * 1024
_CHUNK = 1 << 22


@functools.lru_cache(maxsize=1)
def zero_gzip() -> bytes:
    """One gzip member holding BOMB_BYTES zero bytes (about 0.5 MB)."""
    c = zlib.compressobj(6, zlib.DEFLATED, 31)
    zeros = bytes(_CHUNK)
    parts = [c.compress(zeros) for _ in range(BOMB_BYTES // _CHUNK)]
    parts.append(c.flush())
    return b"".join(parts)


def idx_header(magic_type: int, shape) -> bytes:
    return struct.pack(">HBB", 0, 0x08, len(shape)) + struct.pack(f">{len(shape)}I", *shape)


def idx_bomb(path: Path, shape=(10, 28, 28)) -> Path:
    """A gzip IDX file whose header says ``shape`` but which unpacks to 512 MB more."""
    path.write_bytes(gzip.compress(idx_header(0x08, shape), mtime=0) + zero_gzip())
    return path


def npy_header(shape, dtype="<f4") -> bytes:
    """The bytes of a version 1.0 .npy header for ``shape`` (no data)."""
    import io

    buf = io.BytesIO()
    np.lib.format.write_array_header_1_0(buf, {"descr": dtype, "fortran_order": False, "shape": tuple(shape)})
    return buf.getvalue()


def write_member(z: zipfile.ZipFile, name: str, shape, dtype="<f4", data_bytes: int | None = None) -> None:
    """A .npy member with ``shape`` in its header and ``data_bytes`` zero bytes after it (default:
    what the shape needs)."""
    if data_bytes is None:
        data_bytes = int(np.prod(shape, dtype=np.int64)) * np.dtype(dtype).itemsize
    with z.open(name + ".npy", "w", force_zip64=True) as m:
        m.write(npy_header(shape, dtype))
        zeros = bytes(_CHUNK)
        left = data_bytes
        while left > 0:
            m.write(zeros[:min(left, _CHUNK)])
            left -= _CHUNK


def npz(path: Path, members: dict) -> Path:
    """``members``: name -> ndarray (written as is) or (shape, dtype, data_bytes) (zeros)."""
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as z:
        for name, value in members.items():
            if isinstance(value, np.ndarray):
                with z.open(name + ".npy", "w", force_zip64=True) as m:
                    np.lib.format.write_array(m, value, allow_pickle=False)
            else:
                write_member(z, name, *value)
    return path


def meta(sizes) -> np.ndarray:
    text = json.dumps({"format": "gradient-lab-mlp", "version": 1,
                       "config": {"sizes": list(sizes), "activation": "relu"}, "training": {}})
    return np.frombuffer(text.encode(), dtype=np.uint8)


def model_bomb(path: Path) -> Path:
    """A model whose architecture is 784-8-10 but whose W1 header says (784, 171_000): 512 MB."""
    n = BOMB_BYTES // (784 * 4)
    return npz(path, {"meta": meta([784, 8, 10]), "W1": ((784, n), "<f4", None),
                      "b1": np.zeros(8, np.float32), "W2": np.zeros((8, 10), np.float32),
                      "b2": np.zeros(10, np.float32)})


def model_too_big(path: Path) -> Path:
    """An honest model (every header matches) of 784-100000-10: 314 MB of weights."""
    return npz(path, {"meta": meta([784, 100_000, 10]), "W1": ((784, 100_000), "<f4", None),
                      "b1": ((100_000,), "<f4", None), "W2": ((100_000, 10), "<f4", None),
                      "b2": np.zeros(10, np.float32)})


def drawings_bomb(path: Path) -> Path:
    """A drawings file announcing 684,000 drawings (512 MB), far over MAX_DRAWINGS."""
    n = BOMB_BYTES // 784
    return npz(path, {"images": ((n, 28, 28), "|u1", None), "labels": np.zeros(n, np.int64)})


def keras_bomb(path: Path) -> Path:
    """A Keras mnist.npz with 684,000 honest blank training images (512 MB; 2.6 GB as float32)."""
    n = BOMB_BYTES // 784
    return npz(path, {"x_train": ((n, 28, 28), "|u1", None), "y_train": ((n,), "|u1", None),
                      "x_test": np.zeros((1, 28, 28), np.uint8), "y_test": np.zeros(1, np.uint8)})


def honest_huge_folder(folder: Path, n: int = 2_700_000) -> Path:
    """A data folder whose train images header announces ``n`` blank images (8.5 GB as float32
    for 2,700,000) and whose data is only the 512 MB bomb: refused from its header."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "train-images-idx3-ubyte.gz").write_bytes(
        gzip.compress(struct.pack(">IIII", 2051, n, 28, 28), mtime=0) + zero_gzip())
    (folder / "train-labels-idx1-ubyte.gz").write_bytes(gzip.compress(struct.pack(">II", 2049, n), mtime=0))
    (folder / "t10k-images-idx3-ubyte.gz").write_bytes(
        gzip.compress(struct.pack(">IIII", 2051, 1, 28, 28) + bytes(784), mtime=0))
    (folder / "t10k-labels-idx1-ubyte.gz").write_bytes(gzip.compress(struct.pack(">II", 2049, 1) + b"\0", mtime=0))
    return folder


def special_files(folder: Path) -> dict[str, Path]:
    """name -> a path that is not a regular file (or cannot be opened): FIFO, socket, folder,
    symbolic link loop, a name over 255 bytes. The socket stays bound while its path exists."""
    folder.mkdir(parents=True, exist_ok=True)
    out = {}
    fifo = folder / "fifo.npz"
    os.mkfifo(fifo)
    out["fifo"] = fifo
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(folder / "sock.npz"))
    special_files.sockets = getattr(special_files, "sockets", []) + [sock]
    out["socket"] = folder / "sock.npz"
    (folder / "dir.npz").mkdir()
    out["folder"] = folder / "dir.npz"
    (folder / "loop-a.npz").symlink_to(folder / "loop-b.npz")
    (folder / "loop-b.npz").symlink_to(folder / "loop-a.npz")
    out["link loop"] = folder / "loop-a.npz"
    out["long name"] = folder / ("n" * 300 + ".npz")
    return out
