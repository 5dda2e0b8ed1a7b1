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

import hashlib
import math
import os
import struct
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from core.data.datasets import mnist_dir
from core.errors import DataError
from core.data.idx import IMAGES_MAGIC, LABELS_MAGIC
from core.data.safe_read import GZIP_ERRORS, describe_read_error, file_size, format_bytes, gzip_reader, open_regular
from core.data.safe_write import AtomicFile, clean_stale_parts, describe_os_error

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


#: seconds a whole file may take by default (the per-read ``timeout`` alone lets a server that
#: sends one byte a second keep a download going for ever)
DEADLINE = 600.0
#: the longest a caller may ask to wait (seconds): larger values are refused by the CLI
MAX_WAIT = 86_400.0


@dataclass(frozen=True)
class RemoteFile:
    """One file to fetch: its name, the published MD5 of the .gz, and what its IDX content must be."""

    name: str
    md5: str
    magic: int
    shape: tuple

    @property
    def raw_size(self) -> int:
        """Bytes of the decompressed IDX file: header (4 + 4 * ndim) + one byte per value."""
        return 4 + 4 * len(self.shape) + math.prod(self.shape)

    @property
    def max_bytes(self) -> int:
        """The most a valid .gz of it can take on the wire: the raw size plus gzip's worst-case
        overhead (stored blocks: 5 bytes per 64 KB, a header and trailer) with room to spare."""
        return self.raw_size + self.raw_size // 1000 + 4096


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


def _check_content(f, spec: RemoteFile) -> None:
    """The gzip stream in ``f`` must decompress to exactly the IDX file ``spec`` describes
    (read in chunks: never more than its size is decompressed)."""
    reader = gzip_reader(f)
    try:
        head = reader.read(4 + 4 * len(spec.shape))
        magic = int.from_bytes(head[:4], "big")
        shape = tuple(struct.unpack(f">{len(spec.shape)}I", head[4:])) if len(head) == 4 + 4 * len(spec.shape) else None
        if magic != spec.magic or shape != tuple(spec.shape):
            raise _BadFile(f"wrong checksum, and the content is not the expected one "
                           f"(magic {magic}, shape {shape}; expected {spec.magic}, {tuple(spec.shape)})")
        left = spec.raw_size - len(head)
        while left > 0:
            chunk = reader.read(min(left, CHUNK * 16))
            if not chunk:
                raise _BadFile(f"wrong checksum, and truncated: {spec.raw_size - left} of {spec.raw_size} bytes")
            left -= len(chunk)
        if reader.read(1):
            raise _BadFile(f"wrong checksum, and more data than the shape {tuple(spec.shape)} allows")
    except GZIP_ERRORS as exc:
        raise _BadFile(f"wrong checksum, and not gzip data ({describe_read_error(exc)})") from None


def verify_file(path, spec: RemoteFile) -> None:
    """Raise _BadFile unless ``path`` (a regular file of at most ``spec.max_bytes``) has the
    published MD5 or the right IDX content."""
    try:
        f = open_regular(path, _BadFile, "a downloaded file")
    except _BadFile:
        raise
    with f:
        if file_size(f) > spec.max_bytes:
            raise _BadFile(f"larger than any valid {spec.name} ({format_bytes(spec.max_bytes)})")
        md5 = hashlib.md5()
        for chunk in iter(lambda: f.read(CHUNK * 16), b""):
            md5.update(chunk)
        if md5.hexdigest() == spec.md5:
            return
        f.seek(0)
        _check_content(f, spec)


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


def _check_length(headers, spec: RemoteFile) -> int | None:
    length = headers.get("Content-Length")
    total = int(length) if length and length.isdigit() else None
    if total is not None and total > spec.max_bytes:
        raise _BadFile(f"the server announces {format_bytes(total)}, more than any valid {spec.name} "
                       f"({format_bytes(spec.max_bytes)})")
    return total


def _fetch(url: str, out, spec: RemoteFile, progress, should_stop, timeout: float, chunk_size: int,
           deadline: float) -> None:
    """Stream ``url`` into the binary file ``out``: at most ``spec.max_bytes``, each read within
    ``timeout`` seconds and the whole file within ``deadline`` seconds."""
    name = spec.name
    end = time.monotonic() + deadline
    request = urllib.request.Request(url, headers={"User-Agent": "GradientLab/1.0"})
    with urllib.request.urlopen(request, timeout=min(timeout, deadline)) as response:
        total = _check_length(response.headers, spec)
        done = 0
        if progress:
            progress(name, 0, total)
        # read1: whatever has arrived (up to chunk_size), so a slow server cannot keep a
        # cancel waiting until a whole chunk is in (read() blocks until chunk_size bytes)
        read = getattr(response, "read1", response.read)
        while True:
            if should_stop and should_stop():
                raise _Cancelled()
            if time.monotonic() > end:
                raise _BadFile(f"too slow: {format_bytes(done)} in {deadline:g} s, the time allowed per file")
            chunk = read(chunk_size)
            if not chunk:
                break
            done += len(chunk)
            if done > spec.max_bytes:
                raise _BadFile(f"more than {format_bytes(spec.max_bytes)}, larger than any valid {name}: refused")
            out.write(chunk)
            if progress:
                progress(name, done, total)
        if total is not None and done != total:
            raise _BadFile(f"truncated: received {done} of {total} bytes")


class _Sink:
    """The part file being written; a failed write (disk full...) stops the whole download."""

    def __init__(self, atomic):
        self.atomic = atomic

    def write(self, chunk: bytes) -> None:
        try:
            self.atomic.file.write(chunk)
        except OSError as exc:
            raise DownloadError(str(self.atomic.fail(exc))) from None


def _fetch_one(dest: Path, spec: RemoteFile, mirrors, progress, should_stop, timeout, chunk_size,
               deadline) -> None:
    """Fetch ``spec`` from the first mirror that gives a valid file, into ``dest / spec.name``."""
    target = dest / spec.name
    errors: list[tuple[str, BaseException]] = []
    for mirror in mirrors:
        url = mirror.rstrip("/") + "/" + spec.name
        with AtomicFile(target, DownloadError) as part:  # refuses a FIFO, a read-only file, ...
            try:
                _fetch(url, _Sink(part), spec, progress, should_stop, timeout, chunk_size, deadline)
                part.commit(check=lambda tmp: verify_file(tmp, spec))
                return
            except _Cancelled:
                raise DownloadError(f"download of {spec.name} cancelled; nothing half-written was kept") from None
            except DownloadError:
                raise
            except Exception as exc:  # URLError, timeouts, _BadFile, http.client.IncompleteRead...
                errors.append((url, exc))
    if all(_is_offline_error(e) for _, e in errors):
        raise DownloadError(f"could not reach any MNIST mirror; are you offline? "
                            f"({errors[0][0]}: {_describe(errors[0][1])})")
    detail = "; ".join(f"{url}: {_describe(e)}" for url, e in errors)
    raise DownloadError(f"could not download {spec.name}: {detail}")


def _already_there(target: Path, spec: RemoteFile, progress) -> bool:
    if not target.is_file():
        return False
    try:
        verify_file(target, spec)
    except (_BadFile, OSError):
        return False  # damaged or foreign: fetch it again (replaced only once the new one is good)
    if progress:
        size = target.stat().st_size
        progress(spec.name, size, size)
    return True


def download_mnist(dest=None, mirrors=None, progress=None, should_stop=None, timeout: float = 30.0,
                   files=MNIST_FILES, chunk_size: int = CHUNK, deadline: float = DEADLINE) -> Path:
    """Fetch the MNIST files into ``dest`` (default ``user_data_dir()/mnist``); returns the folder.

    mirrors : base URLs tried in order (default ``default_mirrors()``: $GRADIENT_LAB_MNIST_MIRRORS or MIRRORS).
    timeout : seconds each read may wait; deadline : seconds a whole file may take.

    progress(file_name, bytes_done, bytes_total_or_None) is called per chunk;
    should_stop() -> bool is checked per chunk. Files already there and valid
    are kept. Each file is capped at ``RemoteFile.max_bytes``. Temporary files that an
    interrupted earlier run left in ``dest`` are removed first. Raises DownloadError (a
    DataError) with a one-line message when offline, when no mirror gives a valid file,
    when the folder cannot take the files, or when cancelled.
    """
    dest = Path(dest).expanduser() if dest else mnist_dir()
    for name, value in (("timeout", timeout), ("deadline", deadline)):
        if not (isinstance(value, (int, float)) and 0 < value <= MAX_WAIT):
            raise DownloadError(f"{name} {value!r} must be a number of seconds from 0 to {MAX_WAIT:g}")
    try:
        dest.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DownloadError(f"{dest}: cannot create the folder ({describe_os_error(exc)})") from None
    if mirrors is None:
        mirrors = default_mirrors()
    if not mirrors:
        raise DownloadError("no download mirrors given")
    clean_stale_parts(dest)
    for spec in files:
        if not _already_there(dest / spec.name, spec, progress):
            _fetch_one(dest, spec, mirrors, progress, should_stop, timeout, chunk_size, deadline)
    return dest
