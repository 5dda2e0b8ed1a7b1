"""MessageLine: one look for every message, hidden when there is none."""
import pytest

from gui.widgets.message_line import COLOURS, MessageLine


def in_window(qtbot, line):
    """``line`` inside a shown window (visibility then means what a learner sees)."""
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    window = QWidget()
    QVBoxLayout(window).addWidget(line)
    qtbot.addWidget(window)
    window.show()
    return window


@pytest.fixture
def line(qtbot):
    widget = MessageLine()
    window = in_window(qtbot, widget)
    yield widget
    window.close()


def test_hidden_until_there_is_a_message(line):
    assert line.isHidden() and line.kind == "" and line.text() == ""
    line.show_message("Computed in 1.0 s.", "ok")
    assert line.isVisible() and line.kind == "ok" and line.text() == "Computed in 1.0 s."
    assert COLOURS["ok"][0] in line.styleSheet()
    line.clear_message()
    assert line.isHidden() and line.kind == "" and line.text() == ""


@pytest.mark.parametrize("kind", ["info", "ok", "error"])
def test_each_kind_has_its_colours(line, kind):
    line.show_message("x", kind)
    fg, bg = COLOURS[kind]
    assert fg in line.styleSheet() and bg in line.styleSheet()


def test_an_unknown_kind_is_shown_as_info(line):
    line.show_message("x", "shouting")
    assert line.kind == "info"


def test_a_line_that_stays_visible(qtbot):
    widget = MessageLine(hide_when_empty=False)
    window = in_window(qtbot, widget)
    widget.show_message("x", "error")
    widget.clear_message()
    assert widget.isVisible() and widget.text() == ""
    window.close()


def test_text_is_plain_and_selectable(line):
    from PySide6.QtCore import Qt

    line.show_message("<b>not bold</b>", "error")
    assert line.textFormat() == Qt.TextFormat.PlainText
    assert line.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
