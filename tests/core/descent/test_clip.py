"""clip_polyline: the parts of a path inside a box, on the true path."""
import numpy as np

from core.descent.clip import clip_polyline

BOX = (0.0, 10.0, 0.0, 10.0)


def test_a_path_inside_is_unchanged():
    x, y, joined = clip_polyline([1, 2, 3], [1, 5, 2], BOX)
    np.testing.assert_array_equal(x, [1, 2, 3])
    np.testing.assert_array_equal(y, [1, 5, 2])
    assert joined.tolist() == [True, True, False]


def test_a_path_that_leaves_is_cut_at_the_border_on_its_own_line():
    """From (5, 5) to (5, 1e9): the piece drawn ends at (5, 10), straight up, not in a corner."""
    x, y, _ = clip_polyline([2, 5, 5], [2, 5, 1e9], BOX)
    np.testing.assert_allclose(x, [2, 5, 5])
    np.testing.assert_allclose(y, [2, 5, 10])


def test_a_diagonal_exit_keeps_its_direction():
    x, y, _ = clip_polyline([4, 40], [4, 13], BOX)  # slope 9/36 = 0.25: leaves through x = 10 at y = 5.5
    np.testing.assert_allclose([x[-1], y[-1]], [10, 5.5])


def test_pieces_outside_are_dropped_and_a_return_starts_a_new_piece():
    """Out of the box and back in: two pieces, not joined; a segment wholly outside (and one
    with a non-finite end) gives nothing. Every point drawn is finite and inside."""
    x, y, joined = clip_polyline([5, 5, 20, 20, 5, 5], [5, 20, 20, 5, 5, np.inf], BOX)
    np.testing.assert_allclose(np.column_stack([x, y]), [[5, 5], [5, 10], [10, 5], [5, 5]])
    assert joined.tolist() == [True, False, True, False]
    assert np.all(np.isfinite(x)) and np.all((x >= 0) & (x <= 10) & (y >= 0) & (y <= 10))


def test_a_single_point_is_kept_only_inside():
    assert clip_polyline([3], [3], BOX)[0].tolist() == [3.0]
    assert clip_polyline([30], [3], BOX)[0].size == 0
    assert clip_polyline([], [], BOX)[0].size == 0
