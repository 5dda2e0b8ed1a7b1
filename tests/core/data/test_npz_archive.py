"""core.data.npz_archive.SafeNpz: headers are checked before any member's data is read."""
import zipfile

import numpy as np
import pytest

from core.data.npz_archive import open_npz
from core.errors import DataError
from tests import bombs


def test_round_trip_and_header_only(tmp_path):
    path = tmp_path / "a.npz"
    np.savez_compressed(path, a=np.arange(6, dtype=np.int16).reshape(2, 3), b=np.ones(4))
    with open_npz(path) as z:
        assert z.files == ["a", "b"] and "a" in z
        assert z.header("a") == ((2, 3), np.dtype("<i2"))
        np.testing.assert_array_equal(z["a"], np.arange(6).reshape(2, 3))
        np.testing.assert_array_equal(z.read("b", max_bytes=32, shape=(4,)), np.ones(4))


def test_a_member_over_its_limit_is_refused_before_reading(tmp_path, monkeypatch):
    path = bombs.npz(tmp_path / "big.npz", {"x": ((64, 1024, 1024), "|u1", None)})  # 64 MB of zeros
    read_array = np.lib.format.read_array
    monkeypatch.setattr(np.lib.format, "read_array", lambda *a, **k: pytest.fail("the data was read"))
    with open_npz(path) as z, pytest.raises(DataError, match="more than the 1.0 MB allowed"):
        z.read("x", max_bytes=10**6)
    with open_npz(path) as z, pytest.raises(DataError, match=r"shape \(64, 1048576\)|shape \(64, 1024, 1024\), expected"):
        z.read("x", shape=(1, 2))
    monkeypatch.setattr(np.lib.format, "read_array", read_array)


def test_a_member_shorter_or_longer_than_its_header_is_refused(tmp_path):
    short = bombs.npz(tmp_path / "short.npz", {"x": ((1000,), "<f8", 80)})
    with open_npz(short) as z, pytest.raises(DataError, match="truncated"):
        z.read("x")
    long = bombs.npz(tmp_path / "long.npz", {"x": ((10,), "<f8", 80 + 1_000_000)})
    with open_npz(long) as z, pytest.raises(DataError, match="bytes more than its shape needs"):
        z.read("x")


def test_objects_are_refused_from_the_header(tmp_path):
    path = tmp_path / "obj.npz"
    np.savez(path, x=np.array([{"a": 1}], dtype=object))
    with open_npz(path) as z, pytest.raises(DataError, match="refused: x holds Python objects"):
        z.header("x")


def test_non_npy_members_and_many_members(tmp_path):
    path = tmp_path / "raw.npz"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("notes.txt", b"hello")
    with open_npz(path) as a, pytest.raises(DataError, match="notes.txt is not a numpy array"):
        a["notes.txt"]
    many = tmp_path / "many.npz"
    with zipfile.ZipFile(many, "w") as z:
        for i in range(1001):
            z.writestr(f"m{i}.npy", b"")
    with pytest.raises(DataError, match="1001 members"):
        open_npz(many)


def test_a_raw_pickle_is_refused_without_loading(tmp_path):
    path = tmp_path / "p.npz"
    path.write_bytes(b"\x80\x04K\x01.")
    with pytest.raises(DataError, match="pickle"):
        open_npz(path)
