"""Untrusted model files: a pickle inside never runs; every malformed model gets a clear message.

The planted files hold an object array whose pickle, when unpickled, creates a
marker file (``pathlib.Path.touch``). The test first proves the payload is live
(unpickling it the unsafe way does create the marker), then hands the file to
every place that opens a model or an .npz (core, the Training panel, the
command line, the data-set and drawings readers) and checks each refuses it
with a message and the marker never appears.
"""
import io
import json
import pathlib
import pickle
import zipfile

import numpy as np
import pytest

import main as app_main
from core.data.datasets import load_npz
from core.data.drawings import DrawingStore, read_drawings
from core.errors import DataError, ModelError
from core.data.model_io import load_model, save_model
from core.nn.network import MLP


class Payload:
    """Unpickling this calls Path.touch(marker): code chosen by the file's author runs on load."""

    def __init__(self, marker):
        self.marker = pathlib.Path(marker)

    def __reduce__(self):
        return (pathlib.Path.touch, (self.marker,))


def evil_array(marker) -> np.ndarray:
    return np.array([Payload(marker), 1], dtype=object)


def good_arrays(sizes=(784, 8, 10), seed=0) -> dict:
    net = MLP(list(sizes), seed=seed)
    meta = {"format": "gradient-lab-mlp", "version": 1, "config": net.config, "training": {}}
    arrays = {k: v.copy() for k, v in net.params.items()}
    arrays["meta"] = np.frombuffer(json.dumps(meta).encode("utf-8"), dtype=np.uint8)
    return arrays


def write_npz(path, **arrays) -> pathlib.Path:
    np.savez(path, **arrays)  # saving object arrays pickles them: that is the point here
    return pathlib.Path(path)


def planted(tmp_path) -> dict[str, tuple[pathlib.Path, pathlib.Path]]:
    """name -> (hostile file, marker its payload would create)."""
    out = {}

    def marker(name):
        return tmp_path / f"PWNED-{name}"

    for member in ("meta", "W1", "b2"):
        name = f"object-{member}"
        arrays = good_arrays()
        arrays[member] = evil_array(marker(name))
        out[name] = (write_npz(tmp_path / f"{name}.npz", **arrays), marker(name))
    arrays = good_arrays()
    arrays["readme"] = evil_array(marker("extra-member"))
    out["extra-member"] = (write_npz(tmp_path / "extra-member.npz", **arrays), marker("extra-member"))
    single = tmp_path / "single-npy.npz"
    with open(single, "wb") as f:
        np.save(f, evil_array(marker("single-npy")), allow_pickle=True)
    out["single-npy"] = (single, marker("single-npy"))
    raw = tmp_path / "raw-pickle.npz"
    raw.write_bytes(pickle.dumps({"W1": Payload(marker("raw-pickle"))}))
    out["raw-pickle"] = (raw, marker("raw-pickle"))
    # a pickle stored as a zip member whose name looks like an array
    zipped = tmp_path / "zipped-pickle.npz"
    with zipfile.ZipFile(zipped, "w") as z:
        z.writestr("meta.npy", pickle.dumps(Payload(marker("zipped-pickle"))))
    out["zipped-pickle"] = (zipped, marker("zipped-pickle"))
    return out


def _payload_is_live(path: pathlib.Path, marker: pathlib.Path) -> None:
    """Open the file the unsafe way once to prove the test can fail, then remove the marker."""
    assert not marker.exists()
    loaded = np.load(path, allow_pickle=True)  # noqa: S301 - deliberately unsafe, in the test only
    if hasattr(loaded, "files"):
        for key in loaded.files:
            member = loaded[key]
            if isinstance(member, bytes):  # numpy hands a non-.npy member over as bytes: a bare pickle
                pickle.loads(member)  # noqa: S301
    assert marker.exists(), f"{path.name}: the payload did not run even when unpickled"
    marker.unlink()


@pytest.fixture
def hostile(tmp_path):
    files = planted(tmp_path)
    for path, marker in files.values():
        _payload_is_live(path, marker)
    yield files
    for name, (_, marker) in files.items():
        assert not marker.exists(), f"{name}: the pickled payload ran"


def test_core_refuses_pickled_objects_and_runs_nothing(hostile):
    for name, (path, marker) in hostile.items():
        with pytest.raises(ModelError) as info:
            load_model(path)
        text = str(info.value)
        assert str(path) in text and "\n" not in text, (name, text)
        assert any(w in text for w in ("refused", "objects", "not a", "unexpected", "damaged")), (name, text)
        assert not marker.exists(), name


def test_data_and_drawings_readers_refuse_pickles_too(tmp_path):
    marker = tmp_path / "PWNED-data"
    data = write_npz(tmp_path / "mnist.npz", x_train=evil_array(marker), y_train=np.zeros(2, np.uint8),
                     x_test=np.zeros((1, 28, 28), np.uint8), y_test=np.zeros(1, np.uint8))
    drawings = write_npz(tmp_path / "drawings.npz", images=evil_array(marker), labels=np.zeros(2, np.int64))
    for path in (data, drawings):
        _payload_is_live(path, marker)
    with pytest.raises(DataError, match="mnist.npz.*(refused|objects)"):
        load_npz(data)
    with pytest.raises(DataError, match="drawings.npz.*refused"):
        read_drawings(drawings)
    store, warning = DrawingStore.open(drawings)  # the Draw tab's way in: set aside, say so, start empty
    assert len(store) == 0 and warning and "drawings.npz" in warning
    assert not marker.exists()


def test_training_panel_refuses_them_and_keeps_its_model(qtbot, tmp_path, hostile):
    import pyqtgraph as pg

    pg.setConfigOptions(imageAxisOrder="row-major", antialias=True)
    from gui.training.training_panel import TrainingPanel

    panel = TrainingPanel()
    qtbot.addWidget(panel)
    try:
        good = save_model(MLP([784, 8, 10], seed=3), tmp_path / "good.npz")
        assert panel.load_model_from(good)
        kept, description = panel.current_model()
        models = []
        panel.app_state.models.listeners.append(lambda net, ref: models.append(ref))
        for name, (path, marker) in hostile.items():
            assert panel.load_model_from(path) is False, name
            assert panel.message_kind == "error" and str(path) in panel.message.text(), name
            assert not marker.exists(), name
        net, text = panel.current_model()
        assert text == description and models == []
        assert all(np.array_equal(net.params[k], kept.params[k]) for k in kept.params)
    finally:
        panel.shutdown()
        panel.close()


@pytest.mark.parametrize("command", ["evaluate", "predict"])
def test_command_line_refuses_them_in_one_line(capsys, hostile, command, tmp_path):
    for name, (path, marker) in hostile.items():
        argv = [command, "--model", str(path)] + ([str(tmp_path / "digit.png")] if command == "predict" else [])
        code = app_main.main(argv)
        err = capsys.readouterr().err
        assert code == 2, (name, err)
        lines = err.strip().splitlines()
        assert len(lines) == 1 and str(path) in lines[0] and "Traceback" not in err, (name, err)
        assert not marker.exists(), name


# ---------------------------------------------------------------- malformed, not hostile

def _meta_bytes(text: bytes) -> np.ndarray:
    return np.frombuffer(text, dtype=np.uint8)


def malformed(tmp_path) -> dict[str, tuple[pathlib.Path, str]]:
    """name -> (model file, words its message must contain)."""
    out = {}

    def put(name, words, **arrays):
        out[name] = (write_npz(tmp_path / f"{name}.npz", **arrays), words)

    a = good_arrays()
    put("wrong-shape", "W1 has shape (784, 5), the architecture needs (784, 8)",
        **{**a, "W1": np.zeros((784, 5), np.float32)})
    put("wrong-bias-shape", "b2 has shape (3,), the architecture needs (10,)", **{**a, "b2": np.zeros(3, np.float32)})
    put("missing-array", "missing W2", **{k: v for k, v in a.items() if k != "W2"})
    put("missing-meta", "no 'meta' entry", **{k: v for k, v in a.items() if k != "meta"})
    put("meta-not-json", "metadata is not valid JSON", **{**a, "meta": _meta_bytes(b"{'format': gradient-lab")})
    put("meta-not-utf8", "metadata is not valid JSON", **{**a, "meta": _meta_bytes(b"\xff\xfe{}")})
    put("meta-a-list", "not a Gradient Lab model", **{**a, "meta": _meta_bytes(b"[1, 2, 3]")})
    put("meta-as-floats", "'meta' must be UTF-8 bytes", **{**a, "meta": np.zeros(4, np.float32)})
    put("no-sizes", "layer sizes", **{**a, "meta": _meta_bytes(json.dumps(
        {"format": "gradient-lab-mlp", "version": 1, "config": {"activation": "relu"}}).encode())})
    return out


def test_malformed_models_each_get_a_clear_message(tmp_path):
    for name, (path, words) in malformed(tmp_path).items():
        with pytest.raises(ModelError) as info:
            load_model(path)
        text = str(info.value)
        assert text.startswith(str(path)) and words in text and "\n" not in text, (name, text)


def test_a_model_for_another_input_size_is_refused_where_it_would_be_used(qtbot, tmp_path, capsys):
    """A sound model of 100 inputs loads in core (it is a valid model) but digits need 784: each user says so."""
    other = save_model(MLP([100, 8, 10], seed=0), tmp_path / "hundred.npz")
    net, _ = load_model(other)
    assert net.sizes[0] == 100
    assert app_main.main(["evaluate", "--model", str(other)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "takes 100 inputs" in err[0] and "784" in err[0], err
    assert app_main.main(["predict", "--model", str(other), str(tmp_path / "x.png")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "takes 100 inputs" in err[0] and "784" in err[0], err

    import pyqtgraph as pg

    pg.setConfigOptions(imageAxisOrder="row-major", antialias=True)
    from gui.training.training_panel import TrainingPanel

    panel = TrainingPanel()
    qtbot.addWidget(panel)
    try:
        before = panel.current_model()
        assert panel.load_model_from(other) is False
        assert panel.message_kind == "error"
        assert "100 inputs" in panel.message.text() and "784" in panel.message.text()
        assert panel.current_model()[1] == before[1]
        for name, (path, words) in malformed(tmp_path).items():
            assert panel.load_model_from(path) is False, name
            assert words in panel.message.text(), (name, panel.message.text())
        assert panel.current_model()[1] == before[1]
    finally:
        panel.shutdown()
        panel.close()


def test_metadata_is_never_evaluated(tmp_path):
    """JSON that names Python things is just text: an unknown activation is refused, nothing imported or called."""
    marker = tmp_path / "PWNED-json"
    a = good_arrays()
    config = {**json.loads(a["meta"].tobytes())["config"],
              "activation": f"__import__('pathlib').Path('{marker}').touch()"}
    meta = {"format": "gradient-lab-mlp", "version": 1, "config": config}
    path = write_npz(tmp_path / "json.npz", **{**a, "meta": _meta_bytes(json.dumps(meta).encode())})
    with pytest.raises(ModelError, match="unknown activation"):
        load_model(path)
    assert not marker.exists()


def test_saved_files_contain_no_pickles(tmp_path):
    """What the app writes can be read back with pickles forbidden: every member is a plain .npy."""
    path = save_model(MLP([784, 8, 10]), tmp_path / "m.npz", training={"lr": 0.1, "hidden": [8]})
    with zipfile.ZipFile(path) as z:
        for member in z.namelist():
            array = np.lib.format.read_array(io.BytesIO(z.read(member)), allow_pickle=False)
            assert array.dtype != object, member


@pytest.mark.parametrize("reader", ["model", "dataset", "drawings"])
def test_a_single_array_renamed_to_npz_is_refused_by_every_reader(tmp_path, reader):
    """np.load of a .npy gives an array, not an archive: every reader says so (it used to be a
    TypeError in the data and drawings readers, and the app did not start)."""
    from core.data.datasets import load_npz
    from core.data.drawings import read_drawings
    from core.errors import DataError, ModelError
    from core.data.model_io import load_model

    path = tmp_path / "renamed.npz"
    with open(path, "wb") as f:
        np.save(f, np.zeros((3, 784), np.uint8))
    read, error = {"model": (load_model, ModelError), "dataset": (load_npz, DataError),
                   "drawings": (read_drawings, DataError)}[reader]
    with pytest.raises(error, match="renamed.npz: a single array"):
        read(path)


def test_the_app_starts_with_a_renamed_npy_as_its_drawings_file(tmp_path):
    """The drawings file is set aside with a message; the window opens and quits with code 0."""
    import os
    import subprocess
    import sys

    data = tmp_path / "data"
    (data / "drawings").mkdir(parents=True)
    with open(data / "drawings" / "drawings.npz", "wb") as f:
        np.save(f, np.zeros((3, 28, 28), np.uint8))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "GRADIENT_LAB_DATA_DIR": str(data),
           "GRADIENT_LAB_SETTINGS_DIR": str(tmp_path / "settings")}
    root = pathlib.Path(__file__).resolve().parents[2]
    done = subprocess.run([sys.executable, str(root / "main.py"), "--quit-after", "1"], env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "Traceback" not in done.stderr


def test_weights_too_large_for_float32_are_refused(tmp_path):
    """float64 weights of 1e300 are finite, but the network runs in float32, where they are inf."""
    from core.errors import ModelError
    from core.data.model_io import load_model, save_model
    from core.nn.network import MLP

    good = tmp_path / "good.npz"
    save_model(MLP([784, 4, 10], seed=0), good)
    with np.load(good) as z:
        arrays = {k: z[k] for k in z.files}
    arrays["W1"] = np.full(arrays["W1"].shape, 1e300)
    huge = tmp_path / "huge.npz"
    np.savez(huge, **arrays)
    with pytest.raises(ModelError, match="huge.npz: W1 contains NaN, infinite or too large values"):
        load_model(huge)


def test_keras_labels_must_be_whole_numbers(tmp_path):
    from core.data.datasets import load_npz
    from core.errors import DataError

    x = np.zeros((4, 28, 28), np.uint8)
    for labels in (np.array([0, 1, np.nan, 2]), np.array([0, 1.5, 1, 2])):
        path = tmp_path / "labels.npz"
        np.savez(path, x_train=x, y_train=labels, x_test=x, y_test=np.arange(4))
        with pytest.raises(DataError, match="not whole numbers"):
            load_npz(path)
