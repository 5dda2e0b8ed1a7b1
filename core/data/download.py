"""Download full MNIST (60,000 + 10,000 digits) into the user's data folder.

Each file is fetched from the first mirror that works (``MIRRORS``, in
order), streamed to a hidden temporary file in the destination folder, then
verified: either its MD5 is the published one, or (mirrors re-compress the
files) its decompressed content is a valid IDX file with the right magic
number and shape, and exactly the right size. Only then is it renamed to its
real name, so the loader never sees a half-written file. ``progress`` and
``should_stop`` let a GUI show progress and cancel between chunks.
"""
from __future__ import annotations

import gzip
import hashlib
import os
import socket
import tempfile
import urllib.error
import urllib.request
import zlib
from dataclasses import dataclass
from pathlib import Path

from core.data.datasets import mnist_dir
from core.errors import DataError
from core.data.idx import IMAGES_MAGIC, LABELS_MAGIC, parse_idx

#: base URLs tried in order; each holds the four standard .gz files
MIRRORS = (
    "https://ossci-datasets.s3.amazonaws.com/mnist/",
    "https://storage.googleapis.com/cvdf-datasets/mnist/",
    "http://yann.lecun.com/exdb/mnist/",
)
#: environment variable: base URLs (separated by spaces or commas) to use instead of MIRRORS,
#: e.g. a mirror on a school's network, or a test server on 127.0.0.1
MIRRORS_ENV = "GRADIENT_LAB_MNIST_MIRRORS"
CHUNK = 64 * 1024


@dataclass(frozen=True)
class RemoteFile:
    """One file to fetch: its name, the published MD5 of the .gz, and what its IDX content must be."""

    name: str
    md5: str
    magic: int
    shape: tuple


MNIST_FILES = (
    RemoteFile("train-images-idx3-ubyte.gz", "f68b3c2dcbeaaa9fbdd348bbdeb94873", IMAGES_MAGIC, (60000, 28, 28)),
    RemoteFile("train-labels-idx1-ubyte.gz", "d53e105ee54ea40749a09fcbcd1e9432", LABELS_MAGIC, (60000,)),
    RemoteFile("t10k-images-idx3-ubyte.gz", "9fb629c4189551a2d022fa330f9573f3", IMAGES_MAGIC, (10000, 28, 28)),
    RemoteFile("t10k-labels-idx1-ubyte.gz", "ec29112dd5afa0611ce80d1b7f02629c", LABELS_MAGIC, (10000,)),
)


class DownloadError(DataError):
    """The download failed, was cancelled, or gave a file that is not the right one."""


class _Cancelled(Exception):
    pass


class _BadFile(Exception):
    pass


def verify_file(path, spec: RemoteFile) -> None:
    """Raise _BadFile unless ``path`` has the published MD5 or the right IDX content."""
    data = Path(path).read_bytes()
    if hashlib.md5(data).hexdigest() == spec.md5:
        return
    try:
        raw = gzip.decompress(data)
    except (OSError, EOFError, zlib.error):
        raise _BadFile("wrong checksum, and not gzip data") from None
    try:
        array = parse_idx(raw, spec.name)
    except DataError as exc:
        raise _BadFile(f"wrong checksum, and {str(exc).split(': ', 1)[-1]}") from None
    magic = int.from_bytes(raw[:4], "big")
    if magic != spec.magic or tuple(array.shape) != tuple(spec.shape):
        raise _BadFile(f"wrong checksum, and the content is not the expected one "
                       f"(magic {magic}, shape {tuple(array.shape)}; expected {spec.magic}, {tuple(spec.shape)})")


def _is_offline_error(exc: BaseException) -> bool:
    if isinstance(exc, urllib.error.HTTPError):
        return False  # a server answered
    if isinstance(exc, urllib.error.URLError):
        return isinstance(exc.reason, OSError)  # refused, unknown host, timeout...
    return isinstance(exc, (TimeoutError, ConnectionError))


def _describe(exc: BaseException) -> str:
    if isinstance(exc, urllib.error.HTTPError):
        return f"HTTP {exc.code} {exc.reason}"
    if isinstance(exc, urllib.error.URLError):
        reason = exc.reason
        return getattr(reason, "strerror", None) or str(reason)
    if isinstance(exc, _BadFile):
        return str(exc)
    return getattr(exc, "strerror", None) or str(exc) or type(exc).__name__


def default_mirrors() -> tuple[str, ...]:
    """The mirrors in $GRADIENT_LAB_MNIST_MIRRORS when set, else MIRRORS."""
    urls = tuple(os.environ.get(MIRRORS_ENV, "").replace(",", " ").split())
    return urls or MIRRORS


def _fetch(url: str, out, name: str, progress, should_stop, timeout: float, chunk_size: int) -> None:
    request = urllib.request.Request(url, headers={"User-Agent": "GradientLab/1.0"})
    with urllib.request.urlopen(request, timeout=timeout) as response:
        length = response.headers.get("Content-Length")
        total = int(length) if length and length.isdigit() else None
        done = 0
        if progress:
            progress(name, 0, total)
        # read1: whatever has arrived (up to chunk_size), so a slow server cannot keep a
        # cancel waiting until a whole chunk is in (read() blocks until chunk_size bytes)
        read = getattr(response, "read1", response.read)
        while True:
            if should_stop and should_stop():
                raise _Cancelled()
            chunk = read(chunk_size)
            if not chunk:
                break
            out.write(chunk)
            done += len(chunk)
            if progress:
                progress(name, done, total)
        if total is not None and done != total:
            raise _BadFile(f"truncated: received {done} of {total} bytes")


def download_mnist(dest=None, mirrors=None, progress=None, should_stop=None, timeout: float = 30.0,
                   files=MNIST_FILES, chunk_size: int = CHUNK) -> Path:
    """Fetch the MNIST files into ``dest`` (default ``user_data_dir()/mnist``); returns the folder.

    mirrors : base URLs tried in order (default ``default_mirrors()``: $GRADIENT_LAB_MNIST_MIRRORS or MIRRORS).

    progress(file_name, bytes_done, bytes_total_or_None) is called per chunk;
    should_stop() -> bool is checked per chunk. Files already there and valid
    are kept. Raises DownloadError (a DataError) with a one-line message when
    offline, when no mirror gives a valid file, or when cancelled.
    """
    dest = Path(dest).expanduser() if dest else mnist_dir()
    try:
        dest.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DownloadError(f"{dest}: cannot create the folder ({exc.strerror or exc})") from None
    if mirrors is None:
        mirrors = default_mirrors()
    if not mirrors:
        raise DownloadError("no download mirrors given")
    for spec in files:
        target = dest / spec.name
        if target.is_file():
            try:
                verify_file(target, spec)
                size = target.stat().st_size
                if progress:
                    progress(spec.name, size, size)
                continue
            except (_BadFile, OSError):
                pass  # damaged or foreign: fetch it again (replaced only once the new one is good)
        errors: list[tuple[str, BaseException]] = []
        for mirror in mirrors:
            url = mirror.rstrip("/") + "/" + spec.name
            fd, tmp = tempfile.mkstemp(prefix=f".{spec.name}.", suffix=".part", dir=dest)
            try:
                with os.fdopen(fd, "wb") as out:
                    _fetch(url, out, spec.name, progress, should_stop, timeout, chunk_size)
                verify_file(tmp, spec)
                os.replace(tmp, target)
                break
            except _Cancelled:
                raise DownloadError(f"download of {spec.name} cancelled; nothing half-written was kept") from None
            except (urllib.error.URLError, OSError, ValueError, _BadFile, socket.timeout) as exc:
                errors.append((url, exc))
            except Exception as exc:  # http.client.IncompleteRead and friends
                errors.append((url, exc))
            finally:
                if os.path.exists(tmp):
                    os.unlink(tmp)
        else:
            if all(_is_offline_error(e) for _, e in errors):
                raise DownloadError(f"could not reach any MNIST mirror; are you offline? "
                                    f"({errors[0][0]}: {_describe(errors[0][1])})")
            detail = "; ".join(f"{url}: {_describe(e)}" for url, e in errors)
            raise DownloadError(f"could not download {spec.name}: {detail}")
    return dest
