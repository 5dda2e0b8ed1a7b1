"""The Trainer's fast path computes what the book-level layers and optimizers compute (to float rounding)."""
import numpy as np
import pytest

from core.data.datasets import Dataset, load_sample
from core.nn.network import MLP
from core.nn.optimizers import make_optimizer
from core.training import fast_path
from core.training.fast_path import FAST_OPTIMIZERS, FusedMLP, aligned_empty
from core.training.training import RunEnd, TrainConfig, Trainer, make_network


@pytest.fixture(scope="module")
def data():
    d = load_sample()
    return Dataset("small", d.x_train[:640], d.y_train[:640], d.x_test[:200], d.y_test[:200],
                   d.class_names, d.source)


NETS = [dict(sizes=[784, 64, 32, 10], dropout=0.2),
        dict(sizes=[784, 48, 10], dropout=0.0, l2=1e-3),
        dict(sizes=[784, 40, 24, 16, 10], dropout=0.5, seed=3)]


@pytest.mark.parametrize("spec", NETS, ids=["dropout", "l2", "deep"])
@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_loss_and_gradients_equal_the_book_layers(data, spec, dtype):
    book, fused_net = MLP(**spec, dtype=dtype), MLP(**spec, dtype=dtype)
    fused = FusedMLP(fused_net)
    rel = 1e-6 if dtype == np.float32 else 1e-12  # float rounding of products of different shapes
    for batch, start in ((32, 0), (32, 32), (100, 64), (7, 5)):  # batch sizes change: buffers follow
        x, y = data.x_train[start:start + batch], data.y_train[start:start + batch]
        lb, gb = book.loss_and_gradients(x, y, copy=False)
        lf, gf = fused.loss_and_gradients(x, y)
        assert lf == pytest.approx(lb, rel=rel)
        for key in gb:
            scale = float(np.abs(gb[key]).max())
            np.testing.assert_allclose(gf[key], gb[key], rtol=rel, atol=rel * scale, err_msg=key)


def test_dense_inputs_take_the_full_product(data):
    """An input with no blank column (noise everywhere) goes through the dense first layer."""
    rng = np.random.default_rng(1)
    x = rng.random((16, 784), dtype=np.float32) + 0.01
    y = rng.integers(0, 10, 16)
    book, twin = MLP([784, 20, 10], dropout=0.1), MLP([784, 20, 10], dropout=0.1)
    fused = FusedMLP(twin)
    lb, gb = book.loss_and_gradients(x, y, copy=False)
    lf, gf = fused.loss_and_gradients(x, y)
    assert fused.cols is None
    assert lf == pytest.approx(lb, rel=1e-12)
    for key in gb:
        np.testing.assert_allclose(gf[key], gb[key], rtol=1e-6, atol=1e-9, err_msg=key)


@pytest.mark.parametrize("name", sorted(FAST_OPTIMIZERS))
def test_blocked_updates_equal_the_book_rules(name, monkeypatch):
    """Many steps of random gradients over arrays larger and smaller than a block."""
    monkeypatch.setattr(fast_path, "BLOCK", 1000)
    rng = np.random.default_rng(0)
    shapes = {"W1": (70, 50), "b1": (50,), "W2": (50, 3), "b2": (3,)}
    start = {k: rng.standard_normal(s).astype(np.float32) for k, s in shapes.items()}
    book_p = {k: v.copy() for k, v in start.items()}
    fast_p = {k: v.copy() for k, v in start.items()}
    book, fast = make_optimizer(name, lr=0.01), FAST_OPTIMIZERS[name](lr=0.01)
    keep = {k: np.zeros_like(v) for k, v in start.items()}
    for _ in range(40):
        # gradients across nine orders of magnitude, some exactly zero (blank pixels)
        grads = {k: (rng.standard_normal(s) * 10.0 ** rng.uniform(-9, 0, s)
                     * (rng.random(s) > 0.2)).astype(np.float32) for k, s in shapes.items()}
        before = {k: v.copy() for k, v in fast_p.items()}
        book.update(book_p, grads)
        fast.update(fast_p, grads, keep=keep)
        for key in keep:
            np.testing.assert_array_equal(keep[key], before[key], err_msg=f"kept {key}")
    assert fast.t == book.t == 40
    for key in start:
        moved = np.abs(book_p[key] - start[key]).max()
        assert moved > 1e-3
        np.testing.assert_allclose(fast_p[key], book_p[key], rtol=0, atol=1e-6 * max(1.0, moved), err_msg=key)


def test_trainer_picks_the_fast_path_and_matches_the_book_path(data):
    c = TrainConfig(hidden=(64, 32), batch_size=32, epochs=1, augment=True, eval_subset=None)
    fast, book = Trainer(make_network(c), data, c), Trainer(make_network(c), data, c, fast=False)
    assert (fast.path, book.path) == ("fast", "book")
    for _ in range(5):
        a, b = fast.step_once(), book.step_once()
        assert a.batch_loss == pytest.approx(b.batch_loss, rel=1e-5)
        np.testing.assert_allclose(a.grad_norms, b.grad_norms, rtol=1e-4)
    for key in book.net.params:
        np.testing.assert_allclose(fast.net.params[key], book.net.params[key], rtol=0, atol=1e-5, err_msg=key)


@pytest.mark.parametrize("changes", [dict(activation="tanh"), dict(loss="mse"), dict(optimizer="rmsprop")])
def test_what_the_fast_path_does_not_cover_takes_the_book_path(data, changes):
    c = TrainConfig(hidden=(16,), batch_size=50, epochs=1, augment=False, **changes)
    tr = Trainer(make_network(c), data, c)
    assert tr.path == "book"
    assert type(tr.optimizer) is type(make_optimizer(c.optimizer))
    assert isinstance(tr.step_once().batch_loss, float)


def test_divergence_on_the_fast_path_keeps_the_last_sound_weights(data):
    c = TrainConfig(hidden=(32,), dropout=0.0, optimizer="sgd", lr=1e4, schedule="constant", batch_size=64,
                    epochs=3, augment=False)
    results = {}
    for fast in (True, False):
        tr = Trainer(make_network(c), data, c, fast=fast)
        ends = [r for r in tr.run() if isinstance(r, RunEnd)]
        results[fast] = (ends[-1], tr.net.params)
    (end_f, params_f), (end_b, params_b) = results[True], results[False]
    assert end_f.reason == end_b.reason == "diverged"
    assert (end_f.cause, end_f.kept, end_f.iteration) == (end_b.cause, end_b.kept, end_b.iteration)
    for key in params_b:
        assert np.isfinite(params_f[key]).all()
        np.testing.assert_allclose(params_f[key], params_b[key], rtol=1e-4, atol=1e-4, err_msg=key)


def test_aligned_buffers_start_at_different_offsets_modulo_4k():
    offsets = {aligned_empty((512, 256), np.float32).ctypes.data % 4096 for _ in range(6)}
    assert len(offsets) == 6
