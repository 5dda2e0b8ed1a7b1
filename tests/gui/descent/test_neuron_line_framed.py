"""At each data preset's default start the fitted line is inside the data view's range."""
import numpy as np
import pytest

from core.descent.neuron_surface import PRESETS


@pytest.mark.parametrize("preset", list(PRESETS))
def test_the_line_at_the_start_is_in_view(panel, preset):
    c = panel.controls
    c.surface.setCurrentIndex(c.surface.findData("neuron"))
    c.preset.setCurrentIndex(c.preset.findData(preset))
    panel.redraw_now()
    view = panel.data_view
    (x0, x1), (y0, y1) = view.getPlotItem().vb.viewRange()
    xs, ys = view.curve.getData()
    inside = (xs >= x0) & (xs <= x1) & (ys >= y0) & (ys <= y1)
    assert tuple(panel.run.point) == tuple(panel.surface.start)
    assert inside.mean() > 0.5, (preset, (y0, y1), ys.min(), ys.max())
    # the data points stay in view as well
    assert np.all((view.t >= y0) & (view.t <= y1))
