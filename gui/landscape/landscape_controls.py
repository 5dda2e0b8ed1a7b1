"""LandscapeControls: the settings column of the Landscape tab, and its actions.

Four boxes, top to bottom: the network (which model, which path), the slice (kind,
grid, data, reach, seed, Compute/Cancel and the progress), the training path (show it,
replay it snapshot by snapshot) and the two weights (the pixel picker, optimizer,
learning rate, Step/Play/Reset). The column only holds the controls; the panel
connects them and decides what happens. Every control that is kept in settings and
scenes has a ``landscape.*`` objectName and a tooltip.

``make_actions(owner)`` builds the tab's QActions (text, shortcut, tooltip), owned by
``owner`` (the panel) and reached with its shortcuts while the tab has the focus:

    step         Space       one optimizer step on the two weights
    play         P           keep stepping (checkable)
    reset        R           back to the trained weights
    replay_back  [           one snapshot back on the path
    replay_step  ]           one snapshot forward
    replay_play  Shift+P     replay the path from its start (checkable)
    compute      Ctrl+Enter  compute the slice
    cancel       Esc         stop computing

The buttons of the column are tool buttons showing these actions, so a button, its
shortcut and its enabled state are one thing.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QSizePolicy,
    QSlider,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from core.nn.optimizers import OPTIMIZERS
from gui.i18n import tr_core
from gui.landscape.weight_pixel_picker import WeightPixelPicker
from gui.widgets.lr_input import LrInput

#: default half-width of the view per kind (see LandscapeSpec.span)
SPANS = {"pca": 1.3, "random": 1.0, "weights": 2.0}
#: the actions that can be checked (on while playing)
CHECKABLE = ("play", "replay_play")

#: (name, text, shortcut, tooltip) of every action of the tab; translated in context
#: "LandscapeControls" when the actions are made
ACTION_SPECS = [
    ("step", QT_TRANSLATE_NOOP("LandscapeControls", "Step"), "Space",
     QT_TRANSLATE_NOOP("LandscapeControls", "One optimizer step on the two weights (Space)")),
    ("play", QT_TRANSLATE_NOOP("LandscapeControls", "Play"), "P",
     QT_TRANSLATE_NOOP("LandscapeControls", "Keep stepping until you press again or the run stops (P)")),
    ("reset", QT_TRANSLATE_NOOP("LandscapeControls", "Reset"), "R",
     QT_TRANSLATE_NOOP("LandscapeControls", "Back to the trained weights (R)")),
    ("replay_back", QT_TRANSLATE_NOOP("LandscapeControls", "◀ Back"), "[",
     QT_TRANSLATE_NOOP("LandscapeControls", "One snapshot back ([)")),
    ("replay_step", QT_TRANSLATE_NOOP("LandscapeControls", "Step ▶"), "]",
     QT_TRANSLATE_NOOP("LandscapeControls", "One snapshot forward (])")),
    ("replay_play", QT_TRANSLATE_NOOP("LandscapeControls", "Play"), "Shift+P",
     QT_TRANSLATE_NOOP("LandscapeControls", "Replay the run from the start (Shift+P)")),
    ("compute", QT_TRANSLATE_NOOP("LandscapeControls", "Compute"), "Ctrl+Return",
     QT_TRANSLATE_NOOP("LandscapeControls", "Compute the loss on the grid, in the background (Ctrl+Enter)")),
    ("cancel", QT_TRANSLATE_NOOP("LandscapeControls", "Cancel"), "Esc",
     QT_TRANSLATE_NOOP("LandscapeControls", "Stop computing; the picture shown stays (Esc)")),
]


def make_actions(owner: QWidget) -> dict[str, QAction]:
    """The tab's actions (see the module docstring), added to ``owner`` so their shortcuts work
    while the focus is anywhere in it."""
    actions = {}
    for name, text, key, tip in ACTION_SPECS:
        action = QAction(QCoreApplication.translate("LandscapeControls", text), owner)
        action.setObjectName(f"landscape.action_{name}")
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setToolTip(QCoreApplication.translate("LandscapeControls", tip))
        action.setCheckable(name in CHECKABLE)
        owner.addAction(action)
        actions[name] = action
    actions["cancel"].setEnabled(False)
    return actions


def _tool_button(action: QAction) -> QToolButton:
    button = QToolButton()
    button.setDefaultAction(action)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    return button


class LandscapeControls(QWidget):
    """The settings column; ``actions`` from ``make_actions``. See the module docstring."""

    def __init__(self, actions: dict[str, QAction], parent=None):
        super().__init__(parent)
        self.actions = actions
        self.buttons: dict[str, QToolButton] = {}  # action name -> the button that shows it
        column = QVBoxLayout(self)
        column.setContentsMargins(2, 2, 2, 2)
        column.addWidget(self._model_group())
        column.addWidget(self._slice_group())
        column.addWidget(self._path_group())
        column.addWidget(self._weights_group())
        column.addStretch(1)

    # -- building -------------------------------------------------------------------
    def _buttons(self, *names: str) -> QHBoxLayout:
        row = QHBoxLayout()
        for name in names:
            self.buttons[name] = _tool_button(self.actions[name])
            row.addWidget(self.buttons[name])
        return row

    def _model_group(self) -> QGroupBox:
        box = QGroupBox(self.tr("Network"))
        layout = QVBoxLayout(box)
        self.model_label = QLabel(self.tr("No model yet: train one on the Training tab."))
        self.model_label.setWordWrap(True)
        self.path_label = QLabel()
        self.path_label.setWordWrap(True)
        layout.addWidget(self.model_label)
        layout.addWidget(self.path_label)
        return box

    @staticmethod
    def _spin(cls, name: str, lo, hi, step, value, tip: str):
        spin = cls()
        spin.setObjectName(name)
        spin.setRange(lo, hi)
        spin.setSingleStep(step)
        spin.setValue(value)
        spin.setToolTip(tip)
        return spin

    def _slice_group(self) -> QGroupBox:
        box = QGroupBox(self.tr("Slice"))
        form = QFormLayout(box)
        self.kind = QComboBox()
        self.kind.setObjectName("landscape.kind")
        self.kind.addItem(self.tr("PCA plane of the training path"), "pca")
        self.kind.addItem(self.tr("Random plane (filter-normalised)"), "random")
        self.kind.addItem(self.tr("Two weights of the first layer"), "weights")
        self.kind.setToolTip(self.tr(
            "PCA: the two directions in which the weights moved most during training. "
            "Random: two random directions, each unit's part scaled to the size of its weights. "
            "Two weights: the loss over two single weights, all others frozen."))
        form.addRow(self.tr("Slice"), self.kind)
        self.resolution = self._spin(QSpinBox, "landscape.resolution", 11, 101, 10, 41, self.tr(
            "Grid points along each axis: the loss is computed at every point"))
        self.resolution.setSuffix(self.tr(" × same"))
        form.addRow(self.tr("Grid"), self.resolution)
        self.samples = self._spin(QSpinBox, "landscape.samples", 100, 8000, 100, 1000, self.tr(
            "The loss is the mean over this fixed set of training digits (the same ones every time)"))
        self.samples.setSuffix(self.tr(" digits"))
        form.addRow(self.tr("Data"), self.samples)
        form.addRow(self.tr("Reach ±"), self._span_row())
        self.seed = self._spin(QSpinBox, "landscape.seed", 0, 9999, 1, 0, self.tr(
            "Which random directions: another seed gives another random plane"))
        self.seed_label = QLabel(self.tr("Seed"))
        form.addRow(self.seed_label, self.seed)
        form.addRow(self._buttons("compute", "cancel"))
        self.progress = QProgressBar()
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress.setFormat(self.tr("Idle"))
        self.progress.setToolTip(self.tr("Rows of the grid computed so far"))
        form.addRow(self.progress)
        return box

    def _span_row(self) -> QWidget:
        tips = {
            "pca": self.tr("How far the view reaches, in multiples of the path's extent along each axis"),
            "random": self.tr("How far the view reaches along each direction: 1 = a step as long as the weights"),
            "weights": self.tr("How far each weight may move from its trained value, in either direction"),
        }
        self.spans = {}
        self.span_row = QWidget()
        row = QHBoxLayout(self.span_row)
        row.setContentsMargins(0, 0, 0, 0)
        for key in ("pca", "random", "weights"):
            spin = self._spin(QDoubleSpinBox, f"landscape.span_{key}", 0.05, 50.0, 0.25, SPANS[key], tips[key])
            spin.setDecimals(2)
            spin.setValue(SPANS[key])
            self.spans[key] = spin
            row.addWidget(spin)
        return self.span_row

    def _path_group(self) -> QGroupBox:
        self.path_box = QGroupBox(self.tr("Training path"))
        layout = QVBoxLayout(self.path_box)
        self.show_path = QCheckBox(self.tr("Show the path"))
        self.show_path.setObjectName("landscape.show_path")
        self.show_path.setChecked(True)
        self.show_path.setToolTip(self.tr("Draw the weight snapshots of the run, projected onto the plane"))
        layout.addWidget(self.show_path)
        self.replay = QSlider(Qt.Orientation.Horizontal)
        self.replay.setObjectName("landscape.replay")
        self.replay.setRange(0, 0)
        self.replay.setToolTip(self.tr("Move the ball along the path, snapshot by snapshot"))
        layout.addWidget(self.replay)
        layout.addLayout(self._buttons("replay_back", "replay_step", "replay_play"))
        self.replay_label = QLabel()
        self.replay_label.setWordWrap(True)
        layout.addWidget(self.replay_label)
        return self.path_box

    def _weights_group(self) -> QGroupBox:
        self.weights_box = QGroupBox(self.tr("Two weights"))
        layout = QVBoxLayout(self.weights_box)
        self.picker = WeightPixelPicker()
        layout.addWidget(self.picker)
        form = QFormLayout()
        self.optimizer = QComboBox()
        self.optimizer.setObjectName("landscape.optimizer")
        for key, cls in OPTIMIZERS.items():
            self.optimizer.addItem(tr_core(cls.display_name), key)
        self.optimizer.setToolTip(self.tr("The Descent lab's optimizer that moves the two weights"))
        form.addRow(self.tr("Optimizer"), self.optimizer)
        self.lr = LrInput("landscape.lr", "landscape", value=1.0, decimals=4, tooltip=self.tr(
            "Learning rate η of the two-weight descent (set to a suggestion when the slice or the "
            "optimizer changes)"))
        form.addRow(self.tr("Learning rate"), self.lr)
        layout.addLayout(form)
        layout.addLayout(self._buttons("step", "play", "reset"))
        self.descent_label = QLabel()
        self.descent_label.setWordWrap(True)
        layout.addWidget(self.descent_label)
        return self.weights_box

    # -- showing what the tab works on --------------------------------------------------
    def show_model(self, sizes, description: str, snapshots: int) -> None:
        """Say which network is used (``sizes`` None: none yet) and whether it has a path."""
        if sizes is None:
            self.model_label.setText(self.tr("No model yet: train one on the Training tab."))
        else:
            arch = "-".join(str(s) for s in sizes)
            text = description or arch
            self.model_label.setText(text if arch in text else self.tr("{0} ({1})").format(text, arch))
        if snapshots:
            self.path_label.setText(self.tr("Training path: {0} weight snapshots.").format(snapshots))
        else:
            self.path_label.setText(self.tr("No training path for this model (train it on the Training tab "
                                            "to see its path); the random plane and two weights still work."))

    # -- showing what applies ---------------------------------------------------------
    def show_kind(self, kind: str) -> None:
        """Show the reach box of ``kind`` and the seed only for the random plane."""
        for key, spin in self.spans.items():
            spin.setVisible(key == kind)
        self.seed.setVisible(kind == "random")
        self.seed_label.setVisible(kind == "random")

    def show_boxes(self, kind: str, shown: str | None, has_path: bool, stale: bool) -> None:
        """The path box for the planes, the weights box for two weights. ``shown``: the kind of
        the slice drawn (None: nothing drawn); the descent actions work only on a drawn,
        current two-weight slice, the replay only on a drawn path."""
        self.weights_box.setVisible(kind == "weights")
        self.path_box.setVisible(kind != "weights")
        self.path_box.setEnabled(shown in ("pca", "random") and has_path)
        for name in ("replay_back", "replay_step", "replay_play"):
            self.actions[name].setEnabled(shown in ("pca", "random") and has_path)
        for name in ("step", "play", "reset"):
            self.actions[name].setEnabled(shown == "weights" and not stale)
