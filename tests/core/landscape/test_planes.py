"""core.landscape.planes: filter-normalised directions, the PCA plane of a path, projection, subsets."""
import numpy as np
import pytest

from core.landscape import planes as L
from core.nn.network import MLP


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


# ---------------------------------------------------------------- PCA and the path
def test_pca_of_a_planar_trajectory_reconstructs_every_snapshot(flat):
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


def test_pca_of_a_real_run_matches_an_svd_and_the_path_ends_at_the_centre(trained, flat):
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


def test_fixed_subset_is_the_same_every_time():
    x = np.arange(50, dtype=np.float32).reshape(25, 2)
    t = np.arange(25)
    a = L.fixed_subset(x, t, 10, seed=3)
    b = L.fixed_subset(x, t, 10, seed=3)
    np.testing.assert_array_equal(a[2], b[2])
    assert np.all(np.diff(a[2]) > 0) and len(a[2]) == 10
    np.testing.assert_array_equal(a[0][:, 0], 2 * a[2])
    assert len(L.fixed_subset(x, t, 100)[2]) == 25
