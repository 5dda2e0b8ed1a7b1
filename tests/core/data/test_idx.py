"""IDX reader: good files (plain and gzip) and each kind of bad file."""
import gzip
import struct

import numpy as np
import pytest

from core.errors import DataError
from core.data.idx import IMAGES_MAGIC, LABELS_MAGIC, idx_bytes, read_idx, write_idx


@pytest.fixture
def images():
    return np.random.default_rng(0).integers(0, 256, size=(5, 28, 28), dtype=np.uint8)


@pytest.mark.parametrize("name", ["imgs-idx3-ubyte", "imgs-idx3-ubyte.gz"])
def test_round_trip_plain_and_gzip(tmp_path, images, name):
    path = tmp_path / name
    write_idx(path, images)
    assert (path.read_bytes()[:2] == b"\x1f\x8b") == name.endswith(".gz")
    out = read_idx(path, IMAGES_MAGIC)
    assert out.dtype == np.uint8 and out.shape == (5, 28, 28)
    np.testing.assert_array_equal(out, images)


def test_header_is_the_standard_one(images):
    raw = idx_bytes(images)
    assert struct.unpack(">IIII", raw[:16]) == (IMAGES_MAGIC, 5, 28, 28)
    assert struct.unpack(">II", idx_bytes(np.arange(3, dtype=np.uint8))[:8]) == (LABELS_MAGIC, 3)


def test_gzip_detected_by_content_not_name(tmp_path, images):
    path = tmp_path / "plain-name"
    path.write_bytes(gzip.compress(idx_bytes(images)))
    np.testing.assert_array_equal(read_idx(path), images)


def _expect(path, *words, magic=None):
    with pytest.raises(DataError) as info:
        read_idx(path, magic)
    msg = str(info.value)
    assert str(path) in msg, msg
    for w in words:
        assert w in msg, msg
    return msg


def test_wrong_magic(tmp_path):
    path = tmp_path / "labels"
    path.write_bytes(idx_bytes(np.arange(10, dtype=np.uint8)))
    _expect(path, "wrong magic number 2049", "2051", magic=IMAGES_MAGIC)


def test_not_idx_at_all(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_bytes(b"hello world, this is text")
    _expect(path, "not an IDX file")


def test_truncated_data(tmp_path, images):
    path = tmp_path / "t-idx3-ubyte"
    path.write_bytes(idx_bytes(images)[:-100])
    _expect(path, "truncated")


def test_truncated_header(tmp_path):
    path = tmp_path / "h"
    path.write_bytes(struct.pack(">I", IMAGES_MAGIC) + b"\x00\x00")
    _expect(path, "truncated IDX header")


def test_extra_bytes(tmp_path, images):
    path = tmp_path / "x"
    path.write_bytes(idx_bytes(images) + b"\x00" * 7)
    _expect(path, "7 bytes more")


def test_unsupported_type(tmp_path):
    path = tmp_path / "floats"
    path.write_bytes(struct.pack(">HBBI", 0, 0x0D, 1, 1) + b"\x00" * 4)
    _expect(path, "type 0x0d")


def test_named_gz_but_not_gzip(tmp_path, images):
    path = tmp_path / "a-idx3-ubyte.gz"
    path.write_bytes(idx_bytes(images))
    _expect(path, "not gzip")


def test_truncated_gzip(tmp_path, images):
    path = tmp_path / "a-idx3-ubyte.gz"
    path.write_bytes(gzip.compress(idx_bytes(images))[:-50])
    _expect(path, "gzip")


def test_missing_file(tmp_path):
    _expect(tmp_path / "nope", "not found")


def test_empty_file(tmp_path):
    path = tmp_path / "empty"
    path.write_bytes(b"")
    _expect(path, "too short")
