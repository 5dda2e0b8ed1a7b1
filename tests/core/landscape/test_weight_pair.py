"""core.landscape.weight_pair: the loss over two first-layer weights, as a descent surface."""
import numpy as np
import pytest

from core.descent.descent_run import DIVERGED, DescentRun
from core.landscape import weight_pair as L
from core.nn.network import MLP
from core.nn.optimizers import OPTIMIZERS


# ---------------------------------------------------------------- two single weights
CENTRE = 14 * 28 + 14            # a pixel with ink in most digits
NEAR = 12 * 28 + 15
CORNER = 0                       # blank in every MNIST digit


@pytest.mark.parametrize("hidden,l2,loss,pair", [
    ((32,), 0.0, "cross_entropy", ((CENTRE, 3), (NEAR, 3))),      # two weights of one unit
    ((32,), 0.01, "cross_entropy", ((CENTRE, 3), (NEAR, 7))),     # two units
    ((16, 8), 0.0, "mse", ((NEAR, 1), (CENTRE, 0))),
])
def test_weight_pair_surface_is_the_models_loss_with_two_weights_changed(data, trained, hidden, l2, loss, pair):
    _, x, t = data
    if hidden == (32,) and loss == "cross_entropy" and l2 == 0.0:
        net = trained[0]
    else:
        net = MLP([784, *hidden, 10], l2=l2, loss=loss, seed=5)
    s = L.WeightPairSurface(net, x, t, *pair, radius=1.5)
    (i, j), (k, l) = pair
    assert s.start == (float(net.params["W1"][i, j]), float(net.params["W1"][k, l]))
    np.testing.assert_allclose(s.value(*s.start), net.loss(x, t), rtol=1e-5)
    for u, v in ((s.u0 + 0.7, s.v0 - 1.1), (s.u0 - 1.4, s.v0 + 0.3)):
        twin = net.copy()
        twin.params["W1"][i, j] = u
        twin.params["W1"][k, l] = v
        np.testing.assert_allclose(s.value(u, v), twin.loss(x, t), rtol=2e-5)
        _, grads = twin.loss_and_gradients(x, t, train=False)
        np.testing.assert_allclose(s.point_gradient((u, v)), [grads["W1"][i, j], grads["W1"][k, l]],
                                   rtol=2e-3, atol=1e-7)
        rows = np.arange(0, len(t), 3)
        _, sub = twin.loss_and_gradients(x[rows], t[rows], train=False)
        np.testing.assert_allclose(s.batch_gradient(u, v, rows), [sub["W1"][i, j], sub["W1"][k, l]],
                                   rtol=2e-3, atol=1e-7)
    # arrays broadcast; the grid is row-major (rows are v)
    us = np.array([s.u0 - 1, s.u0, s.u0 + 1])
    vs = np.array([s.v0 - 0.5, s.v0 + 0.5])
    Z = s.grid(us, vs)
    assert Z.shape == (2, 3)
    np.testing.assert_allclose(Z[1, 2], s.value(us[2], vs[1]), rtol=1e-6)
    np.testing.assert_allclose(s.value(us[None, :], vs[:, None]), Z, rtol=1e-6)


def test_a_weight_from_a_blank_pixel_does_not_change_the_loss(data, trained):
    _, x, t = data
    net = trained[0]
    assert not x[:, CORNER].any()
    s = L.WeightPairSurface(net, x, t, (CORNER, 2), (CENTRE, 2))
    assert s.pixels_blank == (True, False)
    row = s.value(np.linspace(s.u0 - 2, s.u0 + 2, 7), s.v0)
    np.testing.assert_allclose(row, row[0], rtol=1e-7)
    col = s.value(s.u0, np.linspace(s.v0 - 2, s.v0 + 2, 7))
    assert np.ptp(col) > 1e-3
    assert s.point_gradient(s.start)[0] == 0.0


def test_weight_pair_surface_refuses_bad_choices(data):
    _, x, t = data
    net = MLP([784, 8, 10], seed=0)
    with pytest.raises(ValueError, match="different"):
        L.WeightPairSurface(net, x, t, (5, 1), (5, 1))
    with pytest.raises(ValueError, match="does not exist"):
        L.WeightPairSurface(net, x, t, (784, 1), (5, 1))
    with pytest.raises(ValueError, match="does not exist"):
        L.WeightPairSurface(net, x, t, (5, 8), (5, 1))
    with pytest.raises(ValueError, match="radius"):
        L.WeightPairSurface(net, x, t, (5, 1), (6, 1), radius=0.0)


@pytest.mark.parametrize("optimizer", list(OPTIMIZERS))
def test_every_optimizer_runs_on_the_two_weight_slice_from_the_trained_point(data, trained, optimizer):
    _, x, t = data
    net = trained[0]
    s = L.WeightPairSurface(net, x, t, (CENTRE, 3), (NEAR, 3), radius=2.0)
    # start off the trained point, so there is a slope to go down
    start = (s.u0 + 1.5, s.v0 - 1.5)
    run = DescentRun(s, optimizer, lr=s.suggested_lr(optimizer), start=start)
    assert run.loss == pytest.approx(float(s.value(*start)))
    done = run.run(40)
    assert done == 40 and run.status != DIVERGED, run.reason
    assert np.isfinite(run.loss) and run.loss < run.start_loss
    # from the trained point itself the run stays close and finite; back() undoes exactly
    run.reset(s.start)
    assert run.loss == pytest.approx(net.loss(x, t), rel=1e-5)
    first = run.step()
    assert first is not None and np.isfinite(first.loss)
    assert run.back() and run.point == s.start


def test_mini_batches_on_the_weight_slice(data, trained):
    _, x, t = data
    s = L.WeightPairSurface(trained[0], x, t, (CENTRE, 3), (NEAR, 3))
    run = DescentRun(s, "sgd", lr=s.default_lr, start=(s.u0 + 1, s.v0 + 1), batch_size=50, seed=3)
    assert run.uses_batches
    records = [run.step() for _ in range(5)]
    assert all(r.batch == 50 for r in records)
    assert run.loss < run.start_loss
