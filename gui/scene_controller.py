"""Scenes in the window: File > Open scene..., Save scene..., Recent scenes, Book examples.

``SceneController(window)`` reads every tab's state off its panel (``tab_state()``), writes a
scene file, and opens one: the file is read and checked completely first (``core.state.scene``),
so a damaged, oversized, wrong-version or hostile file changes nothing and gets one message
box; then the model the scene names (by file and SHA-256, else the bundled one, said in one
line), every tab's state (``apply_state``), the active tab, and the locked and hidden
controls (``gui.state_binding.apply_locks``). Unknown keys are named in one status-bar line.

The window provides ``app_state`` (core.state.AppState), ``panels_by_tab`` (tab name ->
panel, each with ``tab_state()`` and ``apply_state(state)``), ``tabs`` (the QTabWidget),
``settings`` and ``statusBar()``.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox

from core.data.model_io import load_model
from core.errors import ModelError
from core.paths import resource
from core.state.bundled import bundled_model
from core.state.model_keeper import FILE, ModelRef
from core.state.scene import SUFFIX, Scene, SceneError, read_scene, write_scene
from core.state.scene_model import resolve_scene_model
from core.state.tab_states import TAB_NAMES
from gui.state_binding import apply_locks

RECENT_KEY = "scenes/recent"
MAX_RECENT = 8
BOOK_SCENES = resource("scenes")
#: the order in which tabs take a scene's state (Training first: it may change the data set)
APPLY_ORDER = ("training", "descent", "draw", "concepts", "landscape")


class SceneController(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.last_path: Path | None = None
        self.last_notes: list[str] = []

    # ------------------------------------------------------------------ menu
    def add_to_menu(self, menu) -> dict:
        """Add the scene actions to ``menu`` (File); returns them by name."""
        menu.setToolTipsVisible(True)
        open_action = QAction(self.tr("&Open scene..."), self)
        open_action.setShortcut(QKeySequence("Ctrl+O"))
        open_action.setToolTip(self.tr("Open a scene file (*.glab.json): every tab set up as it was saved"))
        open_action.triggered.connect(self._on_open)
        save_action = QAction(self.tr("&Save scene..."), self)
        save_action.setShortcut(QKeySequence("Ctrl+S"))
        save_action.setToolTip(self.tr("Save every tab's settings, the ball, the racers and the drawing as a "
                                       "scene file to open later or hand out"))
        save_action.triggered.connect(self._on_save)
        menu.addAction(open_action)
        menu.addAction(save_action)
        self.recent_menu = menu.addMenu(self.tr("&Recent scenes"))
        self.recent_menu.setToolTipsVisible(True)
        self.book_menu = menu.addMenu(self.tr("&Book examples"))
        self.book_menu.setToolTipsVisible(True)
        self._fill_book_menu()
        self._fill_recent_menu()
        return {"open_scene": open_action, "save_scene": save_action}

    def book_scenes(self) -> list[tuple[Path, Scene]]:
        """The scenes shipped in resources/scenes, read and checked like any other."""
        found = []
        for path in sorted(BOOK_SCENES.glob("*" + SUFFIX)):
            try:
                found.append((path, read_scene(path)))
            except SceneError:
                continue  # a broken shipped scene is a bug the tests catch; the menu skips it
        return found

    def _fill_book_menu(self) -> None:
        self.book_menu.clear()
        for path, scene in self.book_scenes():
            language = getattr(self.window, "language", "en")
            action = self.book_menu.addAction(scene.title_in(language) or path.name)
            action.setToolTip(scene.notes_in(language) or str(path.name))
            action.setData(str(path))
            action.triggered.connect(lambda _=False, p=path: self.open_scene(p))

    def recent(self) -> list[str]:
        text = self.window.settings.value(RECENT_KEY)
        return [line for line in str(text or "").split("\n") if line][:MAX_RECENT]

    def _remember(self, path: Path) -> None:
        if Path(path).resolve().parent == BOOK_SCENES.resolve():
            return
        entries = [str(Path(path).resolve())] + [p for p in self.recent() if p != str(Path(path).resolve())]
        self.window.settings.set_value(RECENT_KEY, "\n".join(entries[:MAX_RECENT]))
        self._fill_recent_menu()

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        entries = self.recent()
        for entry in entries:
            action = self.recent_menu.addAction(Path(entry).name)
            action.setToolTip(entry)
            action.triggered.connect(lambda _=False, p=entry: self.open_scene(p))
        if not entries:
            none = self.recent_menu.addAction(self.tr("(no scenes opened yet)"))
            none.setEnabled(False)

    # ------------------------------------------------------------------ reading the window
    def sync_state(self):
        """Every panel's state into the AppState; returns the AppState."""
        state = self.window.app_state
        for name in TAB_NAMES:
            state.set_tab_state(name, self.window.panels_by_tab[name].tab_state())
        state.tab = TAB_NAMES[max(0, self.window.tabs.currentIndex())]
        return state

    def scene_now(self) -> Scene:
        return self.sync_state().to_scene()

    # ------------------------------------------------------------------ files
    def save_scene(self, path) -> bool:
        path = Path(path)
        if not path.name.endswith(SUFFIX):
            path = path.with_name(path.name.removesuffix(".json") + SUFFIX)
        try:
            write_scene(path, self.scene_now())
        except (OSError, ValueError) as exc:
            self._problem(self.tr("The scene could not be saved"), str(exc))
            return False
        self.last_path = path
        self._remember(path)
        self.window.statusBar().showMessage(self.tr("Scene saved to {0}").format(path), 8000)
        return True

    def open_scene(self, path) -> bool:
        """Open a scene file; on any problem one message box, and the app stays as it was."""
        try:
            scene = read_scene(path)
        except SceneError as exc:
            self._problem(self._why(exc), str(exc))
            return False
        before = self.scene_now()
        try:
            notes = self.apply_scene(scene, Path(path).parent)
        except (ValueError, KeyError, TypeError) as exc:  # a combination no check foresaw: undo it
            self.apply_scene(before, None)
            self._problem(self.tr("This scene cannot be opened; Gradient Lab is as it was."), str(exc))
            return False
        self.last_path = Path(path)
        self._remember(Path(path))
        title = scene.title_in(getattr(self.window, "language", "en")) or Path(path).name
        line = self.tr("Scene: {0}").format(title)
        if scene.warnings:
            line += " · " + self.tr("ignored unknown key(s): {0}").format(", ".join(scene.warnings[:20]))
        if notes:
            line += " · " + " · ".join(notes)
        self.last_notes = notes + ([scene.warning_line()] if scene.warnings else [])
        self.window.statusBar().showMessage(line)
        return True

    def apply_scene(self, scene: Scene, base) -> list[str]:
        """Set the window up from a checked scene; returns one-line notes (model fallback, refusals)."""
        notes = self._apply_model(scene.model, base)
        # locks first: a control a former scene hid comes back, then the panels set what shows
        missing = apply_locks(self.window, scene.locked, scene.hidden,
                              self.tr("Locked by the scene: the teacher keeps this setting fixed for this exercise"))
        refused = []
        for name in APPLY_ORDER:
            refused += [f"{name}.{f}" for f in self.window.panels_by_tab[name].apply_state(scene.states[name])]
        self.window.tabs.setCurrentIndex(TAB_NAMES.index(scene.tab))
        self.window.app_state.apply_scene(scene)
        self.sync_state()
        if refused:
            notes.append(self.tr("kept as they were: {0}").format(", ".join(refused)))
        if missing:
            notes.append(self.tr("no such control: {0}").format(", ".join(missing)))
        return notes

    def _apply_model(self, spec, base) -> list[str]:
        keeper = self.window.app_state.models
        if spec is None:
            return []
        path, message = resolve_scene_model(spec, base)
        if path is not None:
            try:
                net, _meta = load_model(path)
                keeper.use(net, ModelRef(FILE, self.tr("scene model: {0}").format(path.name), path=str(path),
                                         sha256=spec.get("sha256", "")))
                return []
            except (ModelError, OSError) as exc:
                message = self.tr("the scene's model cannot be read ({0}); the bundled model is used instead"
                                  ).format(exc)
        if keeper.ref.source != "bundled":
            try:
                net, ref = bundled_model()
                keeper.use(net.copy(), ref)
            except ModelError:
                pass
        return [self._translate_model_message(message)] if message else []

    def _translate_model_message(self, message: str) -> str:
        if "is missing" in message:
            return self.tr("The scene's model file is missing; the bundled model is used instead.")
        if "has changed" in message:
            return self.tr("The scene's model file has changed since the scene was saved (SHA-256 differs); "
                           "the bundled model is used instead.")
        return message

    # ------------------------------------------------------------------ messages
    def _why(self, exc: SceneError) -> str:
        reasons = {
            "open": self.tr("The scene file cannot be opened."),
            "not_file": self.tr("That is not a regular file, so it cannot be a scene."),
            "too_large": self.tr("The file is larger than a scene may be (1 MB)."),
            "encoding": self.tr("The file is not UTF-8 text, so it is not a scene."),
            "json": self.tr("The file is damaged or not a scene: it is not valid JSON."),
            "format": self.tr("The file is not a Gradient Lab scene."),
            "version": self.tr("The scene was written for another version of Gradient Lab."),
            "value": self.tr("The scene holds a value Gradient Lab cannot use."),
        }
        return reasons.get(getattr(exc, "kind", "value"), reasons["value"]) + " " + \
            self.tr("Nothing was changed.")

    def _problem(self, headline: str, detail: str) -> None:
        self.last_problem = f"{headline} {detail}"
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Scene"), headline,
                          QMessageBox.StandardButton.Ok, self.window)
        box.setInformativeText(detail)
        box.setObjectName("scene.problem")
        box.open()  # not exec(): tests and scripts are never blocked by it

    def _on_open(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Open scene"), "",
                                              self.tr("Gradient Lab scenes (*.glab.json);;JSON files (*.json)"))
        if path:
            self.open_scene(path)

    def _on_save(self) -> None:
        start = str(self.last_path) if self.last_path else "scene" + SUFFIX
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Save scene"), start,
                                              self.tr("Gradient Lab scenes (*.glab.json)"))
        if path:
            self.save_scene(path)
