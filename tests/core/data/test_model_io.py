"""Model files: round trip, atomic save, and refusal of everything that is not ours."""
import json
import pickle

import numpy as np
import pytest

from core.errors import ModelError
from core.data.model_io import DEFAULT_MODEL, load_model, save_model
from core.nn.network import MLP


@pytest.fixture
def net():
    return MLP([784, 16, 8, 10], activation="tanh", init="xavier", seed=3, l2=0.001, dropout=0.1)


def test_round_trip_keeps_weights_config_and_training(tmp_path, net):
    path = save_model(net, tmp_path / "m.npz", training={"optimizer": "adam", "lr": 0.001, "accuracy": 0.97,
                                                          "hidden": (16, 8)})
    loaded, meta = load_model(path)
    assert loaded.config == net.config
    for k in net.params:
        np.testing.assert_array_equal(loaded.params[k], net.params[k])
        assert loaded.params[k].dtype == np.float32
    assert meta["training"] == {"optimizer": "adam", "lr": 0.001, "accuracy": 0.97, "hidden": [16, 8]}
    x = np.random.default_rng(0).random((5, 784), dtype=np.float32)
    np.testing.assert_array_equal(loaded.predict(x), net.predict(x))
    assert [p.name for p in tmp_path.iterdir()] == ["m.npz"], "no temporary file left behind"
    assert path.stat().st_mode & 0o777 == 0o644, "an ordinary readable file, not the temp file's 0600"


def test_file_is_plain_arrays_and_json(tmp_path, net):
    save_model(net, tmp_path / "m.npz")
    with np.load(tmp_path / "m.npz", allow_pickle=False) as npz:
        assert sorted(npz.files) == ["W1", "W2", "W3", "b1", "b2", "b3", "meta"]
        meta = json.loads(npz["meta"].tobytes().decode("utf-8"))
    assert meta["format"] == "gradient-lab-mlp" and meta["config"]["sizes"] == [784, 16, 8, 10]


def test_failed_save_keeps_the_old_file(tmp_path, net, monkeypatch):
    target = tmp_path / "m.npz"
    save_model(net, target)
    before = target.read_bytes()

    def broken(*a, **k):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(np, "savez_compressed", broken)
    with pytest.raises(ModelError, match="No space left"):
        save_model(MLP([784, 10]), target)
    assert target.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["m.npz"]


def test_unjsonable_training_settings(tmp_path, net):
    with pytest.raises(ModelError, match="JSON"):
        save_model(net, tmp_path / "m.npz", training={"bad": object()})
    with pytest.raises(ModelError, match="does not exist"):
        save_model(net, tmp_path / "no" / "m.npz")


def _write_npz(path, **arrays):
    np.savez(path, **arrays)
    return path


def _meta(config=None, **over):
    meta = {"format": "gradient-lab-mlp", "version": 1,
            "config": config or {"sizes": [4, 3], "activation": "relu", "init": "he", "seed": 0,
                                 "loss": "cross_entropy", "l2": 0.0, "dropout": 0.0}}
    meta.update(over)
    return np.frombuffer(json.dumps(meta).encode(), dtype=np.uint8)


GOOD = dict(W1=np.zeros((4, 3), np.float32), b1=np.zeros(3, np.float32))


def test_minimal_hand_made_model_loads(tmp_path):
    net, meta = load_model(_write_npz(tmp_path / "ok.npz", meta=_meta(), **GOOD))
    assert net.sizes == [4, 3]


@pytest.mark.parametrize("case,arrays,words", [
    ("no_meta", dict(GOOD), "no 'meta'"),
    ("bad_json", dict(GOOD, meta=np.frombuffer(b"{not json", np.uint8)), "not valid JSON"),
    ("meta_text", dict(GOOD, meta=np.array(["x"])), "UTF-8 bytes"),
    ("other_format", dict(GOOD, meta=_meta(format="keras")), "not a Gradient Lab model"),
    ("future", dict(GOOD, meta=_meta(version=99)), "newer"),
    ("missing", dict(W1=GOOD["W1"], meta=_meta()), "missing b1"),
    ("extra", dict(GOOD, W9=np.zeros(2), meta=_meta()), "unexpected W9"),
    ("shape", dict(W1=np.zeros((5, 3), np.float32), b1=GOOD["b1"], meta=_meta()), "shape (5, 3)"),
    ("ints", dict(W1=np.zeros((4, 3), np.int32), b1=GOOD["b1"], meta=_meta()), "type int32"),
    ("nan", dict(W1=np.full((4, 3), np.nan, np.float32), b1=GOOD["b1"], meta=_meta()), "NaN"),
    ("sizes", dict(GOOD, meta=_meta({"sizes": [4, -3]})), "layer sizes"),
    ("huge", dict(GOOD, meta=_meta({"sizes": [4, 10**9]})), "layer sizes"),
    ("activation", dict(GOOD, meta=_meta({"sizes": [4, 3], "activation": "os.system"})), "unknown activation"),
])
def test_refusals(tmp_path, case, arrays, words):
    path = _write_npz(tmp_path / f"{case}.npz", **arrays)
    with pytest.raises(ModelError) as info:
        load_model(path)
    assert str(path) in str(info.value) and words in str(info.value), str(info.value)


def test_object_arrays_and_pickles_are_refused(tmp_path):
    path = tmp_path / "obj.npz"
    np.savez(path, meta=_meta(), W1=np.array([{"evil": 1}], dtype=object), b1=GOOD["b1"])
    with pytest.raises(ModelError, match="obj.npz.*(objects|plain)"):
        load_model(path)
    pkl = tmp_path / "model.pkl"
    pkl.write_bytes(pickle.dumps({"W1": np.zeros(3)}))
    with pytest.raises(ModelError, match="model.pkl"):
        load_model(pkl)


def test_not_an_archive(tmp_path):
    npy = tmp_path / "single.npy"
    np.save(npy, np.zeros(3))
    with pytest.raises(ModelError, match="single array"):
        load_model(npy)
    junk = tmp_path / "junk.npz"
    junk.write_bytes(b"hello")
    with pytest.raises(ModelError, match=r"junk.npz: not a model file \(.npz\) \(neither a zip archive nor a numpy file\)"):
        load_model(junk)
    empty = tmp_path / "empty.npz"
    empty.write_bytes(b"")
    with pytest.raises(ModelError, match=r"empty.npz: an empty file, not a model file"):
        load_model(empty)
    with pytest.raises(ModelError, match="not found"):
        load_model(tmp_path / "missing.npz")
    with pytest.raises(ModelError, match="is a folder, not a model file"):
        load_model(tmp_path)


def test_truncated_archive(tmp_path, net):
    path = save_model(net, tmp_path / "m.npz")
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(ModelError, match="m.npz"):
        load_model(path)


def test_bundled_default_model_loads_and_reads_digits():
    from core.data.datasets import load_sample

    net, meta = load_model(DEFAULT_MODEL)
    d = load_sample()
    acc = float(np.mean(net.predict(d.x_test).argmax(axis=1) == d.y_test))
    assert acc >= 0.965, acc
    assert meta["training"]["data"] == "sample"


def test_a_shared_load_reads_the_file_once_and_hands_out_copies(tmp_path, net, monkeypatch):
    import core.data.model_io as model_io

    path = save_model(net, tmp_path / "m.npz", {"test_accuracy": 0.5})
    reads = []
    real = model_io.load_model
    monkeypatch.setattr(model_io, "load_model", lambda p: reads.append(p) or real(p))
    a, meta_a = model_io.load_model_shared(path)
    b, meta_b = model_io.load_model_shared(path)
    assert len(reads) == 1
    a.params["W1"][0, 0] += 1.0
    meta_a["training"]["test_accuracy"] = 0.0
    assert b.params["W1"][0, 0] != a.params["W1"][0, 0] and meta_b["training"]["test_accuracy"] == 0.5
    with pytest.raises(ModelError, match="not found"):
        model_io.load_model_shared(tmp_path / "missing.npz")
