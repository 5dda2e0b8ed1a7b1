"""MessageLine: the one line (or short paragraph) where a view says what just happened.

One look for every tab: a refused input, a failed computation, "Computed in 1.2 s", a
download's end. ``show_message(text, kind)`` with kind "info" (grey), "ok" (green) or
"error" (red) shows it in that kind's colours; ``clear_message()`` empties and hides it
(when ``hide_when_empty``), and ``kind`` is "" then. The text wraps and can be selected
(a learner may copy an error into a question).
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

#: kind -> (text colour, background colour)
COLOURS = {"info": ("#333333", "#eef2f7"), "ok": ("#145a22", "#e6f4e8"), "error": ("#8a1010", "#fbe9e9")}
KINDS = tuple(COLOURS)


class MessageLine(QLabel):
    """A QLabel that shows one message of a kind (see the module docstring)."""

    def __init__(self, parent=None, hide_when_empty: bool = True):
        super().__init__(parent)
        self.hide_when_empty = hide_when_empty
        self._kind = ""
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setTextFormat(Qt.TextFormat.PlainText)
        if hide_when_empty:
            self.hide()

    @property
    def kind(self) -> str:
        """The kind of the message shown ("" when there is none)."""
        return self._kind

    def show_message(self, text: str, kind: str = "info") -> None:
        """Show ``text`` as a message of ``kind`` ("info", "ok" or "error"; anything else: "info")."""
        kind = kind if kind in COLOURS else "info"
        fg, bg = COLOURS[kind]
        self.setStyleSheet(f"color: {fg}; background: {bg}; padding: 3px; border-radius: 3px;")
        self.setText(text)
        self._kind = kind
        self.show()

    def clear_message(self) -> None:
        """No message: empty (and hidden when ``hide_when_empty``)."""
        self.clear()
        self.setStyleSheet("")
        self._kind = ""
        if self.hide_when_empty:
            self.hide()
