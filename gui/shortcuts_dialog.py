"""Help > Keyboard shortcuts: every shortcut of the window and its panels, found generically.

``collect_shortcuts(window)`` walks every ``QAction`` and ``QShortcut`` that is
the window or a descendant of it (menus, panels, sub-widgets) and returns one
row per shortcut key: what it does, the key, and where it works (the tab title
of the panel that owns it, or "Everywhere" for the window's own). A panel adds
a shortcut simply by creating a ``QAction`` with a text, or a ``QShortcut``
with ``setWhatsThis(self.tr("what it does"))``; nothing here needs to change.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)


@dataclass(frozen=True)
class ShortcutRow:
    description: str
    keys: str
    where: str


def _clean(text: str) -> str:
    """Menu text without its mnemonic ('&Quit', Korean style '끝내기(&Q)') and trailing dots."""
    text = re.sub(r"\s*\(&\w\)", "", text)
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(".… ")


def _where(obj: QObject, window: QWidget, everywhere: str) -> str:
    """The tab title of the top-level panel that owns ``obj``, else ``everywhere``."""
    tabs = getattr(window, "tabs", None)
    node = obj
    while node is not None and node is not window:
        parent = node.parent()
        if isinstance(tabs, QTabWidget) and isinstance(node, QWidget):
            index = tabs.indexOf(node)
            if index >= 0:
                return tabs.tabText(index).replace("&", "")
        node = parent
    return everywhere


def collect_shortcuts(window: QWidget) -> list[ShortcutRow]:
    """One row per (action or shortcut, key); sorted by where, then description."""
    everywhere = QCoreApplication.translate("ShortcutsDialog", "Everywhere")
    rows: list[ShortcutRow] = []
    seen: set[tuple[str, str]] = set()

    def add(description: str, sequences, owner: QObject) -> None:
        for seq in sequences:
            keys = seq.toString(QKeySequence.SequenceFormat.NativeText)
            if not keys:
                continue
            where = _where(owner, window, everywhere)
            if (keys, where) in seen:
                continue
            seen.add((keys, where))
            rows.append(ShortcutRow(description, keys, where))

    for action in window.findChildren(QAction) + list(window.actions()):
        if action.isSeparator() or not action.shortcuts():
            continue
        description = _clean(action.text()) or action.toolTip() or action.objectName()
        add(description, action.shortcuts(), action)
    for shortcut in window.findChildren(QShortcut):
        if not shortcut.isEnabled():
            continue
        description = shortcut.whatsThis() or shortcut.objectName() or _clean(
            shortcut.parent().objectName() if shortcut.parent() else "")
        add(description, [shortcut.key()] + [k for k in shortcut.keys() if k != shortcut.key()], shortcut)
    rows.sort(key=lambda r: (r.where != everywhere, r.where, r.description.lower()))
    return rows


class ShortcutsDialog(QDialog):
    """A table of ``collect_shortcuts(window)``."""

    def __init__(self, window: QWidget, parent=None):
        super().__init__(parent if parent is not None else window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.rows = collect_shortcuts(window)
        self.table = QTableWidget(len(self.rows), 3)
        self.table.setObjectName("shortcuts.table")
        self.table.setToolTip(self.tr("Every keyboard shortcut of the app and where it works"))
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Shortcut"), self.tr("Where")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for r, row in enumerate(self.rows):
            for c, text in enumerate((row.description, row.keys, row.where)):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(r, c, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(560, min(640, 120 + 30 * max(len(self.rows), 4)))
