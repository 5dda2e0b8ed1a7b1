"""How well a model reads digits drawn on the Draw tab's canvas. Prints figures.

    python bench/draw_accuracy.py [MODEL.npz ...]     (default: the bundled model)

1. Drawn digits: the stroke templates of tests/drawn_digits.py drawn through
   ``DrawCanvas.stroke()`` (offscreen Qt, the real canvas and its rendering),
   for every digit at 4 heights x 3 pen widths x 3 slants x 2 width ratios,
   each at a random place on the 280x280 canvas (720 drawings), then the
   panel's preprocessing and the model. Reported with and without the
   stroke-width matching, by height and by pen width, and per digit.
2. MNIST re-drawn: the 2,000 test digits of the bundled sample enlarged 3-9x
   (linear interpolation) and put at a random place on a 280x280 canvas,
   against the same digits as they are (28x28).
"""
from __future__ import annotations

import os
import sys
import time
from collections import defaultdict
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402

from core.data import preprocess as P  # noqa: E402
from core.data.datasets import load_sample  # noqa: E402
from core.data.model_io import DEFAULT_MODEL, load_model  # noqa: E402
from tests.drawn_digits import DIGIT_STROKES, place  # noqa: E402

HEIGHTS = (80, 130, 190, 250)
PENS = (8, 18, 30)
SLANTS = (-0.25, 0.0, 0.25)
RATIOS = (0.6, 0.8)


def drawn_set(seed: int = 0):
    """-> list of (digit, height, pen, canvas uint8 (280, 280)) drawn through DrawCanvas."""
    from PySide6.QtWidgets import QApplication

    from gui.draw.draw_canvas import DrawCanvas

    app = QApplication.instance() or QApplication([])  # noqa: F841 - widgets need it
    canvas = DrawCanvas()
    rng = np.random.default_rng(seed)
    out = []
    for d, strokes in DIGIT_STROKES.items():
        for height in HEIGHTS:
            for pen in PENS:
                for slant in SLANTS:
                    for ratio in RATIOS:
                        width = height * ratio * (1 + abs(slant))
                        left = rng.uniform(pen / 2, 280 - width - pen / 2)
                        top = rng.uniform(pen / 2, 280 - height - pen / 2)
                        canvas.clear()
                        for stroke in place(strokes, left + height * ratio * max(slant, 0) / 2, top,
                                            height, width_ratio=ratio, slant=slant):
                            canvas.stroke(stroke, width=pen)
                        out.append((d, height, pen, canvas.to_array()))
    return out


def redrawn_mnist(x: np.ndarray, seed: int = 1) -> np.ndarray:
    """(n, 784) MNIST digits -> (n, 784) after enlarging onto a canvas and preprocessing."""
    rng = np.random.default_rng(seed)
    out = np.empty_like(x)
    for i, image in enumerate(x.reshape(-1, 28, 28).astype(np.float64)):
        big = np.clip(P.resample(image, rng.uniform(3, 9)), 0, 1)
        canvas = np.zeros((280, 280))
        top = rng.integers(0, 281 - big.shape[0])
        left = rng.integers(0, 281 - big.shape[1])
        canvas[top:top + big.shape[0], left:left + big.shape[1]] = big
        out[i] = P.prepare(canvas, polarity="light").ravel()
    return out


def percent(hits) -> str:
    return f"{100 * np.mean(hits):5.1f} % ({int(np.sum(hits))}/{len(hits)})"


def report(path: Path, drawings, data, redrawn) -> None:
    net, meta = load_model(path)
    print(f"== {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}  "
          f"sizes={net.sizes}  file={path.stat().st_size / 1e6:.2f} MB")
    for normalize in (True, False):
        by_height, by_pen, by_digit, hits = defaultdict(list), defaultdict(list), defaultdict(list), []
        t0 = time.perf_counter()
        images = np.stack([P.prepare(c, polarity="light", normalize_width=normalize).ravel()
                           for _, _, _, c in drawings])
        prep_ms = 1000 * (time.perf_counter() - t0) / len(drawings)
        predicted = net.predict(images).argmax(axis=1)
        for (d, height, pen, _), p in zip(drawings, predicted):
            ok = p == d
            hits.append(ok)
            by_height[height].append(ok)
            by_pen[pen].append(ok)
            by_digit[d].append(ok)
        label = "with" if normalize else "without"
        print(f"drawn digits, {label} stroke-width matching: {percent(hits)}  "
              f"(preprocessing {prep_ms:.1f} ms per 280x280 drawing)")
        print("  by height (px): " + "  ".join(f"{h}: {100 * np.mean(v):.0f} %" for h, v in by_height.items()))
        print("  by pen (px):    " + "  ".join(f"{w}: {100 * np.mean(v):.0f} %" for w, v in by_pen.items()))
        print("  by digit:       " + "  ".join(f"{d}: {100 * np.mean(v):.0f}" for d, v in by_digit.items()))
    plain = net.predict(data.x_test).argmax(axis=1) == data.y_test
    moved = net.predict(redrawn).argmax(axis=1) == data.y_test
    print(f"MNIST sample test digits as they are (28x28):          {percent(plain)}")
    print(f"the same digits enlarged 3-9x, off-centre, preprocessed: {percent(moved)}")


def timings(path: Path, drawings, data) -> None:
    """What one live answer costs in the GUI thread, and what fine-tuning takes."""
    from PySide6.QtWidgets import QApplication

    from core.training.finetune import FineTuneConfig, finetune
    from gui.draw.draw_canvas import DrawCanvas

    app = QApplication.instance() or QApplication([])  # noqa: F841
    net, _ = load_model(path)
    canvas = DrawCanvas()
    for stroke in place(DIGIT_STROKES[8], 60, 40, 190):
        canvas.stroke(stroke)
    n = 200
    t0 = time.perf_counter()
    for _ in range(n):
        pixels = canvas.to_array()
    t1 = time.perf_counter()
    for _ in range(n):
        image = P.prepare(pixels, polarity="light")
    t2 = time.perf_counter()
    for _ in range(n):
        net.predict(P.as_batch(image))
    t3 = time.perf_counter()
    print(f"one live answer: render canvas {1000 * (t1 - t0) / n:.2f} ms + preprocess "
          f"{1000 * (t2 - t1) / n:.2f} ms + predict {1000 * (t3 - t2) / n:.2f} ms")
    own = np.stack([P.prepare(c, polarity="light").ravel() for _, _, _, c in drawings[::36]])
    labels = np.array([d for d, _, _, _ in drawings[::36]])
    t0 = time.perf_counter()
    result = finetune(net, own, labels, data.x_train, data.y_train, data.x_test, data.y_test)
    print(f"fine-tuning {FineTuneConfig().steps} steps on {len(labels)} drawings + MNIST, with the "
          f"before/after checks: {time.perf_counter() - t0:.2f} s; drawings "
          f"{100 * result.drawings_before:.0f} % -> {100 * result.drawings_after:.0f} %, MNIST check "
          f"{100 * result.mnist_before:.1f} % -> {100 * result.mnist_after:.1f} %")


def main(argv: list[str]) -> int:
    paths = [Path(a) for a in argv] or [DEFAULT_MODEL]
    t0 = time.perf_counter()
    drawings = drawn_set()
    print(f"{len(drawings)} drawings rendered through DrawCanvas in {time.perf_counter() - t0:.1f} s")
    data = load_sample()
    t0 = time.perf_counter()
    redrawn = redrawn_mnist(data.x_test)
    print(f"{len(redrawn)} MNIST digits re-drawn and preprocessed in {time.perf_counter() - t0:.1f} s")
    for path in paths:
        report(path.resolve(), drawings, data, redrawn)
    timings(paths[0].resolve(), drawings, data)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
