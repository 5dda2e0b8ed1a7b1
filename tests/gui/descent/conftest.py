"""The Descent lab panel, shown at 1280x760 and shut down after the test."""
import pytest


@pytest.fixture
def panel(qtbot):
    import pyqtgraph as pg

    pg.setConfigOptions(imageAxisOrder="row-major", antialias=True)
    from gui.descent.descent_panel import DescentPanel

    p = DescentPanel()
    qtbot.addWidget(p)
    p.resize(1280, 760)
    p.show()
    qtbot.waitExposed(p)
    yield p
    p.shutdown()
    p.close()
