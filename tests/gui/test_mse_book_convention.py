"""Next to the book's formula the book's E = ½(y − t)² is shown beside the app's mean (y − t)²,
each named: the Descent lab's neuron surface with MSE and the MAE-against-MSE line fit."""
import pytest

from core.concepts.demos import format_value


def test_neuron_readout_shows_the_books_half(descent_panel):
    panel = descent_panel
    c = panel.controls
    c.surface.setCurrentIndex(c.surface.findData("neuron"))
    panel.redraw_now()
    assert panel.surface.loss.name == "mse"
    loss = panel.run.loss
    text = panel.readout.plain
    assert f"{loss / 2:.4f}" in text and "½" in text and "mean (y − t)²" in text, text
    # another loss: no such line
    c.loss.setCurrentIndex(c.loss.findData("mae"))
    panel.redraw_now()
    assert "½" not in panel.readout.plain


@pytest.fixture
def concepts(qtbot):
    from gui.concepts.concepts_panel import ConceptsPanel

    p = ConceptsPanel()
    qtbot.addWidget(p)
    p.resize(1280, 760)
    p.show()
    yield p
    p.shutdown()
    p.close()


def test_line_fit_shows_the_books_half_beside_mse(concepts, qtbot):
    view = concepts.outlier_view
    view._draw_lines()
    fit = view.fits["mse"]
    text = view.readout_label.text()
    assert "½" in text and format_value(fit.loss_value() / 2, 3) in text, text
