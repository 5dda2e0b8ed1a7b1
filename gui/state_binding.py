"""Bind a tab's state dataclass (``core.state.tab_states``) to the controls that show it.

A field whose metadata names a ``control`` (an objectName such as ``"descent.optimizer"``) is
read from and written to that control through ``gui.settings.control_value`` /
``set_control_value``; a dict of flags with a ``control_prefix`` is one check box per key.
Fields without a control are the panel's own (``tab_state()`` / ``apply_state()`` of each
panel fill them in). Nothing here knows a particular tab.

- ``read_controls(root, cls) -> dict``: field name -> value, for the bound fields;
- ``write_controls(root, state) -> list[str]``: put them back, returns the refused names;
- ``bound_controls(root, cls)``: field name -> widget;
- ``apply_locks(root, locked, hidden, why)``: a scene's locked controls are disabled with a
  tooltip saying why, hidden ones are hidden; everything else is as the panel left it.
"""
from __future__ import annotations

from dataclasses import fields

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QFormLayout, QLayout, QWidget

from gui.settings import control_value, persisted_controls, set_control_value

LOCK_PROPERTY = "glab_locked_tooltip"  # the tooltip a control had before a scene locked it


def _all_controls(root: QWidget) -> dict[str, QWidget]:
    return persisted_controls(root)


def bound_controls(root: QWidget, cls) -> dict[str, QWidget]:
    """Field name -> the control that shows it (fields bound by ``control`` only)."""
    found = _all_controls(root)
    out = {}
    for f in fields(cls):
        name = f.metadata.get("control")
        if name and name in found:
            out[f.name] = found[name]
    return out


def read_controls(root: QWidget, cls) -> dict:
    """The values of every bound field as the controls show them, checked by the field's check."""
    found = _all_controls(root)
    out = {}
    for f in fields(cls):
        name, prefix = f.metadata.get("control"), f.metadata.get("control_prefix")
        if name and name in found:
            out[f.name] = f.metadata["check"](control_value(found[name]))
        elif prefix:
            flags = {}
            for key, widget in found.items():
                name = key[len(prefix):]
                if key.startswith(prefix) and _fits(f, name):
                    flags[name] = bool(control_value(widget))
            out[f.name] = f.metadata["check"](flags)
    return out


def _fits(f, key: str) -> bool:
    """True when ``key`` is one of the keys the dict field ``f`` allows (e.g. an activation's
    name under "concepts.activations.", not "derivatives")."""
    try:
        f.metadata["check"]({key: True})
    except ValueError:
        return False
    return True


def write_controls(root: QWidget, state) -> list[str]:
    """Put every bound field of ``state`` into its control; returns the fields refused."""
    found = _all_controls(root)
    refused = []
    for f in fields(state):
        value = getattr(state, f.name)
        name, prefix = f.metadata.get("control"), f.metadata.get("control_prefix")
        if name and name in found:
            if value == "" and f.metadata.get("empty_keeps"):
                continue  # "" = the control's own default (e.g. the metrics view's batch)
            if not set_control_value(found[name], value):
                refused.append(f.name)
        elif prefix and isinstance(value, dict):
            for key, on in value.items():
                widget = found.get(prefix + key)
                if widget is None or not set_control_value(widget, on):
                    refused.append(f"{f.name}.{key}")
    return refused


class _LockKeeper(QObject):
    """Keeps locked controls disabled and hidden ones hidden when their panel enables or shows
    them again (a run ending re-enables the settings, a surface change shows its rows)."""

    def eventFilter(self, obj, event):  # noqa: N802 - Qt's name
        kind = event.type()
        if kind == QEvent.Type.EnabledChange and obj.property(LOCK_PROPERTY) is not None and obj.isEnabled():
            QTimer.singleShot(0, lambda w=obj: w.property(LOCK_PROPERTY) is not None and w.setEnabled(False))
        elif kind == QEvent.Type.Show and obj.property("glab_hidden"):
            QTimer.singleShot(0, lambda w=obj: bool(w.property("glab_hidden")) and w.setVisible(False))
        return False


_KEEPER = None


def _keeper() -> _LockKeeper:
    global _KEEPER
    if _KEEPER is None:
        _KEEPER = _LockKeeper()
    return _KEEPER


def apply_locks(root: QWidget, locked, hidden, why: str) -> list[str]:
    """Lock (disable, tooltip ``why``) and hide the named controls under ``root``; controls a
    former scene locked or hid come back first. Returns the names found nowhere."""
    found = _all_controls(root)
    for widget in root.findChildren(QWidget):
        if widget.property("glab_hidden"):
            widget.setProperty("glab_hidden", None)
            widget.setVisible(True)
    for widget in found.values():
        previous = widget.property(LOCK_PROPERTY)
        if previous is not None:
            widget.setToolTip(str(previous))
            widget.setProperty(LOCK_PROPERTY, None)
            widget.setEnabled(True)
    missing = []
    for name in locked:
        widget = found.get(name)
        if widget is None:
            missing.append(name)
            continue
        widget.setProperty(LOCK_PROPERTY, widget.toolTip())
        widget.setEnabled(False)
        widget.setToolTip(why)
        widget.installEventFilter(_keeper())
    for name in hidden:
        widget = found.get(name)
        if widget is None:
            missing.append(name)
            continue
        for target in (widget, _form_label(widget)):
            if target is not None:
                target.setProperty("glab_hidden", True)
                target.setVisible(False)
                target.installEventFilter(_keeper())
    return missing


def _form_label(widget: QWidget) -> QWidget | None:
    """The label of ``widget``'s row when it sits in a QFormLayout (directly or in a row layout)."""
    parent = widget.parentWidget()
    if parent is None or parent.layout() is None:
        return None
    layouts = [parent.layout()]
    while layouts:
        layout = layouts.pop()
        if isinstance(layout, QFormLayout):
            label = layout.labelForField(widget)
            if label is None:
                for row in range(layout.rowCount()):
                    field = layout.itemAt(row, QFormLayout.ItemRole.FieldRole)
                    inner = field.layout() if field is not None else None
                    if inner is not None and inner.indexOf(widget) >= 0:
                        label = layout.itemAt(row, QFormLayout.ItemRole.LabelRole)
                        label = label.widget() if label is not None else None
                        break
            if label is not None:
                return label
        for i in range(layout.count()):
            child = layout.itemAt(i).layout()
            if isinstance(child, QLayout):
                layouts.append(child)
    return None


def is_locked(widget: QWidget) -> bool:
    return widget.property(LOCK_PROPERTY) is not None
