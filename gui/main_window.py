"""The main window: composes the panels into tabs and owns the menus.

Menus: File > Open scene..., Save scene..., Recent scenes, Book examples, Quit; View > Language (restart to apply); Help > Help panel (F1),
Keyboard shortcuts, Reset to defaults, About. Settings that stick (last tab,
every picker and number of the panels, splitter sizes, window geometry, the
Help panel) are saved on close and restored on start by ``gui.settings``
without per-panel code. ``MainWindow()`` without ``settings`` keeps them in
memory only (tests, screenshots); ``run_app`` passes the real file.

The window owns the app's one state, ``app_state`` (``core.state.AppState``: every tab's
settings, the data set, the model in use and the runs' weights, the last run's path); the
panels get it and read the shared things from it, never from each other. ``history_folder``
(``run_app``: the data folder's ``runs``) keeps Run history across restarts. Scenes:
``gui.scene_controller``.
"""
from __future__ import annotations

import sys

from PySide6.QtCore import QProcess, Qt
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMessageBox, QTabWidget

from gui import settings as settings_mod
from core.state.app_state import AppState
from core.state.bundled import keeper_with_bundled
from gui.app_info import LANGUAGES, app_icon
from gui.concepts.concepts_panel import ConceptsPanel
from gui.descent.descent_panel import DescentPanel
from gui.draw.draw_panel import DrawPanel
from gui.help_panel import VIEW_TOPICS, HelpPanel
from gui.landscape.landscape_panel import LandscapePanel
from gui.scene_controller import SceneController
from gui.settings import Settings
from gui.shortcuts_dialog import ShortcutsDialog
from gui.training.training_panel import TrainingPanel

DEFAULT_SIZE = (1280, 800)
#: help topic of each tab, in tab order
TAB_TOPICS = ["descent", "training", "draw", "concepts", "landscape"]


class MainWindow(QMainWindow):
    """Tabs: Descent lab, Training, Draw, Concepts, Landscape; menus; a Help dock; a status bar."""

    def __init__(self, parent=None, settings: Settings | None = None, language: str | None = None,
                 history_folder=None):
        super().__init__(parent)
        self.setObjectName("main.window")
        self.settings = settings if settings is not None else Settings.memory()
        self.language = language or "en"
        self.setWindowTitle(self.tr("Gradient Lab"))
        self.setWindowIcon(app_icon())
        self.resize(*DEFAULT_SIZE)

        self.app_state = AppState(keeper_with_bundled())
        self.descent = DescentPanel()
        self.training = TrainingPanel(self.app_state, history_folder=history_folder)
        self.draw = DrawPanel(self.app_state)
        self.concepts = ConceptsPanel()
        self.landscape = LandscapePanel(self.app_state)
        self.panels = [self.descent, self.training, self.draw, self.concepts, self.landscape]
        self.panels_by_tab = dict(zip(TAB_TOPICS, self.panels))
        self.scenes = SceneController(self)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("main.tabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.descent, self.tr("Descent lab"))
        self.tabs.addTab(self.training, self.tr("Training"))
        self.tabs.addTab(self.draw, self.tr("Draw"))
        self.tabs.addTab(self.concepts, self.tr("Concepts"))
        self.tabs.addTab(self.landscape, self.tr("Landscape"))
        self.tabs.setTabToolTip(0, self.tr("Gradient descent on a loss surface: step, play, race optimizers"))
        self.tabs.setTabToolTip(1, self.tr("Train a neural network on MNIST and watch it learn"))
        self.tabs.setTabToolTip(2, self.tr("Draw a digit and see what the network answers"))
        self.tabs.setTabToolTip(3, self.tr("Activation functions, losses, softmax and metrics to play with"))
        self.tabs.setTabToolTip(4, self.tr("The real loss of the trained network on a slice through its weights"))
        self.setCentralWidget(self.tabs)

        self.help = HelpPanel(self)  # a side sheet over the tabs' right edge (see help_panel.py)
        self.help.hide()

        self._make_menus()
        self.statusBar().showMessage(self.tr("Ready"))

        self.tabs.currentChanged.connect(self._on_tab_changed)
        for panel in self.panels:  # sub-tabs (e.g. the concept views) change the help topic too
            for inner in panel.findChildren(QTabWidget):
                inner.currentChanged.connect(self._on_tab_changed)
        self.help.sigVisibilityChanged.connect(self._on_help_visibility)

        self._defaults = settings_mod.snapshot(self)
        self.restore_settings()
        self._on_tab_changed()

    # ------------------------------------------------------------------ menus
    def _make_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        scene_actions = self.scenes.add_to_menu(file_menu)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))  # StandardKey.Quit is empty on some platforms
        quit_action.setToolTip(self.tr("Close Gradient Lab (settings are saved)"))
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        language_menu = view_menu.addMenu(self.tr("&Language"))
        language_menu.setToolTipsVisible(True)
        group = QActionGroup(self)
        group.setExclusive(True)
        self.language_actions = {}
        for code, name in LANGUAGES.items():
            action = QAction(name, self)
            action.setCheckable(True)
            action.setChecked(code == self.language)
            action.setData(code)
            action.setToolTip(self.tr("Takes effect when Gradient Lab is restarted"))
            action.triggered.connect(self._on_language_action)
            group.addAction(action)
            language_menu.addAction(action)
            self.language_actions[code] = action
        language_menu.addSeparator()
        note = language_menu.addAction(self.tr("(restart to apply)"))
        note.setEnabled(False)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.setToolTipsVisible(True)
        help_action = QAction(self.tr("Help &panel"), self)
        help_action.setCheckable(True)
        help_action.toggled.connect(self.help.setVisible)
        help_action.setShortcut(QKeySequence(Qt.Key.Key_F1))
        help_action.setToolTip(self.tr("Show or hide the explanation of the current tab"))
        help_menu.addAction(help_action)
        shortcuts = QAction(self.tr("&Keyboard shortcuts"), self)
        shortcuts.setShortcut(QKeySequence("Ctrl+/"))
        shortcuts.setToolTip(self.tr("List every keyboard shortcut"))
        shortcuts.triggered.connect(self._on_shortcuts)
        help_menu.addAction(shortcuts)
        reset = QAction(self.tr("&Reset to defaults..."), self)
        reset.setToolTip(self.tr("Put every setting, picker and the window back as they were at first start"))
        reset.triggered.connect(self._on_reset)
        help_menu.addAction(reset)
        help_menu.addSeparator()
        about = QAction(self.tr("&About Gradient Lab"), self)
        about.setToolTip(self.tr("What Gradient Lab is, and where its data comes from"))
        about.triggered.connect(self._on_about)
        help_menu.addAction(about)
        self.actions_by_name = {"quit": quit_action, **scene_actions, "about": about, "help": help_action,
                                "shortcuts": shortcuts, "reset": reset,
                                **{f"lang_{c}": a for c, a in self.language_actions.items()}}

    # ------------------------------------------------------------------ help
    def current_topic(self) -> str:
        """The help topic of the current tab.

        A panel may refine it with ``help_topic()``; else the current page of a
        sub-tab widget refines it, by its objectName (a topic key) or its class
        (``VIEW_TOPICS``).
        """
        index = self.tabs.currentIndex()
        panel = self.tabs.currentWidget()
        topic = TAB_TOPICS[index] if 0 <= index < len(TAB_TOPICS) else "descent"
        refine = getattr(panel, "help_topic", None)
        if callable(refine):
            try:
                topic = refine() or topic
            except Exception:  # noqa: BLE001 - help must never break the window
                pass
        elif panel is not None:
            for inner in panel.findChildren(QTabWidget):
                page = inner.currentWidget()
                name = page.objectName() if page is not None else ""
                by_class = VIEW_TOPICS.get(type(page).__name__, "")
                if name in self.help.topics() or by_class:
                    topic = name if name in self.help.topics() else by_class
                    break
        return topic

    def _on_help_visibility(self, shown: bool) -> None:
        self.actions_by_name["help"].setChecked(shown)
        if shown:
            self._place_help()
            self._on_tab_changed()

    def _place_help(self) -> None:
        central = self.centralWidget()
        area = central.geometry()
        bar = self.tabs.tabBar()
        area.setTop(area.top() + bar.geometry().bottom() + 1)  # below the tab titles
        self.help.place(area)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if self.help.isVisible():
            self._place_help()

    def _on_tab_changed(self, *_args) -> None:
        if self.help.isVisible() or not self.help.topic:
            self.help.show_topic(self.current_topic())

    def _on_shortcuts(self) -> None:
        dialog = ShortcutsDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _on_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Gradient Lab"),
            self.tr(
                "<b>Gradient Lab</b><p>See how a neural network is trained: gradient "
                "descent on a loss surface, an MLP learning MNIST, your own "
                "handwriting, and the ideas behind them.</p>"
                "<p>MNIST digits: Y. LeCun, C. Cortes, C. Burges (CC BY-SA 3.0).</p>"
            )
            + self.tr("<p>Korean font: NanumSquare, NAVER Corporation (SIL Open Font License 1.1).</p>"),
        )

    # ------------------------------------------------------------------ language
    def _on_language_action(self) -> None:
        action = self.sender()
        if isinstance(action, QAction):
            self.set_language(action.data(), ask=True)

    def set_language(self, code: str, ask: bool = False) -> None:
        """Save the language for the next start; with ``ask``, offer to restart now."""
        if code not in LANGUAGES:
            return
        self.settings.set_value("language", code)
        self.settings.sync()
        self.language_actions[code].setChecked(True)
        if code == self.language:
            self.statusBar().showMessage(self.tr("Language: {0}").format(LANGUAGES[code]), 5000)
            return
        text = self.tr("The language changes to {0} when Gradient Lab is restarted.").format(LANGUAGES[code])
        self.statusBar().showMessage(text)
        if not ask:
            return
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Language"), text,
                          QMessageBox.StandardButton.NoButton, self)
        restart = box.addButton(self.tr("Restart now"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Later"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is restart:
            self.restart()

    def restart(self) -> None:
        """Close (saving everything) and start the app again with the same arguments, less --lang."""
        args, skip = [], False
        for arg in sys.argv[1:]:
            if skip:
                skip = False
                continue
            if arg == "--lang":
                skip = True
                continue
            if arg.startswith("--lang="):
                continue
            args.append(arg)
        if self.close():
            QProcess.startDetached(sys.executable, [sys.argv[0], *args])

    # ------------------------------------------------------------------ settings
    def restore_settings(self) -> None:
        """Controls, window geometry and dock state from the settings (bad values are ignored)."""
        settings_mod.restore_controls(self.settings, self)
        geometry = self.settings.value("window/geometry")
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            self.resize(*DEFAULT_SIZE)
        self.help.setVisible(self.settings.value("help/visible"))
        self._fit_to_screen()

    def save_settings(self) -> None:
        settings_mod.save_controls(self.settings, self)
        self.settings.set_value("window/geometry", self.saveGeometry())
        self.settings.set_value("help/visible", self.help.isVisible())
        self.settings.sync()

    def _fit_to_screen(self) -> None:
        """Shrink the window to the screen's free area (not offscreen: its 800x800 'screen' is virtual)."""
        screen = self.screen()
        if screen is None or QGuiApplication.platformName() == "offscreen":
            return
        available = screen.availableGeometry()
        width, height = min(self.width(), available.width()), min(self.height(), available.height())
        if (width, height) != (self.width(), self.height()):
            self.resize(width, height)

    def _on_reset(self) -> None:
        answer = QMessageBox.question(
            self, self.tr("Reset to defaults"),
            self.tr("Put every setting back to its default? The pickers, numbers, window size "
                    "and language choice are reset; trained models and your drawings are kept."),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.reset_to_defaults()

    def reset_to_defaults(self) -> None:
        """Controls back to their values at start-up, saved settings forgotten, default window."""
        settings_mod.apply_snapshot(self, self._defaults)
        self.settings.clear()
        self.help.hide()
        self.showNormal()
        self.resize(*DEFAULT_SIZE)
        self._fit_to_screen()
        self.statusBar().showMessage(self.tr("Settings reset to defaults."), 5000)

    # ------------------------------------------------------------------ closing
    def shutdown(self) -> None:
        """Stop every panel's background work and wait for it."""
        for panel in self.panels:
            stop = getattr(panel, "shutdown", None)
            if stop is not None:
                stop()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self.shutdown()
        try:
            self.save_settings()
        except Exception:  # noqa: BLE001 - never block closing on a settings problem
            import logging

            logging.getLogger(__name__).exception("saving settings failed")
        super().closeEvent(event)
