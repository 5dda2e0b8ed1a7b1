"""Bad data never crashes the readers: random bytes, truncations and mutated headers.

Property-based (hypothesis) over the IDX reader (``core.data.idx``), the data-set
loaders (``core.data.datasets``: a folder of IDX files, Keras' ``mnist.npz``), the
model reader (``core.data.model_io``) and the drawings file (``core.data.drawings``),
starting from the real bundled files. The only exception that may leave a
data reader is ``DataError`` (``ModelError`` for a model file); whatever they
return instead must be a well-formed result. A GUI test checks that a bad
folder or file chosen in the Training panel shows the reader's message and
keeps the data set in use.
"""
import gzip
import io
import shutil
import struct
import tempfile
import zipfile
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from core.data.datasets import SAMPLE_DIR, Dataset, load_dataset, load_folder, load_npz, load_sample
from core.data.drawings import read_drawings, write_drawings
from core.errors import DataError, ModelError
from core.data.idx import IMAGES_MAGIC, LABELS_MAGIC, parse_idx, read_idx
from core.data.model_io import load_model, save_model
from core.nn.network import MLP

#: numpy warns about .npy headers it had to repair ("created on Python 2"): expected with mutated headers
pytestmark = pytest.mark.filterwarnings("ignore:Reading `.npy` or `.npz` file required additional header parsing")

FUZZ = settings(max_examples=max(200, settings.default.max_examples), deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
FEWER = settings(FUZZ, max_examples=max(150, settings.default.max_examples))

LABELS_GZ = (SAMPLE_DIR / "t10k-labels-idx1-ubyte.gz").read_bytes()
IMAGES_GZ = (SAMPLE_DIR / "t10k-images-idx3-ubyte.gz").read_bytes()
LABELS_RAW = gzip.decompress(LABELS_GZ)
IMAGES_RAW = gzip.decompress(IMAGES_GZ)


@pytest.fixture(scope="module")
def work():
    """A folder for the files each example writes (hypothesis forbids function-scoped fixtures)."""
    folder = Path(tempfile.mkdtemp(prefix="fuzz-readers-"))
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def mutate(blob: bytes, edits) -> bytes:
    """Apply (position, new byte) edits; positions wrap around the blob's length."""
    out = bytearray(blob)
    for pos, value in edits:
        out[pos % len(out)] = value
    return bytes(out)


EDITS = st.lists(st.tuples(st.integers(0, 2**31), st.integers(0, 255)), min_size=1, max_size=6)
#: sizes an IDX header might hold, with the awkward ones (0, 1, powers of two, the uint32 maximum) likely
DIMS = st.one_of(st.integers(0, 40), st.sampled_from([0, 1, 28, 2000, 2**16, 2**31, 2**32 - 1]),
                 st.integers(0, 2**32 - 1))


def idx_header(dtype_code: int, dims) -> bytes:
    return struct.pack(">HBB", 0, dtype_code, len(dims)) + struct.pack(f">{len(dims)}I", *dims)


def check_idx_result(a, raw: bytes) -> None:
    """What parse_idx returns must be exactly the bytes after the header, in the header's shape."""
    ndim = raw[3]
    shape = struct.unpack(f">{ndim}I", raw[4:4 + 4 * ndim])
    assert a.dtype == np.uint8 and a.shape == shape
    assert a.tobytes() == raw[4 + 4 * ndim:]


# ---------------------------------------------------------------- IDX: bytes in memory

@FUZZ
@given(st.binary(max_size=3000))
def test_random_bytes_are_parsed_or_refused(raw):
    try:
        a = parse_idx(raw, "fuzz")
    except DataError:
        return
    check_idx_result(a, raw)


@FUZZ
@given(st.sampled_from([0x08, 0x08, 0x09, 0x0B, 0x0D, 0x0E, 0x00, 0xFF]), st.lists(DIMS, min_size=0, max_size=5),
       st.binary(max_size=64))
@example(0x08, [2**31, 2**31, 4], b"")            # 2^66 wraps to 0 in 64-bit arithmetic: no data "fits"
@example(0x08, [2**32 - 1, 2**32 - 1, 2**32 - 1, 2**32 - 1], b"")
@example(0x08, [2**32 - 1, 2**32 - 1], b"\0" * 8)
@example(0x08, [0, 2**32 - 1], b"")              # a legitimately empty array
@example(0x08, [0, 2, 2**31, 2**31], b"")        # empty, but no array can have the other sizes (CI found it)
def test_idx_headers_with_any_sizes_are_parsed_or_refused(dtype_code, dims, body):
    raw = idx_header(dtype_code, dims) + body
    try:
        a = parse_idx(raw, "fuzz")
    except DataError as exc:
        assert "fuzz" in str(exc)
        return
    check_idx_result(a, raw)


@FUZZ
@given(st.integers(0, len(IMAGES_RAW) - 1))
def test_every_truncation_of_real_images_is_refused(n):
    with pytest.raises(DataError, match="truncated|too short|not an IDX"):
        parse_idx(IMAGES_RAW[:n], "t10k-images")


@FUZZ
@given(st.lists(st.tuples(st.integers(0, 15), st.integers(0, 255)), min_size=1, max_size=6))
def test_mutated_headers_of_real_images_are_parsed_or_refused(edits):
    raw = mutate(IMAGES_RAW, edits)
    try:
        a = parse_idx(raw, "t10k-images")
    except DataError:
        return
    check_idx_result(a, raw)


# ---------------------------------------------------------------- IDX: files on disk

@FUZZ
@given(st.binary(max_size=2000), st.sampled_from(["t.idx", "t.gz"]), st.booleans(),
       st.sampled_from([None, IMAGES_MAGIC, LABELS_MAGIC]))
def test_random_files_plain_or_gzip_are_read_or_refused(work, raw, name, compress, magic):
    path = work / name
    path.write_bytes(gzip.compress(raw, mtime=0) if compress else raw)
    try:
        a = read_idx(path, magic)
    except DataError as exc:
        assert str(path) in str(exc)
        return
    check_idx_result(a, raw)


@FUZZ
@given(st.integers(0, len(LABELS_GZ) - 1))
def test_every_truncation_of_a_real_gzip_file_is_refused(work, n):
    path = work / "t10k-labels-idx1-ubyte.gz"
    path.write_bytes(LABELS_GZ[:n])
    with pytest.raises(DataError) as info:
        read_idx(path, LABELS_MAGIC)
    assert str(path) in str(info.value)


@FUZZ
@given(EDITS)
def test_damaged_gzip_bytes_are_read_or_refused(work, edits):
    path = work / "t10k-labels-idx1-ubyte.gz"
    path.write_bytes(mutate(LABELS_GZ, edits))
    try:
        a = read_idx(path, LABELS_MAGIC)
    except DataError:
        return
    assert a.dtype == np.uint8 and a.ndim == 1  # magic 2049 survived: a label vector


# ---------------------------------------------------------------- a data folder

def _check_dataset(ds) -> None:
    assert isinstance(ds, Dataset)
    assert ds.x_test.shape == (len(ds.y_test), 784) and ds.x_test.dtype == np.float32
    assert np.all((ds.x_test >= 0) & (ds.x_test <= 1))
    assert ds.y_test.size == 0 or 0 <= ds.y_test.min() <= ds.y_test.max() <= 9


@FEWER
@given(st.sampled_from(["images", "labels"]), st.lists(st.tuples(st.integers(0, 23), st.integers(0, 255)),
                                                       min_size=1, max_size=5),
       st.one_of(st.none(), st.integers(0, 4000)))
def test_folder_with_a_mutated_or_cut_file_loads_or_says_why(work, which, edits, cut):
    """A folder holding the real t10k files (plain IDX), one of them with a mutated header or cut short."""
    folder = work / "folder"
    folder.mkdir(exist_ok=True)
    for stale in folder.iterdir():
        stale.unlink()
    images, labels = IMAGES_RAW, LABELS_RAW
    if which == "images":
        images = mutate(images, edits)[: None if cut is None else 16 + cut * 392]
    else:
        labels = mutate(labels, edits)[: None if cut is None else 8 + cut // 2]
    (folder / "t10k-images-idx3-ubyte").write_bytes(images)
    (folder / "t10k-labels-idx1-ubyte").write_bytes(labels)
    try:
        ds = load_folder(folder)
    except DataError as exc:
        assert str(folder) in str(exc)
        return
    _check_dataset(ds)


# ---------------------------------------------------------------- Keras-style .npz

def _keras_npz(compressed: bool) -> bytes:
    s = load_sample()
    x_tr = np.rint(s.x_train[:30] * 255).astype(np.uint8).reshape(-1, 28, 28)
    x_te = np.rint(s.x_test[:10] * 255).astype(np.uint8).reshape(-1, 28, 28)
    buf = io.BytesIO()
    (np.savez_compressed if compressed else np.savez)(buf, x_train=x_tr, y_train=s.y_train[:30].astype(np.uint8),
                                                      x_test=x_te, y_test=s.y_test[:10].astype(np.uint8))
    return buf.getvalue()


NPZ_STORED = _keras_npz(False)
NPZ_DEFLATED = _keras_npz(True)


def _header_positions(blob: bytes) -> list[int]:
    """Offsets of the .npy headers' text inside a stored (uncompressed) .npz: where shapes and types live."""
    out, start = [], 0
    while (i := blob.find(b"\x93NUMPY", start)) >= 0:
        out.append(i)
        start = i + 1
    return out


NPY_HEADERS = _header_positions(NPZ_STORED)


def _npy_member(shape, descr="|u1", body=b"") -> bytes:
    buf = io.BytesIO()
    np.lib.format.write_array_header_1_0(buf, {"descr": descr, "fortran_order": False, "shape": shape})
    return buf.getvalue() + body


def _zip(members: dict, compression=zipfile.ZIP_STORED) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=compression) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return buf.getvalue()


HUGE = _zip({f"{k}.npy": _npy_member((10**12,)) for k in ("x_train", "y_train", "x_test", "y_test")})


def _unsupported_compression(blob: bytes) -> bytes:
    out = bytearray(blob)
    for sig, offset in ((b"PK\x03\x04", 8), (b"PK\x01\x02", 10)):
        i = out.find(sig)
        while i >= 0:
            out[i + offset] = 99
            i = out.find(sig, i + 1)
    return bytes(out)


def _encrypted_flag(blob: bytes) -> bytes:
    out = bytearray(blob)
    for sig, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        i = out.find(sig)
        while i >= 0:
            out[i + offset] |= 1
            i = out.find(sig, i + 1)
    return bytes(out)


def _load_npz_or_refuse(path: Path) -> None:
    try:
        ds = load_npz(path)
    except DataError as exc:
        assert str(path) in str(exc)
        return
    _check_dataset(ds)


@FUZZ
@given(st.binary(max_size=2000))
@example(b"PK\x05\x06" + b"\0" * 18)  # an empty zip archive
@example(HUGE)                         # .npy headers announcing a terabyte
@example(_unsupported_compression(NPZ_STORED))
@example(_encrypted_flag(NPZ_STORED))
@example(_zip({f"{k}.npy": b"not an npy" for k in ("x_train", "y_train", "x_test", "y_test")}))
def test_random_npz_bytes_are_refused(work, blob):
    path = work / "mnist.npz"
    path.write_bytes(blob)
    _load_npz_or_refuse(path)


@FUZZ
@given(st.sampled_from(["stored", "deflated"]), st.integers(0, len(NPZ_STORED) - 1))
def test_every_truncation_of_an_npz_is_refused(work, kind, n):
    blob = NPZ_STORED if kind == "stored" else NPZ_DEFLATED
    path = work / "mnist.npz"
    path.write_bytes(blob[: n % len(blob)])
    with pytest.raises(DataError):
        load_npz(path)


@FUZZ
@given(st.sampled_from(["stored", "deflated"]), EDITS)
def test_mutated_npz_bytes_load_or_are_refused(work, kind, edits):
    path = work / "mnist.npz"
    path.write_bytes(mutate(NPZ_STORED if kind == "stored" else NPZ_DEFLATED, edits))
    _load_npz_or_refuse(path)


@FUZZ
@given(st.sampled_from(NPY_HEADERS), st.lists(st.tuples(st.integers(0, 80), st.sampled_from(b"0123456789(),' <>|uifcOV")),
                                              min_size=1, max_size=4))
def test_mutated_npy_headers_in_an_npz_load_or_are_refused(work, header_at, edits):
    """Edits inside the .npy headers' text (shape, type, order), with characters that keep it plausible."""
    blob = mutate(NPZ_STORED, [(header_at + pos, value) for pos, value in edits])
    path = work / "mnist.npz"
    path.write_bytes(blob)
    _load_npz_or_refuse(path)


# ---------------------------------------------------------------- model and drawings files

def _model_bytes() -> bytes:
    folder = Path(tempfile.mkdtemp(prefix="fuzz-model-"))
    try:
        return save_model(MLP([784, 8, 10], seed=1), folder / "m.npz", training={"note": "fuzz"}).read_bytes()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


MODEL = _model_bytes()


def _with_member(blob: bytes, name: str, data: bytes) -> bytes:
    """The zip ``blob`` with member ``name`` replaced by ``data``."""
    with zipfile.ZipFile(io.BytesIO(blob)) as z:
        members = {n: z.read(n) for n in z.namelist()}
    return _zip({**members, name: data})


@FUZZ
@given(st.one_of(st.binary(max_size=2000), st.integers(0, len(MODEL) - 1).map(lambda n: MODEL[:n]),
                 EDITS.map(lambda e: mutate(MODEL, e))))
@example(HUGE)
@example(_unsupported_compression(MODEL))
@example(_encrypted_flag(MODEL))
@example(_zip({"meta.npy": b"{}", "W1.npy": b"", "b1.npy": b""}))
@example(_with_member(MODEL, "W1.npy", b"raw bytes where an array belongs"))
def test_damaged_model_files_load_or_are_refused(work, blob):
    path = work / "model.npz"
    path.write_bytes(blob)
    try:
        net, meta = load_model(path)
    except ModelError as exc:
        assert str(path) in str(exc)
        return
    assert net.sizes[0] == 784 and all(np.all(np.isfinite(p)) for p in net.params.values())
    assert isinstance(meta, dict)


def _drawings_bytes() -> bytes:
    folder = Path(tempfile.mkdtemp(prefix="fuzz-drawings-"))
    try:
        s = load_sample()
        images = np.rint(s.x_test[:5] * 255).astype(np.uint8).reshape(-1, 28, 28)
        write_drawings(folder / "d.npz", images, s.y_test[:5])
        return (folder / "d.npz").read_bytes()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


DRAWINGS = _drawings_bytes()


@FUZZ
@given(st.one_of(st.binary(max_size=1000), st.integers(0, len(DRAWINGS) - 1).map(lambda n: DRAWINGS[:n]),
                 EDITS.map(lambda e: mutate(DRAWINGS, e))))
@example(_zip({"images.npy": _npy_member((10**12, 28, 28)), "labels.npy": _npy_member((10**12,))}))
@example(_unsupported_compression(DRAWINGS))
@example(_zip({"images.npy": b"raw", "labels.npy": b"raw"}))
def test_damaged_drawings_files_are_read_or_refused(work, blob):
    path = work / "drawings.npz"
    path.write_bytes(blob)
    try:
        images, labels = read_drawings(path)
    except DataError as exc:
        assert str(path) in str(exc)
        return
    assert images.dtype == np.uint8 and images.shape[1:] == (28, 28) and labels.shape == (images.shape[0],)


# ---------------------------------------------------------------- the GUI keeps its data

@pytest.fixture
def panel(qtbot, tmp_path, monkeypatch):
    import pyqtgraph as pg

    monkeypatch.setenv("GRADIENT_LAB_DATA_DIR", str(tmp_path / "data"))
    pg.setConfigOptions(imageAxisOrder="row-major", antialias=True)
    from gui.training.training_panel import TrainingPanel

    p = TrainingPanel()
    qtbot.addWidget(p)
    p.resize(1280, 760)
    p.show()
    c = p.controls
    c.hidden.setText("16")
    c.epochs.setValue(1)
    c.augment.setChecked(False)
    yield p
    p.shutdown()
    assert not p.is_thread_running()
    p.close()


def _bad_sources(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    """name -> (what to open, a word the message must contain)."""
    out = {}
    cut = tmp_path / "cut"
    cut.mkdir()
    (cut / "t10k-images-idx3-ubyte.gz").write_bytes(IMAGES_GZ[: len(IMAGES_GZ) // 2])
    (cut / "t10k-labels-idx1-ubyte.gz").write_bytes(LABELS_GZ)
    out["truncated gzip"] = (cut, "t10k-images")
    header = tmp_path / "header"
    header.mkdir()
    (header / "t10k-images-idx3-ubyte").write_bytes(mutate(IMAGES_RAW, [(7, 7)]))  # 2000 -> 1793 images
    (header / "t10k-labels-idx1-ubyte").write_bytes(LABELS_RAW)
    out["mutated header"] = (header, "t10k-images")
    overflow = tmp_path / "overflow"
    overflow.mkdir()
    (overflow / "t10k-images-idx3-ubyte").write_bytes(idx_header(0x08, [2**31, 2**31, 4]))
    (overflow / "t10k-labels-idx1-ubyte").write_bytes(LABELS_RAW)
    out["sizes that overflow"] = (overflow, "t10k-images")
    empty = tmp_path / "empty"
    empty.mkdir()
    out["no IDX files"] = (empty, "t10k")
    huge = tmp_path / "huge.npz"
    huge.write_bytes(HUGE)
    out["npz announcing a terabyte"] = (huge, "huge.npz")
    junk = tmp_path / "junk.npz"
    junk.write_bytes(b"\x93NUMPY junk" * 10)
    out["not a zip"] = (junk, "junk.npz")
    return out


def test_a_bad_folder_or_file_shows_the_message_and_keeps_the_data(qtbot, panel, tmp_path):
    before = panel.current_dataset()
    combo = panel.controls.dataset
    entry = combo.currentData()
    changes = []
    panel.sigDatasetChanged.connect(changes.append)
    for name, (source, word) in _bad_sources(tmp_path).items():
        assert panel.open_dataset(str(source)) is False, name
        assert panel.message_kind == "error" and panel.message.isVisible(), name
        assert word in panel.message.text() and str(source) in panel.message.text(), (name, panel.message.text())
        assert panel.current_dataset() is before, name
        assert combo.currentData() == entry, name
    assert changes == []
    # the data set in use still trains: one batch
    with qtbot.waitSignal(panel.sigStateChanged, timeout=10_000, check_params_cb=lambda s: s == "paused"):
        panel.step()
    qtbot.waitUntil(lambda: panel.current_record() is not None and panel.current_record().iteration == 1,
                    timeout=20_000)
    assert panel.current_record().dataset == before.name
    # and a good folder is still accepted afterwards
    good = tmp_path / "good"
    good.mkdir()
    for name in ("t10k-images-idx3-ubyte.gz", "t10k-labels-idx1-ubyte.gz", "train-images-idx3-ubyte.gz",
                 "train-labels-idx1-ubyte.gz"):
        shutil.copy(SAMPLE_DIR / name, good / name)
    panel.stop()
    qtbot.waitUntil(lambda: panel.state == "idle", timeout=10_000)
    assert panel.open_dataset(str(good))
    assert panel.current_dataset() is not before and len(panel.current_dataset().y_test) == 2000
    assert load_dataset(str(good)).name == panel.current_dataset().name


# ---------------------------------------------------------------- special files and bombs (issue 21)

def _readers():
    from core.data.download import MNIST_FILES, _BadFile, verify_file
    from core.data.npz_archive import open_npz
    from core.state.scene import SceneError, read_scene

    def npz_all(path):
        with open_npz(path) as z:
            return [z[k] for k in z.files]

    return {
        "idx": (read_idx, DataError), "model": (load_model, ModelError), "dataset npz": (load_npz, DataError),
        "dataset": (load_dataset, DataError), "drawings": (read_drawings, DataError), "npz": (npz_all, DataError),
        "download verify": (lambda p: verify_file(p, MNIST_FILES[1]), _BadFile),
        "scene": (read_scene, SceneError),
    }


READER_NAMES = ["idx", "model", "dataset npz", "dataset", "drawings", "npz", "download verify", "scene"]


@pytest.mark.parametrize("reader", READER_NAMES)
@pytest.mark.parametrize("kind", ["fifo", "socket", "folder", "link loop", "long name"])
def test_every_reader_refuses_special_files_at_once(tmp_path, reader, kind):
    """A FIFO must not block (no writer will ever come), a socket or a loop must not be a traceback."""
    from tests import bombs

    read, error = _readers()[reader]
    path = bombs.special_files(tmp_path)[kind]
    if reader == "scene":
        path = path.with_suffix(".glab.json") if kind in ("long name",) else path
    with pytest.raises(error) as info:
        read(path)
    assert "\n" not in str(info.value) and len(str(info.value)) < 600


@pytest.mark.parametrize("reader", ["idx", "model", "dataset npz", "drawings", "download verify"])
def test_every_reader_refuses_a_bomb_meant_for_another(tmp_path, reader):
    """Small bombs (64 MB unpacked) of each kind, fed to every reader: refused, never unpacked whole."""
    from tests import bombs

    read, error = _readers()[reader]
    n = 64 * 1024 * 1024
    files = {
        "idx": tmp_path / "b.gz",
        "npz-big-member": bombs.npz(tmp_path / "m.npz", {"meta": bombs.meta([784, 8, 10]),
                                                        "W1": ((784, n // 3136), "<f4", None)}),
        "drawings": bombs.npz(tmp_path / "d.npz", {"images": ((n // 784, 28, 28), "|u1", None),
                                                   "labels": np.zeros(1, np.int64)}),
    }
    files["idx"].write_bytes(gzip.compress(struct.pack(">II", 2049, 10), mtime=0) + bombs.zero_gzip())
    for name, path in files.items():
        try:
            out = read(path)
        except error as exc:
            assert "\n" not in str(exc), (name, exc)
            continue
        pytest.fail(f"{reader} accepted the {name} bomb: {type(out).__name__}")
