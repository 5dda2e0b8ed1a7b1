import numpy as np
import pytest

from core.nn.gradient import numerical_gradient
from core.descent.isolines import band_index, contour_levels, finite_filled, isoline_segments, isolines
from core.descent.surfaces import SURFACES, Morph, make_surface, surface_names

RNG = np.random.default_rng(7)


def _points_in_view(surface, n=6):
    xmin, xmax, ymin, ymax = surface.view
    return np.column_stack([RNG.uniform(xmin, xmax, n), RNG.uniform(ymin, ymax, n)])


def _hessian(surface, p, h=1e-5):
    cols = [(surface.point_gradient(p + h * e) - surface.point_gradient(p - h * e)) / (2 * h) for e in np.eye(2)]
    H = np.column_stack(cols)
    return 0.5 * (H + H.T)


@pytest.mark.parametrize("name", sorted(SURFACES))
def test_exact_gradient_matches_numerical_gradient(name):
    surface = make_surface(name)
    if isinstance(surface, Morph):
        surface.set_t(0.7)
    for p in [*_points_in_view(surface), np.array(surface.start)]:
        p = p.astype(np.float64)
        numeric = numerical_gradient(lambda v: float(surface.value(v[0], v[1])), p.copy())
        np.testing.assert_allclose(surface.point_gradient(p), numeric, rtol=1e-5, atol=1e-6, err_msg=f"{name} at {p}")


@pytest.mark.parametrize("name", sorted(SURFACES))
def test_view_start_and_minima_are_consistent(name):
    surface = make_surface(name)
    xmin, xmax, ymin, ymax = surface.view
    assert xmin < xmax and ymin < ymax
    assert xmin <= surface.start[0] <= xmax and ymin <= surface.start[1] <= ymax
    assert surface.display_name and surface.formula and surface.default_lr > 0
    for m in surface.minima:
        m = np.array(m)
        assert xmin <= m[0] <= xmax and ymin <= m[1] <= ymax, name
        assert np.linalg.norm(surface.point_gradient(m)) < 1e-6, f"{name}: gradient not zero at {m}"
        assert np.all(np.linalg.eigvalsh(_hessian(surface, m)) > 0), f"{name}: {m} is not a minimum"


def test_known_minima_values():
    assert make_surface("bowl").minima == [(2.0, 3.0)]
    assert make_surface("bowl").point_value((2.0, 3.0)) == 0.0
    himmelblau = make_surface("himmelblau")
    assert len(himmelblau.minima) == 4
    for m in himmelblau.minima:
        assert himmelblau.point_value(m) < 1e-20
    assert make_surface("rosenbrock").minima == [(1.0, 1.0)]
    assert make_surface("saddle").minima == []
    # the saddle's only flat point curves up in x and down in y
    eig = np.linalg.eigvalsh(_hessian(make_surface("saddle"), np.zeros(2)))
    np.testing.assert_allclose(eig, [-2.0, 2.0], atol=1e-6)


def test_bowl_is_the_course_function():
    bowl = make_surface("bowl")
    assert bowl.point_value((100.0, -10.0)) == (100 - 2) ** 2 + 4 * (-10 - 3) ** 2
    np.testing.assert_array_equal(bowl.point_gradient((100.0, -10.0)), [196.0, -104.0])
    book = make_surface("book")
    assert book.point_value((-7.0, 2.0)) == pytest.approx(49 / 20 + 4)


def test_plateau_is_flat_far_from_the_valley():
    plateau = make_surface("plateau")
    far = np.linalg.norm(plateau.point_gradient((7.0, 2.8)))
    near = np.linalg.norm(plateau.point_gradient((2.0, 0.3)))
    assert far < 1e-10 < 0.1 < near
    assert plateau.point_value((7.0, 2.8)) == pytest.approx(1.0)


def test_morph_goes_from_one_minimum_to_nine():
    m = Morph(0.0)
    assert m.minima == [(0.0, 0.0)]
    xs = np.linspace(-5, 5, 81)
    # convex at t = 0: every Hessian is positive definite
    assert all(np.all(np.linalg.eigvalsh(_hessian(m, np.array([x, 0.3]))) > 0) for x in xs)
    m.set_t(1.0)
    assert len(m.minima) == 9
    assert (0.0, 0.0) in m.minima
    values = [m.point_value(p) for p in m.minima]
    assert min(values) == m.point_value((0.0, 0.0))  # the centre stays the global minimum
    m.set_t(5.0)
    assert m.t == 1.0  # clipped


def test_grid_is_row_major_float32_and_matches_value():
    surface = make_surface("himmelblau")
    xs = np.linspace(-5, 5, 37)
    ys = np.linspace(-4, 3, 23)
    Z = surface.grid(xs, ys)
    assert Z.shape == (23, 37) and Z.dtype == np.float32
    for i, j in [(0, 0), (5, 30), (22, 36), (11, 2)]:
        assert Z[i, j] == pytest.approx(surface.point_value((xs[j], ys[i])), rel=1e-5)
    U, V = surface.gradient_grid(xs, ys)
    assert U.shape == V.shape == (23, 37)
    np.testing.assert_allclose([U[5, 30], V[5, 30]], surface.point_gradient((xs[30], ys[5])))


def test_make_surface_rejects_unknown_names():
    with pytest.raises(ValueError, match="unknown surface 'nope'.*bowl"):
        make_surface("nope")
    assert surface_names()[-1] == "neuron"
    assert make_surface("neuron").axis_names == ("w", "b")


# -- iso-lines -----------------------------------------------------------------

def test_isoline_of_a_cone_is_a_circle():
    xs = np.linspace(-2, 2, 101)
    ys = np.linspace(-2, 2, 81)
    Z = np.hypot(xs[None, :], ys[:, None])
    seg = isoline_segments(xs, ys, Z, 1.0)
    assert seg.shape[1] == 2 and len(seg) % 2 == 0 and len(seg) > 100
    np.testing.assert_allclose(np.hypot(seg[:, 0], seg[:, 1]), 1.0, atol=2e-3)
    # the segments go all the way round
    angles = np.arctan2(seg[:, 1], seg[:, 0])
    assert np.histogram(angles, bins=12, range=(-np.pi, np.pi))[0].min() > 0


def test_isoline_of_a_plane_is_straight_and_saddle_cells_are_split():
    xs = np.linspace(0, 1, 11)
    ys = np.linspace(0, 1, 11)
    Z = xs[None, :] + 0 * ys[:, None]
    seg = isoline_segments(xs, ys, Z, 0.55)
    np.testing.assert_allclose(seg[:, 0], 0.55)
    assert len(seg) == 2 * 10
    # one cell with a saddle: corners 1, 0 / 0, 1 -> two segments
    seg = isoline_segments([0.0, 1.0], [0.0, 1.0], np.array([[1.0, 0.0], [0.0, 1.0]]), 0.5)
    assert len(seg) == 4


def test_contour_levels_linear_and_log():
    xs = np.linspace(-3, 7, 120)
    ys = np.linspace(-1, 7, 100)
    Z = make_surface("bowl").grid(xs, ys)
    levels, log = contour_levels(Z, 10)
    assert not log and len(levels) == 10 and np.all(np.diff(levels) > 0)
    assert Z.min() < levels[0] and levels[-1] < Z.max()
    r = make_surface("rosenbrock")
    Z = r.grid(np.linspace(*r.view[:2], 150), np.linspace(*r.view[2:], 150))
    levels, log = contour_levels(Z, 12)
    assert log
    assert levels[0] - Z.min() < 0.01 * (Z.max() - Z.min())  # lines down in the valley
    assert contour_levels(np.ones((5, 5)))[0].size == 0


def test_non_finite_values_never_reach_the_picture():
    Z = np.array([[0.0, 1.0, np.nan], [2.0, np.inf, 3.0], [-np.inf, 1.0, 2.0]])
    filled = finite_filled(Z)
    assert np.all(np.isfinite(filled))
    levels, _ = contour_levels(Z, 4)
    assert np.all(np.isfinite(levels))
    seg = isolines(np.arange(3.0), np.arange(3.0), Z, levels)
    assert np.all(np.isfinite(seg))
    idx = band_index(Z, levels)
    assert idx.shape == Z.shape and idx.max() <= len(levels)
