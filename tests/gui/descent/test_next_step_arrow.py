"""The arrow and the readout show the update the optimizer applies next, with its state."""
import numpy as np
import pytest


def _select(combo, key):
    i = combo.findData(key)
    assert i >= 0, key
    combo.setCurrentIndex(i)


def _setup(panel, surface, optimizer, lr, start):
    _select(panel.controls.surface, surface)
    _select(panel.controls.optimizer, optimizer)
    panel.controls.set_lr(lr)
    panel.place_ball(*start)
    panel.redraw_now()


@pytest.mark.parametrize("optimizer, lr", [("adam", 0.3), ("rmsprop", 0.1), ("adagrad", 1.5),
                                           ("nesterov", 0.1), ("momentum", 0.1), ("sgd", 0.9)])
def test_the_arrow_is_the_move_the_ball_makes(panel, optimizer, lr):
    _setup(panel, "book", optimizer, lr, (-2.0, 0.5))
    for _ in range(3):  # after a few steps too (momentum's velocity, Adam's averages)
        x, y, dx, dy = panel.contour.arrows[0]
        assert (x, y) == panel.run.point
        panel.step()
        panel.redraw_now()
        px, py = panel.run.point
        assert (px - x, py - y) == (dx, dy), optimizer  # exactly the change the step made


def test_adam_arrow_on_the_book_surface_is_not_minus_lr_gradient(panel):
    _setup(panel, "book", "adam", 0.3, (-2.0, 0.5))
    np.testing.assert_allclose(panel.contour.arrows[0][2:], (0.3, -0.3), rtol=1e-6)


def test_the_readout_writes_out_the_optimizer_state(panel):
    _setup(panel, "book", "momentum", 0.1, (-2.0, 0.5))
    panel.step()
    panel.redraw_now()
    rec = panel.run.preview()
    v_new = rec.memory("v")[0]
    assert f"v_x ← 0.9 × 0.0200 − 0.1000 × ({rec.grad[0]:.4f}) = {v_new:.4f}" in panel.readout.plain
    _select(panel.controls.optimizer, "adam")
    panel.redraw_now()
    text = panel.readout.plain
    assert "m̂_x = " in text and "v̂_y = " in text and "β₁ = 0.9" in text
    _select(panel.controls.optimizer, "rmsprop")
    panel.redraw_now()
    assert "h_x ← 0.99 × " in panel.readout.plain


def test_mini_batch_readout_names_both_gradients(panel):
    _select(panel.controls.surface, "neuron")
    _select(panel.controls.preset, "classes")
    panel.controls.batch.setValue(1)
    panel.step()
    panel.redraw_now()
    text = panel.readout.plain
    rec = panel.run.preview()
    full = panel.run.gradient
    assert f"gradient of all the data = ({full[0]:.4f}, {full[1]:.4f})" in text
    assert f"gradient of this batch (a batch of 1 of 10 points) = ({rec.grad[0]:.4f}, {rec.grad[1]:.4f})" in text
    x, y, dx, dy = panel.contour.arrows[0]
    np.testing.assert_allclose((dx, dy), -rec.lr * np.asarray(rec.grad), rtol=1e-12)
