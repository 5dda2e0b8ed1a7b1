"""The learner's drawings: safe storage, and fine-tuning on them mixed with MNIST."""
import os

import numpy as np
import pytest

from core.data import preprocess as P
from core.data.datasets import load_sample
from core.data.drawings import FILE_NAME, DrawingStore, drawings_dir, read_drawings, write_drawings
from core.errors import DataError
from core.training.finetune import FineTuneConfig, finetune
from core.data.model_io import DEFAULT_MODEL, load_model
from tests.drawn_digits import DIGIT_STROKES, place, render


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("GRADIENT_LAB_DATA_DIR", str(tmp_path))
    return tmp_path


def some_image(value=200):
    image = np.zeros((28, 28), np.uint8)
    image[8:20, 12:16] = value
    return image


# --- storage ------------------------------------------------------------------

def test_store_lives_under_user_data_dir(data_dir):
    assert drawings_dir() == data_dir / "drawings"
    store, warning = DrawingStore.open()
    assert warning is None and len(store) == 0
    assert store.path == data_dir / "drawings" / FILE_NAME
    assert not store.path.exists()  # nothing written until there is something to keep


def test_add_saves_and_reopens(data_dir):
    store, _ = DrawingStore.open()
    store.add(some_image(), 7)
    store.add(np.full((28, 28), 0.5, np.float32), 3)  # floats are rounded like MNIST bytes
    again, warning = DrawingStore.open()
    assert warning is None
    assert len(again) == 2
    np.testing.assert_array_equal(again.labels, [7, 3])
    np.testing.assert_array_equal(again.images[0], some_image())
    assert again.images[1].dtype == np.uint8 and again.images[1][0, 0] == 128
    np.testing.assert_array_equal(again.counts(), [0, 0, 0, 1, 0, 0, 0, 1, 0, 0])
    x, y = again.as_float()
    assert x.shape == (2, 784) and x.dtype == np.float32 and x.max() <= 1.0
    assert not [p for p in store.path.parent.iterdir() if p.name.endswith(".tmp")], "temp file left"


def test_remove_and_clear(data_dir):
    store, _ = DrawingStore.open()
    for label in (1, 2, 3):
        store.add(some_image(label * 50), label)
    store.remove(1)
    np.testing.assert_array_equal(DrawingStore.open()[0].labels, [1, 3])
    store.clear()
    assert len(DrawingStore.open()[0]) == 0
    with pytest.raises(IndexError):
        store.remove(0)


@pytest.mark.parametrize("label,image", [(10, some_image()), (-1, some_image()),
                                         (3, np.zeros((27, 28), np.uint8))])
def test_bad_drawing_is_refused_and_file_untouched(data_dir, label, image):
    store, _ = DrawingStore.open()
    store.add(some_image(), 5)
    before = store.path.read_bytes()
    with pytest.raises(ValueError):
        store.add(image, label)
    assert store.path.read_bytes() == before and len(store) == 1


def test_images_are_read_only(data_dir):
    store, _ = DrawingStore.open()
    store.add(some_image(), 1)
    with pytest.raises(ValueError):
        store.images[0, 0, 0] = 9


def _write_raw(path, **arrays):
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as handle:
        np.savez(handle, **arrays)


@pytest.mark.parametrize("make", [
    lambda p: p.write_bytes(b"not a zip at all"),
    lambda p: _write_raw(p, images=np.zeros((2, 28, 28), np.uint8)),                       # no labels
    lambda p: _write_raw(p, images=np.zeros((2, 28, 28), np.float64), labels=np.zeros(2, int)),
    lambda p: _write_raw(p, images=np.zeros((2, 28, 28), np.uint8), labels=np.zeros(3, int)),
    lambda p: _write_raw(p, images=np.zeros((1, 28, 28), np.uint8), labels=np.array([12])),
    lambda p: _write_raw(p, images=np.array([{"x": 1}], dtype=object), labels=np.zeros(1, int)),  # pickle
])
def test_unreadable_file_is_kept_aside_not_lost(data_dir, make):
    path = data_dir / "drawings" / FILE_NAME
    path.parent.mkdir(parents=True, exist_ok=True)
    make(path)
    original = path.read_bytes()
    with pytest.raises(DataError, match=FILE_NAME):
        read_drawings(path)
    store, warning = DrawingStore.open()
    assert warning and "kept as" in warning and str(path) in warning
    assert len(store) == 0
    aside = [p for p in path.parent.iterdir() if "unreadable" in p.name]
    assert len(aside) == 1 and aside[0].read_bytes() == original
    store.add(some_image(), 4)  # new drawings go to a new file
    assert len(DrawingStore.open()[0]) == 1
    assert aside[0].read_bytes() == original


def test_write_is_atomic_when_saving_fails(data_dir, monkeypatch):
    path = data_dir / "drawings" / FILE_NAME
    write_drawings(path, some_image()[None], np.array([1]))
    before = path.read_bytes()

    def boom(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(np, "savez_compressed", boom)
    with pytest.raises(OSError):
        write_drawings(path, np.zeros((2, 28, 28), np.uint8), np.array([1, 2]))
    assert path.read_bytes() == before
    assert sorted(os.listdir(path.parent)) == [FILE_NAME]


# --- fine-tuning ------------------------------------------------------------------

@pytest.fixture(scope="module")
def sample():
    return load_sample()


@pytest.fixture(scope="module")
def trained():
    """The bundled model (97 % on the sample's test digits)."""
    net, _ = load_model(DEFAULT_MODEL)
    return net


def my_drawings(upside_down=False):
    """Thirty drawn digits: each template at three sizes/places, preprocessed.
    upside_down: a "handwriting" MNIST never showed the network (rotated 180°)."""
    xs, ys = [], []
    for d, strokes in DIGIT_STROKES.items():
        for left, top, height, slant in [(20, 20, 200, 0.0), (120, 90, 120, 0.3), (40, 150, 100, -0.2)]:
            ink = render(place(strokes, left, top, height, slant=slant), (280, 280), 16)
            if upside_down:
                ink = ink[::-1, ::-1]
            xs.append(P.prepare(ink, polarity="light").ravel())
            ys.append(d)
    return np.array(xs, np.float32), np.array(ys)


def test_finetune_learns_a_new_handwriting(sample, trained):
    x, y = my_drawings(upside_down=True)
    weights = {k: v.copy() for k, v in trained.params.items()}
    seen = []
    result = finetune(trained, x, y, sample.x_train, sample.y_train, sample.x_test, sample.y_test,
                      FineTuneConfig(seed=1), progress=seen.append)
    steps = FineTuneConfig().steps
    assert result.steps_done == steps and not result.stopped
    assert [s.step for s in seen] == list(range(1, steps + 1))
    assert result.drawings_before <= 0.6, "the test needs drawings the network gets wrong"
    assert result.drawings_after >= 0.9
    assert (result.predicted_after == y).mean() == pytest.approx(result.drawings_after)
    # upside-down 6 and 9 contradict MNIST, so some MNIST accuracy is lost, not much
    assert result.mnist_before > 0.95
    assert result.mnist_after > result.mnist_before - 0.03
    for key, value in trained.params.items():  # the caller's network is untouched
        np.testing.assert_array_equal(value, weights[key])
    assert result.net is not trained


def test_finetune_on_ordinary_drawings_keeps_mnist(sample, trained):
    x, y = my_drawings()
    result = finetune(trained, x, y, sample.x_train, sample.y_train, sample.x_test, sample.y_test)
    assert result.drawings_after == 1.0
    assert result.mnist_after > result.mnist_before - 0.01


def test_finetune_stops_when_asked(sample, trained):
    x, y = my_drawings()
    calls = []
    result = finetune(trained, x, y, sample.x_train, sample.y_train,
                      config=FineTuneConfig(steps=50),
                      should_stop=lambda: len(calls) >= 5, progress=calls.append)
    assert result.stopped and result.steps_done == 5
    assert np.isnan(result.mnist_before) and np.isnan(result.mnist_after)


def test_finetune_refuses_nothing_to_learn(trained):
    with pytest.raises(ValueError, match="no drawings"):
        finetune(trained, np.zeros((0, 784)), np.zeros(0), np.zeros((0, 784)), np.zeros(0))
    with pytest.raises(ValueError, match="drawings"):
        finetune(trained, np.zeros((2, 10)), np.zeros(2), np.zeros((0, 784)), np.zeros(0))
