"""House rules: core/ is Qt-free, PySide6 stays below 6.12, the app starts and quits."""
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_core_imports_no_qt():
    modules = sorted(".".join(p.relative_to(ROOT / "core").with_suffix("").parts)
                     for p in (ROOT / "core").rglob("*.py") if p.stem != "__init__")
    assert modules, "core/ has no modules"
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module('core.' + m)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'pyqtgraph', 'PyQt5', 'PyQt6', 'shiboken6'))\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "", f"core pulled in Qt: {out.stdout}"


def test_pyside_version_below_6_12():
    import PySide6

    major, minor = (int(v) for v in PySide6.__version__.split(".")[:2])
    assert (major, minor) < (6, 12), f"PySide6 {PySide6.__version__}: 6.12 aborts Python 3.11 (NOTES.md)"


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="True is immortal from Python 3.12 on")
def test_signal_emit_keeps_refcount_of_true(qapp):
    from PySide6.QtCore import QObject, Signal

    class Emitter(QObject):
        sig = Signal(bool)

    emitter = Emitter()
    received = []
    emitter.sig.connect(received.append)
    before = sys.getrefcount(True)
    for _ in range(50):
        emitter.sig.emit(True)
    assert len(received) == 50
    assert sys.getrefcount(True) >= before - 5, "Signal.emit leaks references to True (PySide6 6.12 bug)"


def test_main_help_documents_commands():
    out = subprocess.run([sys.executable, "main.py", "--help"], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0
    assert "--quit-after" in out.stdout


def test_app_starts_and_quits_cleanly():
    env = {**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "main.py", "--quit-after", "1.5"], cwd=ROOT, env=env,
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert "Traceback" not in out.stderr
    assert "QThread" not in out.stderr


def test_main_window_has_tabs_title_and_about(main_window):
    titles = [main_window.tabs.tabText(i) for i in range(main_window.tabs.count())]
    assert len(titles) == 5
    assert main_window.windowTitle()
    assert not main_window.windowIcon().isNull()
    assert "about" in main_window.actions_by_name
    assert main_window.statusBar().currentMessage()
