"""core.data.safe_write: the one writer. Never replaces what is not ours; keeps modes; no leftovers.

Special files are made here in tmp_path (FIFOs, sockets, symlinks, hard links), never real
device nodes (as root, a rename over /dev/null replaces it)."""
import errno
import os
import signal
import socket
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from core.data.safe_write import (AtomicFile, NAME_MAX, check_target, clean_stale_parts, part_path,
                                  signals_held, write_atomic)
from core.errors import ModelError, SaveError

ROOT = Path(__file__).resolve().parents[3]


def names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_new_file_is_written_whole_and_gets_the_umask(tmp_path):
    old = os.umask(0o027)
    try:
        out = write_atomic(tmp_path / "a.bin", b"hello")
    finally:
        os.umask(old)
    assert out == tmp_path / "a.bin" and out.read_bytes() == b"hello"
    assert stat.S_IMODE(out.stat().st_mode) == 0o640  # 0o666 minus the umask, not 0o644, not 0o600
    assert names(tmp_path) == ["a.bin"]


def test_a_function_writes_into_the_file(tmp_path):
    write_atomic(tmp_path / "f", lambda f: (f.write(b"ab"), f.write(b"cd")))
    assert (tmp_path / "f").read_bytes() == b"abcd"


def test_existing_file_keeps_its_private_mode(tmp_path):
    target = tmp_path / "secret.npz"
    target.write_bytes(b"old")
    os.chmod(target, 0o600)
    write_atomic(target, b"new")
    assert target.read_bytes() == b"new" and stat.S_IMODE(target.stat().st_mode) == 0o600


def test_read_only_file_is_refused_and_intact(tmp_path):
    target = tmp_path / "ro.npz"
    target.write_bytes(b"old")
    os.chmod(target, 0o444)
    with pytest.raises(SaveError, match="read-only") as info:
        write_atomic(target, b"new")
    assert str(target) in str(info.value)
    assert target.read_bytes() == b"old" and stat.S_IMODE(target.stat().st_mode) == 0o444
    assert names(tmp_path) == ["ro.npz"]


def test_fifo_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(SaveError, match="FIFO"):
        write_atomic(fifo, b"x")
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode) and names(tmp_path) == ["pipe"]


def test_socket_and_folder_are_refused(tmp_path):
    sock_path = tmp_path / "s.sock"
    s = socket.socket(socket.AF_UNIX)
    s.bind(str(sock_path))
    try:
        with pytest.raises(SaveError, match="socket"):
            write_atomic(sock_path, b"x")
    finally:
        s.close()
    assert stat.S_ISSOCK(os.lstat(sock_path).st_mode)
    (tmp_path / "dir").mkdir()
    with pytest.raises(SaveError, match="folder"):
        write_atomic(tmp_path / "dir", b"x")


def test_symlink_writes_its_target_and_stays_a_link(tmp_path):
    real = tmp_path / "real.npz"
    real.write_bytes(b"old")
    link = tmp_path / "link.npz"
    link.symlink_to(real)
    write_atomic(link, b"new")
    assert link.is_symlink() and real.read_bytes() == b"new"
    assert names(tmp_path) == ["link.npz", "real.npz"]


def test_dangling_symlink_creates_its_target(tmp_path):
    link = tmp_path / "link"
    link.symlink_to(tmp_path / "later.bin")
    write_atomic(link, b"data")
    assert link.is_symlink() and (tmp_path / "later.bin").read_bytes() == b"data"


def test_symlink_loop_is_refused(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    a.symlink_to(b)
    b.symlink_to(a)
    with pytest.raises(SaveError, match="symbolic link loop"):
        write_atomic(a, b"x")


def test_hard_link_is_refused_and_both_names_keep_the_content(tmp_path):
    one = tmp_path / "one"
    one.write_bytes(b"old")
    os.link(one, tmp_path / "two")
    with pytest.raises(SaveError, match="2 hard links"):
        write_atomic(one, b"new")
    assert (tmp_path / "two").read_bytes() == b"old" and os.stat(one).st_ino == os.stat(tmp_path / "two").st_ino


def test_names_too_long_and_missing_folders_are_one_line(tmp_path):
    with pytest.raises(SaveError, match=f"longer than {NAME_MAX} bytes"):
        write_atomic(tmp_path / ("x" * 300), b"x")
    with pytest.raises(SaveError, match="does not exist"):
        write_atomic(tmp_path / "nope" / "f", b"x")
    with pytest.raises(SaveError, match="empty file name"):
        write_atomic("", b"x")


def test_a_long_but_valid_name_still_gets_a_valid_temporary_name(tmp_path):
    target = tmp_path / ("y" * 250)
    assert len(part_path(target).name.encode()) <= NAME_MAX
    write_atomic(target, b"ok")
    assert target.read_bytes() == b"ok"


def test_error_class_is_the_callers(tmp_path):
    os.mkfifo(tmp_path / "p")
    with pytest.raises(ModelError, match="FIFO"):
        write_atomic(tmp_path / "p", b"x", error=ModelError)


def test_failure_while_writing_keeps_the_old_file(tmp_path):
    target = tmp_path / "t"
    target.write_bytes(b"old")

    def broken(f):
        f.write(b"half")
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(SaveError, match=r"No space left on device\); the old file is intact"):
        write_atomic(target, broken)
    assert target.read_bytes() == b"old" and names(tmp_path) == ["t"]


def test_any_exception_while_writing_leaves_no_part(tmp_path):
    with pytest.raises(KeyboardInterrupt):
        write_atomic(tmp_path / "k", lambda f: (_ for _ in ()).throw(KeyboardInterrupt))
    assert names(tmp_path) == []


def test_atomic_file_without_commit_leaves_nothing(tmp_path):
    with AtomicFile(tmp_path / "d") as part:
        part.file.write(b"abc")
        assert part.part.exists()
    assert names(tmp_path) == []


def test_stale_parts_of_dead_processes_are_removed_live_ones_kept(tmp_path):
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    dead_pid = int(dead.stdout)
    stale = tmp_path / f".model.npz.{dead_pid}-0123abcd.part"
    mine = tmp_path / f".model.npz.{os.getpid()}-0123abcd.part"
    foreign = tmp_path / ".model.npz.part"  # not our pattern: never touched
    for p in (stale, mine, foreign):
        p.write_bytes(b"x")
    assert clean_stale_parts(tmp_path) == [stale]
    assert names(tmp_path) == sorted([mine.name, foreign.name])


def test_a_write_removes_its_own_stale_part(tmp_path):
    dead_pid = int(subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                                  capture_output=True, text=True).stdout)
    (tmp_path / f".m.npz.{dead_pid}-deadbeef.part").write_bytes(b"x" * 100)
    write_atomic(tmp_path / "m.npz", b"new")
    assert names(tmp_path) == ["m.npz"]


def test_check_target_resolves_links(tmp_path):
    (tmp_path / "r").write_bytes(b"")
    (tmp_path / "l").symlink_to(tmp_path / "r")
    target, st = check_target(tmp_path / "l")
    assert target == tmp_path / "r" and st is not None
    assert check_target(tmp_path / "new")[1] is None


def test_signals_are_held_until_the_block_ends():
    seen = []
    old = signal.signal(signal.SIGINT, lambda *a: seen.append("int"))
    try:
        with signals_held():
            os.kill(os.getpid(), signal.SIGINT)
            for _ in range(1000):
                pass
            assert seen == []
        for _ in range(1000):
            pass
        assert seen == ["int"]
    finally:
        signal.signal(signal.SIGINT, old)


SIGTERM_DURING_WRITE = textwrap.dedent(r"""
    import os, signal, sys, time
    from core.data.safe_write import write_atomic
    target = sys.argv[1]
    def slow(f):
        f.write(b"new-" * 1000)
        os.kill(os.getpid(), signal.SIGTERM)   # arrives in the middle of the write
        time.sleep(0.2)
        f.write(b"end")
    write_atomic(target, slow)
    print("not reached")
""")


def test_sigterm_during_a_write_still_gives_the_complete_new_file(tmp_path):
    target = tmp_path / "model.npz"
    target.write_bytes(b"old")
    out = subprocess.run([sys.executable, "-c", SIGTERM_DURING_WRITE, str(target)], cwd=ROOT,
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == -signal.SIGTERM, out
    assert "not reached" not in out.stdout
    assert target.read_bytes() == b"new-" * 1000 + b"end"
    assert names(tmp_path) == ["model.npz"]
