"""Training tab: a wrong prediction shows its true label; a paused run says paused, not a time
left; the idle progress bar says it is not running (Qt's reset value -1 shows no text)."""
import numpy as np
from PySide6.QtGui import QImage

from tests.gui.training.test_training_panel import panel  # noqa: F401 - the fixture


def test_a_wrong_prediction_shows_the_true_label(qtbot):
    from gui.training.prediction_grid import _GridCanvas

    canvas = _GridCanvas()
    qtbot.addWidget(canvas)
    canvas.resize(400, 240)
    images = np.zeros((2, 784), np.float32)
    canvas.set_cells(images, [3, 5], predicted=[3, 8], confidence=[0.9, 0.97])
    assert canvas.cell_text(0) == ("3 90%", "")
    assert canvas.cell_text(1) == ("8 97%", "5")
    canvas.show()
    qtbot.waitExposed(canvas)
    img = canvas.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    rect = canvas._cell_rect(1)
    def greenish(x, y):
        p = img.pixel(x, y)
        r, g, b = (p >> 16) & 255, (p >> 8) & 255, p & 255
        return g > r + 40 and g > b + 30

    corner = [greenish(x, y) for x in range(rect.right() - 12, rect.right())
              for y in range(rect.top() + 1, rect.top() + 13)]
    assert any(corner), "the true label is drawn in the wrong cell's corner"
    first = canvas._cell_rect(0)
    assert not any(greenish(x, y) for x in range(first.right() - 12, first.right())
                   for y in range(first.top() + 2, first.top() + 12)), "a right one has no corner label"


def test_idle_bar_says_not_running_and_paused_says_paused(qtbot, panel):  # noqa: F811
    assert panel.progress.value() == 0 and panel.progress.text().strip(), panel.progress.text()
    assert "not running" in panel.progress.text().lower()
    panel.step()
    qtbot.waitUntil(lambda: panel.current_record().iteration == 1, timeout=10_000)
    panel.redraw.flush()
    qtbot.waitUntil(lambda: "iteration 1" in panel.progress_label.text(), timeout=5_000)
    text = panel.progress_label.text()
    assert "paused" in text and "left" not in text, text
    panel.reset_weights()
