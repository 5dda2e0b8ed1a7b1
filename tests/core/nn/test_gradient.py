import numpy as np

from core.nn.gradient import gradient_descent, numerical_gradient


def test_numerical_gradient_of_book_function():
    f = lambda x: x[0] ** 2 + x[1] ** 2  # noqa: E731
    np.testing.assert_allclose(numerical_gradient(f, np.array([3.0, 4.0])), [6.0, 8.0], rtol=1e-6)
    np.testing.assert_allclose(numerical_gradient(f, np.array([0.0, 2.0])), [0.0, 4.0], atol=1e-6)


def test_numerical_gradient_restores_input_and_handles_2d():
    x = np.arange(6, dtype=float).reshape(2, 3)
    before = x.copy()
    g = numerical_gradient(lambda v: float(np.sum(v ** 3)), x)
    np.testing.assert_array_equal(x, before)
    np.testing.assert_allclose(g, 3 * before ** 2, rtol=1e-6, atol=1e-6)


def test_gradient_descent_course_example():
    init = np.array([100.0, -10.0])
    x = gradient_descent(lambda x: (x[0] - 2) ** 2 + 4 * (x[1] - 3) ** 2, init, 0.01, 1000)
    np.testing.assert_allclose(x, [2.00000016, 3.0], rtol=0, atol=1e-7)
    np.testing.assert_array_equal(init, [100.0, -10.0])
