"""The Training panel's settings column: data set, network, optimization, model file.

Pickers fill themselves from core's registries (ACTIVATIONS, LOSS_NAMES,
INITIALIZERS, OPTIMIZERS, SCHEDULES) with the core key as userData, and start
at ``TrainConfig()``'s defaults, which are the app's defaults. ``config()``
returns the TrainConfig the widgets describe; the learning rate and the
schedule stay editable while training (``sigLrChanged``, ``sigScheduleChanged``).
"""
from __future__ import annotations

import dataclasses

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDoubleSpinBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QProgressBar, QPushButton, QSizePolicy, QSpinBox, QVBoxLayout, QWidget,
)

from core.nn.activations import ACTIVATIONS
from core.nn.initializers import INITIALIZERS
from core.nn.losses import LOSSES
from core.nn.network import LOSS_NAMES
from core.nn.optimizers import OPTIMIZERS
from core.nn.schedules import SCHEDULES
from core.training.training import DEFAULT_LR, TrainConfig
from gui.i18n import tr_core
from gui.widgets.lr_input import LrInput



def parse_hidden(text: str) -> tuple[int, ...]:
    """'512, 256' -> (512, 256); raises ValueError with a short reason (in the UI language)."""
    parts = [p for p in text.replace(";", ",").replace(" ", ",").split(",") if p.strip()]
    if not parts:
        raise ValueError(QCoreApplication.translate(
            "TrainingControls", "give at least one hidden layer size, e.g. 128 or 512, 256"))
    sizes = []
    for p in parts:
        try:
            size = int(p)
        except ValueError:
            raise ValueError(QCoreApplication.translate(
                "TrainingControls", "“{0}” is not a whole number").format(p)) from None
        if not 1 <= size <= 4096:
            raise ValueError(QCoreApplication.translate(
                "TrainingControls", "{0} is outside 1 to 4096").format(size))
        sizes.append(size)
    if len(sizes) > 8:
        raise ValueError(QCoreApplication.translate("TrainingControls", "at most 8 hidden layers"))
    return tuple(sizes)


class TrainingControls(QWidget):
    sigDatasetChosen = Signal(str)  # "sample", "mnist" or a folder path
    sigOpenFolder = Signal()
    sigDownload = Signal()
    sigCancelDownload = Signal()
    sigLrChanged = Signal(float)
    sigScheduleChanged = Signal(str)
    sigSaveModel = Signal()
    sigLoadModel = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        defaults = TrainConfig()
        self._defaults = defaults
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self._make_data_group())
        layout.addWidget(self._make_network_group())
        layout.addWidget(self._make_optimization_group())
        layout.addWidget(self._make_model_group())
        layout.addStretch(1)
        self.set_config(defaults)

    # -- groups ---------------------------------------------------------------------
    def _make_data_group(self) -> QGroupBox:
        box = QGroupBox(self.tr("Data"))
        self.dataset = QComboBox()
        self.dataset.setObjectName("training.dataset")
        self.dataset.setToolTip(self.tr("Which digits to train and test on"))
        self.dataset.addItem(self.tr("Bundled sample (8,000 + 2,000)"), "sample")
        self.dataset.addItem(self.tr("Full MNIST (60,000 + 10,000)"), "mnist")
        self.dataset.activated.connect(self._on_dataset_activated)
        self.dataset.setProperty("persist", False)  # the panel decides which data is loaded
        self.open_folder = QPushButton(self.tr("Open folder..."))
        self.open_folder.setToolTip(self.tr("Use a folder with the four IDX files "
                                            "(train-images-idx3-ubyte[.gz], ...), e.g. Fashion-MNIST"))
        self.open_folder.clicked.connect(self.sigOpenFolder)
        self.download = QPushButton(self.tr("Download MNIST"))
        self.download.setToolTip(self.tr("Download full MNIST (about 11 MB) into your data folder"))
        self.download.clicked.connect(self.sigDownload)
        self.cancel = QPushButton(self.tr("Cancel"))
        self.cancel.setToolTip(self.tr("Stop the download; nothing half-written is kept"))
        self.cancel.clicked.connect(self.sigCancelDownload)
        self.cancel.hide()
        self.download_progress = QProgressBar()
        self.download_progress.setToolTip(self.tr("Download progress"))
        self.download_progress.hide()
        self.data_info = QLabel()
        self.data_info.setWordWrap(True)
        self.data_info.setStyleSheet("color: #444")

        buttons = QHBoxLayout()
        buttons.addWidget(self.open_folder)
        buttons.addWidget(self.download)
        buttons.addWidget(self.cancel)
        layout = QVBoxLayout(box)
        layout.setSpacing(4)
        layout.addWidget(self.dataset)
        layout.addLayout(buttons)
        layout.addWidget(self.download_progress)
        layout.addWidget(self.data_info)
        return box

    def _make_network_group(self) -> QGroupBox:
        box = QGroupBox(self.tr("Network"))
        form = QFormLayout(box)
        form.setVerticalSpacing(3)
        self.hidden = QLineEdit()
        self.hidden.setObjectName("training.hidden")
        self.hidden.setToolTip(self.tr("Sizes of the hidden layers, separated by commas, e.g. 512, 256"))
        self.hidden.textChanged.connect(self._on_hidden_changed)
        self.activation = QComboBox()
        self.activation.setObjectName("training.activation")
        self.activation.setToolTip(self.tr("Activation function of the hidden layers"))
        for key, act in ACTIVATIONS.items():
            self.activation.addItem(tr_core(act.display_name), key)
        self.loss = QComboBox()
        self.loss.setObjectName("training.loss")
        self.loss.setToolTip(self.tr("Loss function on the softmax output"))
        for key in LOSS_NAMES:
            self.loss.addItem(tr_core(LOSSES[key].display_name) if key in LOSSES else key, key)
        self.init = QComboBox()
        self.init.setObjectName("training.init")
        self.init.setToolTip(self.tr("How the weights start: Normal (0.01) as in the book's first "
                                     "networks, Xavier for sigmoid/tanh, He for ReLU"))
        for key, ini in INITIALIZERS.items():
            self.init.addItem(tr_core(ini.display_name), key)
        self.l2 = QDoubleSpinBox()
        self.l2.setObjectName("training.l2")
        self.l2.setToolTip(self.tr("Weight decay λ: adds (λ/2)·Σ‖W‖² to the loss"))
        self.l2.setDecimals(5)
        self.l2.setRange(0.0, 1.0)
        self.l2.setSingleStep(0.0001)
        self.dropout = QDoubleSpinBox()
        self.dropout.setObjectName("training.dropout")
        self.dropout.setToolTip(self.tr("Share of hidden units switched off at random in each training batch"))
        self.dropout.setDecimals(2)
        self.dropout.setRange(0.0, 0.9)
        self.dropout.setSingleStep(0.05)
        form.addRow(self.tr("Hidden layers"), self.hidden)
        form.addRow(self.tr("Activation"), self.activation)
        form.addRow(self.tr("Loss"), self.loss)
        form.addRow(self.tr("Weight init"), self.init)
        form.addRow(self.tr("L2 (λ)"), self.l2)
        form.addRow(self.tr("Dropout"), self.dropout)
        self.network_widgets = [self.hidden, self.activation, self.loss, self.init, self.l2, self.dropout]
        return box

    def _make_optimization_group(self) -> QGroupBox:
        box = QGroupBox(self.tr("Optimization"))
        form = QFormLayout(box)
        form.setVerticalSpacing(3)
        self.optimizer = QComboBox()
        self.optimizer.setObjectName("training.optimizer")
        self.optimizer.setToolTip(self.tr("The update rule applied to every weight after each batch"))
        for key, cls in OPTIMIZERS.items():
            self.optimizer.addItem(tr_core(cls.display_name), key)
        self.optimizer.activated.connect(self._on_optimizer_activated)
        # the one rate input (gui/widgets/lr_input.py): typed 0, -1, 1e6, NaN are refused with a reason
        self.lr_input = LrInput("training.lr", "training", slider=True,
                                tooltip=self.tr("Learning rate η (can be changed while training)"))
        self.lr, self.lr_slider, self.lr_message = self.lr_input.box, self.lr_input.slider, self.lr_input.message
        self.lr_input.sigChanged.connect(self.sigLrChanged)
        self.schedule = QComboBox()
        self.schedule.setObjectName("training.schedule")
        self.schedule.setToolTip(self.tr("How the learning rate changes over the updates "
                                         "(can be changed while training)"))
        for key, cls in SCHEDULES.items():
            self.schedule.addItem(tr_core(cls.display_name), key)
        self.schedule.activated.connect(self._on_schedule_activated)
        self.batch_size = QSpinBox()
        self.batch_size.setObjectName("training.batch_size")
        self.batch_size.setToolTip(self.tr("Digits per mini-batch: one update per batch"))
        self.batch_size.setRange(1, 4096)
        self.epochs = QSpinBox()
        self.epochs.setObjectName("training.epochs")
        self.epochs.setToolTip(self.tr("Passes over the whole training set"))
        self.epochs.setRange(1, 500)
        self.seed = QSpinBox()
        self.seed.setObjectName("training.seed")
        self.seed.setToolTip(self.tr("Random seed: the same seed and settings give the same run"))
        self.seed.setRange(0, 2**31 - 1)
        self.augment = QCheckBox(self.tr("Random shifts (±2 px)"))
        self.augment.setObjectName("training.augment")
        self.augment.setToolTip(self.tr("Shift each training digit by up to 2 pixels every epoch: "
                                        "more variety, better test accuracy"))
        form.addRow(self.tr("Optimizer"), self.optimizer)
        form.addRow(self.tr("Learning rate"), self.lr_input)
        form.addRow(self.tr("Schedule"), self.schedule)
        form.addRow(self.tr("Batch size"), self.batch_size)
        form.addRow(self.tr("Epochs"), self.epochs)
        form.addRow(self.tr("Seed"), self.seed)
        form.addRow(self.augment)
        self.run_fixed_widgets = [self.optimizer, self.batch_size, self.epochs, self.seed, self.augment]
        return box

    def _make_model_group(self) -> QGroupBox:
        box = QGroupBox(self.tr("Model"))
        self.save_model = QPushButton(self.tr("Save model..."))
        self.save_model.setToolTip(self.tr("Save the model in use (its weights and settings) to an .npz file"))
        self.save_model.clicked.connect(self.sigSaveModel)
        self.load_model = QPushButton(self.tr("Load model..."))
        self.load_model.setToolTip(self.tr("Load a model saved by Gradient Lab (.npz); it becomes the model in use"))
        self.load_model.clicked.connect(self.sigLoadModel)
        self.model_info = QLabel(self.tr("No model yet."))
        self.model_info.setWordWrap(True)
        self.model_info.setStyleSheet("color: #444")
        # four lines, fixed: a new description every epoch must not re-lay out the column
        self.model_info.setFixedHeight(4 * self.model_info.fontMetrics().lineSpacing() + 4)
        self.model_info.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        row = QHBoxLayout()
        row.addWidget(self.save_model)
        row.addWidget(self.load_model)
        layout = QVBoxLayout(box)
        layout.setSpacing(4)
        layout.addLayout(row)
        layout.addWidget(self.model_info)
        return box

    # -- config ---------------------------------------------------------------------
    def config(self) -> TrainConfig:
        """The TrainConfig these widgets describe; ValueError if the hidden sizes are bad."""
        return dataclasses.replace(
            self._defaults,
            hidden=parse_hidden(self.hidden.text()),
            activation=self.activation.currentData(),
            loss=self.loss.currentData(),
            init=self.init.currentData(),
            l2=float(self.l2.value()),
            dropout=float(self.dropout.value()),
            optimizer=self.optimizer.currentData(),
            lr=float(self.lr.value()),
            schedule=self.schedule.currentData(),
            batch_size=int(self.batch_size.value()),
            epochs=int(self.epochs.value()),
            seed=int(self.seed.value()),
            augment=bool(self.augment.isChecked()),
        )

    def set_config(self, config: TrainConfig) -> None:
        self.hidden.setText(", ".join(str(h) for h in config.hidden))
        for combo, key in ((self.activation, config.activation), (self.loss, config.loss),
                           (self.init, config.init), (self.optimizer, config.optimizer),
                           (self.schedule, config.schedule)):
            index = combo.findData(key)
            if index >= 0:
                combo.setCurrentIndex(index)
        self.l2.setValue(config.l2)
        self.dropout.setValue(config.dropout)
        self.lr.setValue(config.lr)
        self.batch_size.setValue(config.batch_size)
        self.epochs.setValue(config.epochs)
        self.seed.setValue(config.seed)
        self.augment.setChecked(bool(config.augment))

    def set_training(self, active: bool) -> None:
        """While a run exists (running or paused) only the learning rate and schedule stay editable."""
        for w in self.network_widgets + self.run_fixed_widgets:
            w.setEnabled(not active)
        for w in (self.dataset, self.open_folder, self.download, self.load_model):
            w.setEnabled(not active)

    # -- slots ----------------------------------------------------------------------
    def _on_optimizer_activated(self, index: int) -> None:
        """A learning rate that suits the chosen optimizer on MNIST (core.training.training.DEFAULT_LR)."""
        lr = DEFAULT_LR.get(self.optimizer.itemData(index))
        if lr is not None:
            self.lr.setValue(lr)

    def _on_schedule_activated(self, index: int) -> None:
        self.sigScheduleChanged.emit(self.schedule.itemData(index))

    def _on_dataset_activated(self, index: int) -> None:
        self.sigDatasetChosen.emit(self.dataset.itemData(index))

    def _on_hidden_changed(self, text: str) -> None:
        try:
            parse_hidden(text)
        except ValueError as exc:
            self.hidden.setStyleSheet("border: 1px solid #c00")
            self.hidden.setToolTip(str(exc))
        else:
            self.hidden.setStyleSheet("")
            self.hidden.setToolTip(self.tr("Sizes of the hidden layers, separated by commas, e.g. 512, 256"))

    # -- data set display -----------------------------------------------------------------
    def show_dataset(self, spec: str, description: str) -> None:
        """Select the combo entry for ``spec`` (adding a folder entry if new) and describe it."""
        index = self.dataset.findData(spec)
        if index < 0:
            self.dataset.addItem(spec if len(spec) < 40 else "..." + spec[-37:], spec)
            index = self.dataset.count() - 1
            self.dataset.setItemData(index, spec, Qt.ItemDataRole.ToolTipRole)
        self.dataset.setCurrentIndex(index)
        self.data_info.setText(description)

    def show_download(self, active: bool) -> None:
        self.download.setVisible(not active)
        self.cancel.setVisible(active)
        self.download_progress.setVisible(active)
        if active:
            self.download_progress.setRange(0, 0)
