"""Download against a local HTTP server on 127.0.0.1 started here: good, wrong checksum,
re-compressed, truncated, 404, server down, cancel. Nothing half-written is ever left."""
import gzip
import hashlib
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import numpy as np
import pytest

from core.data.datasets import load_folder
from core.data.download import DownloadError, RemoteFile, download_mnist
from core.errors import DataError
from core.data.idx import IMAGES_MAGIC, LABELS_MAGIC, idx_bytes


from tests.local_server import FILES, GOOD, IMAGES, LABELS, TEST_IMAGES, TEST_LABELS, Server, _gz  # noqa: F401


@pytest.fixture
def server():
    s = Server()
    yield s
    s.close()


def leftovers(folder):
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(".") or p.suffix == ".part")


def test_good_download_is_loadable_and_reports_progress(server, tmp_path):
    mirror = server.serve("good", GOOD)
    seen = []
    out = download_mnist(tmp_path / "mnist", mirrors=[mirror], files=FILES, chunk_size=1024,
                         progress=lambda name, done, total: seen.append((name, done, total)))
    data = load_folder(out)
    np.testing.assert_array_equal(data.y_train, LABELS)
    assert data.x_test.shape == (10, 784)
    images = [s for s in seen if s[0] == "train-images-idx3-ubyte.gz"]
    assert images[0][1] == 0 and images[-1][1] == images[-1][2] == len(GOOD["train-images-idx3-ubyte.gz"])
    assert len(images) > 3 and all(b[1] >= a[1] for a, b in zip(images, images[1:]))
    assert leftovers(tmp_path / "mnist") == []
    # a second run finds valid files and asks the server for nothing
    count = len(server.requests)
    download_mnist(out, mirrors=[mirror], files=FILES)
    assert len(server.requests) == count


def test_recompressed_files_are_accepted_by_content(server, tmp_path):
    regz = {name: gzip.compress(gzip.decompress(data), compresslevel=1, mtime=123) for name, data in GOOD.items()}
    assert regz["train-images-idx3-ubyte.gz"] != GOOD["train-images-idx3-ubyte.gz"]
    out = download_mnist(tmp_path, mirrors=[server.serve("regz", regz)], files=FILES)
    np.testing.assert_array_equal(load_folder(out).y_test, TEST_LABELS)


def test_wrong_checksum_is_refused_and_nothing_is_left(server, tmp_path):
    wrong = dict(GOOD, **{"train-images-idx3-ubyte.gz": _gz(IMAGES[:39])})
    with pytest.raises(DownloadError) as info:
        download_mnist(tmp_path, mirrors=[server.serve("wrong", wrong)], files=FILES)
    msg = str(info.value)
    assert "train-images-idx3-ubyte.gz" in msg and "wrong checksum" in msg and "(39, 28, 28)" in msg
    assert not (tmp_path / "train-images-idx3-ubyte.gz").exists()
    assert leftovers(tmp_path) == []
    assert isinstance(info.value, DataError)


def test_not_gzip_is_refused(server, tmp_path):
    html = dict(GOOD, **{"train-images-idx3-ubyte.gz": b"<html>captive portal</html>"})
    with pytest.raises(DownloadError, match="not gzip"):
        download_mnist(tmp_path, mirrors=[server.serve("html", html)], files=FILES)
    assert not (tmp_path / "train-images-idx3-ubyte.gz").exists()


def test_truncated_body_is_refused(server, tmp_path):
    mirror = server.serve("cut", GOOD)
    server.truncate.add("/cut/train-labels-idx1-ubyte.gz")
    with pytest.raises(DownloadError, match="train-labels-idx1-ubyte.gz"):
        download_mnist(tmp_path, mirrors=[mirror], files=FILES)
    assert not (tmp_path / "train-labels-idx1-ubyte.gz").exists()
    assert (tmp_path / "train-images-idx3-ubyte.gz").exists(), "files before it were complete and kept"
    assert leftovers(tmp_path) == []


def test_404_then_next_mirror(server, tmp_path):
    empty = server.serve("empty", {})
    good = server.serve("good", GOOD)
    with pytest.raises(DownloadError, match="HTTP 404"):
        download_mnist(tmp_path / "a", mirrors=[empty], files=FILES)
    out = download_mnist(tmp_path / "b", mirrors=[empty, good], files=FILES)
    assert load_folder(out).x_train.shape == (40, 784)
    assert "/empty/train-images-idx3-ubyte.gz" in server.requests


def test_server_down_says_offline(tmp_path):
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()  # nothing listens there now
    with pytest.raises(DownloadError, match="are you offline"):
        download_mnist(tmp_path, mirrors=[f"http://127.0.0.1:{port}/mnist/"], files=FILES, timeout=5)
    assert leftovers(tmp_path) == [] and not any(tmp_path.iterdir())


def test_cancel_leaves_nothing(server, tmp_path):
    mirror = server.serve("good", GOOD)
    chunks = []
    with pytest.raises(DownloadError, match="cancelled"):
        download_mnist(tmp_path, mirrors=[mirror], files=FILES, chunk_size=512,
                       progress=lambda *a: chunks.append(a), should_stop=lambda: len(chunks) > 3)
    assert not any(tmp_path.iterdir())


def test_damaged_existing_file_is_replaced(server, tmp_path):
    (tmp_path / "t10k-labels-idx1-ubyte.gz").write_bytes(b"half a file")
    download_mnist(tmp_path, mirrors=[server.serve("good", GOOD)], files=FILES)
    assert (tmp_path / "t10k-labels-idx1-ubyte.gz").read_bytes() == GOOD["t10k-labels-idx1-ubyte.gz"]


# ---------------------------------------------------------------- hostile servers (issue 21)

def test_a_server_that_streams_for_ever_is_cut_at_the_files_size(server, tmp_path):
    mirror = server.serve("good", GOOD)
    server.endless.add("/good/train-images-idx3-ubyte.gz")
    spec = FILES[0]
    with pytest.raises(DownloadError, match="larger than any valid train-images-idx3-ubyte.gz"):
        download_mnist(tmp_path, mirrors=[mirror], files=FILES, timeout=5)
    # it stopped reading near the cap (the server may have sent a socket buffer more)
    assert server.sent.get("/good/train-images-idx3-ubyte.gz", 0) < spec.max_bytes + 8 * 1024 * 1024
    assert leftovers(tmp_path) == [] and not (tmp_path / spec.name).exists()


def test_a_server_sending_a_byte_at_a_time_hits_the_deadline(server, tmp_path):
    import time

    mirror = server.serve("good", GOOD)
    server.slow.add("/good/train-images-idx3-ubyte.gz")
    t0 = time.monotonic()
    with pytest.raises(DownloadError, match="too slow"):
        download_mnist(tmp_path, mirrors=[mirror], files=FILES, timeout=2, deadline=1.0)
    assert time.monotonic() - t0 < 30  # the per-read timeout alone never fires: a byte comes every 0.2 s
    assert leftovers(tmp_path) == []


def test_content_length_over_the_cap_is_refused_before_reading(server, tmp_path):
    big = dict(GOOD, **{"train-labels-idx1-ubyte.gz": bytes(FILES[1].max_bytes + 1)})
    with pytest.raises(DownloadError, match="announces"):
        download_mnist(tmp_path, mirrors=[server.serve("big", big)], files=FILES)


def test_max_bytes_bounds_any_valid_gzip_of_the_file():
    for spec in FILES:
        raw = 4 + 4 * len(spec.shape) + int(np.prod(spec.shape))
        assert spec.raw_size == raw
        stored = len(gzip.compress(bytes(np.random.default_rng(0).integers(0, 256, raw, dtype=np.uint8)),
                                   compresslevel=0))
        assert stored <= spec.max_bytes  # even an uncompressed ("stored") gzip fits


@pytest.mark.parametrize("kind", ["fifo", "read-only file"])
def test_a_target_that_must_not_be_replaced_stops_the_download(server, tmp_path, kind):
    import os
    import stat

    target = tmp_path / FILES[0].name
    if kind == "fifo":
        os.mkfifo(target)
    else:
        target.write_bytes(b"mine")
        os.chmod(target, 0o444)
    with pytest.raises(DownloadError, match="FIFO|read-only"):
        download_mnist(tmp_path, mirrors=[server.serve("good", GOOD)], files=FILES)
    mode = os.lstat(target).st_mode
    assert stat.S_ISFIFO(mode) if kind == "fifo" else target.read_bytes() == b"mine"


def test_stale_parts_of_a_killed_download_are_removed(server, tmp_path):
    import subprocess
    import sys

    dead = int(subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                              capture_output=True, text=True).stdout)
    stale = tmp_path / f".train-images-idx3-ubyte.gz.{dead}-0badf00d.part"
    stale.write_bytes(b"x" * 1000)
    download_mnist(tmp_path, mirrors=[server.serve("good", GOOD)], files=FILES)
    assert not stale.exists() and leftovers(tmp_path) == []


@pytest.mark.parametrize("timeout,deadline", [(1e308, 10), (0, 10), (5, float("inf")), (5, -1)])
def test_absurd_waits_are_refused(tmp_path, timeout, deadline):
    with pytest.raises(DownloadError, match="seconds"):
        download_mnist(tmp_path, mirrors=["http://127.0.0.1:9/"], files=FILES, timeout=timeout, deadline=deadline)
