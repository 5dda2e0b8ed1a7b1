"""core.data.safe_read: regular files only, bounded reads, the memory estimate."""
import errno
import os
import resource
import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import pytest

from core.data.safe_read import (check_fits, describe_path_error, format_bytes, memory_available,
                                 open_regular, read_into, read_limited)
from core.errors import DataError
from tests import bombs

ROOT = Path(__file__).resolve().parents[3]


@pytest.mark.parametrize("kind,word", [("fifo", "FIFO"), ("socket", "socket"), ("folder", "folder"),
                                       ("link loop", "symbolic link loop"), ("long name", "longer than 255")])
def test_special_files_are_refused_without_blocking(tmp_path, kind, word):
    path = bombs.special_files(tmp_path)[kind]
    with pytest.raises(DataError, match=word) as info:
        open_regular(path, DataError, "a data file")
    assert "\n" not in str(info.value)


def test_messages_for_permission_and_missing_files():
    assert describe_path_error(OSError(errno.EACCES, "Permission denied")) == "no permission to read it"
    assert describe_path_error(OSError(errno.ENOENT, "x")) == "file not found"
    with pytest.raises(DataError, match="empty file name"):
        open_regular("", DataError)


def test_read_limited_refuses_one_byte_more(tmp_path):
    path = tmp_path / "f"
    path.write_bytes(b"x" * 10)
    with open_regular(path) as f:
        assert read_limited(f, 10, path) == b"x" * 10
    with open_regular(path) as f, pytest.raises(DataError, match="more than 9 bytes"):
        read_limited(f, 9, path)


def test_read_into_fills_an_array_and_reports_a_short_read(tmp_path):
    path = tmp_path / "f"
    path.write_bytes(bytes(range(10)))
    a = np.zeros((3, 5), np.uint8)
    with open_regular(path) as f:
        assert read_into(f, a, path) == 10
    assert list(a.ravel()[:10]) == list(range(10)) and a.ravel()[10:].sum() == 0


def test_check_fits_refuses_what_is_not_available():
    free = memory_available()
    assert free is not None and free > 0
    check_fits(1024, "x")
    with pytest.raises(DataError, match=r"x: it needs .* of memory"):
        check_fits(free * 2 + 10**12, "x")


def test_the_address_space_limit_counts():
    script = textwrap.dedent("""
        import resource
        from core.data.safe_read import memory_available
        resource.setrlimit(resource.RLIMIT_AS, (3 * 1024**3, resource.RLIM_INFINITY))
        print(memory_available())
    """)
    out = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert 0 < int(out.stdout) < 3 * 1024**3


def test_format_bytes():
    assert format_bytes(999) == "999 bytes" and format_bytes(1500) == "1.5 KB" and format_bytes(8.5e9) == "8.5 GB"
