"""core.landscape.landscape: directions, PCA of the path, the loss on a plane, the two-weight surface."""
import numpy as np
import pytest

from core.landscape import landscape as L
from core.data.datasets import load_sample
from core.descent.descent_run import DIVERGED, DescentRun
from core.nn.network import MLP
from core.nn.optimizers import OPTIMIZERS
from core.training.training import TrainConfig, Trainer, make_network


@pytest.fixture(scope="module")
def data():
    ds = load_sample()
    x, t, idx = L.fixed_subset(ds.x_train, ds.y_train, 300, seed=1)
    return ds, x, t


@pytest.fixture(scope="module")
def trained(data):
    """A 784-32-10 net after one short epoch, with its trajectory."""
    ds = data[0]
    config = TrainConfig(hidden=(32,), epochs=1, dropout=0.0, augment=False, eval_subset=100, batch_size=200)
    net = make_network(config)
    trainer = Trainer(net, ds, config, keep_trajectory=True, trajectory_every=1)
    for _ in trainer.run():
        pass
    assert len(trainer.trajectory) == 41
    return net, trainer.trajectory


def flat(d):
    return np.concatenate([np.ravel(d[k]).astype(np.float64) for k in L.param_keys(d)])


def net_with(net, params):
    twin = net.copy()
    twin.set_params(params)
    return twin


# ---------------------------------------------------------------- directions
def test_random_direction_is_filter_normalised_per_output_unit():
    net = MLP([20, 7, 5, 3], seed=4)
    net.params["W2"][:, 2] = 0.0  # a unit whose incoming weights are all zero
    d = L.random_direction(net.params, 0)
    assert set(d) == set(net.params)
    for key in ("W1", "W2", "W3"):
        w, dk = net.params[key], d[key]
        assert dk.shape == w.shape and dk.dtype == np.float32
        np.testing.assert_allclose(np.linalg.norm(dk, axis=0), np.linalg.norm(w, axis=0), rtol=1e-5,
                                   err_msg=f"columns of {key} (one per output unit)")
        # per column, not per row: the row norms do not match in general
        assert not np.allclose(np.linalg.norm(dk, axis=1), np.linalg.norm(w, axis=1), rtol=1e-2)
    assert not d["W2"][:, 2].any(), "a unit with zero weights gets a zero direction"
    for key in ("b1", "b2", "b3"):
        assert not d[key].any(), "biases are not perturbed"
    other = L.random_direction(net.params, 1)
    assert not np.allclose(d["W1"], other["W1"])
    np.testing.assert_array_equal(d["W1"], L.random_direction(net.params, 0)["W1"])


def test_random_plane_has_two_different_normalised_directions():
    net = MLP([20, 7, 3], seed=0)
    plane = L.random_plane(net.params, seed=5)
    assert plane.kind == "random" and plane.explained is None
    for d in (plane.d1, plane.d2):
        np.testing.assert_allclose(np.linalg.norm(d["W1"], axis=0), np.linalg.norm(net.params["W1"], axis=0),
                                   rtol=1e-5)
    cos = L.dot(plane.d1, plane.d2) / np.sqrt(L.dot(plane.d1, plane.d1) * L.dot(plane.d2, plane.d2))
    assert abs(cos) < 0.5


# ---------------------------------------------------------------- the loss on a plane
@pytest.mark.parametrize("activation,loss,l2,hidden", [
    ("relu", "cross_entropy", 0.0, (32,)),
    ("tanh", "mse", 0.01, (16, 8)),
    ("sigmoid", "cross_entropy", 0.001, (12,)),
])
def test_slice_at_the_origin_equals_the_models_loss(data, activation, loss, l2, hidden):
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


# ---------------------------------------------------------------- PCA and the path
def test_pca_of_a_planar_trajectory_reconstructs_every_snapshot():
    rng = np.random.default_rng(0)
    final = {"W1": rng.normal(size=(6, 4)).astype(np.float32), "b1": rng.normal(size=4).astype(np.float32),
             "W2": rng.normal(size=(4, 3)).astype(np.float32), "b2": rng.normal(size=3).astype(np.float32)}
    e1 = {k: rng.normal(size=v.shape) for k, v in final.items()}
    e2 = {k: rng.normal(size=v.shape) for k, v in final.items()}
    coords = [(3.0 * (1 - s) ** 2, np.sin(4 * s)) for s in np.linspace(0, 1, 12)[:-1]]
    traj = [{k: (final[k] + a * e1[k] + b * e2[k]).astype(np.float32) for k in final} for a, b in coords]
    plane = L.pca_plane(traj, final)
    assert plane.kind == "pca"
    # unit, orthogonal directions; the two components explain all the variance
    np.testing.assert_allclose([L.dot(plane.d1, plane.d1), L.dot(plane.d2, plane.d2)], [1, 1], rtol=1e-5)
    assert abs(L.dot(plane.d1, plane.d2)) < 1e-5
    assert plane.explained[0] >= plane.explained[1] > 0
    np.testing.assert_allclose(sum(plane.explained), 1.0, rtol=1e-6)
    path = L.project(plane, [*traj, final])
    np.testing.assert_allclose(path[-1], [0, 0], atol=1e-6)
    for (a, b), w in zip(path, traj):  # each projected point lands on its own weights
        recon = flat(plane.point(a, b))
        np.testing.assert_allclose(recon, flat(w), atol=2e-5)
    assert path[0, 0] >= 0 and path[0, 1] >= 0, "sign convention: the start has coordinates >= 0"


def test_pca_of_a_real_run_matches_an_svd_and_the_path_ends_at_the_centre(trained):
    net, traj = trained
    plane = L.pca_plane(traj, net.params)
    final = flat(net.params)
    M = np.stack([flat(w) for w in traj[:-1]]) - final  # the last snapshot is the final weights
    assert not np.any(flat(traj[-1]) - final), "the trainer's last snapshot is the end of the run"
    Mc = M - M.mean(axis=0)
    _, s, vt = np.linalg.svd(Mc, full_matrices=False)
    np.testing.assert_allclose(plane.explained, (s[:2] ** 2) / np.sum(s ** 2), rtol=1e-4)
    for r, d in enumerate((plane.d1, plane.d2)):
        cos = np.dot(flat(d), vt[r]) / np.linalg.norm(flat(d))
        assert abs(cos) > 0.999, f"component {r + 1}"
    path = L.project(plane, [*traj, net.params])
    np.testing.assert_allclose(path[-1], [0, 0], atol=1e-7)
    # the start: its coordinates are its dot products with the directions, and what the
    # plane misses of it is orthogonal to the plane
    diff0 = flat(traj[0]) - final
    np.testing.assert_allclose(path[0], [np.dot(diff0, flat(plane.d1)), np.dot(diff0, flat(plane.d2))], rtol=1e-5)
    residual = flat(traj[0]) - flat(plane.point(*path[0]))
    assert abs(np.dot(residual, flat(plane.d1))) < 1e-4 * np.linalg.norm(diff0)
    assert abs(np.dot(residual, flat(plane.d2))) < 1e-4 * np.linalg.norm(diff0)
    # the start is far out (training moved the weights), the path comes in to the centre
    assert np.hypot(*path[0]) > 5 * np.hypot(*path[-2])


def test_pca_refuses_too_short_or_motionless_paths():
    net = MLP([5, 4, 3], seed=0)
    with pytest.raises(ValueError, match="snapshots"):
        L.pca_plane([net.params, net.params], net.params)
    with pytest.raises(ValueError, match="snapshots"):
        L.pca_plane([])
    still = [{k: v.copy() for k, v in net.params.items()} for _ in range(6)]
    with pytest.raises(ValueError, match="two directions|hardly moved"):
        L.pca_plane(still, net.params)
    other = MLP([5, 6, 3], seed=0)
    with pytest.raises(ValueError, match="does not fit"):
        L.pca_plane([other.params] * 4, net.params)


def test_project_gives_back_plane_coordinates_on_a_random_plane():
    net = MLP([10, 6, 3], seed=1)
    plane = L.random_plane(net.params, seed=2)
    pts = [(0.3, -0.7), (-1.2, 0.05), (0.0, 0.0)]
    got = L.project(plane, [plane.point(a, b) for a, b in pts])
    np.testing.assert_allclose(got, pts, atol=1e-5)


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


def test_fixed_subset_is_the_same_every_time():
    x = np.arange(50, dtype=np.float32).reshape(25, 2)
    t = np.arange(25)
    a = L.fixed_subset(x, t, 10, seed=3)
    b = L.fixed_subset(x, t, 10, seed=3)
    np.testing.assert_array_equal(a[2], b[2])
    assert np.all(np.diff(a[2]) > 0) and len(a[2]) == 10
    np.testing.assert_array_equal(a[0][:, 0], 2 * a[2])
    assert len(L.fixed_subset(x, t, 100)[2]) == 25


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
