"""The train / evaluate / download sub-commands, run as a user would (subprocesses)."""
import json
import os
import pty
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from core.data.idx import write_idx
from core.data.model_io import load_model, save_model
from core.nn.network import MLP

ROOT = Path(__file__).resolve().parents[2]
FAST = ["--hidden", "16", "--epochs", "2", "--eval-subset", "500", "--no-augment"]


def main(*args, env=None, timeout=120):
    full_env = {**os.environ, "OPENBLAS_NUM_THREADS": "1", **(env or {})}
    return subprocess.run([sys.executable, "main.py", *map(str, args)], cwd=ROOT, capture_output=True,
                          text=True, timeout=timeout, env=full_env)


def assert_one_line_error(out, *words):
    assert out.returncode == 2, (out.returncode, out.stdout, out.stderr)
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in out.stderr, out.stderr
    for w in words:
        assert w in lines[0], lines[0]


def test_train_prints_a_line_per_epoch_and_saves(tmp_path):
    model = tmp_path / "m.npz"
    out = main("train", *FAST, "--save", model)
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    epochs = [ln for ln in lines if ln.startswith("epoch")]
    assert len(epochs) == 2 and "test loss" in epochs[0] and "acc" in epochs[0]
    assert "finished 2 epochs" in out.stdout and "\r" not in out.stdout, "no progress bar when piped"
    net, meta = load_model(model)
    assert net.sizes == [784, 16, 10]
    assert meta["training"]["epochs"] == 2 and meta["training"]["reason"] == "finished"
    assert meta["training"]["data"] == "sample"


def test_train_json_objects_and_summary():
    out = main("train", *FAST, "--optimizer", "sgd", "--json")
    assert out.returncode == 0, out.stderr
    objects = [json.loads(ln) for ln in out.stdout.splitlines()]
    assert [o["epoch"] for o in objects[:-1]] == [1, 2]
    assert all(0 <= o["test_accuracy"] <= 1 and o["test_loss"] > 0 for o in objects[:-1])
    summary = objects[-1]
    assert summary["summary"] is True and summary["reason"] == "finished"
    assert summary["config"]["optimizer"] == "sgd" and summary["config"]["lr"] == 0.1
    assert summary["test_accuracy"] == objects[-2]["test_accuracy"] > 0.7


def test_progress_bar_on_a_terminal():
    master, slave = pty.openpty()
    proc = subprocess.Popen([sys.executable, "main.py", "train", "--hidden", "8", "--epochs", "1",
                             "--eval-subset", "200"], cwd=ROOT, stdout=slave, stderr=subprocess.PIPE,
                            env={**os.environ, "OPENBLAS_NUM_THREADS": "1"})
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 4096)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    proc.wait(60)
    os.close(master)
    text = b"".join(chunks).decode()
    assert proc.returncode == 0
    assert "\r[" in text and "#" in text and "epoch   1/1" in text


@pytest.mark.parametrize("args,words", [
    (["--lr", "nan"], ["--lr", "finite number greater than 0"]),
    (["--lr", "0"], ["--lr"]),
    (["--lr", "-0.1"], ["--lr"]),
    (["--lr", "inf"], ["--lr"]),
    (["--epochs", "0"], ["--epochs"]),
    (["--hidden", "0"], ["--hidden"]),
    (["--dropout", "1"], ["--dropout"]),
    (["--optimizer", "magic"], ["invalid choice"]),
    (["--no-such-option"], ["unrecognized arguments"]),
    (["--data", "/no/such/folder"], ["/no/such/folder", "no such folder"]),
    (["--hidden", "100000000"], ["--hidden", "from 1 to 100,000"]),
    (["--seed", "-5"], ["--seed", "must be 0 or more"]),
    (["--hidden", "90000,90000"], ["does not fit in memory"]),
    (["--save", "/no/such/folder/m.npz"], ["/no/such/folder", "does not exist"]),
])
def test_train_bad_input_is_one_line_exit_2(args, words):
    assert_one_line_error(main("train", *args), *words)


def test_train_bad_data_file(tmp_path):
    write_idx(tmp_path / "t10k-images-idx3-ubyte.gz", np.zeros((5, 28, 28), np.uint8))
    (tmp_path / "t10k-labels-idx1-ubyte.gz").write_bytes(b"\x1f\x8b broken")
    assert_one_line_error(main("train", "--data", tmp_path), "t10k-labels-idx1-ubyte.gz", "gzip")
    (tmp_path / "t10k-labels-idx1-ubyte.gz").unlink()
    write_idx(tmp_path / "t10k-labels-idx1-ubyte.gz", np.zeros(5, np.uint8))
    assert_one_line_error(main("train", "--data", tmp_path), "no training images")


def test_huge_learning_rate_trains_and_reports_divergence():
    out = main("train", "--hidden", "16", "--epochs", "1", "--optimizer", "sgd", "--lr", "1e6")
    assert out.returncode == 0, out.stderr
    assert "diverged" in out.stdout and "learning rate 1e+06 is too large" in out.stdout
    assert "Traceback" not in out.stderr and "RuntimeWarning" not in out.stderr


def _tiny_model(path, sizes=(784, 8, 10)):
    return save_model(MLP(list(sizes), seed=1), path)


def test_evaluate_json_on_test_files_only(tmp_path):
    model = _tiny_model(tmp_path / "m.npz")
    data = tmp_path / "data"
    data.mkdir()
    rng = np.random.default_rng(0)
    write_idx(data / "t10k-images-idx3-ubyte", rng.integers(0, 256, (30, 28, 28), dtype=np.uint8))
    write_idx(data / "t10k-labels-idx1-ubyte", rng.integers(0, 10, 30).astype(np.uint8))
    out = main("evaluate", "--model", model, "--data", data, "--json")
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout)
    assert 0 <= result["accuracy"] <= 1 and result["loss"] > 0
    assert np.array(result["confusion"]).shape == (10, 10) and np.sum(result["confusion"]) == 30


def test_evaluate_text_on_the_sample(tmp_path):
    out = main("evaluate", "--model", _tiny_model(tmp_path / "m.npz"))
    assert out.returncode == 0, out.stderr
    assert "accuracy" in out.stdout and "confusion matrix" in out.stdout
    assert len([ln for ln in out.stdout.splitlines() if ln.strip()[:1].isdigit()]) >= 10


def test_evaluate_bad_models(tmp_path):
    assert_one_line_error(main("evaluate", "--model", tmp_path / "none.npz"), "none.npz", "not found")
    (tmp_path / "junk.npz").write_bytes(b"junk")
    assert_one_line_error(main("evaluate", "--model", tmp_path / "junk.npz"), "junk.npz")
    assert_one_line_error(main("evaluate", "--model", _tiny_model(tmp_path / "small.npz", (100, 10))),
                          "100 inputs")


def test_download_from_a_local_mirror_and_offline(tmp_path):
    from tests.local_server import GOOD, Server

    server = Server()
    try:
        mirror = server.serve("m", GOOD)
        # the command checks the real MNIST sizes, so a small fake set is refused with a clear line
        out = main("download", "--dest", tmp_path / "mnist", "--mirror", mirror)
        assert_one_line_error(out, "train-images-idx3-ubyte.gz", "wrong checksum", "(40, 28, 28)")
        assert not any((tmp_path / "mnist").iterdir())
    finally:
        server.close()
    out = main("download", "--dest", tmp_path / "x", "--mirror", mirror, "--timeout", "5")
    assert_one_line_error(out, "offline")


def test_download_full_size_files_succeeds(tmp_path):
    """Files of the real MNIST sizes (blank digits, so the MD5 differs: checked by content)."""
    import gzip

    from core.data.idx import idx_bytes
    from tests.local_server import Server

    sizes = {"train-images-idx3-ubyte.gz": (60000, 28, 28), "train-labels-idx1-ubyte.gz": (60000,),
             "t10k-images-idx3-ubyte.gz": (10000, 28, 28), "t10k-labels-idx1-ubyte.gz": (10000,)}
    files = {name: gzip.compress(idx_bytes(np.zeros(shape, np.uint8)), compresslevel=1) for name, shape in sizes.items()}
    server = Server()
    try:
        out = main("download", "--dest", tmp_path / "mnist", "--mirror", server.serve("full", files))
    finally:
        server.close()
    assert out.returncode == 0, out.stderr
    assert "MNIST is ready" in out.stdout and out.stdout.count("bytes") == 4
    assert sorted(p.name for p in (tmp_path / "mnist").iterdir()) == sorted(sizes)
    ev = main("evaluate", "--model", _tiny_model(tmp_path / "m.npz"), "--data", tmp_path / "mnist", "--json")
    assert json.loads(ev.stdout)["count"] == 10000


def test_download_default_destination_is_the_data_folder(tmp_path):
    out = main("download", "--mirror", "http://127.0.0.1:9/", "--timeout", "2",
               env={"GRADIENT_LAB_DATA_DIR": str(tmp_path)})
    assert_one_line_error(out, "offline")
    assert (tmp_path / "mnist").is_dir() and not any((tmp_path / "mnist").iterdir())


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="needs Linux's /proc (a folder nobody can write in)")
def test_an_unwritable_save_place_fails_before_training(tmp_path):
    """The check comes before the run (no epoch line), not after minutes of training."""
    out = main("train", *FAST, "--save", "/proc/m.npz")
    assert_one_line_error(out, "/proc/m.npz", "cannot write in /proc")
    assert "epoch" not in out.stdout
    assert_one_line_error(main("train", *FAST, "--save", tmp_path), "is a folder")


def test_a_reader_that_stops_early_ends_the_run_quietly():
    """`main.py train | head -1`: no BrokenPipeError traceback, exit code 0."""
    proc = subprocess.Popen([sys.executable, "main.py", "train", "--hidden", "16", "--epochs", "30",
                             "--no-augment"], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            env={**os.environ, "OPENBLAS_NUM_THREADS": "1"})
    first = proc.stdout.readline()
    proc.stdout.close()  # like head -1
    _, err = proc.communicate(timeout=120)
    assert first.startswith(b"training ")
    assert proc.returncode == 0 and b"Traceback" not in err, err.decode()[-2000:]


def test_evaluate_model_default_is_the_bundled_model(tmp_path):
    from core.data.model_io import DEFAULT_MODEL

    named = main("evaluate", "--model", "default", "--json")
    assert named.returncode == 0, named.stderr
    by_path = json.loads(main("evaluate", "--model", DEFAULT_MODEL, "--json").stdout)
    assert json.loads(named.stdout)["accuracy"] == by_path["accuracy"]


def test_train_json_says_when_a_run_stops_learning():
    # SGD at lr 3 throws the 32 ReLUs where they are all off: no divergence, 11 % test accuracy
    out = main("train", "--hidden", "32", "--epochs", "1", "--optimizer", "sgd", "--lr", "3",
               "--no-augment", "--dropout", "0", "--json")
    summary = json.loads(out.stdout.splitlines()[-1])
    assert summary["reason"] == "finished" and summary["test_accuracy"] < 0.15
    assert summary["warning"] == "not_learning" and summary["warning_cause"] == "dead_units"
    healthy = json.loads(main("train", "--hidden", "32", "--epochs", "1", "--optimizer", "sgd", "--lr", "0.1",
                              "--no-augment", "--json").stdout.splitlines()[-1])
    assert "warning" not in healthy
