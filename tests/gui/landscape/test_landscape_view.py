"""The Landscape tab's picture side: caption, axes, loss lines and the words for failures."""
import numpy as np
import pytest

from core.landscape import landscape as L
from core.nn.network import MLP
from gui.landscape.landscape_view import LandscapeView


@pytest.fixture
def view(qtbot):
    import pyqtgraph as pg

    pg.setConfigOptions(imageAxisOrder="row-major")
    v = LandscapeView()
    qtbot.addWidget(v)
    v.resize(900, 600)
    v.show()
    yield v
    v.close()


@pytest.fixture(scope="module")
def random_slice():
    rng = np.random.default_rng(0)
    net = MLP([784, 8, 10], seed=1)
    x, t = rng.random((60, 784)).astype(np.float32), rng.integers(0, 10, 60)
    spec = L.LandscapeSpec(kind="random", resolution=5, samples=60, span=0.5)
    return [item for item in L.compute_landscape(spec, net, x, t) if isinstance(item, L.Landscape)][0]


def test_a_random_slice_is_drawn_and_described(view, random_slice):
    view.show_slice(random_slice)
    text = view.caption.text()
    assert "random plane" in text
    assert f"{float(np.nanmin(random_slice.Z)):.3g}" in text and f"{random_slice.center_loss:.4g}" in text
    assert "random direction 1" in view.contour.getPlotItem().getAxis("bottom").labelText


def test_loss_lines_drop_non_finite_points_and_mark_the_end(view):
    view.set_loss_curves([([0, 1, 2, 3], [1.0, np.nan, 0.5, np.inf], (0, 0, 255))], "step")
    x, y = view.loss_curve(0)
    np.testing.assert_array_equal(x, [0, 2]) and np.testing.assert_array_equal(y, [1.0, 0.5])
    dot_x, dot_y = view._loss_dot.getData()
    assert list(dot_x) == [2] and list(dot_y) == [0.5]
    assert view.loss_curve(1)[0].size == 0
    view.set_loss_curves([])
    assert view.loss_curve(0)[0].size == 0


def test_empty_view_says_what_to_press(view):
    view.show_empty(has_model=False)
    assert "Train a network" in view.caption.text()
    view.show_empty(has_model=True)
    assert "Press Compute" in view.caption.text()


def test_failures_are_worded(view):
    assert "memory" in view.failure_text(MemoryError())
    assert "4" in view.failure_text(L.PathError("few_snapshots", "x", count=2))
    assert "hardly moved" in view.failure_text(L.PathError("no_spread", "x"))
    assert view.failure_text(ValueError("odd")).endswith("odd")


def test_the_two_weight_descent_arrow_is_the_next_update(view):
    from core.descent.descent_run import DescentRun
    from core.descent.surfaces import make_surface

    run = DescentRun(make_surface("book"), "adam", lr=0.3, start=(-2.0, 0.5))
    for _ in range(3):
        view.show_descent(run, 0.0, (-10, 10, -10, 10), (200, 30, 30))
        x, y, dx, dy = view.contour.arrows[0]
        p0 = run.point
        run.step()
        assert (x, y) == p0 and (run.point[0] - x, run.point[1] - y) == (dx, dy)
    assert abs(dx) > 5 * 0.3 * abs(run.last_record.grad[0])   # not −lr·gradient (Adam's step is ~lr)
