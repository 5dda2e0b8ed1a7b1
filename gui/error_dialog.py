"""Errors nobody caught: a dialog with a short message and expandable details, and a log.

``install_error_hook()`` replaces ``sys.excepthook`` and ``threading.excepthook``.
PySide6 reports an exception raised in a slot, a virtual method (``paintEvent``,
``closeEvent``, ...) or a timer callback through ``sys.excepthook`` and then
carries on, so with the hook in place every such error is

1. appended to ``errors.log`` in the app's data folder (with the time and the
   traceback; the file is cut back when it grows past ``MAX_LOG_BYTES``), and
2. shown in an ``ErrorDialog`` (non-modal: the app keeps running). The dialog
   is always opened in the GUI thread: an error raised in a worker thread is
   forwarded through a queued signal. While one dialog is open, further errors
   are logged and counted in it instead of opening more dialogs.
"""
from __future__ import annotations

import datetime as _dt
import os
import sys
import threading
import traceback
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
)

ENV_DIR = "GRADIENT_LAB_DATA_DIR"
LOG_NAME = "errors.log"
MAX_LOG_BYTES = 1_000_000


def default_log_path() -> Path:
    """errors.log in the app's data folder (core.data.datasets.user_data_dir: $GRADIENT_LAB_DATA_DIR,
    else e.g. ~/.local/share/GradientLab), next to the downloaded MNIST and the drawings."""
    try:
        from core.data.datasets import user_data_dir
    except ImportError:  # the data module is not part of this build
        folder = os.environ.get(ENV_DIR) or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.AppDataLocation)
        return Path(folder or Path.home() / ".local" / "share" / "GradientLab") / LOG_NAME
    return user_data_dir() / LOG_NAME


def format_exception(exc_type, exc, tb) -> str:
    return "".join(traceback.format_exception(exc_type, exc, tb))


def short_message(exc_type, exc) -> str:
    """One line for the dialog: the exception's type and first line of its message."""
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    name = getattr(exc_type, "__name__", str(exc_type))
    return f"{name}: {text}" if text else name


def _trim_log(path: Path, size: int) -> None:
    """Keep the newest half of the log: seek to it, read at most MAX_LOG_BYTES // 2 bytes (never
    the whole file: a 3 GB log used 6 GB of memory), start at an entry, write it atomically."""
    from core.data.safe_write import write_atomic

    keep = MAX_LOG_BYTES // 2
    with path.open("rb") as f:
        f.seek(max(0, size - keep))
        tail = f.read(keep)
    cut = tail.find(b"\n==== ")
    write_atomic(path, tail[cut + 1:] if cut >= 0 else tail)


def write_log(path: Path, details: str) -> bool:
    """Append one entry; keeps the newest half when the file is too big. False if it cannot
    (also when ``path`` is not a regular file: a FIFO would block, a device is not ours)."""
    import stat as _stat

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            st = path.lstat()
        except FileNotFoundError:
            st = None
        if st is not None and not _stat.S_ISREG(st.st_mode):
            return False
        if st is not None and st.st_size > MAX_LOG_BYTES:
            _trim_log(path, st.st_size)
        stamp = _dt.datetime.now().isoformat(timespec="seconds")
        with path.open("a", encoding="utf-8") as f:
            f.write(f"==== {stamp}\n{details.rstrip()}\n\n")
        return True
    except OSError:
        return False


class ErrorDialog(QDialog):
    """A short message, 'Show details' for the traceback, and where it was logged."""

    def __init__(self, message: str, details: str, log_path: Path | None = None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Something went wrong"))
        self.setObjectName("error.dialog")
        self.repeats = 0

        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(40, 40))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)

        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message_label.setText(
            self.tr("<b>An unexpected error happened.</b> The app keeps running; "
                    "what you were doing may not have finished.")
            + "<p>" + _html_escape(message) + "</p>"
        )
        self.log_label = QLabel()
        self.log_label.setWordWrap(True)
        self.log_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if log_path is not None:
            self.log_label.setText(self.tr("Details were saved to {0}").format(str(log_path)))
        else:
            self.log_label.setText(self.tr("The details could not be saved to a file."))
        self.repeat_label = QLabel()
        self.repeat_label.hide()

        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        self.details.setObjectName("error.details")
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details.setMinimumHeight(200)
        self.details.hide()

        self.details_button = QPushButton(self.tr("Show details"))
        self.details_button.setCheckable(True)
        self.details_button.setToolTip(self.tr("Show or hide the full error report (the traceback)"))
        self.details_button.toggled.connect(self._on_details_toggled)
        copy = QPushButton(self.tr("Copy details"))
        copy.setToolTip(self.tr("Copy the full error report to the clipboard"))
        copy.clicked.connect(self._on_copy)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.details_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)

        top = QHBoxLayout()
        top.addWidget(icon)
        text = QVBoxLayout()
        text.addWidget(self.message_label)
        text.addWidget(self.log_label)
        text.addWidget(self.repeat_label)
        text.addStretch(1)
        top.addLayout(text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)
        self.resize(520, 180)

    def add_repeat(self, details: str) -> None:
        """Another error while this dialog is open: count it and append its details."""
        self.repeats += 1
        self.repeat_label.setText(self.tr("{0} more error(s) since this one (see details).").format(self.repeats))
        self.repeat_label.show()
        self.details.appendPlainText("\n" + details)

    def _on_details_toggled(self, shown: bool) -> None:
        self.details.setVisible(shown)
        self.details_button.setText(self.tr("Hide details") if shown else self.tr("Show details"))
        self.adjustSize()
        if shown:
            self.resize(max(self.width(), 720), max(self.height(), 420))

    def _on_copy(self) -> None:
        QApplication.clipboard().setText(self.details.toPlainText())


def _html_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class ErrorReporter(QObject):
    """Logs uncaught exceptions and shows them in the GUI thread; see the module doc."""

    sigError = Signal(str, str, str)  # short message, details, log file ("" if not written)

    def __init__(self, log_path: Path | None = None, parent=None):
        super().__init__(parent)
        self.log_path = Path(log_path) if log_path is not None else default_log_path()
        self.dialog: ErrorDialog | None = None
        self.count = 0
        self._previous_hooks = None
        self._lock = threading.Lock()
        self.sigError.connect(self._on_error, Qt.ConnectionType.QueuedConnection)

    # ---- hooks
    def install(self) -> "ErrorReporter":
        self._previous_hooks = (sys.excepthook, threading.excepthook)
        sys.excepthook = self.excepthook
        threading.excepthook = self._threading_hook
        return self

    def uninstall(self) -> None:
        if self._previous_hooks is not None:
            sys.excepthook, threading.excepthook = self._previous_hooks
            self._previous_hooks = None

    def excepthook(self, exc_type, exc, tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            QApplication.quit()
            return
        self.report(exc_type, exc, tb)

    def _threading_hook(self, args) -> None:
        if args.exc_type is SystemExit:
            return
        self.report(args.exc_type, args.exc_value, args.exc_traceback)

    def report(self, exc_type, exc, tb) -> None:
        """Log one error and (later, in the GUI thread) show it. Safe from any thread."""
        details = format_exception(exc_type, exc, tb)
        with self._lock:
            self.count += 1
            logged = write_log(self.log_path, details)
        sys.stderr.write(details)
        self.sigError.emit(short_message(exc_type, exc), details, str(self.log_path) if logged else "")

    @Slot(str, str, str)
    def _on_error(self, message: str, details: str, log_file: str) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.add_repeat(details)
            return
        parent = QApplication.activeWindow()
        self.dialog = ErrorDialog(message, details, Path(log_file) if log_file else None, parent)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.destroyed.connect(self._on_dialog_destroyed)
        self.dialog.show()

    @Slot()
    def _on_dialog_destroyed(self) -> None:
        self.dialog = None


def install_error_hook(log_path: Path | None = None) -> ErrorReporter:
    """Create the reporter (parented to the QApplication) and install its hooks."""
    reporter = ErrorReporter(log_path, parent=QApplication.instance())
    return reporter.install()
