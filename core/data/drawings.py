"""The learner's own labelled drawings, kept between sessions.

One file, ``user_data_dir()/drawings/drawings.npz``, holds

    images : uint8 (n, 28, 28)  the preprocessed 28x28 digits, 0 = background,
                                exactly as MNIST stores its images
    labels : int64 (n,)         the right digit (0-9) the learner gave

It is written atomically (a temporary file in the same folder, fsync, rename),
read with ``allow_pickle=False`` and checked: anything else raises DataError
naming the file. ``DrawingStore.open`` never loses a file it cannot read: it
moves it aside (``drawings.unreadable-<time>.npz``) and says so.
"""
from __future__ import annotations

import os
import time
from pathlib import Path

import numpy as np

from core.data.datasets import user_data_dir
from core.errors import DataError, SaveError
from core.data.safe_write import describe_os_error, write_atomic
from core.data.npz_archive import open_npz

FILE_NAME = "drawings.npz"
SHAPE = (28, 28)
#: more than this many drawings in one file is not a learner's collection
MAX_DRAWINGS = 100_000


def drawings_dir() -> Path:
    """``user_data_dir() / "drawings"`` (not created here)."""
    return user_data_dir() / "drawings"


def read_drawings(path) -> tuple[np.ndarray, np.ndarray]:
    """Read and check a drawings file -> (images uint8 (n, 28, 28), labels int64 (n,)).

    Raises DataError (message names the file) for a missing, unreadable or
    malformed file; never unpickles anything.
    """
    path = Path(path)
    with open_npz(path, DataError, "a drawings file (.npz)") as archive:
        missing = {"images", "labels"} - set(archive.files)
        if missing:
            raise DataError(f"{path}: not a drawings file (no {', '.join(sorted(missing))} inside)")
        shape, dtype = archive.header("images")
        if dtype != np.uint8 or len(shape) != 3 or shape[1:] != SHAPE:
            raise DataError(f"{path}: images must be uint8 of shape (n, 28, 28), found {dtype} {shape}")
        if shape[0] > MAX_DRAWINGS:
            raise DataError(f"{path}: {shape[0]} drawings is more than the {MAX_DRAWINGS} allowed")
        label_shape, label_dtype = archive.header("labels")
        if label_dtype.itemsize > 8 or label_shape != (shape[0],):
            raise DataError(f"{path}: labels must be {shape[0]} whole numbers, found {label_dtype} {label_shape}")
        images = archive.read("images", max_bytes=MAX_DRAWINGS * 28 * 28)
        labels = archive.read("labels", max_bytes=MAX_DRAWINGS * 8)
    if not (isinstance(images, np.ndarray) and isinstance(labels, np.ndarray)):
        raise DataError(f"{path}: not a drawings file (its members are not numpy arrays)")
    if images.dtype != np.uint8 or images.ndim != 3 or images.shape[1:] != SHAPE:
        raise DataError(f"{path}: images must be uint8 of shape (n, 28, 28), "
                        f"found {images.dtype} {images.shape}")
    if not np.issubdtype(labels.dtype, np.integer) or labels.shape != (images.shape[0],):
        raise DataError(f"{path}: labels must be {images.shape[0]} whole numbers, "
                        f"found {labels.dtype} {labels.shape}")
    if labels.size and (labels.min() < 0 or labels.max() > 9):
        raise DataError(f"{path}: labels must be digits 0-9, found {int(labels.min())}..{int(labels.max())}")
    if images.shape[0] > MAX_DRAWINGS:
        raise DataError(f"{path}: {images.shape[0]} drawings is more than the {MAX_DRAWINGS} allowed")
    return images.copy(), labels.astype(np.int64)


def write_drawings(path, images: np.ndarray, labels: np.ndarray) -> None:
    """Write atomically: a temporary file next to ``path``, flushed, then renamed over it.
    A crash leaves either the old file or the new one, never half of one."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise SaveError(f"{path.parent}: cannot create the folder ({describe_os_error(exc)})") from None
    images = np.asarray(images, dtype=np.uint8)
    labels = np.asarray(labels, dtype=np.int64)
    write_atomic(path, lambda f: np.savez_compressed(f, images=images, labels=labels))


class DrawingStore:
    """The drawings in memory plus the file they live in.

    ``images`` uint8 (n, 28, 28) and ``labels`` int64 (n,) are read-only views;
    ``add``/``remove``/``clear`` change them and save at once.
    """

    def __init__(self, path=None):
        self.path = Path(path) if path is not None else drawings_dir() / FILE_NAME
        self._images = np.zeros((0,) + SHAPE, dtype=np.uint8)
        self._labels = np.zeros(0, dtype=np.int64)

    @classmethod
    def open(cls, path=None) -> tuple["DrawingStore", str | None]:
        """Load the store; returns (store, warning).

        warning is None when all went well (or there was no file yet). A file
        that cannot be read is renamed to ``drawings.unreadable-<time>.npz``
        (kept, not deleted), the store starts empty, and warning says both.
        """
        store = cls(path)
        try:
            if not store.path.exists():
                return store, None
        except OSError as exc:  # e.g. the data folder is not searchable
            return store, (f"{store.path}: cannot be reached ({describe_os_error(exc)}); "
                           "drawings are kept for this session only unless the folder is fixed")
        try:
            store._images, store._labels = read_drawings(store.path)
        except DataError as exc:
            stamp = time.strftime("%Y%m%d-%H%M%S")
            aside = store.path.with_name(f"{store.path.stem}.unreadable-{stamp}{store.path.suffix}")
            n = 1
            while aside.exists():
                aside = store.path.with_name(f"{store.path.stem}.unreadable-{stamp}-{n}{store.path.suffix}")
                n += 1
            try:
                os.replace(store.path, aside)
            except OSError as move_error:
                raise DataError(f"{exc}; and it could not be moved aside ({move_error})") from None
            return store, f"{exc}. It was kept as {aside}; new drawings go to a new file."
        return store, None

    @property
    def images(self) -> np.ndarray:
        view = self._images.view()
        view.setflags(write=False)
        return view

    @property
    def labels(self) -> np.ndarray:
        view = self._labels.view()
        view.setflags(write=False)
        return view

    def __len__(self) -> int:
        return int(self._labels.shape[0])

    def counts(self) -> np.ndarray:
        """How many drawings of each digit, int64 (10,)."""
        return np.bincount(self._labels, minlength=10)[:10]

    def add(self, image28, label: int) -> int:
        """Keep one drawing: image28 (28, 28) uint8, or float in [0, 1] (rounded to
        uint8 like MNIST); label 0-9. Saves the file; returns the new count."""
        label = int(label)
        if not 0 <= label <= 9:
            raise ValueError(f"the label must be a digit 0-9, got {label}")
        image = np.asarray(image28)
        if image.shape != SHAPE:
            raise ValueError(f"a drawing must be 28x28, got shape {image.shape}")
        if image.dtype != np.uint8:
            image = np.round(np.clip(image.astype(np.float64), 0.0, 1.0) * 255.0).astype(np.uint8)
        if len(self) >= MAX_DRAWINGS:
            raise ValueError(f"already {MAX_DRAWINGS} drawings kept; remove some first")
        images = np.concatenate([self._images, image[None]])
        labels = np.append(self._labels, label)
        write_drawings(self.path, images, labels)
        self._images, self._labels = images, labels
        return len(self)

    def remove(self, index: int) -> None:
        """Forget drawing ``index`` (saves the file)."""
        if not -len(self) <= index < len(self):
            raise IndexError(f"no drawing {index} (there are {len(self)})")
        images = np.delete(self._images, index, axis=0)
        labels = np.delete(self._labels, index)
        write_drawings(self.path, images, labels)
        self._images, self._labels = images, labels

    def clear(self) -> None:
        """Forget every drawing (the file is rewritten empty; if that fails, nothing is forgotten)."""
        images = np.zeros((0,) + SHAPE, dtype=np.uint8)
        labels = np.zeros(0, dtype=np.int64)
        write_drawings(self.path, images, labels)
        self._images, self._labels = images, labels

    def as_float(self) -> tuple[np.ndarray, np.ndarray]:
        """(x float32 (n, 784) in [0, 1] as the network takes, labels int64 (n,))."""
        x = self._images.reshape(len(self), -1).astype(np.float32) / np.float32(255.0)
        return x, self._labels.copy()
