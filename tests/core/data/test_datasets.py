"""Data sets: the bundled sample, folders of IDX files, Keras npz, and refusals."""
import os
import shutil

import numpy as np
import pytest

from core.data import datasets
from core.data.datasets import (DIGIT_NAMES, FASHION_NAMES, SAMPLE_DIR, Dataset, load_dataset, load_folder,
                           load_npz, load_sample, user_data_dir)
from core.errors import DataError
from core.data.idx import write_idx

FASHION = "/usr/share/datasets/fashion-mnist"


def make_folder(path, n_train=30, n_test=20, gz=True, seed=0, train=True):
    rng = np.random.default_rng(seed)
    path.mkdir(parents=True, exist_ok=True)
    ext = ".gz" if gz else ""
    parts = {"t10k": n_test}
    if train:
        parts["train"] = n_train
    arrays = {}
    for prefix, n in parts.items():
        x = rng.integers(0, 256, size=(n, 28, 28), dtype=np.uint8)
        y = rng.integers(0, 10, size=n, dtype=np.uint8)
        write_idx(path / f"{prefix}-images-idx3-ubyte{ext}", x)
        write_idx(path / f"{prefix}-labels-idx1-ubyte{ext}", y)
        arrays[prefix] = (x, y)
    return arrays


def test_sample_has_the_documented_split():
    d = load_sample()
    assert isinstance(d, Dataset)
    assert d.x_train.shape == (8000, 784) and d.x_test.shape == (2000, 784)
    assert d.x_train.dtype == np.float32 and d.y_train.dtype == np.int64
    assert 0.0 == d.x_train.min() and d.x_train.max() == 1.0
    assert d.class_names == DIGIT_NAMES and d.image_shape == (28, 28)
    # the README's per-class counts
    np.testing.assert_array_equal(np.bincount(d.y_test), [200, 225, 198, 206, 196, 173, 203, 214, 189, 196])
    assert not d.x_train.flags.writeable, "shared cached arrays must be read-only"
    assert Path_is(d.source, SAMPLE_DIR)


def Path_is(a, b):
    return os.path.samefile(a, b)


@pytest.mark.parametrize("gz", [True, False])
def test_folder_plain_or_gz(tmp_path, gz):
    arrays = make_folder(tmp_path / "data", gz=gz)
    d = load_folder(tmp_path / "data")
    x, y = arrays["train"]
    np.testing.assert_allclose(d.x_train, x.reshape(30, 784) / 255.0, rtol=1e-6)
    np.testing.assert_array_equal(d.y_test, arrays["t10k"][1])
    assert d.class_names == DIGIT_NAMES


def test_folder_test_part_only_on_request(tmp_path):
    make_folder(tmp_path / "d")
    (tmp_path / "d" / "train-images-idx3-ubyte.gz").write_bytes(b"broken, and never read")
    d = load_folder(tmp_path / "d", train=False)
    assert d.x_train.shape == (0, 784) and d.x_test.shape == (20, 784)
    assert load_dataset(tmp_path / "d", train=False).y_test.shape == (20,)
    with pytest.raises(DataError, match="train-images"):
        load_folder(tmp_path / "d")


def test_folder_with_test_files_only(tmp_path):
    make_folder(tmp_path / "t", train=False)
    d = load_folder(tmp_path / "t")
    assert d.x_train.shape == (0, 784) and d.y_train.shape == (0,)
    assert d.x_test.shape == (20, 784)


def test_class_names_file(tmp_path):
    make_folder(tmp_path / "d")
    (tmp_path / "d" / "class_names.txt").write_text("\n".join(f"c{i}" for i in range(10)), encoding="utf-8")
    assert load_folder(tmp_path / "d").class_names == tuple(f"c{i}" for i in range(10))
    (tmp_path / "d" / "class_names.txt").write_text("a\nb\n", encoding="utf-8")
    with pytest.raises(DataError, match="class_names.txt.*10"):
        load_folder(tmp_path / "d")


def test_missing_folder_and_missing_files(tmp_path):
    with pytest.raises(DataError, match="folder not found"):
        load_folder(tmp_path / "nowhere")
    (tmp_path / "empty").mkdir()
    with pytest.raises(DataError, match="t10k-images-idx3-ubyte"):
        load_folder(tmp_path / "empty")
    make_folder(tmp_path / "half")
    os.remove(tmp_path / "half" / "train-labels-idx1-ubyte.gz")
    with pytest.raises(DataError, match="no train-labels"):
        load_folder(tmp_path / "half")


def test_counts_that_disagree(tmp_path):
    make_folder(tmp_path / "d")
    write_idx(tmp_path / "d" / "t10k-labels-idx1-ubyte.gz", np.zeros(19, dtype=np.uint8))
    with pytest.raises(DataError, match="20 images but .*19 labels"):
        load_folder(tmp_path / "d")


def test_wrong_shapes_and_labels(tmp_path):
    make_folder(tmp_path / "d")
    write_idx(tmp_path / "d" / "t10k-images-idx3-ubyte.gz", np.zeros((20, 32, 32), dtype=np.uint8))
    with pytest.raises(DataError, match="28x28"):
        load_folder(tmp_path / "d")
    make_folder(tmp_path / "e")
    write_idx(tmp_path / "e" / "t10k-labels-idx1-ubyte.gz", np.full(20, 12, dtype=np.uint8))
    with pytest.raises(DataError, match="label 12"):
        load_folder(tmp_path / "e")


def test_swapped_images_and_labels(tmp_path):
    make_folder(tmp_path / "d")
    d = tmp_path / "d"
    os.replace(d / "t10k-images-idx3-ubyte.gz", d / "tmp")
    os.replace(d / "t10k-labels-idx1-ubyte.gz", d / "t10k-images-idx3-ubyte.gz")
    os.replace(d / "tmp", d / "t10k-labels-idx1-ubyte.gz")
    with pytest.raises(DataError, match="wrong magic number"):
        load_folder(d)


def test_keras_npz(tmp_path):
    rng = np.random.default_rng(1)
    arrays = {"x_train": rng.integers(0, 256, (12, 28, 28), dtype=np.uint8),
              "y_train": rng.integers(0, 10, 12).astype(np.uint8),
              "x_test": rng.integers(0, 256, (6, 28, 28), dtype=np.uint8),
              "y_test": rng.integers(0, 10, 6).astype(np.uint8)}
    np.savez(tmp_path / "mnist.npz", **arrays)
    d = load_npz(tmp_path / "mnist.npz")
    np.testing.assert_allclose(d.x_test, arrays["x_test"].reshape(6, 784) / 255.0, rtol=1e-6)
    np.testing.assert_array_equal(d.y_train, arrays["y_train"])
    assert load_dataset(tmp_path / "mnist.npz").x_train.shape == (12, 784)


def test_npz_refusals(tmp_path):
    np.savez(tmp_path / "partial.npz", x_train=np.zeros((2, 28, 28), np.uint8))
    with pytest.raises(DataError, match="missing array"):
        load_npz(tmp_path / "partial.npz")
    np.savez(tmp_path / "objects.npz", x_train=np.array([{"a": 1}], dtype=object), y_train=np.zeros(1),
             x_test=np.zeros((1, 28, 28)), y_test=np.zeros(1))
    with pytest.raises(DataError, match="objects.npz"):
        load_npz(tmp_path / "objects.npz")
    (tmp_path / "junk.npz").write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(DataError, match="junk.npz"):
        load_npz(tmp_path / "junk.npz")
    np.savez(tmp_path / "shape.npz", x_train=np.zeros((2, 28, 28), np.uint8), y_train=np.zeros(3, np.uint8),
             x_test=np.zeros((1, 28, 28), np.uint8), y_test=np.zeros(1, np.uint8))
    with pytest.raises(DataError, match="2 images but .* 3 labels"):
        load_npz(tmp_path / "shape.npz")


def test_load_dataset_specs(tmp_path, monkeypatch):
    assert load_dataset("sample") is load_sample()
    make_folder(tmp_path / "f")
    assert load_dataset(str(tmp_path / "f")).x_test.shape == (20, 784)
    with pytest.raises(DataError, match="no such folder"):
        load_dataset(tmp_path / "missing")
    monkeypatch.setenv("GRADIENT_LAB_DATA_DIR", str(tmp_path / "appdata"))
    with pytest.raises(DataError, match="not downloaded"):
        load_dataset("mnist")
    make_folder(tmp_path / "appdata" / "mnist")
    assert load_dataset("mnist").x_train.shape == (30, 784)


def test_user_data_dir(monkeypatch, tmp_path):
    monkeypatch.setenv("GRADIENT_LAB_DATA_DIR", str(tmp_path))
    assert user_data_dir() == tmp_path
    monkeypatch.delenv("GRADIENT_LAB_DATA_DIR")
    monkeypatch.setattr(datasets.sys, "platform", "linux")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert user_data_dir() == tmp_path / "xdg" / "GradientLab"


@pytest.mark.skipif(not os.path.isdir(FASHION), reason="Debian's dataset-fashion-mnist is not installed")
def test_fashion_mnist_full_size(tmp_path):
    """Full-size check when the Debian package is there; names come from the labels, not the folder name."""
    copy = tmp_path / "clothes"
    copy.mkdir()
    for name in ("t10k-images-idx3-ubyte.gz", "t10k-labels-idx1-ubyte.gz"):
        shutil.copy(os.path.join(FASHION, name), copy / name)
    d = load_folder(copy)
    assert d.x_test.shape == (10000, 784) and d.class_names == FASHION_NAMES
    assert np.bincount(d.y_test).tolist() == [1000] * 10


def test_has_idx_files_needs_all_four(tmp_path):
    from core.data.datasets import has_idx_files

    assert not has_idx_files(tmp_path / "missing") and not has_idx_files(tmp_path)
    for name in ("train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte", "t10k-images-idx3-ubyte.gz"):
        (tmp_path / name).write_bytes(b"")
    assert not has_idx_files(tmp_path)
    (tmp_path / "t10k-labels-idx1-ubyte.gz").write_bytes(b"")
    assert has_idx_files(tmp_path)
