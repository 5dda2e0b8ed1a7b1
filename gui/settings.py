"""Settings that stick: a QSettings wrapper and a generic save/restore of controls.

``Settings`` reads every value through ``value(key, default, type)``: a value
that is missing, of the wrong type, not one of the allowed choices, or that
cannot be read at all (a corrupt or foreign file) gives the default, never an
exception. ``_DEFAULTS`` names the app-wide keys and their defaults.

The file is an INI file. Its folder is, in order: the ``path`` given to
``Settings``, the folder in the environment variable ``GRADIENT_LAB_SETTINGS_DIR``
(tests point it at a temporary folder), or Qt's per-user config location.
``Settings.memory()`` keeps everything in a dict and writes nothing (the
default for a ``MainWindow`` built in tests, and for screenshots).

Controls persist without per-panel code: every QComboBox (by its item's
userData, else its text), QSpinBox, QDoubleSpinBox, QSlider, QCheckBox,
QLineEdit, QSplitter (sizes) and QTabWidget (current index) under a root
widget whose ``objectName`` has the form ``"area.name"`` (with a dot, e.g.
``"descent.optimizer"``) is saved under ``controls/<objectName>`` and restored
from there. Names starting with ``qt_`` (Qt's own) and controls with the
dynamic property ``persist`` set to ``False`` are skipped. A custom control takes part
by having such an objectName and two methods: ``settings_value() -> str`` and
``set_settings_value(text) -> bool`` (False: the text does not fit; nothing changed).
"""
from __future__ import annotations

import math
import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths
from PySide6.QtWidgets import (
    QAbstractSlider,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QLineEdit,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QWidget,
)

ENV_DIR = "GRADIENT_LAB_SETTINGS_DIR"
FILE_NAME = "gradient-lab.ini"
CONTROLS_GROUP = "controls"

#: app-wide keys and their defaults; the type of the default is the type read back
_DEFAULTS: dict[str, object] = {
    "language": "",            # "" = follow the system locale, else "en" / "ko"
    "window/geometry": QByteArray(),
    "help/visible": False,
    "scenes/recent": "",       # recently opened scene files, newest first, one per line
}

#: keys whose value must be one of these (anything else is foreign: default)
_CHOICES: dict[str, tuple] = {
    "language": ("", "en", "ko"),
}


def default_folder() -> Path:
    """Where the settings file lives when no path is given."""
    env = os.environ.get(ENV_DIR)
    if env:
        return Path(env)
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppConfigLocation)
    return Path(location or Path.home() / ".config" / "GradientLab")


# --------------------------------------------------------------------- coercion

class _Bad(Exception):
    """A stored value that cannot be read as the wanted type."""


def _to_bool(raw) -> bool:
    if isinstance(raw, bool):
        return raw
    if isinstance(raw, (int, float)) and raw in (0, 1):
        return bool(raw)
    if isinstance(raw, str) and raw.strip().lower() in ("true", "1", "yes", "false", "0", "no"):
        return raw.strip().lower() in ("true", "1", "yes")
    raise _Bad(raw)


def _to_int(raw) -> int:
    if isinstance(raw, bool):
        raise _Bad(raw)
    if isinstance(raw, int):
        return raw
    if isinstance(raw, float) and raw.is_integer():
        return int(raw)
    if isinstance(raw, str):
        try:
            return int(raw.strip())
        except ValueError:
            raise _Bad(raw) from None
    raise _Bad(raw)


def _to_float(raw) -> float:
    if isinstance(raw, bool):
        raise _Bad(raw)
    try:
        value = float(raw) if isinstance(raw, (int, float, str)) else None
    except ValueError:
        value = None
    if value is None or not math.isfinite(value):
        raise _Bad(raw)
    return value


def _to_str(raw) -> str:
    if isinstance(raw, str):
        return raw
    raise _Bad(raw)


def _to_bytes(raw) -> QByteArray:
    if isinstance(raw, QByteArray):
        return raw
    if isinstance(raw, (bytes, bytearray)):
        return QByteArray(bytes(raw))
    raise _Bad(raw)


#: list-of-int settings are sizes (splitters, columns): each must fit Qt's int, and few are needed
_INT_MAX = 2 ** 31 - 1
_MAX_LIST = 64


def _to_int_list(raw) -> list:
    if isinstance(raw, str):
        if len(raw) > 16 * _MAX_LIST:
            raise _Bad(raw)
        raw = [p for p in raw.split(",") if p.strip()]
    if not isinstance(raw, (list, tuple)) or len(raw) > _MAX_LIST:
        raise _Bad(raw)
    values = [_to_int(v) for v in raw]
    if any(not -_INT_MAX - 1 <= v <= _INT_MAX for v in values):
        raise _Bad(raw)  # "2147483648,1" made QSplitter.setSizes raise OverflowError at every start
    return values


_COERCE = {bool: _to_bool, int: _to_int, float: _to_float, str: _to_str,
           QByteArray: _to_bytes, list: _to_int_list}


def coerce(raw, wanted: type):
    """``raw`` as ``wanted`` (bool, int, float, str, QByteArray, list of int); raises ValueError."""
    try:
        return _COERCE[wanted](raw)
    except (_Bad, TypeError, OverflowError) as exc:
        raise ValueError(f"{raw!r} is not a {wanted.__name__}") from exc


# --------------------------------------------------------------------- settings

class _MemoryStore:
    """The part of QSettings' interface that Settings uses, kept in a dict."""

    def __init__(self):
        self._data: dict[str, object] = {}

    def value(self, key):
        return self._data.get(key)

    def setValue(self, key, value):  # noqa: N802 - QSettings' name
        self._data[key] = value

    def contains(self, key):
        return key in self._data

    def remove(self, key):
        for k in [k for k in self._data if k == key or k.startswith(key + "/")]:
            del self._data[k]

    def clear(self):
        self._data.clear()

    def allKeys(self):  # noqa: N802
        return list(self._data)

    def sync(self):
        pass

    def status(self):
        return QSettings.Status.NoError

    def fileName(self):  # noqa: N802
        return ""


class Settings:
    """The app's settings. ``Settings()`` uses the file; ``Settings.memory()`` a dict."""

    def __init__(self, path: str | os.PathLike | None = None, *, _store=None):
        if _store is not None:
            self._store = _store
        else:
            path = Path(path) if path is not None else default_folder() / FILE_NAME
            if path.is_dir():
                path = path / FILE_NAME
            self._store = QSettings(str(path), QSettings.Format.IniFormat)

    @classmethod
    def memory(cls) -> "Settings":
        """Settings that live in memory only (nothing read or written on disk)."""
        return cls(_store=_MemoryStore())

    @property
    def file_name(self) -> str:
        """The INI file's path ("" for memory settings)."""
        return self._store.fileName()

    def value(self, key: str, default=None, type: type | None = None):  # noqa: A002 - QSettings' name
        """The stored value of ``key`` as ``type`` (default: ``type(default)``).

        ``default`` defaults to ``_DEFAULTS[key]``. A missing, unreadable,
        wrongly typed or (for keys in ``_CHOICES``) foreign value gives ``default``.
        """
        if default is None:
            default = _DEFAULTS.get(key)
        wanted = type if type is not None else (None if default is None else default.__class__)
        try:
            raw = self._store.value(key)
        except Exception:  # noqa: BLE001 - a foreign file can hold anything
            return default
        if raw is None:
            return default
        if wanted is None:
            return raw
        try:
            value = coerce(raw, wanted)
        except (ValueError, KeyError):
            return default
        if key in _CHOICES and value not in _CHOICES[key]:
            return default
        return value

    def set_value(self, key: str, value) -> None:
        if isinstance(value, list):
            value = ",".join(str(int(v)) for v in value)
        self._store.setValue(key, value)

    def contains(self, key: str) -> bool:
        return bool(self._store.contains(key))

    def remove(self, key: str) -> None:
        self._store.remove(key)

    def clear(self) -> None:
        """Forget everything (Help > Reset to defaults)."""
        self._store.clear()
        self._store.sync()

    def sync(self) -> None:
        self._store.sync()

    def keys(self) -> list[str]:
        return list(self._store.allKeys())


# --------------------------------------------------------------------- controls

PERSISTED_TYPES = (QComboBox, QDoubleSpinBox, QSpinBox, QAbstractSlider, QCheckBox,
                   QLineEdit, QSplitter, QTabWidget)


def is_persisted(widget: QWidget) -> bool:
    """True for a control of a persisted kind with an ``area.name`` objectName."""
    name = widget.objectName()
    if not name or "." not in name or name.startswith("qt_"):
        return False
    if widget.property("persist") is False:
        return False
    if isinstance(widget, QLineEdit) and (widget.isReadOnly() or widget.echoMode() != QLineEdit.EchoMode.Normal):
        return False
    return isinstance(widget, PERSISTED_TYPES) or _is_custom(widget)


def _is_custom(widget: QWidget) -> bool:
    return callable(getattr(widget, "settings_value", None)) and callable(getattr(widget, "set_settings_value", None))


def persisted_controls(root: QWidget) -> dict[str, QWidget]:
    """objectName -> control for every persisted control under ``root`` (first of a name wins)."""
    found: dict[str, QWidget] = {}
    widgets = [root] + root.findChildren(QWidget)
    for widget in widgets:
        if is_persisted(widget):
            found.setdefault(widget.objectName(), widget)
    return found


def control_value(widget: QWidget):
    """The value of a control in the form it is stored (str, int, float, bool, list)."""
    if _is_custom(widget):
        return str(widget.settings_value())
    if isinstance(widget, QComboBox):
        data = widget.currentData()
        return str(data) if data is not None else widget.currentText()
    if isinstance(widget, QDoubleSpinBox):
        return float(widget.value())
    if isinstance(widget, (QSpinBox, QAbstractSlider)):
        return int(widget.value())
    if isinstance(widget, QCheckBox):
        return bool(widget.isChecked())
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QSplitter):
        return [int(s) for s in widget.sizes()]
    if isinstance(widget, QTabWidget):
        return int(widget.currentIndex())
    raise TypeError(f"not a persisted control: {type(widget).__name__}")


def _value_type(widget: QWidget) -> type:
    if isinstance(widget, QDoubleSpinBox):
        return float
    if isinstance(widget, (QSpinBox, QAbstractSlider, QTabWidget)):
        return int
    if isinstance(widget, QCheckBox):
        return bool
    if isinstance(widget, QSplitter):
        return list
    return str


def set_control_value(widget: QWidget, value) -> bool:
    """Put ``value`` into the control; False (control unchanged) when it does not fit."""
    try:
        value = coerce(value, _value_type(widget))
    except ValueError:
        return False
    if _is_custom(widget):
        try:
            return bool(widget.set_settings_value(value))
        except (ValueError, TypeError):
            return False
    if isinstance(widget, QComboBox):
        index = -1
        for i in range(widget.count()):
            data = widget.itemData(i)
            if data is not None and str(data) == value:
                index = i
                break
        if index < 0:
            index = widget.findText(value)
        if index < 0:
            return False
        widget.setCurrentIndex(index)
    elif isinstance(widget, (QDoubleSpinBox, QSpinBox, QAbstractSlider)):
        if not widget.minimum() <= value <= widget.maximum():
            return False
        widget.setValue(value)
    elif isinstance(widget, QCheckBox):
        widget.setChecked(value)
    elif isinstance(widget, QLineEdit):
        if widget.validator() is not None:
            state = widget.validator().validate(value, 0)[0]
            if state.name != "Acceptable":
                return False
        widget.setText(value)
    elif isinstance(widget, QSplitter):
        if len(value) != widget.count() or any(v < 0 for v in value) or sum(value) <= 0:
            return False
        widget.setSizes(value)
    elif isinstance(widget, QTabWidget):
        if not 0 <= value < widget.count():
            return False
        widget.setCurrentIndex(value)
    return True


def snapshot(root: QWidget) -> dict[str, object]:
    """objectName -> current value of every persisted control under ``root``."""
    return {name: control_value(w) for name, w in persisted_controls(root).items()}


def apply_snapshot(root: QWidget, values: dict[str, object]) -> list[str]:
    """Put saved values back; returns the names that were refused (kept as they are)."""
    refused = []
    for name, widget in persisted_controls(root).items():
        if name in values and not _safe_set(widget, values[name]):
            refused.append(name)
    return refused


def _safe_set(widget, value) -> bool:
    try:
        return set_control_value(widget, value)
    except Exception:  # noqa: BLE001 - a panel's slot may object to a value; keep going
        import logging

        logging.getLogger(__name__).exception("restoring %s failed", widget.objectName())
        return False


def save_controls(settings: Settings, root: QWidget) -> int:
    """Store every persisted control under ``controls/``; returns how many."""
    values = snapshot(root)
    for name, value in values.items():
        settings.set_value(f"{CONTROLS_GROUP}/{name}", value)
    return len(values)


def restore_controls(settings: Settings, root: QWidget) -> list[str]:
    """Restore every persisted control that has a stored, fitting value.

    A stored value that does not fit (foreign type, out of range, an item that
    no longer exists) leaves the control at its current value. Returns the
    names of the controls restored.
    """
    restored, refused = [], []
    for name, widget in persisted_controls(root).items():
        key = f"{CONTROLS_GROUP}/{name}"
        if not settings.contains(key):
            continue
        value = settings.value(key, None, type=_value_type(widget))
        if value is None:
            continue
        if _safe_set(widget, value):
            restored.append(name)
        else:
            refused.append((widget, name, value))
    # a value may fit only once another control is back (a range set by a mode switch, the
    # items of a list): one more try after the first pass
    for widget, name, value in refused:
        if _safe_set(widget, value):
            restored.append(name)
    return restored
