"""Data sets of 28x28 grey images with 10 classes: MNIST, Fashion-MNIST, the bundled sample.

A ``Dataset`` holds float32 images flattened to (n, 784) in [0, 1] (bytes
divided by 255, as the book does) and int64 labels (n,). Sources:

- ``load_sample()``: 8,000 train / 2,000 test real MNIST digits shipped in
  resources/mnist-sample (works offline on first launch).
- ``load_folder(path)``: the four standard IDX files, gzip-compressed or not
  (``train-images-idx3-ubyte[.gz]`` ... ``t10k-labels-idx1-ubyte[.gz]``). The
  train files may be missing (then x_train has 0 rows); the t10k files may not.
- ``load_npz(path)``: Keras' ``mnist.npz`` (x_train, y_train, x_test, y_test).
- ``load_dataset(spec)``: "sample", "mnist" (the downloaded full MNIST), a folder or an .npz.

Class names: a ``class_names.txt`` in the folder (10 lines) wins; else
Fashion-MNIST is recognized by its label files (or "fashion" in the folder
name) and gets its names; anything else is digits "0".."9".
"""
from __future__ import annotations

import hashlib
import math
import os
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from core.errors import DataError
from core.paths import resource
from core.data.idx import IMAGES_MAGIC, LABELS_MAGIC, idx_shape, read_idx
from core.data.npz_archive import open_npz
from core.data.safe_read import check_fits, describe_path_error

SAMPLE_DIR = resource("mnist-sample")

IMAGE_SHAPE = (28, 28)
NUM_CLASSES = 10
DIGIT_NAMES = tuple(str(i) for i in range(10))
FASHION_NAMES = ("T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
                 "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot")
#: MD5 of the *decompressed* Fashion-MNIST label files (gzip wrappers differ between copies)
_FASHION_LABEL_MD5 = {"15d484375f8d13e6eb1aabb0c3f46965", "9018921c3c673c538a1fc5bad174d6f9"}

#: the four parts, each with the accepted file names (first is the standard one)
PARTS = {
    "train_images": ("train-images-idx3-ubyte", "train-images.idx3-ubyte"),
    "train_labels": ("train-labels-idx1-ubyte", "train-labels.idx1-ubyte"),
    "test_images": ("t10k-images-idx3-ubyte", "t10k-images.idx3-ubyte"),
    "test_labels": ("t10k-labels-idx1-ubyte", "t10k-labels.idx1-ubyte"),
}


@dataclass(frozen=True, eq=False)
class Dataset:
    """Images and labels; arrays are read-only (copy before changing them).

    x_train : float32 (n, 784) in [0, 1];  y_train : int64 (n,) in 0..9
    x_test  : float32 (m, 784);             y_test  : int64 (m,)
    """

    name: str
    x_train: np.ndarray
    y_train: np.ndarray
    x_test: np.ndarray
    y_test: np.ndarray
    class_names: tuple
    source: str

    @property
    def image_shape(self) -> tuple[int, int]:
        return IMAGE_SHAPE

    @property
    def num_classes(self) -> int:
        return len(self.class_names)

    def __repr__(self) -> str:
        return (f"Dataset({self.name!r}, train={len(self.y_train)}, test={len(self.y_test)}, "
                f"source={self.source!r})")


def images_to_float(images: np.ndarray) -> np.ndarray:
    """uint8 (n, 28, 28) -> float32 (n, 784) in [0, 1] (x / 255)."""
    images = np.asarray(images)
    out = images.reshape(images.shape[0], int(np.prod(images.shape[1:]))).astype(np.float32)
    out *= np.float32(1.0 / 255.0)
    return out


def _frozen(a: np.ndarray) -> np.ndarray:
    a.setflags(write=False)
    return a


def _check_pair(images: np.ndarray, labels: np.ndarray, img_name: str, lab_name: str) -> None:
    if images.ndim != 3 or images.shape[1:] != IMAGE_SHAPE:
        raise DataError(f"{img_name}: images must be 28x28, the file holds shape {images.shape}")
    if labels.ndim != 1:
        raise DataError(f"{lab_name}: labels must be one number per image, the file holds shape {labels.shape}")
    if images.shape[0] != labels.shape[0]:
        raise DataError(f"{img_name} has {images.shape[0]} images but {lab_name} has "
                        f"{labels.shape[0]} labels")
    if labels.size and labels.max() >= NUM_CLASSES:
        raise DataError(f"{lab_name}: label {int(labels.max())} is out of range (0 to 9)")


def _make(name, xi_tr, y_tr, xi_te, y_te, class_names, source) -> Dataset:
    return Dataset(
        name=name,
        x_train=_frozen(images_to_float(xi_tr)),
        y_train=_frozen(np.asarray(y_tr, dtype=np.int64)),
        x_test=_frozen(images_to_float(xi_te)),
        y_test=_frozen(np.asarray(y_te, dtype=np.int64)),
        class_names=tuple(class_names),
        source=str(source),
    )


def _find(folder: Path, names: tuple[str, ...]) -> Path | None:
    for base in names:
        for candidate in (folder / (base + ".gz"), folder / base):
            if candidate.is_file():
                return candidate
    return None


def has_idx_files(folder) -> bool:
    """True when ``folder`` holds all four standard IDX files (.gz or not); it does not read them."""
    folder = Path(folder).expanduser()
    return folder.is_dir() and all(_find(folder, names) is not None for names in PARTS.values())


def _class_names_for(folder: Path, label_bytes: list[bytes]) -> tuple[str, ...]:
    names_file = folder / "class_names.txt"
    if names_file.is_file():
        try:
            names = [ln.strip() for ln in names_file.read_text(encoding="utf-8").splitlines() if ln.strip()]
        except (OSError, UnicodeDecodeError) as exc:
            raise DataError(f"{names_file}: cannot read ({exc})") from None
        if len(names) != NUM_CLASSES:
            raise DataError(f"{names_file}: needs {NUM_CLASSES} class names, one a line, found {len(names)}")
        return tuple(names)
    if any(hashlib.md5(b).hexdigest() in _FASHION_LABEL_MD5 for b in label_bytes):
        return FASHION_NAMES
    if "fashion" in str(folder).lower():
        return FASHION_NAMES
    return DIGIT_NAMES


def _label_idx_bytes(labels: np.ndarray) -> bytes:
    from core.data.idx import idx_bytes

    return idx_bytes(labels)


#: bytes of memory a data set needs per stored value: the uint8 read, its float32 copy
BYTES_PER_PIXEL = 1 + 4
#: ... and per label: the uint8 read and its int64 copy
BYTES_PER_LABEL = 1 + 8


def _check_memory(name, pixels: int, labels: int) -> None:
    """Refuse a data set whose arrays (from its headers) would not fit in memory."""
    check_fits(pixels * BYTES_PER_PIXEL + labels * BYTES_PER_LABEL, name, DataError,
               f"the data set ({pixels // 784:,} images)")


def _folder_files(folder: Path) -> dict:
    if not folder.exists():
        raise DataError(f"{folder}: folder not found")
    if not folder.is_dir():
        raise DataError(f"{folder}: not a folder")
    files = {part: _find(folder, names) for part, names in PARTS.items()}
    for part in ("test_images", "test_labels"):
        if files[part] is None:
            raise DataError(f"{folder}: no {PARTS[part][0]}[.gz] file (a data folder needs at least "
                            f"the t10k images and labels)")
    if (files["train_images"] is None) != (files["train_labels"] is None):
        have, missing = (("train_images", "train_labels") if files["train_labels"] is None
                         else ("train_labels", "train_images"))
        raise DataError(f"{folder}: has {files[have].name} but no {PARTS[missing][0]}[.gz]")
    return files


def load_folder(path, train: bool = True) -> Dataset:
    """The four standard IDX files in ``path`` (.gz or not) -> Dataset. Raises DataError.

    train=False reads only the t10k files (x_train/y_train then have 0 rows). The headers are
    read first: a data set that would not fit in memory is refused before any data is read.
    """
    folder = Path(path).expanduser()
    try:
        files = _folder_files(folder)
    except OSError as exc:  # a folder without read or search permission, a name too long...
        raise DataError(f"{folder}: cannot be read ({describe_path_error(exc)})") from None
    parts = ["test_images", "test_labels"] + (["train_images", "train_labels"]
                                              if train and files["train_images"] is not None else [])
    magic = {"train_images": IMAGES_MAGIC, "test_images": IMAGES_MAGIC,
             "train_labels": LABELS_MAGIC, "test_labels": LABELS_MAGIC}
    shapes = {part: idx_shape(files[part], magic[part]) for part in parts}
    for part in parts:  # one file alone too large: name it
        per_value = BYTES_PER_PIXEL if part.endswith("images") else BYTES_PER_LABEL
        check_fits(math.prod(shapes[part]) * per_value, files[part], DataError,
                   f"its header's shape {shapes[part]}")
    pixels = sum(math.prod(shapes[p]) for p in parts if p.endswith("images"))
    _check_memory(folder, pixels, sum(math.prod(shapes[p]) for p in parts if p.endswith("labels")))
    x_te = read_idx(files["test_images"], IMAGES_MAGIC)
    y_te = read_idx(files["test_labels"], LABELS_MAGIC)
    _check_pair(x_te, y_te, files["test_images"], files["test_labels"])
    if "train_images" in parts:
        x_tr = read_idx(files["train_images"], IMAGES_MAGIC)
        y_tr = read_idx(files["train_labels"], LABELS_MAGIC)
        _check_pair(x_tr, y_tr, files["train_images"], files["train_labels"])
    else:
        x_tr = np.zeros((0,) + IMAGE_SHAPE, dtype=np.uint8)
        y_tr = np.zeros((0,), dtype=np.uint8)
    label_bytes = [_label_idx_bytes(y_te)] + ([_label_idx_bytes(y_tr)] if y_tr.size else [])
    class_names = _class_names_for(folder, label_bytes)
    name = "Fashion-MNIST" if class_names == FASHION_NAMES else folder.name or str(folder)
    try:
        return _make(name, x_tr, y_tr, x_te, y_te, class_names, folder)
    except MemoryError:
        raise DataError(f"{folder}: the data set ({len(y_tr) + len(y_te):,} images) does not fit in memory") from None


_KERAS_KEYS = ("x_train", "y_train", "x_test", "y_test")


def _read_keras(path: Path, npz) -> dict:
    """Check every member's header (numbers, one image or label per row, memory) and read them."""
    missing = [k for k in _KERAS_KEYS if k not in npz.files]
    if missing:
        raise DataError(f"{path}: missing array(s) {', '.join(missing)} (expected Keras' mnist.npz layout)")
    headers = {k: npz.header(k) for k in _KERAS_KEYS}
    for key, (shape, dtype) in headers.items():
        if dtype.kind not in "iuf" or dtype.itemsize > 8:
            raise DataError(f"{path}: array {key} has type {dtype}, expected numbers")
        if key.startswith("x") and not (shape[1:] in ((28, 28), (784,))):
            raise DataError(f"{path}: {key} must hold 28x28 images, "
                            f"its header says shape {shape}")
        if key.startswith("y") and len(shape) != 1:
            raise DataError(f"{path}: {key} must be one label per image, its header says shape {shape}")
    pixels = sum(math.prod(headers[k][0]) for k in ("x_train", "x_test"))
    values = sum(math.prod(shape) * dtype.itemsize for shape, dtype in headers.values())
    check_fits(values + pixels * 4, path, DataError, "the data set")
    return {k: npz.read(k, max_bytes=math.prod(headers[k][0]) * headers[k][1].itemsize) for k in _KERAS_KEYS}


def load_npz(path) -> Dataset:
    """Keras' mnist.npz (x_train (n,28,28) uint8, y_train, x_test, y_test) -> Dataset.

    Read with allow_pickle=False: a file holding Python objects is refused.
    """
    path = Path(path).expanduser()
    with open_npz(path, DataError, "an .npz archive (Keras' mnist.npz layout)") as npz:
        arrays = _read_keras(path, npz)
    for key, a in arrays.items():
        if not isinstance(a, np.ndarray):  # numpy returns a member that is not an .npy as raw bytes
            raise DataError(f"{path}: {key} is not a numpy array")
        if not (np.issubdtype(a.dtype, np.integer) or np.issubdtype(a.dtype, np.floating)):
            raise DataError(f"{path}: array {key} has type {a.dtype}, expected numbers")
    for split in ("train", "test"):
        x, y = arrays[f"x_{split}"], arrays[f"y_{split}"]
        if x.ndim == 2 and x.shape[1] == 784:
            x = x.reshape(-1, 28, 28)
        if np.issubdtype(x.dtype, np.floating):
            if x.size and (not np.all(np.isfinite(x)) or x.min() < 0 or x.max() > 255):
                raise DataError(f"{path}: x_{split} has values outside 0..255")
            scale = 255.0 if x.size and x.max() <= 1.0 else 1.0
            x = np.rint(x * scale).astype(np.uint8)
        elif x.size and (x.min() < 0 or x.max() > 255):
            raise DataError(f"{path}: x_{split} has values outside 0..255")
        if np.issubdtype(y.dtype, np.floating) and y.size and not (np.all(np.isfinite(y)) and np.all(y == np.round(y))):
            raise DataError(f"{path}: y_{split} has labels that are not whole numbers (NaN or fractions)")
        if y.size and y.min() < 0:
            raise DataError(f"{path}: y_{split} has negative labels")
        x = x.astype(np.uint8, copy=False)
        _check_pair(x, y, f"{path} (x_{split})", f"{path} (y_{split})")
        arrays[f"x_{split}"], arrays[f"y_{split}"] = x, y
    return _make(path.stem, arrays["x_train"], arrays["y_train"], arrays["x_test"], arrays["y_test"],
                 DIGIT_NAMES, path)


class _DatasetName:
    """A data set's name as the GUI shows it (translated through ``display_name``)."""

    def __init__(self, display_name: str):
        self.display_name = display_name


#: the names core gives data sets; tools/gen_core_strings.py lists them for translation
DATASET_NAMES = {"sample": _DatasetName("MNIST sample")}


@lru_cache(maxsize=1)
def load_sample() -> Dataset:
    """The bundled 8,000 / 2,000 real MNIST digits (cached: the arrays are read-only)."""
    data = load_folder(SAMPLE_DIR)
    return Dataset(DATASET_NAMES["sample"].display_name, data.x_train, data.y_train, data.x_test, data.y_test,
                   DIGIT_NAMES, data.source)


def user_data_dir() -> Path:
    """Gradient Lab's application-data folder (not created here).

    $GRADIENT_LAB_DATA_DIR when set; else Linux $XDG_DATA_HOME/GradientLab
    (~/.local/share/GradientLab), macOS ~/Library/Application Support/GradientLab,
    Windows %APPDATA%/GradientLab.
    """
    override = os.environ.get("GRADIENT_LAB_DATA_DIR")
    if override:
        return Path(override).expanduser()
    home = Path.home()
    if sys.platform.startswith("win"):
        base = Path(os.environ.get("APPDATA") or home / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = home / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or home / ".local" / "share")
    return base / "GradientLab"


def mnist_dir() -> Path:
    """Where the downloaded full MNIST lives: user_data_dir() / "mnist"."""
    return user_data_dir() / "mnist"


def load_dataset(spec, train: bool = True) -> Dataset:
    """"sample" -> the bundled digits; "mnist" -> the downloaded full MNIST;
    a folder -> load_folder; a file ending in .npz -> load_npz. Raises DataError.
    train=False may skip reading the training files of a folder (for evaluation)."""
    text = str(spec)
    if not text.strip():
        raise DataError("an empty data name: give a folder with the IDX files, an .npz file, 'sample' or 'mnist'")
    if text == "sample":
        return load_sample()
    if text == "mnist":
        folder = mnist_dir()
        if not has_idx_files(folder):  # an empty folder is what a cancelled download leaves
            raise DataError(f"{folder}: full MNIST is not downloaded yet (run: main.py download)")
        return load_folder(folder, train)
    path = Path(text).expanduser()
    if path.suffix.lower() == ".npz":
        return load_npz(path)
    try:
        is_dir, exists = path.is_dir(), path.exists()
    except OSError as exc:
        raise DataError(f"{path}: cannot be read ({describe_path_error(exc)})") from None
    if is_dir:
        return load_folder(path, train)
    if not exists:
        raise DataError(f"{path}: no such folder or file (give a folder with the IDX files, an .npz, or 'sample')")
    raise DataError(f"{path}: not a data folder or .npz file")
