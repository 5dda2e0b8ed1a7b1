"""The six live views of a training run in a 3x2 grid.

Top: loss, accuracy, gradient size per layer. Bottom: prediction grid,
confusion matrix, first-layer weights. The Training panel feeds each view;
``export_png`` saves the whole grid as one picture.
"""
from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QWidget

from gui.training.accuracy_plot import AccuracyPlot
from gui.training.confusion_view import ConfusionView
from gui.training.grad_norm_plot import GradNormPlot
from gui.training.loss_plot import LossPlot
from gui.training.prediction_grid import PredictionGrid
from gui.training.weight_images import WeightImages


class LiveViews(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.loss_plot = LossPlot()
        self.accuracy_plot = AccuracyPlot()
        self.grad_plot = GradNormPlot()
        self.grid = PredictionGrid()
        self.confusion = ConfusionView()
        self.weights = WeightImages()
        layout = QGridLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.setSpacing(6)
        for k, view in enumerate((self.loss_plot, self.accuracy_plot, self.grad_plot,
                                  self.grid, self.confusion, self.weights)):
            layout.addWidget(view, k // 3, k % 3)
        for c in range(3):
            layout.setColumnStretch(c, 1)
        for r in range(2):
            layout.setRowStretch(r, 1)

    def export_png(self, path) -> bool:
        """Save the six views as one PNG picture; False if it cannot be written."""
        return self.grab().save(str(path))
