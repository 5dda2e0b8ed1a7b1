"""The one way the app opens a file to read: regular files only, and never more than a limit.

- ``open_regular(path, error, what)`` opens without blocking (a FIFO would wait forever for a
  writer), then refuses anything that is not a regular file (FIFO, device, socket, folder);
  every OSError becomes one line naming the file (not found, no permission, a name over
  255 bytes, a symbolic link loop, ...).
- ``read_limited(f, limit, ...)`` reads at most ``limit`` bytes and refuses a file with more;
  ``gzip_reader(f)`` streams gzip data so a caller reads only what it asked for, and
  ``read_into(f, array, ...)`` fills a preallocated array (no second copy).
- ``memory_available()`` estimates how many bytes this process may still allocate
  (``MemAvailable`` of /proc/meminfo, and the address-space limit ``RLIMIT_AS``); readers
  compare what a file's header announces with it *before* allocating anything.
"""
from __future__ import annotations

import errno
import gzip
import io
import os
import zlib
from pathlib import Path

from core.data.safe_write import _kind, _short, describe_os_error
from core.errors import DataError

#: what a damaged gzip stream can raise while it is read
GZIP_ERRORS = (OSError, EOFError, zlib.error)


def describe_path_error(exc: OSError) -> str:
    """'file not found', 'no permission to read it', ... for an OSError raised by open/stat."""
    if exc.errno == errno.ENOENT:
        return "file not found"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "no permission to read it"
    if exc.errno == errno.EISDIR:
        return "is a folder, not a file"
    return describe_os_error(exc)


def open_regular(path, error: type[Exception] = DataError, what: str = "a file"):
    """Open ``path`` for binary reading -> a buffered file object; raise ``error`` (one line
    naming the file) unless it is a readable regular file."""
    text = os.fspath(path) if not isinstance(path, str) else path
    if text == "":
        raise error(f"an empty file name, not {what}")
    shown = _short(Path(text))
    if "\x00" in text:
        raise error(f"{shown!r}: a file name cannot contain a NUL character")
    try:
        fd = os.open(Path(text).expanduser(), os.O_RDONLY | getattr(os, "O_NONBLOCK", 0)
                     | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0))
    except OSError as exc:
        kind = None
        if exc.errno in (errno.ENXIO, errno.EOPNOTSUPP):  # a socket cannot be opened: say what it is
            try:
                kind = _kind(os.stat(Path(text).expanduser()).st_mode)
            except OSError:
                pass
        raise error(f"{shown}: is {kind}, not {what}" if kind else f"{shown}: {describe_path_error(exc)}") from None
    try:
        st = os.fstat(fd)
        kind = _kind(st.st_mode)
        if kind is not None:
            raise error(f"{shown}: is {kind}, not {what}")
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def file_size(f) -> int:
    """Size in bytes of an open regular file."""
    return os.fstat(f.fileno()).st_size


def read_limited(f, limit: int, name, error: type[Exception] = DataError, what: str = "data") -> bytes:
    """Read all of ``f`` if it has at most ``limit`` bytes; raise ``error`` if it has more
    (never reads more than limit + 1 bytes)."""
    try:
        data = f.read(limit + 1)
    except GZIP_ERRORS as exc:
        raise error(f"{_short(Path(str(name)))}: damaged data ({describe_read_error(exc)})") from None
    if len(data) > limit:
        raise error(f"{_short(Path(str(name)))}: more than {limit:,} bytes of {what}: refused")
    return data


def describe_read_error(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.errno is not None:
        return describe_os_error(exc)
    return str(exc) or type(exc).__name__


def gzip_reader(f) -> io.BufferedIOBase:
    """A reader that decompresses the gzip stream in ``f`` as it is read (memory bounded by
    what the caller asks for)."""
    return gzip.GzipFile(fileobj=f, mode="rb")


def read_into(f, buffer, name, error: type[Exception] = DataError) -> int:
    """Fill the writable ``buffer`` (a numpy array or memoryview) from ``f`` -> bytes read
    (less than its size only at the end of the data)."""
    if getattr(buffer, "size", None) == 0 or getattr(buffer, "nbytes", 1) == 0:
        return 0
    if hasattr(buffer, "reshape"):  # a numpy array: a flat byte view of it
        buffer = buffer.reshape(-1).view("B")
    view = memoryview(buffer).cast("B")
    done = 0
    try:
        while done < len(view):
            n = f.readinto(view[done:done + (1 << 24)])
            if not n:
                break
            done += n
    except GZIP_ERRORS as exc:
        raise error(f"{_short(Path(str(name)))}: damaged or truncated data ({describe_read_error(exc)})") from None
    return done


def _meminfo_available() -> int | None:
    try:
        with open("/proc/meminfo", "rb") as f:
            for line in f.read(1 << 16).splitlines():
                if line.startswith(b"MemAvailable:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        return None
    return None


def _address_space_left() -> int | None:
    try:
        import resource
    except ImportError:
        return None
    try:
        soft, _ = resource.getrlimit(resource.RLIMIT_AS)
    except (OSError, ValueError):
        return None
    if soft == resource.RLIM_INFINITY or soft < 0:
        return None
    used = None
    try:
        with open("/proc/self/statm", "rb") as f:
            used = int(f.read(256).split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError, AttributeError):
        pass
    return max(0, soft - (used or 0))


def memory_available() -> int | None:
    """Bytes this process may still allocate (the smaller of free memory and what RLIMIT_AS
    leaves), or None when the system does not say."""
    values = [v for v in (_meminfo_available(), _address_space_left()) if v is not None]
    return min(values) if values else None


def format_bytes(n: float) -> str:
    """1536 -> '1.5 KB', 8.5e9 -> '8.5 GB' (powers of 1000, as file managers show)."""
    for unit in ("bytes", "KB", "MB", "GB", "TB"):
        if abs(n) < 1000 or unit == "TB":
            return f"{n:.0f} {unit}" if unit == "bytes" else f"{n:.1f} {unit}"
        n /= 1000.0
    return f"{n:.1f} TB"


def check_fits(needed: int, name, error: type[Exception] = DataError, what: str = "it") -> None:
    """Raise ``error`` when ``needed`` bytes are more than ``memory_available()``."""
    free = memory_available()
    if free is not None and needed > free:
        raise error(f"{_short(Path(str(name)))}: {what} needs {format_bytes(needed)} of memory, "
                    f"only {format_bytes(free)} is available: refused")

