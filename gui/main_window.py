"""The main window: composes the panels into tabs and owns the menus."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMessageBox, QTabWidget

from gui.app import app_icon
from gui.concepts_panel import ConceptsPanel
from gui.descent_panel import DescentPanel
from gui.draw_panel import DrawPanel
from gui.training_panel import TrainingPanel


class MainWindow(QMainWindow):
    """Tabs: Descent lab, Training, Draw, Concepts; Help > About; a status bar."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Gradient Lab"))
        self.setWindowIcon(app_icon())
        self.resize(1280, 800)

        self.descent = DescentPanel()
        self.training = TrainingPanel()
        self.draw = DrawPanel()
        self.concepts = ConceptsPanel()
        self.panels = [self.descent, self.training, self.draw, self.concepts]

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.descent, self.tr("Descent lab"))
        self.tabs.addTab(self.training, self.tr("Training"))
        self.tabs.addTab(self.draw, self.tr("Draw"))
        self.tabs.addTab(self.concepts, self.tr("Concepts"))
        self.setCentralWidget(self.tabs)

        self._make_menus()
        self.statusBar().showMessage(self.tr("Ready"))

    def _make_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About Gradient Lab"), self)
        about.triggered.connect(self._on_about)
        help_menu.addAction(about)
        self.actions_by_name = {"quit": quit_action, "about": about}

    def _on_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Gradient Lab"),
            self.tr(
                "<b>Gradient Lab</b><p>See how a neural network is trained: gradient "
                "descent on a loss surface, an MLP learning MNIST, your own "
                "handwriting, and the ideas behind them.</p>"
                "<p>MNIST digits: Y. LeCun, C. Cortes, C. Burges (CC BY-SA 3.0).</p>"
            ),
        )

    def shutdown(self) -> None:
        """Stop every panel's background work and wait for it."""
        for panel in self.panels:
            stop = getattr(panel, "shutdown", None)
            if stop is not None:
                stop()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self.shutdown()
        super().closeEvent(event)
