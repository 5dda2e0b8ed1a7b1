"""Saving never loses the old file: a write that fails half-way leaves the previous one intact.

Two ways to make a write fail:
- in process, ``os.fdopen`` (and ``open`` for the IDX writer) hand out a file
  that accepts about half of what is written and then raises ENOSPC, as a
  full disk does;
- in a subprocess, the kernel itself refuses: ``RLIMIT_FSIZE`` caps the size of
  any file the process writes (SIGXFSZ ignored, so ``write`` fails with EFBIG).
  That also reaches Qt's own writer of the settings file (QSettings, C++).

Every case checks the old file is byte-for-byte the same and still loads, and
that no temporary file is left next to it.
"""
import errno
import hashlib
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import pytest

from core.data.drawings import DrawingStore, read_drawings
from core.errors import ModelError
from core.data.idx import read_idx, write_idx
from core.data.model_io import load_model, save_model
from core.nn.network import MLP
from core.training.run_history import RunHistory

ROOT = Path(__file__).resolve().parents[2]


class HalfDisk:
    """A file object that takes ``budget`` bytes in total, then fails like a full disk."""

    def __init__(self, real, budget: int):
        self._real, self._left = real, int(budget)
        self.failed = False

    def write(self, data):
        data = bytes(data) if not isinstance(data, str) else data
        if len(data) <= self._left:
            self._left -= len(data)
            return self._real.write(data)
        self._real.write(data[: self._left])  # the part that fits really lands in the file
        self._real.flush()
        self._left = 0
        self.failed = True
        raise OSError(errno.ENOSPC, "No space left on device")

    def __getattr__(self, name):
        return getattr(self._real, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self._real.close()
        return False


@pytest.fixture
def half_disk(monkeypatch):
    """``half_disk(budget)``: from now on files opened with os.fdopen / core.data.idx's open fail after budget bytes."""
    opened = []

    def arm(budget: int):
        real_fdopen, real_open = os.fdopen, open

        def fdopen(fd, *args, **kwargs):
            opened.append(HalfDisk(real_fdopen(fd, *args, **kwargs), budget))
            return opened[-1]

        def idx_open(path, mode="r", *args, **kwargs):
            f = real_open(path, mode, *args, **kwargs)
            if "w" in mode:
                opened.append(HalfDisk(f, budget))
                return opened[-1]
            return f

        monkeypatch.setattr(os, "fdopen", fdopen)
        monkeypatch.setattr("core.data.idx.open", idx_open, raising=False)
        return opened

    return arm


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def only(folder: Path, *names: str) -> None:
    assert sorted(p.name for p in folder.iterdir()) == sorted(names), "a temporary file was left behind"


# ---------------------------------------------------------------- model files

def test_model_save_failing_half_way_keeps_the_old_model(tmp_path, half_disk):
    target = tmp_path / "model.npz"
    old = MLP([784, 16, 10], seed=1)
    save_model(old, target, training={"run": "old"})
    before = digest(target)
    probe = save_model(MLP([784, 32, 10], seed=2), tmp_path / "probe.npz")
    size = probe.stat().st_size
    probe.unlink()
    writes = half_disk(size // 2)
    with pytest.raises(ModelError, match="No space left on device") as info:
        save_model(MLP([784, 32, 10], seed=2), target, training={"run": "new"})
    assert str(target) in str(info.value)
    assert writes and writes[0].failed, "the write did not get half-way"
    assert digest(target) == before
    net, meta = load_model(target)
    assert net.sizes == [784, 16, 10] and meta["training"] == {"run": "old"}
    assert np.array_equal(net.params["W1"], old.params["W1"])
    only(tmp_path, "model.npz")


@pytest.mark.parametrize("stage", ["fsync", "replace"])
def test_model_save_failing_after_the_write_keeps_the_old_model(tmp_path, monkeypatch, stage):
    target = save_model(MLP([784, 8, 10]), tmp_path / "model.npz")
    before = digest(target)

    def broken(*args, **kwargs):
        raise OSError(errno.EIO, f"{stage} failed")

    monkeypatch.setattr(os, stage, broken)
    with pytest.raises(ModelError, match=f"{stage} failed"):
        save_model(MLP([784, 32, 10]), target)
    monkeypatch.undo()
    assert digest(target) == before
    only(tmp_path, "model.npz")


def test_training_panel_save_failing_says_so_and_keeps_the_old_file(qtbot, tmp_path, half_disk):
    import pyqtgraph as pg

    pg.setConfigOptions(imageAxisOrder="row-major", antialias=True)
    from gui.training.training_panel import TrainingPanel

    panel = TrainingPanel()
    qtbot.addWidget(panel)
    try:
        target = tmp_path / "mine.npz"
        save_model(MLP([784, 8, 10], seed=5), target)
        before = digest(target)
        panel.reset_weights()  # a model of the panel's own (784-512-256-10 by default)
        half_disk(4096)
        assert panel.save_model_to(target) is False
        assert panel.message_kind == "error"
        assert "Could not save the model" in panel.message.text() and "No space left" in panel.message.text()
        assert digest(target) == before and load_model(target)[0].sizes == [784, 8, 10]
        only(tmp_path, "mine.npz")
    finally:
        panel.shutdown()
        panel.close()


# ---------------------------------------------------------------- drawings, run history, IDX

def _digit(seed: int) -> np.ndarray:
    return np.random.default_rng(seed).integers(0, 256, size=(28, 28), dtype=np.uint8)


def test_drawings_add_remove_clear_failing_keep_the_file_and_the_memory(tmp_path, half_disk):
    store = DrawingStore(tmp_path / "drawings.npz")
    for i in range(3):
        store.add(_digit(i), i)
    before = digest(store.path)
    half_disk(300)
    with pytest.raises(OSError):
        store.add(_digit(9), 9)
    with pytest.raises(OSError):
        store.remove(0)
    with pytest.raises(OSError):
        store.clear()
    assert len(store) == 3 and list(store.labels) == [0, 1, 2], "memory must agree with the file"
    assert digest(store.path) == before
    images, labels = read_drawings(store.path)
    assert list(labels) == [0, 1, 2] and np.array_equal(images[2], _digit(2))
    only(tmp_path, "drawings.npz")


def test_run_history_csv_failing_keeps_the_old_export(tmp_path, half_disk):
    class Step:
        def __init__(self, i):
            self.iteration, self.batch_loss, self.lr, self.grad_norms = i, 1.0 / i, 0.1, (0.5,)

    history = RunHistory()
    history.new_run({"lr": 0.1}, "sample").add_steps(Step(i) for i in range(1, 50))
    target = history.to_csv(tmp_path / "runs.csv")
    before = digest(target)
    history.new_run({"lr": 0.2}, "sample").add_steps(Step(i) for i in range(1, 500))
    half_disk(len(target.read_bytes()))
    with pytest.raises(OSError):
        history.to_csv(target)
    assert digest(target) == before
    only(tmp_path, "runs.csv")


def test_idx_write_failing_keeps_the_old_file(tmp_path, half_disk):
    target = tmp_path / "t10k-labels-idx1-ubyte"
    write_idx(target, np.arange(10, dtype=np.uint8))
    before = digest(target)
    half_disk(6)
    with pytest.raises(OSError):
        write_idx(target, np.arange(200, dtype=np.uint8) % 10)
    assert digest(target) == before and list(read_idx(target)) == list(range(10))
    only(tmp_path, target.name)


# ---------------------------------------------------------------- the kernel refuses (subprocess)

KERNEL_LIMIT = textwrap.dedent(r"""
    import hashlib, os, resource, signal, sys
    from pathlib import Path

    folder = Path(sys.argv[1])
    digest = lambda p: hashlib.sha256(p.read_bytes()).hexdigest()

    def limit(nbytes):
        # writes past nbytes fail with EFBIG (SIGXFSZ would kill the process: ignore it)
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (nbytes, resource.RLIM_INFINITY))

    def unlimit():
        resource.setrlimit(resource.RLIMIT_FSIZE, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))

    # 1. the model file
    from core.errors import ModelError
    from core.data.model_io import load_model, save_model
    from core.nn.network import MLP

    model = save_model(MLP([784, 16, 10], seed=1), folder / "model.npz")
    before = digest(model)
    limit(model.stat().st_size // 2)
    try:
        save_model(MLP([784, 64, 10], seed=2), model)
        print("model: the save did not fail")
    except ModelError as exc:
        print("model: refused:", exc)
    unlimit()
    print("model intact:", digest(model) == before and load_model(model)[0].sizes == [784, 16, 10])

    # 2. the settings file, written by Qt (QSettings in C++) when the main window closes
    import pyqtgraph as pg
    from gui.app import make_application
    app = make_application(["x"])
    pg.setConfigOptions(imageAxisOrder="row-major", antialias=True)
    from gui.main_window import MainWindow
    from gui.settings import Settings

    ini = folder / "settings" / "gradient-lab.ini"
    ini.parent.mkdir()
    first = MainWindow(settings=Settings(ini))
    first.show(); app.processEvents()
    first.tabs.setCurrentIndex(1)
    first.close(); app.processEvents()
    before = digest(ini)
    size = ini.stat().st_size
    second = MainWindow(settings=Settings(ini))
    second.show(); app.processEvents()
    second.tabs.setCurrentIndex(3)
    second.descent.controls.set_lr(0.123)
    limit(size // 2)
    second.close(); app.processEvents()
    status = second.settings._store.status()
    unlimit()
    print("settings status:", status.name)
    print("settings intact:", digest(ini) == before)
    # (a QSettings in this process would answer from Qt's in-memory cache: read the file's text)
    print("settings file says:", [l for l in ini.read_text().splitlines() if l.startswith("main.tabs=")])
    print("settings folder:", sorted(p.name for p in ini.parent.iterdir()))
""")


def test_a_write_the_kernel_refuses_keeps_the_old_model_and_settings(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "OPENBLAS_NUM_THREADS": "1",
           "GRADIENT_LAB_DATA_DIR": str(tmp_path / "data"), "GRADIENT_LAB_SETTINGS_DIR": str(tmp_path / "unused")}
    out = subprocess.run([sys.executable, "-c", KERNEL_LIMIT, str(tmp_path)], cwd=ROOT, env=env,
                         capture_output=True, text=True, timeout=120)
    text = out.stdout + out.stderr
    assert out.returncode == 0, text
    assert "Traceback" not in text, text
    assert "model: refused:" in out.stdout and "File too large" in out.stdout, text
    assert "model intact: True" in out.stdout, text
    assert "settings status: AccessError" in out.stdout, text  # Qt noticed the failed write ...
    assert "settings intact: True" in out.stdout, text         # ... and kept the old file
    assert "settings file says: ['main.tabs=1']" in out.stdout, text  # what the first window saved
    assert "settings folder: ['gradient-lab.ini']" in out.stdout, text  # no temporary file left
