"""The Help panel (F1): the concept behind the current tab, in a few sentences and a formula.

A side sheet laid over the right edge of the tabs (not a dock: a dock would
add its width to the panels' minimum and push the window past 1280 px). It
holds a title row with a close button and a read-only text view; the main
window places it with ``place(rect)`` whenever it resizes. ``show_topic(key)`` shows one
topic; the keys are the tab keys ("descent", "training", "draw", "concepts", "landscape")
and, for the Concepts tab, one key per view ("concepts.activations",
"concepts.losses", "concepts.outlier", "concepts.softmax", "concepts.metrics").
An unknown "a.b" key falls back to "a".

The texts are data, not code: ``resources/help/en.json`` and one file per other
language (``ko.json``), which a teacher can read and edit without reading Python.
Each file is ``{"format": "gradient-lab-help", "version": 1, "language": "ko",
"topics": {key: {"title": ..., "paragraphs": [...], "formula": ...}}}``; the title,
paragraphs and formula may hold simple HTML (``<b>``, ``<sub>``, ``<br>``). The
panel shows the file of the UI language (the default QLocale, which
``gui.app.install_translators`` sets), and English for every topic that file lacks.
A file that cannot be read or does not have that form is refused with one line on
stderr (and English is used); the Korean terms follow the Korean edition of
"Deep Learning from Scratch".
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QLocale, QRect, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QTextBrowser, QToolButton, QVBoxLayout

from core.paths import RESOURCES

HELP_DIR = RESOURCES / "help"
HELP_FORMAT, HELP_VERSION = "gradient-lab-help", 1
#: a help file larger than this is refused unread
MAX_HELP_BYTES = 512 * 1024
TOPIC_FIELDS = {"title", "paragraphs", "formula"}

#: help topic of a view shown as a sub-tab, by the view's class name (the Concepts views)
VIEW_TOPICS = {
    "ActivationView": "concepts.activations",
    "LossView": "concepts.losses",
    "OutlierFitView": "concepts.outlier",
    "SoftmaxView": "concepts.softmax",
    "MetricsView": "concepts.metrics",
    "LandscapePanel": "landscape",
}

#: the sheet's width: this many pixels, but at most WIDTH_SHARE of the window
WIDTH = 360
WIDTH_SHARE = 0.4


class HelpPanel(QFrame):
    """Side sheet with the explanation of one topic; see the module doc.

    sigVisibilityChanged(bool): shown or hidden (F1, the close button, reset).
    """

    sigVisibilityChanged = Signal(bool)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("help.panel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.title = QLabel(self.tr("Help"))
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        close = QToolButton()
        close.setObjectName("help.close")
        close.setText("×")
        close.setAutoRaise(True)
        close.setToolTip(self.tr("Close the help (F1)"))
        close.clicked.connect(self.hide)
        self.browser = QTextBrowser()
        self.browser.setObjectName("help.text")
        self.browser.setOpenExternalLinks(False)
        self.browser.setFrameShape(QFrame.Shape.NoFrame)
        self.browser.setToolTip(self.tr("What the current tab shows, and the formula behind it"))
        top = QHBoxLayout()
        top.setContentsMargins(8, 4, 2, 0)
        top.addWidget(self.title, 1)
        top.addWidget(close)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(1, 1, 1, 1)
        layout.setSpacing(0)
        layout.addLayout(top)
        layout.addWidget(self.browser, 1)
        self.topic = ""
        self._topics = self._load_topics()
        self.show_topic("descent")

    def place(self, area: QRect) -> None:
        """Lay the sheet over the right edge of ``area`` (parent coordinates)."""
        width = int(min(WIDTH, area.width() * WIDTH_SHARE))
        self.setGeometry(area.right() - width + 1, area.top(), width, area.height())
        self.raise_()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.raise_()
        self.sigVisibilityChanged.emit(True)

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().hideEvent(event)
        self.sigVisibilityChanged.emit(False)

    def topics(self) -> list[str]:
        """Every topic key this panel can show."""
        return list(self._topics)

    def resolve(self, key: str) -> str:
        """The topic shown for ``key``: itself if known, else its part before the dot."""
        if key in self._topics:
            return key
        base = key.split(".", 1)[0]
        return base if base in self._topics else "descent"

    def show_topic(self, key: str) -> None:
        key = self.resolve(key)
        self.topic = key
        self.browser.setHtml(self.html(key))

    def html(self, key: str) -> str:
        title, paragraphs, formula = self._topics[self.resolve(key)]
        parts = [f"<h3>{title}</h3>", f"<p>{paragraphs[0]}</p>"]
        parts.append(
            '<table width="100%" cellpadding="8" style="background-color:#eef3fb;">'
            f'<tr><td style="font-size:large;">{formula}</td></tr></table>'
        )
        parts += [f"<p>{p}</p>" for p in paragraphs[1:]]
        return "\n".join(parts)

    def text(self) -> str:
        """The plain text shown now (for tests and screen readers)."""
        return self.browser.toPlainText()

    def _load_topics(self) -> dict[str, tuple[str, list[str], str]]:
        topics, why = load_topics(help_language())
        if not topics:  # not even the English file could be read: say so where the help would be
            return {"descent": (self.tr("Help"), [self.tr("The help texts could not be read: {0}").format(why)], "")}
        return topics


class HelpFileError(ValueError):
    """A help file that cannot be used; str(error) says which file and why, in one line."""


def help_language() -> str:
    """The language of the help texts: that of the default QLocale ("ko" or "en")."""
    return "ko" if QLocale().language() == QLocale.Language.Korean else "en"


def read_help_file(path: Path) -> dict[str, tuple[str, list[str], str]]:
    """The topics of one help file, {key: (title, paragraphs, formula)}; HelpFileError if the
    file is missing, too large, not JSON, or not of the documented form."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_HELP_BYTES:
            raise HelpFileError(f"{path.name}: larger than {MAX_HELP_BYTES // 1024} KB")
        doc = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise HelpFileError(f"{path.name}: {exc}") from None
    if not isinstance(doc, dict) or doc.get("format") != HELP_FORMAT or doc.get("version") != HELP_VERSION:
        raise HelpFileError(f"{path.name}: not a {HELP_FORMAT} file of version {HELP_VERSION}")
    raw = doc.get("topics")
    if not isinstance(raw, dict) or not raw:
        raise HelpFileError(f"{path.name}: no topics")
    return {key: _topic(path.name, key, value) for key, value in raw.items()}


def _topic(file: str, key, value) -> tuple[str, list[str], str]:
    where = f"{file}: topic {key!r}"
    if not isinstance(key, str) or not isinstance(value, dict):
        raise HelpFileError(f"{where}: must be a name with an object")
    if set(value) != TOPIC_FIELDS:
        missing, unknown = TOPIC_FIELDS - set(value), set(value) - TOPIC_FIELDS
        raise HelpFileError(f"{where}: " + "; ".join(
            ([f"missing {', '.join(sorted(missing))}"] if missing else [])
            + ([f"unknown {', '.join(sorted(unknown))}"] if unknown else [])))
    title, paragraphs, formula = value["title"], value["paragraphs"], value["formula"]
    if not isinstance(title, str) or not title.strip() or not isinstance(formula, str):
        raise HelpFileError(f"{where}: the title and the formula must be text (a title is needed)")
    if (not isinstance(paragraphs, list) or not paragraphs
            or not all(isinstance(p, str) and p.strip() for p in paragraphs)):
        raise HelpFileError(f"{where}: paragraphs must be a list of one or more texts")
    return title, list(paragraphs), formula


def load_topics(language: str, folder: Path = HELP_DIR) -> tuple[dict, str]:
    """(topics, why): English from ``folder/en.json``, each topic replaced by the one of
    ``folder/<language>.json`` where that file has it. A file that cannot be used is said in
    one line on stderr and left out; ``why`` is the English file's problem ("" if none)."""
    topics, why = {}, ""
    for code in dict.fromkeys(("en", language)):
        try:
            topics.update(read_help_file(Path(folder) / f"{code}.json"))
        except HelpFileError as exc:
            sys.stderr.write(f"Gradient Lab: help texts not used: {exc}\n")
            why = why or (str(exc) if code == "en" else "")
    return topics, why
