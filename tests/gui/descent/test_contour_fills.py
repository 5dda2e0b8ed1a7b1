"""The contour fills the plot: no white rows or columns at the plot's edges, whatever the
surface's shape (the Book surface is twice as wide as tall, Himmelblau square in a wide plot)."""
import numpy as np
import pytest
from PySide6.QtGui import QImage


def _plot_pixels(panel) -> np.ndarray:
    """The contour's view box as an (h, w, 3) array, from an offscreen grab."""
    view = panel.contour
    rect = view.mapFromScene(view.getPlotItem().vb.sceneBoundingRect()).boundingRect()
    img = view.grab().toImage().convertToFormat(QImage.Format.Format_RGB888)
    arr = np.frombuffer(img.constBits(), np.uint8).reshape(img.height(), img.bytesPerLine())
    arr = arr[:, :img.width() * 3].reshape(img.height(), img.width(), 3)
    ratio = img.width() / view.width()
    top, left = int(np.ceil(rect.top() * ratio)) + 2, int(np.ceil(rect.left() * ratio)) + 2
    bottom, right = int(rect.bottom() * ratio) - 2, int(rect.right() * ratio) - 2
    return arr[top:bottom, left:right]


@pytest.mark.parametrize("surface, size", [("book", (1280, 760)), ("himmelblau", (1280, 760)),
                                           ("bowl", (1000, 900)), ("book", (900, 1000))])
def test_no_white_band_at_the_edges(panel, qtbot, surface, size):
    panel.resize(*size)
    panel.controls.surface.setCurrentIndex(panel.controls.surface.findData(surface))
    qtbot.wait(50)
    panel.redraw_now()
    px = _plot_pixels(panel)
    white = np.all(px >= 250, axis=2)
    edges = {"top": white[:3].all(axis=1), "bottom": white[-3:].all(axis=1),
             "left": white[:, :3].all(axis=0), "right": white[:, -3:].all(axis=0)}
    assert not any(e.any() for e in edges.values()), {k: int(v.sum()) for k, v in edges.items()}
    # the view still frames the surface's own box (it is inside what is shown)
    (x0, x1), (y0, y1) = panel.contour.getPlotItem().vb.viewRange()
    v = panel.surface.view
    assert x0 <= v[0] + 1e-9 and x1 >= v[1] - 1e-9 and y0 <= v[2] + 1e-9 and y1 >= v[3] - 1e-9
