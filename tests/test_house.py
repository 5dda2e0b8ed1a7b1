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
    assert (major, minor) < (6, 12), f"PySide6 {PySide6.__version__}: 6.12 aborts Python 3.11 (requirements.txt pins it below 6.12)"


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


def _import_graph():
    """module -> the project modules it imports (anywhere in the file, also inside functions)."""
    import ast

    files = [p for pkg in ("core", "gui", "cli") for p in (ROOT / pkg).rglob("*.py")]
    mods = {}
    for p in files:
        parts = list(p.relative_to(ROOT).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        mods[".".join(parts)] = p

    def known(name):
        while name and name not in mods:
            name = name.rpartition(".")[0]
        return name

    graph = {}
    for mod, path in mods.items():
        edges = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    pkg = mod.split(".") if path.name == "__init__.py" else mod.split(".")[:-1]
                    pkg = pkg[: len(pkg) - node.level + 1]
                    base = ".".join(pkg + ([base] if base else []))
                names = [base] + [f"{base}.{a.name}" for a in node.names]
            else:
                continue
            edges.update(k for k in map(known, names) if k and k != mod)
        graph[mod] = edges
    return graph


def _cycles(graph):
    """Groups of two or more modules that reach each other (strongly connected components)."""
    reach = {}
    for start in graph:
        seen, todo = set(), [start]
        while todo:
            for nxt in graph.get(todo.pop(), ()):
                if nxt not in seen:
                    seen.add(nxt)
                    todo.append(nxt)
        reach[start] = seen
    groups = {frozenset(m for m in graph if m == a or (m in reach[a] and a in reach[m])) for a in graph}
    return sorted(sorted(g) for g in groups if len(g) > 1)


def test_cycle_finder_finds_a_cycle():
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert _cycles({"a": {"b"}, "b": set()}) == []


def test_core_and_cli_have_no_import_cycles():
    cycles = [c for c in _cycles(_import_graph()) if not any(m.startswith("gui") for m in c)]
    assert cycles == []


def test_panels_do_not_import_the_screenshot_harness():
    graph = _import_graph()
    tabs = ("gui.descent", "gui.training", "gui.draw", "gui.concepts", "gui.landscape", "gui.widgets")
    users = sorted(m for m, edges in graph.items() if m.startswith(tabs) and "gui.screenshots" in edges)
    assert users == []


def test_no_import_cycles_anywhere():
    assert _cycles(_import_graph()) == []
