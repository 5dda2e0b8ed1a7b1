"""Every reader refuses a decompression bomb (1 MB on disk, 512 MB unpacked) before unpacking it.

Each read runs in a subprocess whose address space is limited (``RLIMIT_AS``) to what it had
after its imports plus ``HEADROOM``: a reader that unpacks the whole bomb fails there with
MemoryError (or is killed) instead of refusing. The subprocess reports its peak resident memory
(``ru_maxrss``) before and after; the growth while refusing must stay under ``MAX_GROWTH``.
"""
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests import bombs

ROOT = Path(__file__).resolve().parents[2]
HEADROOM = 400 * 1024 * 1024
MAX_GROWTH_MB = 200

READ = textwrap.dedent(r"""
    import json, os, resource, sys
    import numpy as np
    from core.errors import DataError, ModelError
    from core.data.datasets import load_folder, load_npz
    from core.data.drawings import DrawingStore, read_drawings
    from core.data.download import MNIST_FILES, verify_file, _BadFile
    from core.data.idx import read_idx
    from core.data.model_io import load_model

    kind, path, headroom = sys.argv[1], sys.argv[2], int(sys.argv[3])
    readers = {
        "idx": lambda: read_idx(path),
        "folder": lambda: load_folder(path),
        "model": lambda: load_model(path),
        "drawings": lambda: read_drawings(path),
        "drawings-store": lambda: DrawingStore.open(path)[1],
        "keras": lambda: load_npz(path),
        "download-verify": lambda: verify_file(path, MNIST_FILES[0]),
    }
    if kind == "errors-log":
        from gui.error_dialog import write_log
        readers[kind] = lambda: write_log(__import__("pathlib").Path(path), "one more entry") and "written"
    page = os.sysconf("SC_PAGE_SIZE")
    vm = int(open("/proc/self/statm").read().split()[0]) * page
    resource.setrlimit(resource.RLIMIT_AS, (vm + headroom, resource.RLIM_INFINITY))
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    try:
        out = readers[kind]()
        result = f"returned: {out!r}"[:2000]
    except (DataError, ModelError, _BadFile) as exc:
        result = f"refused: {exc}"
    except MemoryError:
        result = "MemoryError"
    after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"result": result, "growth_mb": (after - before) / 1024}))
""")


def run_reader(kind: str, path: Path, headroom: int = HEADROOM) -> dict:
    env = {**os.environ, "OPENBLAS_NUM_THREADS": "1", "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", READ, kind, str(path), str(headroom)], cwd=ROOT, env=env,
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-3000:]
    return json.loads(out.stdout.strip().splitlines()[-1])


def assert_refused(report: dict, *words: str) -> None:
    result = report["result"]
    assert result.startswith("refused: "), result
    assert "\n" not in result and len(result) < 600, result
    for w in words:
        assert w in result, (w, result)
    assert report["growth_mb"] < MAX_GROWTH_MB, report


def test_idx_bomb_is_refused_without_unpacking(tmp_path):
    path = bombs.idx_bomb(tmp_path / "t10k-images-idx3-ubyte.gz")
    assert path.stat().st_size < 2_000_000
    assert_refused(run_reader("idx", path), "t10k-images-idx3-ubyte.gz", "bytes more than the header")


def test_data_folder_with_an_idx_bomb_is_refused(tmp_path):
    folder = bombs.honest_huge_folder(tmp_path / "data", n=10)  # header says 10 images, 512 MB follow
    assert_refused(run_reader("folder", folder), "train-images-idx3-ubyte.gz")


def test_honest_header_too_large_for_memory_is_refused_naming_file_and_size(tmp_path):
    folder = bombs.honest_huge_folder(tmp_path / "data")  # 2,700,000 images announced
    report = run_reader("folder", folder, headroom=1_500 * 1024 * 1024)
    assert_refused(report, "train-images-idx3-ubyte.gz", "GB", "memory")
    assert "network" not in report["result"]


def test_model_bomb_is_refused_from_its_header(tmp_path):
    path = bombs.model_bomb(tmp_path / "bomb.npz")
    assert path.stat().st_size < 4_000_000
    assert_refused(run_reader("model", path), "bomb.npz", "W1 has shape", "(784, 8)")


def test_honest_model_too_large_for_memory_is_refused(tmp_path):
    path = bombs.model_too_big(tmp_path / "big.npz")
    assert_refused(run_reader("model", path), "big.npz", "memory")


def test_drawings_bomb_is_refused_and_the_app_starts_empty(tmp_path):
    path = bombs.drawings_bomb(tmp_path / "drawings.npz")
    assert_refused(run_reader("drawings", path), "drawings.npz", "more than the 100000 allowed")
    report = run_reader("drawings-store", path)  # the Draw tab's way in: set aside, say so
    assert report["result"].startswith("returned: ") and "drawings.npz" in report["result"], report
    assert report["growth_mb"] < MAX_GROWTH_MB, report
    assert any(p.name.startswith("drawings.unreadable-") for p in tmp_path.iterdir())


def test_keras_npz_bomb_is_refused(tmp_path):
    path = bombs.keras_bomb(tmp_path / "mnist.npz")
    assert_refused(run_reader("keras", path), "mnist.npz", "memory")


def test_downloaded_gzip_bomb_with_the_right_header_is_refused(tmp_path):
    path = tmp_path / "train-images-idx3-ubyte.gz"
    path.write_bytes(bombs.gzip.compress(bombs.idx_header(8, (60000, 28, 28)), mtime=0) + bombs.zero_gzip())
    assert_refused(run_reader("download-verify", path), "more data than the shape")


def test_a_3_gb_errors_log_is_trimmed_by_seeking(tmp_path):
    log = tmp_path / "errors.log"
    with open(log, "wb") as f:  # sparse: 3 GB long, nothing on disk
        f.truncate(3 * 1024 ** 3)
        f.seek(3 * 1024 ** 3 - 100)
        f.write(b"\n==== 2026-01-01T00:00:00\nthe newest old entry\n\n")
    report = run_reader("errors-log", log)
    assert report["result"] == "returned: 'written'", report
    assert report["growth_mb"] < MAX_GROWTH_MB, report
    text = log.read_bytes()
    assert len(text) < 600_000 and text.startswith(b"==== 2026-01-01") and b"one more entry" in text
