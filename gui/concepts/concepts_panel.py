"""The Concepts tab: one sub-tab per idea the learner can move (activations,
losses, MAE against MSE, softmax, metrics)."""
from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, QEventLoop
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from gui.concepts.activation_view import ActivationView
from gui.concepts.loss_view import LossView
from gui.concepts.metrics_view import MetricsView
from gui.concepts.outlier_fit_view import OutlierFitView
from gui.concepts.softmax_view import SoftmaxView


class ConceptsPanel(QWidget):
    """Composes the concept views into sub-tabs; owns no math of its own."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.activation_view = ActivationView()
        self.loss_view = LossView()
        self.outlier_view = OutlierFitView()
        self.softmax_view = SoftmaxView()
        self.metrics_view = MetricsView()
        self.views = [self.activation_view, self.loss_view, self.outlier_view,
                      self.softmax_view, self.metrics_view]

        self.tabs = QTabWidget()
        self.tabs.setObjectName("concepts.tabs")
        for view, title, tip in (
            (self.activation_view, self.tr("Activations"),
             self.tr("Activation functions, their derivatives and vanishing gradients")),
            (self.loss_view, self.tr("Losses"), self.tr("Loss functions and their gradients for one target")),
            (self.outlier_view, self.tr("MAE vs MSE"), self.tr("Drag an outlier and watch two fitted lines")),
            (self.softmax_view, self.tr("Softmax"),
             self.tr("Logits to probabilities, temperature, cross-entropy, overflow")),
            (self.metrics_view, self.tr("Metrics"), self.tr("What accuracy and MAE count on a small batch")),
        ):
            index = self.tabs.addTab(view, title)
            self.tabs.setTabToolTip(index, tip)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.tabs)

    # -- scenes ------------------------------------------------------------------------
    VIEW_NAMES = ("activations", "losses", "outlier", "softmax", "metrics")  # in tab order

    def tab_state(self):
        """Which view is shown and every view's settings (``ConceptsState``)."""
        from core.state.tab_states import ConceptsState
        from gui.state_binding import read_controls

        view = self.VIEW_NAMES[max(0, self.tabs.currentIndex())]
        return ConceptsState(**read_controls(self, ConceptsState), view=view)

    def apply_state(self, state) -> list[str]:
        from gui.state_binding import write_controls

        refused = write_controls(self, state)
        self.tabs.setCurrentIndex(self.VIEW_NAMES.index(state.view))
        return refused

    def shutdown(self) -> None:
        """Stop the live line fitting."""
        self.outlier_view.shutdown()

    def screenshot_states(self):
        """Each view in a state that shows its point (see gui/screenshots.py)."""
        self.tabs.setCurrentWidget(self.activation_view)
        self.activation_view.layers_slider.setValue(10)
        yield "concepts"
        self.tabs.setCurrentWidget(self.loss_view)
        self.loss_view.sigmoid_check.setChecked(True)
        yield "concepts-losses"
        self.tabs.setCurrentWidget(self.outlier_view)
        self.outlier_view.pull_button.click()
        deadline = time.monotonic() + 10  # let the live fit settle (about two seconds)
        while not self.outlier_view.converged() and time.monotonic() < deadline:
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
            time.sleep(0.01)
        yield "concepts-outlier"
        self.tabs.setCurrentWidget(self.softmax_view)
        self.softmax_view.preset_buttons["large"].click()
        yield "concepts-softmax"
        self.tabs.setCurrentWidget(self.metrics_view)
        self.metrics_view.hesitant_button.click()
        yield "concepts-metrics"
        self.tabs.setCurrentWidget(self.activation_view)

