"""The MLP: gradient checks in float64 for every activation and both losses, and its API."""
import numpy as np
import pytest

from core.nn.activations import ACTIVATIONS
from core.nn.gradient import numerical_gradient
from core.nn.initializers import INITIALIZERS
from core.nn.losses import LOSSES, SOFTMAX_CROSS_ENTROPY
from core.nn.network import LOSS_NAMES, MLP
from core.nn.optimizers import OPTIMIZERS

RTOL, ATOL = 1e-5, 1e-7


def small_problem(seed=0, n=6, n_in=5, k=3):
    rng = np.random.default_rng(seed)
    return rng.normal(size=(n, n_in)), rng.integers(0, k, size=n)


def check_gradients(net, x, t, skip=()):
    loss, grads = net.loss_and_gradients(x, t, train=True)
    assert set(grads) == set(net.params)
    for key, param in net.params.items():
        assert grads[key].shape == param.shape
        if key in skip:
            continue
        num = numerical_gradient(lambda _: net.loss(x, t, train=True), param, h=1e-5)
        np.testing.assert_allclose(grads[key], num, rtol=RTOL, atol=ATOL, err_msg=f"{net!r} {key}")
    return loss, grads


@pytest.mark.parametrize("loss", LOSS_NAMES)
@pytest.mark.parametrize("activation", [a for a in ACTIVATIONS if a != "step"])
def test_gradient_check_every_activation_and_loss_with_l2(activation, loss):
    x, t = small_problem()
    net = MLP([5, 4, 4, 3], activation=activation, init="xavier", seed=3, loss=loss, l2=0.05, dtype=np.float64)
    check_gradients(net, x, t)


@pytest.mark.parametrize("loss", LOSS_NAMES)
def test_step_activation_runs_with_zero_hidden_gradients(loss):
    x, t = small_problem()
    net = MLP([5, 4, 3], activation="step", seed=0, loss=loss, dtype=np.float64)
    _, grads = check_gradients(net, x, t, skip=("W1", "b1"))
    assert not grads["W1"].any() and not grads["b1"].any(), "step has derivative 0: nothing reaches W1"
    assert grads["W2"].any()


def test_gradient_check_dropout_with_fixed_mask():
    x, t = small_problem(n=8)
    net = MLP([5, 6, 3], activation="tanh", seed=2, dropout=0.5, l2=0.01, dtype=np.float64)
    first = net.loss(x, t, train=True)
    second = net.loss(x, t, train=True)
    assert first != second, "dropout should draw a new mask each training pass"
    assert net.loss(x, t) == net.loss(x, t), "no dropout outside training"
    net.set_dropout_fixed(True)
    check_gradients(net, x, t)


def test_one_hot_targets_give_the_same_gradients():
    x, t = small_problem()
    net = MLP([5, 4, 3], seed=1, dtype=np.float64)
    l1, g1 = net.loss_and_gradients(x, t)
    l2, g2 = net.loss_and_gradients(x, np.eye(3)[t])
    assert l1 == pytest.approx(l2, rel=1e-12)
    for k in g1:
        np.testing.assert_allclose(g1[k], g2[k], rtol=1e-12, atol=1e-15)


def test_fused_loss_matches_the_shared_losses():
    x, t = small_problem(n=10)
    net = MLP([5, 4, 3], seed=4, dtype=np.float64)
    z = net.logits(x)
    assert net.loss(x, t) == pytest.approx(SOFTMAX_CROSS_ENTROPY.value(z, t), rel=1e-12)
    mse = MLP([5, 4, 3], seed=4, loss="mse", dtype=np.float64)
    assert mse.loss(x, t) == pytest.approx(LOSSES["mse"].value(mse.predict(x), t), rel=1e-12)


def test_loss_is_finite_for_huge_logits():
    net = MLP([2, 3], seed=0, dtype=np.float32)
    net.params["W1"][:] = 1e6
    loss, grads = net.loss_and_gradients(np.ones((2, 2), np.float32), np.array([0, 1]))
    assert np.isfinite(loss) and all(np.all(np.isfinite(g)) for g in grads.values())


def test_shapes_dtypes_and_probabilities():
    net = MLP([784, 128, 10])
    assert [k for k in net.params] == ["W1", "b1", "W2", "b2"]
    assert net.params["W1"].shape == (784, 128) and net.params["b2"].shape == (10,)
    assert all(p.dtype == np.float32 for p in net.params.values())
    assert net.num_layers == 2 and net.layer_names == ["W1", "W2"]
    x = np.random.default_rng(0).random((7, 28, 28))  # float64 images are accepted and cast
    p = net.predict(x)
    assert p.shape == (7, 10) and p.dtype == np.float32
    np.testing.assert_allclose(p.sum(axis=1), 1.0, rtol=1e-5)
    assert net.predict(x[0]).shape == (1, 10)
    with pytest.raises(ValueError, match="784"):
        net.predict(np.zeros((2, 100)))


@pytest.mark.parametrize("init,expected", [("normal", 0.01), ("xavier", (1 / 400) ** 0.5), ("he", (2 / 400) ** 0.5)])
def test_initializers_have_the_right_spread(init, expected):
    net = MLP([400, 300, 10], init=init, seed=0)
    assert net.params["W1"].std() == pytest.approx(expected, rel=0.02)
    assert not net.params["b1"].any()
    assert set(INITIALIZERS) == {"normal", "xavier", "he"}


def test_seeded_and_copy_is_deep():
    a, b = MLP([20, 8, 10], seed=5), MLP([20, 8, 10], seed=5)
    np.testing.assert_array_equal(a.params["W1"], b.params["W1"])
    assert not np.array_equal(a.params["W1"], MLP([20, 8, 10], seed=6).params["W1"])
    c = a.copy()
    assert c.config == a.config
    c.params["W1"][0, 0] += 1.0
    assert a.params["W1"][0, 0] != c.params["W1"][0, 0]
    assert MLP(**a.config).config == a.config


def test_buffers_are_reused_only_when_asked():
    x, t = small_problem()
    net = MLP([5, 4, 3])
    _, g1 = net.loss_and_gradients(x, t, copy=False)
    _, g2 = net.loss_and_gradients(x, t, copy=False)
    assert g1["W1"] is g2["W1"]
    _, g3 = net.loss_and_gradients(x, t)
    assert g3["W1"] is not g2["W1"]


def test_invalid_configurations():
    for kwargs in ({"activation": "nope"}, {"init": "zeros"}, {"loss": "hinge"}, {"dropout": 1.0},
                   {"l2": -1}, {"l2": float("nan")}):
        with pytest.raises(ValueError):
            MLP([4, 3], **kwargs)
    with pytest.raises(ValueError):
        MLP([4])


def test_optimizers_train_it_on_a_tiny_problem():
    rng = np.random.default_rng(0)
    x = rng.normal(size=(60, 4)).astype(np.float32)
    t = (x[:, 0] + x[:, 1] > 0).astype(np.int64)
    for name in OPTIMIZERS:
        net = MLP([4, 8, 2], seed=0)
        opt = OPTIMIZERS[name](lr={"sgd": 0.5, "momentum": 0.1, "nesterov": 0.1, "adagrad": 0.1}.get(name, 0.01))
        first = net.loss(x, t)
        for _ in range(100):
            _, g = net.loss_and_gradients(x, t)
            opt.update(net.params, g)
        assert net.loss(x, t) < 0.5 * first, name


def test_sparse_first_layer_equals_the_dense_product():
    rng = np.random.default_rng(7)
    x = rng.normal(size=(12, 30))
    x[:, rng.choice(30, 12, replace=False)] = 0.0   # blank "pixels" in the whole batch
    t = rng.integers(0, 4, size=12)
    sparse = MLP([30, 9, 4], seed=1, dtype=np.float64)
    dense = sparse.copy()
    dense.affines[0].sparse_input = False
    l1, g1 = sparse.loss_and_gradients(x, t)
    assert sparse.affines[0].cols is not None and len(sparse.affines[0].cols) == 18, "the compact path ran"
    l2, g2 = dense.loss_and_gradients(x, t)
    assert l1 == pytest.approx(l2, rel=1e-12)
    for k in g1:
        np.testing.assert_allclose(g1[k], g2[k], rtol=1e-12, atol=1e-14, err_msg=k)
    assert not g1["W1"][np.all(x == 0, axis=0)].any()
    check_gradients(sparse, x, t)
    # a dense batch (few blank columns) takes the ordinary path
    sparse.loss_and_gradients(rng.normal(size=(12, 30)), t)
    assert sparse.affines[0].cols is None
    # a NaN pixel in an otherwise blank column is not "blank": it reaches the loss (divergence is seen)
    bad = x.copy()
    bad[3, np.flatnonzero(np.all(x == 0, axis=0))[0]] = np.nan
    with np.errstate(invalid="ignore"):
        loss, _ = sparse.loss_and_gradients(bad, t)
    assert sparse.affines[0].cols is not None and len(sparse.affines[0].cols) == 19
    assert np.isnan(loss)
