"""`main.py predict`: read handwritten digits from image files.

    python main.py predict --model default three.png photo.jpg
    python main.py predict --model my.npz --json *.png

Each image goes through the Draw tab's preprocessing (``core.data.preprocess``:
light-on-dark or dark-on-light detected from the border, cropped, scaled to
20 px, centred by mass in 28x28) and the model's answer is printed: per file
the digit and the ten probabilities, or with ``--json`` one JSON object per
line, ``{"file": ..., "digit": 3, "probabilities": [ten floats]}``.

Images are decoded with Qt's QImage (PNG, JPEG, BMP, GIF, TIFF, WebP, PGM ...):
PySide6 is already a dependency and QtGui decodes without a display, so no
second image library is needed; core/ stays Qt-free because only a numpy array
crosses over. A file that cannot be read or holds no ink gets a one-line error
on stderr; the others are still answered, and the exit code is then 2.
"""
from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

import numpy as np

from cli.common import EXIT_USAGE, fail, model_path

#: larger images are scaled down (smoothly) to this longer side before preprocessing
MAX_SIDE = 1600
#: an image file larger than this is refused before it is read (a photo takes a few MB)
MAX_FILE_BYTES = 64 * 1024 * 1024


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "predict",
        help="recognise handwritten digits in image files",
        description="Recognise one handwritten digit per image file (any size; dark ink on "
                    "light paper or light on dark, detected), with the app's MNIST-style "
                    "preprocessing. Prints the digit and the ten probabilities per file.",
    )
    parser.add_argument("--model", default="default", metavar="MODEL",
                        help="a model file (.npz) saved by 'main.py train' or the app, or "
                             "'default' for the bundled model (default: default)")
    parser.add_argument("--json", action="store_true",
                        help='one JSON object per line: {"file": ..., "digit": 3, "probabilities": [...]}')
    parser.add_argument("--polarity", choices=["auto", "dark", "light"], default="auto",
                        help="dark ink on light paper, light ink on dark, or auto-detect (default)")
    parser.add_argument("images", nargs="+", metavar="IMAGE", help="image files (PNG, JPEG, BMP, ...)")
    parser.set_defaults(run=run)


class FileProblem(ValueError):
    """The image file itself cannot be read (missing, no permission, a FIFO, too large...);
    the message already names the file."""


def read_image(path: str) -> np.ndarray:
    """Decode an image file -> uint8 RGBA array (h, w, 4). Raises ValueError with
    a plain message when the file is missing or not a readable image."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QImageReader

    from core.data.safe_read import open_regular, read_limited

    with open_regular(path, FileProblem, "an image") as f:  # a FIFO or a device is refused, never read
        data = read_limited(f, MAX_FILE_BYTES, path, FileProblem, "image file")
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    # the image libraries write to the process's stderr themselves ("libpng error: ..."): catch
    # that in a file for the time of the read, so a bad file gives our one line only
    sys.stderr.flush()
    saved_stderr = os.dup(2)
    with tempfile.TemporaryFile() as said:
        os.dup2(said.fileno(), 2)
        try:
            reader = QImageReader(buffer)
            image = reader.read()
        finally:
            os.dup2(saved_stderr, 2)
            os.close(saved_stderr)
        said.seek(0)
        decoder_said = said.read().decode("utf-8", "replace").split("\n")
    if image.isNull():
        detail = "; ".join([reader.errorString(), *(line.strip() for line in decoder_said if line.strip())])
        raise ValueError(f"cannot read it as an image ({detail})")
    if max(image.width(), image.height()) > MAX_SIDE:
        image = image.scaled(MAX_SIDE, MAX_SIDE, Qt.AspectRatioMode.KeepAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
    image = image.convertToFormat(QImage.Format.Format_RGBA8888)
    h, w, stride = image.height(), image.width(), image.bytesPerLine()
    raw = np.frombuffer(image.constBits(), dtype=np.uint8, count=stride * h)
    return raw.reshape(h, stride)[:, :4 * w].reshape(h, w, 4).copy()


def _load(model: str):
    from core.errors import ModelError
    from core.data.model_io import load_model

    try:
        net, _ = load_model(model_path(model))
    except ModelError as exc:
        return None, str(exc)
    if net.sizes[0] != 784 or net.sizes[-1] != 10:
        return None, f"{model}: the model takes {net.sizes[0]} inputs and gives {net.sizes[-1]} " \
                     "outputs; digits need 784 (28x28) and 10"
    return net, None


def run(args) -> int:
    from core.data import preprocess
    from core.errors import one_line

    net, problem = _load(args.model)
    if net is None:
        return fail(problem)
    failed = 0
    for name in args.images:
        try:
            image28 = preprocess.prepare(read_image(name), polarity=args.polarity)
        except preprocess.EmptyImageError:
            sys.stderr.write(f"error: {name}: no digit found, the image is blank (draw something)\n")
            failed += 1
            continue
        except FileProblem as exc:
            sys.stderr.write(f"error: {one_line(exc)}\n")
            failed += 1
            continue
        except ValueError as exc:
            sys.stderr.write(f"error: {one_line(f'{name}: {exc}')}\n")
            failed += 1
            continue
        probs = np.asarray(net.predict(preprocess.as_batch(image28))[0], dtype=np.float64)
        digit = int(np.argmax(probs))
        if args.json:
            print(json.dumps({"file": name, "digit": digit,
                              "probabilities": [round(float(p), 6) for p in probs]}))
        else:
            listed = " ".join(f"{d}:{p:.3f}" for d, p in enumerate(probs))
            print(f"{name}: {digit} ({100 * probs[digit]:.1f} %)  {listed}")
        sys.stdout.flush()
    return EXIT_USAGE if failed else 0
