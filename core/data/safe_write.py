"""The one way the app writes a file: complete or not at all, and never over what is not ours.

``write_atomic(path, content)`` writes ``content`` (bytes, or a function ``fn(binary_file)``)
to a temporary file in the destination's folder, flushes and fsyncs it, then renames it
over ``path`` (``os.replace``) and fsyncs the folder. Before anything is written it checks
the destination (``check_target``):

- a new path in an existing folder, or an existing *regular* file, may be written;
- a folder, a device, a FIFO or a socket is refused (a rename would replace the node);
- a symbolic link is followed: the file it points to is written and the link stays;
  a link loop is refused;
- an existing file without write permission (no ``w`` bit at all, or ``os.access``
  says no) is refused; so is a file with several hard links (a rename would split them);
- an existing file keeps its permission bits (and owner, when allowed); a new file gets
  ``0o666`` minus the umask, as any program's new file does.

Temporary files are named ``.<name>.<pid>-<token>.part``; the ones a killed process left
(its pid no longer runs) are removed by ``clean_stale_parts`` and before each write to the
same name. While the final flush, fsync and rename run in the main thread, SIGINT, SIGTERM
and SIGHUP are held back (``signals_held``) and delivered just after: an interrupt gives
either the old file or the complete new one.

Every refusal or failure raises ``error`` (default ``core.errors.SaveError``, an OSError)
with one line naming the file; the old file is then untouched and no temporary file stays.
"""
from __future__ import annotations

import contextlib
import errno
import os
import re
import secrets
import signal
import stat
import threading
from pathlib import Path

from core.errors import SaveError

PART_SUFFIX = ".part"
#: a file name may have at most this many bytes (NAME_MAX on Linux, macOS and Windows)
NAME_MAX = 255
_PART_RE = re.compile(r"^\.(?P<name>.+)\.(?P<pid>\d+)-[0-9a-f]{8}\.part$")
_HELD = tuple(s for s in (getattr(signal, n, None) for n in ("SIGINT", "SIGTERM", "SIGHUP")) if s)

_KINDS = ((stat.S_ISDIR, "a folder"), (stat.S_ISCHR, "a device"), (stat.S_ISBLK, "a device"),
          (stat.S_ISFIFO, "a FIFO (named pipe)"), (stat.S_ISSOCK, "a socket"))


def describe_os_error(exc: OSError) -> str:
    """A short reason for an OSError, e.g. 'No space left on device' or 'file name too long'."""
    if exc.errno == errno.ENAMETOOLONG:
        return f"a name in the path is longer than {NAME_MAX} bytes"
    if exc.errno == errno.ELOOP:
        return "a symbolic link loop"
    if exc.errno == errno.ENOTDIR:
        return "a part of the path is not a folder"
    return exc.strerror or str(exc) or type(exc).__name__


def _kind(mode: int) -> str | None:
    """'a folder', 'a device', ... for a mode that is not a regular file; None for a regular file."""
    for test, name in _KINDS:
        if test(mode):
            return name
    return None if stat.S_ISREG(mode) else "not a regular file"


def _name_ok(path: Path, error) -> None:
    if not path.name or path.name in (".", ".."):
        raise error(f"{path}: is a folder; give a file name")
    if "\x00" in str(path):
        raise error(f"{path!r}: a file name cannot contain a NUL character")
    for part in path.parts:
        if len(os.fsencode(part)) > NAME_MAX:
            raise error(f"{_short(path)}: the name {_short(Path(part))} is longer than {NAME_MAX} bytes")


def _short(path: Path, limit: int = 120) -> str:
    text = str(path)
    return text if len(text) <= limit else text[: limit // 2] + "..." + text[-limit // 2:]


def check_target(path, error: type[Exception] = SaveError) -> tuple[Path, os.stat_result | None]:
    """The file a write to ``path`` would really change -> (real path, its stat or None if new).

    Follows symbolic links; raises ``error`` (one line naming ``path``) for every destination
    that must not be replaced (see the module docstring).
    """
    given = Path(os.fspath(path)).expanduser()
    if not str(path):
        raise error("an empty file name")
    _name_ok(given, error)
    target = given
    try:
        is_link = given.is_symlink()
    except OSError as exc:
        raise error(f"{given}: cannot be written ({describe_os_error(exc)})") from None
    if is_link:
        try:
            os.stat(given)
        except OSError as exc:
            if exc.errno == errno.ELOOP:
                raise error(f"{given}: a symbolic link loop; give another file name") from None
        target = Path(os.path.realpath(given))
        _name_ok(target, error)
    try:
        st = os.stat(target)
    except FileNotFoundError:
        st = None
    except OSError as exc:
        raise error(f"{given}: cannot be written ({describe_os_error(exc)})") from None
    shown = f"{given} (the link's target {target})" if target != given else str(given)
    if st is not None:
        kind = _kind(st.st_mode)
        if kind is not None:
            raise error(f"{shown}: is {kind}; save only to a regular file or a new name")
        if not st.st_mode & 0o222 or not os.access(target, os.W_OK):
            raise error(f"{shown}: the file is read-only; nothing was written")
        if st.st_nlink > 1:
            raise error(f"{shown}: the file has {st.st_nlink} hard links; saving would split them, "
                        "so save to a new name")
    folder = target.parent
    if not folder.is_dir():
        raise error(f"{given}: the folder {folder} does not exist")
    return target, st


def part_path(target: Path) -> Path:
    """A fresh temporary name next to ``target``: ``.<name>.<pid>-<8 hex>.part`` (<= NAME_MAX bytes)."""
    tail = f".{os.getpid()}-{secrets.token_hex(4)}{PART_SUFFIX}"
    name = target.name
    room = NAME_MAX - 1 - len(tail)
    while len(os.fsencode(name)) > room:
        name = name[:-1]
    return target.with_name(f".{name}{tail}")


def _pid_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError, OSError):
        return True  # someone else's process, or cannot tell: leave its files alone
    return True


def clean_stale_parts(folder, name: str | None = None) -> list[Path]:
    """Remove the temporary files (ours, by their name pattern) that a process which no longer
    runs left in ``folder`` (only those for file ``name`` when given). Returns what was removed."""
    removed = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        m = _PART_RE.match(entry.name)
        if not m or (name is not None and not name.startswith(m["name"])):
            continue
        try:
            if entry.is_file(follow_symlinks=False) and not _pid_alive(int(m["pid"])):
                os.unlink(entry.path)
                removed.append(Path(entry.path))
        except (OSError, ValueError):
            pass
    return removed


@contextlib.contextmanager
def signals_held():
    """Hold SIGINT, SIGTERM and SIGHUP back inside the block (main thread, POSIX); they are
    delivered when it ends. Elsewhere a no-op (Python runs signal handlers in the main thread)."""
    if not (hasattr(signal, "pthread_sigmask") and threading.current_thread() is threading.main_thread()):
        yield
        return
    old = signal.pthread_sigmask(signal.SIG_BLOCK, _HELD)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, old)


def _fsync_folder(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems cannot sync a folder; the rename itself is done
    finally:
        os.close(fd)


class AtomicFile:
    """A temporary file that becomes ``path`` on ``commit()`` and vanishes otherwise.

    ``with AtomicFile(path, error) as f: f.file.write(...); f.commit()`` -- for writers that
    stream (downloads). ``commit(check)`` flushes, fsyncs, calls ``check(part_path)`` (which may
    raise to refuse the content), then renames. Leaving the block without commit removes the
    temporary file. OSErrors of the file itself are raised as ``error``.
    """

    def __init__(self, path, error: type[Exception] = SaveError):
        self.given = Path(os.fspath(path)).expanduser()
        self.error = error
        self.target, self._old = check_target(path, error)
        clean_stale_parts(self.target.parent, self.target.name)
        self.part = part_path(self.target)
        try:
            fd = os.open(self.part, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0), 0o666)
        except OSError as exc:
            raise error(f"{self.given}: cannot write in {self.target.parent} ({describe_os_error(exc)})") from None
        try:
            if self._old is not None:
                self._keep_mode(fd)
            self.file = os.fdopen(fd, "wb")
        except BaseException:
            os.close(fd)
            self._remove_part()
            raise
        self.done = False

    def _keep_mode(self, fd: int) -> None:
        os.fchmod(fd, stat.S_IMODE(self._old.st_mode))
        if hasattr(os, "fchown") and (self._old.st_uid, self._old.st_gid) != os.fstat(fd)[4:6]:
            try:
                os.fchown(fd, self._old.st_uid, self._old.st_gid)
            except OSError:
                pass  # not allowed: the new file is ours, with the old one's permission bits

    def _remove_part(self) -> None:
        try:
            os.unlink(self.part)
        except OSError:
            pass

    def fail(self, exc: OSError):
        """The ``error`` to raise for an OSError while writing."""
        return self.error(f"{self.given}: cannot write ({describe_os_error(exc)}); "
                          f"{'the old file is intact' if self._old is not None else 'nothing was saved'}")

    def commit(self, check=None) -> Path:
        """Flush, fsync, ``check(part)``, rename over the target, fsync the folder -> the path given."""
        with signals_held():
            try:
                self.file.flush()
                os.fsync(self.file.fileno())
                self.file.close()
                if check is not None:
                    check(self.part)
                os.replace(self.part, self.target)
            except OSError as exc:
                raise self.fail(exc) from None
            self.done = True
            _fsync_folder(self.target.parent)
        return self.given

    def __enter__(self) -> "AtomicFile":
        return self

    def __exit__(self, exc_type, exc, tb) -> bool:
        if not self.done:
            with contextlib.suppress(OSError):
                self.file.close()
            self._remove_part()
        return False


def write_atomic(path, content, error: type[Exception] = SaveError, hold_signals: bool = True) -> Path:
    """Write ``content`` (bytes-like, or ``fn(binary_file)``) to ``path`` atomically -> the path given.

    Refuses destinations that must not be replaced (``check_target``); raises ``error`` naming
    the file for any refusal or failure, after which the old file (if any) is unchanged and no
    temporary file is left. ``hold_signals``: SIGINT/SIGTERM/SIGHUP wait until the write is done.
    """
    held = signals_held() if hold_signals else contextlib.nullcontext()
    with held, AtomicFile(path, error) as out:
        try:
            if callable(content):
                content(out.file)
            else:
                out.file.write(content)
        except OSError as exc:
            raise out.fail(exc) from None
        return out.commit()
