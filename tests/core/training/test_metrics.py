import numpy as np
import pytest

from core.training.metrics import accuracy, confusion_matrix, mean_absolute_error, per_class_accuracy


def test_accuracy_counts_matches():
    assert accuracy([1, 2, 3, 4], [1, 2, 0, 4]) == pytest.approx(0.75)
    assert accuracy([], []) == 0.0
    with pytest.raises(ValueError):
        accuracy([1, 2], [1])


def test_confusion_rows_are_true_classes():
    c = confusion_matrix([0, 1, 1, 2, 2, 2], [0, 0, 1, 2, 2, 1], num_classes=3)
    np.testing.assert_array_equal(c, [[1, 1, 0], [0, 1, 1], [0, 0, 2]])
    assert c.sum() == 6
    np.testing.assert_allclose(per_class_accuracy(c), [0.5, 0.5, 1.0])
    assert np.isnan(per_class_accuracy(np.zeros((2, 2)))).all()


def test_mae():
    assert mean_absolute_error([[0.9, 0.1]], [[1.0, 0.0]]) == pytest.approx(0.1)
