"""`main.py predict`: image files in, digits and probabilities out."""
import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtGui import QImage

import main
from core.data import preprocess as P
from core.data.datasets import load_sample
from core.data.model_io import DEFAULT_MODEL, save_model
from core.nn.network import MLP
from core.nn.optimizers import make_optimizer
from tests.drawn_digits import DIGIT_STROKES, place, render

ROOT = Path(__file__).resolve().parents[2]


def save_png(path, pixels: np.ndarray) -> str:
    """pixels: uint8 (h, w) grey or (h, w, 4) RGBA."""
    pixels = np.ascontiguousarray(pixels)
    h, w = pixels.shape[:2]
    fmt = QImage.Format.Format_RGBA8888 if pixels.ndim == 3 else QImage.Format.Format_Grayscale8
    image = QImage(pixels.data, w, h, pixels.strides[0], fmt).copy()
    assert image.save(str(path)), path
    return str(path)


def drawn(d, shape=(220, 200), left=40, top=30, height=150, pen=14):
    return render(place(DIGIT_STROKES[d], left, top, height), shape, pen)


def paper(ink):
    """dark ink on white paper, uint8"""
    return np.round(255 * (1 - ink)).astype(np.uint8)


def predict(capsys, *argv):
    code = main.main(["predict", *argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def small_model(tmp_path_factory):
    """A 784-32-10 net trained briefly on the sample, saved like `main.py train` does."""
    data = load_sample()
    net = MLP([784, 32, 10], seed=0)
    opt = make_optimizer("adam", lr=3e-3)
    for start in range(0, 8000, 100):
        _, grads = net.loss_and_gradients(data.x_train[start:start + 100], data.y_train[start:start + 100])
        opt.update(net.params, grads)
    path = tmp_path_factory.mktemp("model") / "small.npz"
    save_model(net, path)
    return str(path), net


def test_text_output_one_line_per_file(tmp_path, capsys, small_model):
    files = [save_png(tmp_path / f"d{d}.png", paper(drawn(d))) for d in (3, 7)]
    code, out, err = predict(capsys, "--model", small_model[0], *files)
    assert code == 0 and err == ""
    lines = out.strip().splitlines()
    assert len(lines) == 2
    for line, name in zip(lines, files):
        assert line.startswith(name + ": ")
        probs = [float(part.split(":")[1]) for part in line.split()[-10:]]
        assert [part.split(":")[0] for part in line.split()[-10:]] == [str(d) for d in range(10)]
        assert sum(probs) == pytest.approx(1.0, abs=0.01)
        assert int(line[len(name) + 2]) == int(np.argmax(probs))


def test_json_matches_the_model_on_the_same_preprocessing(tmp_path, capsys, small_model):
    path, net = small_model
    ink = drawn(4)
    file = save_png(tmp_path / "four.png", paper(ink))
    code, out, _ = predict(capsys, "--model", path, "--json", file)
    assert code == 0
    record = json.loads(out)
    assert set(record) == {"file", "digit", "probabilities"}
    assert record["file"] == file
    expected = net.predict(P.as_batch(P.prepare(paper(ink))))[0]
    np.testing.assert_allclose(record["probabilities"], expected, atol=2e-3)
    assert record["digit"] == int(np.argmax(expected))


def test_default_model_reads_drawn_digits_in_any_polarity_and_size(tmp_path, capsys):
    assert DEFAULT_MODEL.exists(), "the bundled model is missing (see resources/models/README.md)"
    files, truth = [], []
    for d in range(10):
        ink = drawn(d)
        files.append(save_png(tmp_path / f"dark{d}.png", paper(ink)))           # dark on light
        light = np.round(255 * ink).astype(np.uint8)                            # light on dark
        files.append(save_png(tmp_path / f"light{d}.png", light))
        big = drawn(d, shape=(1100, 900), left=150, top=200, height=700, pen=8)  # a big "photo"
        photo = np.round(255 * (0.8 - 0.55 * big)).astype(np.uint8)              # grey paper
        files.append(save_png(tmp_path / f"photo{d}.png", photo))
        truth += [d, d, d]
    code, out, err = predict(capsys, "--json", *files)
    assert code == 0, err
    records = [json.loads(line) for line in out.splitlines()]
    assert [r["file"] for r in records] == files
    digits = np.array([r["digit"] for r in records])
    assert (digits == np.array(truth)).mean() >= 0.8, digits
    probs = np.array([r["probabilities"] for r in records]).reshape(10, 3, 10)
    # dark-on-light and light-on-dark are the same drawing: nearly the same answer
    np.testing.assert_allclose(probs[:, 0], probs[:, 1], atol=0.02)


def test_transparent_png_and_jpeg(tmp_path, capsys, small_model):
    ink = drawn(7)
    rgba = np.zeros(ink.shape + (4,), np.uint8)
    rgba[..., 3] = np.round(255 * ink).astype(np.uint8)          # black ink on transparent
    png = save_png(tmp_path / "seven.png", rgba)
    ref = save_png(tmp_path / "ref.png", paper(ink))
    jpg = str(tmp_path / "seven.jpg")
    assert QImage(ref).save(jpg, "JPG")
    code, out, err = predict(capsys, "--model", small_model[0], "--json", png, jpg, ref)
    assert code == 0, err
    probs = np.array([json.loads(line)["probabilities"] for line in out.splitlines()])
    np.testing.assert_allclose(probs[0], probs[2], atol=0.02)
    np.testing.assert_allclose(probs[1], probs[2], atol=0.1)  # JPEG is lossy


def test_bad_files_get_one_line_each_and_exit_2(tmp_path, capsys, small_model):
    good = save_png(tmp_path / "good.png", paper(drawn(2)))
    text = tmp_path / "notes.png"
    text.write_text("not an image")
    blank = save_png(tmp_path / "blank.png", np.full((100, 100), 255, np.uint8))
    code, out, err = predict(capsys, "--model", small_model[0], str(text), good,
                             str(tmp_path / "missing.png"), blank, str(tmp_path))
    assert code == 2
    assert out.count("\n") == 1 and out.startswith(good)        # the good file is still answered
    lines = err.strip().splitlines()
    assert len(lines) == 4
    assert "notes.png" in lines[0] and "cannot read" in lines[0]
    assert "missing.png" in lines[1] and "file not found" in lines[1]
    assert "blank.png" in lines[2] and "blank" in lines[2]
    assert "folder" in lines[3]
    assert "Traceback" not in err


@pytest.mark.parametrize("model,needle", [("missing.npz", "not found"), ("bad.npz", "bad.npz")])
def test_bad_model_is_one_line_and_exit_2(tmp_path, capsys, model, needle):
    (tmp_path / "bad.npz").write_bytes(b"PK\x03\x04 broken")
    image = save_png(tmp_path / "one.png", paper(drawn(1)))
    code, out, err = predict(capsys, "--model", str(tmp_path / model), image)
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and needle in err


def test_wrong_shaped_model_is_refused(tmp_path, capsys):
    path = tmp_path / "tiny.npz"
    save_model(MLP([4, 3, 2]), path)
    image = save_png(tmp_path / "one.png", paper(drawn(1)))
    code, _, err = predict(capsys, "--model", str(path), image)
    assert code == 2 and "784" in err


def test_command_line_in_a_subprocess(tmp_path):
    """The real entry point: no display needed, exit codes and output as documented."""
    image = save_png(tmp_path / "seven.png", paper(drawn(7)))
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    ok = subprocess.run([sys.executable, "main.py", "predict", "--json", image], cwd=ROOT, env=env,
                        capture_output=True, text=True, timeout=120)
    assert ok.returncode == 0, ok.stderr
    assert json.loads(ok.stdout)["file"] == image
    usage = subprocess.run([sys.executable, "main.py", "predict"], cwd=ROOT, env=env,
                           capture_output=True, text=True, timeout=120)
    assert usage.returncode == 2 and len(usage.stderr.strip().splitlines()) == 1


def test_a_truncated_png_is_one_line_even_though_libpng_complains(tmp_path):
    """libpng writes its own 'libpng error' to the process's stderr; it ends up inside our line."""
    whole = Path(save_png(tmp_path / "whole.png", paper(drawn(4))))
    cut = tmp_path / "cut.png"
    cut.write_bytes(whole.read_bytes()[:120])
    out = subprocess.run([sys.executable, "main.py", "predict", str(cut)], cwd=ROOT, capture_output=True,
                         text=True, timeout=120, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert out.returncode == 2
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1 and "cut.png" in lines[0] and "cannot read it as an image" in lines[0], out.stderr
