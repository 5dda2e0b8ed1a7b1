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


def test_converged_is_green_and_banners_move_no_plot(panel, qtbot):
    _select(panel.controls.surface, "bowl")
    panel.controls.set_lr(0.05)
    panel.controls.race.setChecked(True)   # then one racer:
    panel.controls.set_racers([("sgd", 5.0)])
    panel._on_race_changed()               # ... SGD at 5 diverges while run 1 (SGD 0.05) converges
    qtbot.wait(20)
    before = (panel.contour.geometry(), panel.loss_plot.geometry())
    for _ in range(400):
        panel.step()
    panel.redraw_now()
    qtbot.wait(20)
    statuses = dict((st, text) for st, text in panel.banner_lines)
    assert set(statuses) == {"converged", "diverged"}
    assert panel.banner.isVisible()
    chunks = panel.banner.text().split("<p")[1:]
    good = [c for c in chunks if "converged" in c]
    bad = [c for c in chunks if "diverged" in c]
    assert len(good) == len(bad) == 1
    assert "#2e7d32" in good[0] and "#c62828" not in good[0]   # success is not drawn as an error
    assert "#c62828" in bad[0]
    assert (panel.contour.geometry(), panel.loss_plot.geometry()) == before


def test_one_diverged_racer_leaves_the_other_curves_at_their_true_values(panel):
    _select(panel.controls.surface, "bowl")
    panel.controls.set_lr(0.05)
    panel.controls.race.setChecked(True)
    panel.controls.set_racers([("sgd", 5.0), ("adam", 0.3)])
    panel._on_race_changed()
    for _ in range(400):
        panel.step()
    panel.redraw_now()
    assert [r.status for r in panel.runs] == ["converged", "diverged", "converged"]
    assert panel.loss_plot.clipped_runs() == [1]
    for i in (0, 2):   # drawn at the run's own losses (SGD ends near 1e-30: it used to be floored at 1e-5)
        _, ys = panel.loss_plot.curve_data(i)
        true = panel.runs[i].trail.loss
        assert panel.runs[i].loss < 1e-15
        np.testing.assert_allclose(10 ** ys[:-1], true[: len(ys) - 1], rtol=1e-9)
    _, ys = panel.loss_plot.curve_data(1)
    assert 10 ** ys.max() < panel.runs[1].loss   # the diverged one is cut off at the top


def test_gradient_field_arrows_are_proportional_to_the_gradient(panel):
    from core.descent.surfaces import make_surface

    _select(panel.controls.surface, "bowl")
    panel.controls.quiver.setChecked(True)
    panel.redraw_now()
    x, y = panel.contour.quiver.getData()
    seg = np.column_stack([x, y]).reshape(-1, 6, 2)  # per arrow: shaft, two head strokes (3 pairs)
    starts, tips = seg[:, 0], seg[:, 1]
    lengths = np.hypot(*(tips - starts).T)
    g = np.array([make_surface("bowl").point_gradient(p) for p in starts])
    ratio = lengths / np.hypot(*g.T)
    np.testing.assert_allclose(ratio, panel.quiver_scale, rtol=1e-9)   # one scale for every arrow
    assert "length ∝ |∇L|" in panel.quiver_legend and panel.contour.quiver_legend.isVisible()


def test_the_schedule_shows_its_parameters_and_the_rate_in_use(panel):
    _select(panel.controls.surface, "book")
    panel.controls.set_lr(0.5)
    _select(panel.controls.schedule, "step")
    panel.controls.race.setChecked(True)
    for _ in range(100):
        panel.step()
    panel.redraw_now()
    info = panel.controls.schedule_info.text()
    assert "s = 100, γ = 0.5" in info and "rate of step 101: η = 0.25" in info
    assert panel.run.optimizer.current_lr == 0.25
    assert panel.legend.texts()[0][0] == "SGD (lr 0.5, now 0.25)"   # the legend said "lr 0.5" only
    assert "lr 0.2500" in panel.readout.plain
