"""core.landscape.landscape: the loss on a plane, the whole job (compute_landscape), the picture's grid."""
import numpy as np
import pytest

from core.landscape import landscape as L
from core.nn.network import MLP

CENTRE = 14 * 28 + 14            # a pixel with ink in most digits (as in test_weight_pair.py)
NEAR = 12 * 28 + 15


# ---------------------------------------------------------------- the loss on a plane
@pytest.mark.parametrize("activation,loss,l2,hidden", [
    ("relu", "cross_entropy", 0.0, (32,)),
    ("tanh", "mse", 0.01, (16, 8)),
    ("sigmoid", "cross_entropy", 0.001, (12,)),
])
def test_slice_at_the_origin_equals_the_models_loss(data, activation, loss, l2, hidden, net_with):
    _, x, t = data
    net = MLP([784, *hidden, 10], activation=activation, loss=loss, l2=l2, seed=2)
    plane = L.random_plane(net.params, seed=0)
    pl = L.PlaneLoss(net, plane, x, t)
    alphas = np.linspace(-1, 1, 5)
    Z = pl.grid(alphas, np.linspace(-0.5, 0.5, 3))
    assert Z.shape == (3, 5)
    model_loss = net.loss(x, t)
    np.testing.assert_allclose(Z[1, 2], model_loss, rtol=1e-5)
    np.testing.assert_allclose(pl.value(0.0, 0.0), model_loss, rtol=1e-5)
    # every grid point is the model's loss with the combined weights (row = beta, column = alpha)
    for i, beta in enumerate((-0.5, 0.0, 0.5)):
        for j in (0, 3):
            expected = net_with(net, plane.point(alphas[j], beta)).loss(x, t)
            np.testing.assert_allclose(Z[i, j], expected, rtol=2e-4, err_msg=f"alpha={alphas[j]}, beta={beta}")
    assert Z[1, 2] < Z.max(), "the slice is not flat"


def test_slice_through_the_trained_weights_is_lowest_near_the_centre(data, trained):
    _, x, t = data
    net, _ = trained
    plane = L.random_plane(net.params, seed=3)
    Z = L.PlaneLoss(net, plane, x, t).grid(np.linspace(-1, 1, 9), np.linspace(-1, 1, 9))
    assert Z[4, 4] < Z[0, 0] and Z[4, 4] < Z[8, 8] and Z[4, 4] < Z[0, 8]
    assert Z[4, 4] <= np.percentile(Z, 20)


# ---------------------------------------------------------------- the whole job
def test_compute_landscape_pca_yields_progress_then_the_slice(data, trained):
    ds = data[0]
    net, traj = trained
    spec = L.LandscapeSpec(kind="pca", resolution=7, samples=200, span=1.2)
    items = list(L.compute_landscape(spec, net, ds.x_train, ds.y_train, trajectory=traj))
    *progress, result = items
    assert all(isinstance(p, L.Progress) for p in progress)
    assert [p.done for p in progress if p.stage == "grid"] == list(range(1, 8))
    assert isinstance(result, L.Landscape)
    assert result.Z.shape == (7, 7) and result.n_samples == 200
    x, t, _ = L.fixed_subset(ds.x_train, ds.y_train, 200, 0)
    np.testing.assert_allclose(result.Z[3, 3], net.loss(x, t), rtol=1e-5)
    np.testing.assert_allclose(result.center_loss, net.loss(x, t), rtol=1e-5)
    assert result.path.shape == (len(traj), 2)  # last snapshot == final weights: not repeated
    np.testing.assert_array_equal(result.path[-1], [0.0, 0.0])
    # the grid covers the path with the margin asked for
    assert result.xs[-1] == pytest.approx(1.2 * np.max(np.abs(result.path[:, 0])))
    assert sum(result.explained) <= 1.0 + 1e-9
    assert result.path_loss.shape == (len(traj),)
    np.testing.assert_allclose(result.path_loss[-1], result.center_loss, rtol=1e-6)
    assert progress[0].stage == "directions"


def test_compute_landscape_weights_and_random(data, trained):
    ds = data[0]
    net, traj = trained
    spec = L.LandscapeSpec(kind="weights", resolution=5, samples=150, span=0.5, first=(CENTRE, 1), second=(NEAR, 2))
    *_, result = L.compute_landscape(spec, net, ds.x_train, ds.y_train)
    s = result.surface
    assert isinstance(s, L.WeightPairSurface) and s.first == (CENTRE, 1)
    assert result.xs[2] == pytest.approx(s.u0) and result.ys[2] == pytest.approx(s.v0)
    np.testing.assert_allclose(result.Z[2, 2], result.center_loss, rtol=1e-6)
    spec = L.LandscapeSpec(kind="random", resolution=5, samples=150, span=0.5, seed=4)
    *_, result = L.compute_landscape(spec, net, ds.x_train, ds.y_train, trajectory=traj)
    assert result.plane.kind == "random" and result.explained is None
    assert result.path is not None and np.allclose(result.path[-1], 0)


def test_landscape_spec_checks_its_values():
    with pytest.raises(ValueError, match="kind"):
        L.LandscapeSpec(kind="hessian")
    with pytest.raises(ValueError, match="resolution"):
        L.LandscapeSpec(resolution=2)
    with pytest.raises(ValueError, match="span"):
        L.LandscapeSpec(span=float("nan"))


def test_upsampled_grid_keeps_the_computed_values_and_interpolates_between():
    xs = np.array([0.0, 1.0, 3.0])
    ys = np.array([-1.0, 1.0])
    Z = np.array([[0.0, 2.0, 4.0], [10.0, 12.0, 20.0]])
    fx, fy, F = L.upsample_grid(xs, ys, Z, factor=4)
    assert F.shape == (5, 9) and (fx[0], fx[-1], fy[0], fy[-1]) == (0, 3, -1, 1)
    assert F[0, 0] == 0 and F[-1, -1] == 20 and F[0, -1] == 4 and F[-1, 0] == 10
    # along the computed rows: piecewise linear in x through the computed points
    np.testing.assert_allclose(F[0], np.interp(fx, xs, Z[0]))
    np.testing.assert_allclose(F[-1], np.interp(fx, xs, Z[1]))
    # halfway in y: the mean of the two rows
    np.testing.assert_allclose(F[2], (F[0] + F[-1]) / 2)


def test_a_cancel_is_seen_inside_the_directions_stage():
    """The PCA stage (Gram matrix, directions, projection) checks should_stop itself: closing the
    window used to wait 3.5-6 s there (issue 21). The generator ends without a Landscape."""
    from core.landscape.landscape import Landscape, LandscapeSpec, compute_landscape
    from core.nn.network import MLP

    net = MLP([784, 32, 10], seed=0)
    rng = np.random.default_rng(0)
    trajectory = [{k: v + rng.normal(0, 0.01, v.shape).astype(np.float32) for k, v in net.params.items()}
                  for _ in range(6)]
    x = rng.random((50, 784), dtype=np.float32)
    t = rng.integers(0, 10, 50)
    calls = []

    def should_stop():
        calls.append(1)
        return len(calls) > 3  # asked again while the directions are found: stop there

    items = list(compute_landscape(LandscapeSpec(kind="pca", resolution=5, samples=50), net, x, t,
                                   trajectory, should_stop=should_stop))
    assert not any(isinstance(i, Landscape) for i in items)
    assert [i.stage for i in items] == ["directions"]  # no grid row was computed
    assert len(calls) == 4
    done = list(compute_landscape(LandscapeSpec(kind="pca", resolution=5, samples=50), net, x, t, trajectory,
                                  should_stop=lambda: False))
    assert isinstance(done[-1], Landscape)


def test_the_path_carries_the_snapshots_own_loss_beside_the_planes(data, trained, net_with):
    """path_loss is the loss at each snapshot's projection onto the plane; path_true_loss the
    loss at the snapshot itself (the network's real loss along its training)."""
    ds = data[0]
    net, traj = trained
    for kind in ("pca", "random"):
        spec = L.LandscapeSpec(kind=kind, resolution=5, samples=200, span=1.2)
        *progress, result = list(L.compute_landscape(spec, net, ds.x_train, ds.y_train, trajectory=traj))
        x, t, _ = L.fixed_subset(ds.x_train, ds.y_train, 200, 0)
        expected = [net_with(net, p).loss(x, t) for p in traj]
        np.testing.assert_allclose(result.path_true_loss, expected, rtol=1e-12)
        np.testing.assert_allclose(result.path_true_loss[-1], result.center_loss, rtol=1e-5)
        assert [p.done for p in progress if p.stage == "path"] == list(range(1, len(traj) + 1))
    # on the random plane the shadow of the start is not the start: the two differ there
    assert abs(result.path_loss[0] - result.path_true_loss[0]) > 1e-3 * result.path_true_loss[0]
