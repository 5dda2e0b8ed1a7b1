"""DescentControls: the pickers of the descent lab, in one column.

Surface (and, for the neuron surface, data, activation, loss, batch size),
optimizer, learning rate (log slider + number box, 1e-4 to 10), schedule,
play speed, the race rows and the learning-rate sweep. The column only
collects choices and says what changed through ``sig...`` signals; the panel
decides what happens. Every control has an ``descent.*`` objectName (so the
settings module keeps it) and a tooltip; combo items carry core's key as data.

A learning rate typed as 0, a negative number, NaN, text, or outside
[1e-4, 10] is refused: the box goes back to the rate in use and a message
under it says why.
"""
from __future__ import annotations

import math

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSlider,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from core.nn.activations import ACTIVATIONS
from core.nn.losses import ELEMENTWISE_LOSSES
from core.descent.lr_sweep import LR_MAX, LR_MIN
from core.descent.neuron_surface import PRESETS, NeuronSurface
from core.nn.optimizers import OPTIMIZERS
from core.nn.schedules import SCHEDULES
from core.descent.surfaces import SURFACES
from gui.i18n import tr_core

LR_SLIDER_STEPS = 500
SPEED_MIN, SPEED_MAX = 1.0, 2000.0  # steps per second
RACE_ROWS = 3  # rows 2..4; run 1 is the main optimizer
RACE_DEFAULTS = [("momentum", 0.01), ("rmsprop", 0.01), ("adam", 0.05)]


def lr_to_slider(lr: float) -> int:
    return round((math.log10(lr) - math.log10(LR_MIN)) / (math.log10(LR_MAX) - math.log10(LR_MIN)) * LR_SLIDER_STEPS)


def slider_to_lr(v: int) -> float:
    lr = 10 ** (math.log10(LR_MIN) + v / LR_SLIDER_STEPS * (math.log10(LR_MAX) - math.log10(LR_MIN)))
    return float(f"{lr:.2g}")


def lr_text(lr: float) -> str:
    return f"{lr:.6g}"


class DescentControls(QWidget):
    sigSurfaceChanged = Signal(str)
    sigMorphChanged = Signal(float)
    sigPresetChanged = Signal(str)
    sigActivationChanged = Signal(str)
    sigLossChanged = Signal(str)
    sigBatchChanged = Signal(int)
    sigQuiverToggled = Signal(bool)
    sigOptimizerChanged = Signal(str)
    sigLrChanged = Signal(float)
    sigScheduleChanged = Signal(str)
    sigSpeedChanged = Signal(float)
    sigRaceChanged = Signal()
    sigSweepRequested = Signal(int)

    def __init__(self, actions: dict, parent=None):
        super().__init__(parent)
        self.lr = 0.05
        self.race_lrs = [lr for _, lr in RACE_DEFAULTS]
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        column.addWidget(self._surface_group())
        column.addWidget(self._optimizer_group())
        column.addWidget(self._run_group(actions))
        column.addWidget(self._race_group())
        column.addWidget(self._sweep_group())
        column.addStretch(1)

    # -- building --------------------------------------------------------------
    @staticmethod
    def _form(group: QGroupBox) -> QFormLayout:
        form = QFormLayout(group)
        form.setContentsMargins(6, 4, 6, 4)
        form.setVerticalSpacing(3)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        return form

    def _combo(self, name: str, items, tooltip: str) -> QComboBox:
        combo = QComboBox(objectName=name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(8)
        for key, label in items:
            combo.addItem(label, key)
        combo.setToolTip(tooltip)
        return combo

    def _surface_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Surface"))
        form = self._form(group)
        items = [(k, tr_core(c.display_name)) for k, c in SURFACES.items()]
        items.append(("neuron", tr_core(NeuronSurface.display_name)))
        self.surface = self._combo("descent.surface", items, self.tr("The loss surface the ball rolls on"))
        self.surface.currentIndexChanged.connect(self._on_surface)
        form.addRow(self.tr("Surface"), self.surface)

        self.morph = QSlider(Qt.Orientation.Horizontal, objectName="descent.morph")
        self.morph.setRange(0, 100)
        self.morph.setToolTip(self.tr("0: a convex bowl; towards 1 the surface grows ripples and local minima"))
        self.morph.valueChanged.connect(lambda v: self.sigMorphChanged.emit(v / 100.0))
        self.morph_label = QLabel(self.tr("Bumps"))
        form.addRow(self.morph_label, self.morph)

        self.preset = self._combo("descent.preset", [(k, tr_core(p.display_name)) for k, p in PRESETS.items()],
                                  self.tr("The data the neuron is fitted to (drag, add or remove points in the data view)"))
        self.preset.currentIndexChanged.connect(lambda _i: self.sigPresetChanged.emit(self.preset.currentData()))
        self.activation = self._combo("descent.activation",
                                      [(k, tr_core(a.display_name)) for k, a in ACTIVATIONS.items()],
                                      self.tr("The neuron's activation: y = act(w·x + b)"))
        self.activation.currentIndexChanged.connect(
            lambda _i: self.sigActivationChanged.emit(self.activation.currentData()))
        self.loss = self._combo("descent.loss", [(k, tr_core(l.display_name)) for k, l in ELEMENTWISE_LOSSES.items()],
                                self.tr("The loss averaged over the data points"))
        self.loss.currentIndexChanged.connect(lambda _i: self.sigLossChanged.emit(self.loss.currentData()))
        self.batch = QSpinBox(objectName="descent.batch")
        self.batch.setRange(0, 1000)
        self.batch.setSpecialValueText(self.tr("all"))
        self.batch.setToolTip(self.tr("Points per step: 'all' follows the true gradient; "
                                      "a small batch picks random points each step, so the path jitters"))
        self.batch.valueChanged.connect(self.sigBatchChanged.emit)
        self.neuron_rows = []
        for label, widget in ((self.tr("Data"), self.preset), (self.tr("Activation"), self.activation),
                              (self.tr("Loss"), self.loss), (self.tr("Batch size"), self.batch)):
            lab = QLabel(label)
            form.addRow(lab, widget)
            self.neuron_rows.append((lab, widget))

        self.quiver = QCheckBox(self.tr("Show the gradient field"), objectName="descent.quiver")
        self.quiver.setToolTip(self.tr("Arrows pointing downhill (-gradient) all over the surface"))
        self.quiver.toggled.connect(self.sigQuiverToggled.emit)
        form.addRow(self.quiver)
        return group

    def _optimizer_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Optimizer"))
        form = self._form(group)
        self.optimizer = self._combo("descent.optimizer",
                                     [(k, tr_core(c.display_name)) for k, c in OPTIMIZERS.items()],
                                     self.tr("How the gradient becomes a step"))
        self.optimizer.currentIndexChanged.connect(
            lambda _i: self.sigOptimizerChanged.emit(self.optimizer.currentData()))
        form.addRow(self.tr("Optimizer"), self.optimizer)

        row = QHBoxLayout()
        self.lr_slider = QSlider(Qt.Orientation.Horizontal, objectName="descent.lr_slider")
        self.lr_slider.setRange(0, LR_SLIDER_STEPS)
        self.lr_slider.setToolTip(self.tr("Learning rate on a log scale, from 0.0001 to 10"))
        self.lr_slider.valueChanged.connect(self._on_lr_slider)
        self.lr_edit = QLineEdit(lr_text(self.lr), objectName="descent.lr")
        self.lr_edit.setMaximumWidth(70)
        self.lr_edit.setToolTip(self.tr("Type a learning rate between 0.0001 and 10 and press Enter"))
        self.lr_edit.editingFinished.connect(self._on_lr_edited)
        self.lr_edit.textChanged.connect(self._on_lr_text_changed)
        row.addWidget(self.lr_slider, 1)
        row.addWidget(self.lr_edit)
        form.addRow(self.tr("Learning rate"), row)
        self.lr_message = QLabel()
        self.lr_message.setWordWrap(True)
        self.lr_message.setStyleSheet("color: #b71c1c;")
        self.lr_message.hide()
        form.addRow(self.lr_message)

        self.schedule = self._combo("descent.schedule",
                                    [(k, tr_core(c.display_name)) for k, c in SCHEDULES.items()],
                                    self.tr("How the learning rate changes with the step number"))
        self.schedule.currentIndexChanged.connect(
            lambda _i: self.sigScheduleChanged.emit(self.schedule.currentData()))
        form.addRow(self.tr("Schedule"), self.schedule)
        self._set_lr_widgets(self.lr)
        return group

    def _run_group(self, actions: dict) -> QGroupBox:
        group = QGroupBox(self.tr("Run"))
        form = self._form(group)
        buttons = QHBoxLayout()
        self.buttons = {}
        for name in ("step", "back", "play", "reset"):
            button = QToolButton()
            button.setDefaultAction(actions[name])
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            buttons.addWidget(button)
            self.buttons[name] = button
        form.addRow(buttons)
        speed_row = QHBoxLayout()
        self.speed = QSlider(Qt.Orientation.Horizontal, objectName="descent.speed")
        self.speed.setRange(0, 100)
        self.speed.setValue(40)
        self.speed.setToolTip(self.tr("How many steps per second Play makes"))
        self.speed_label = QLabel()
        self.speed_label.setMinimumWidth(64)
        self.speed.valueChanged.connect(self._on_speed)
        speed_row.addWidget(self.speed, 1)
        speed_row.addWidget(self.speed_label)
        form.addRow(self.tr("Speed"), speed_row)
        self._on_speed(self.speed.value())
        return group

    def _race_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Race"))
        form = self._form(group)
        self.race = QCheckBox(self.tr("Race (same start)"), objectName="descent.race")
        self.race.setToolTip(self.tr("Race up to four optimizers from the same start: run 1 is the optimizer "
                                     "above; add up to three more, each with its own rate"))
        self.race.toggled.connect(lambda _on: self.sigRaceChanged.emit())
        form.addRow(self.race)
        self.race_opts, self.race_lr_edits = [], []
        none = [("", self.tr("(none)"))]
        for i in range(RACE_ROWS):
            key, lr = RACE_DEFAULTS[i]
            combo = self._combo(f"descent.race_opt{i + 2}",
                                none + [(k, tr_core(c.display_name)) for k, c in OPTIMIZERS.items()],
                                self.tr("Optimizer of racer {0}").format(i + 2))
            combo.setCurrentIndex(combo.findData(key))
            combo.currentIndexChanged.connect(lambda _i: self.sigRaceChanged.emit())
            edit = QLineEdit(lr_text(lr), objectName=f"descent.race_lr{i + 2}")
            edit.setMaximumWidth(70)
            edit.setToolTip(self.tr("Learning rate of racer {0} (0.0001 to 10)").format(i + 2))
            edit.editingFinished.connect(lambda i=i: self._on_race_lr_edited(i))
            edit.textChanged.connect(lambda _t, i=i: self._on_race_lr_text_changed(i))
            row = QHBoxLayout()
            row.addWidget(combo, 1)
            row.addWidget(edit)
            form.addRow(self.tr("Racer {0}").format(i + 2), row)
            self.race_opts.append(combo)
            self.race_lr_edits.append(edit)
        self.race.toggled.connect(self._enable_race_rows)
        self._enable_race_rows(False)
        return group

    def _enable_race_rows(self, on: bool) -> None:
        for w in (*self.race_opts, *self.race_lr_edits):
            w.setEnabled(on)

    def _sweep_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Learning-rate sweep"))
        row = QHBoxLayout(group)
        row.setContentsMargins(6, 4, 6, 4)
        self.sweep_steps = QSpinBox(objectName="descent.sweep_steps")
        self.sweep_steps.setRange(5, 2000)
        self.sweep_steps.setValue(100)
        self.sweep_steps.setSuffix(self.tr(" steps"))
        self.sweep_steps.setToolTip(self.tr("Steps each of the 20 rates runs from the start"))
        self.sweep_button = QPushButton(self.tr("Sweep 20 rates"))
        self.sweep_button.setToolTip(self.tr("Run the optimizer from the start with 20 rates from 0.0001 to 10 "
                                             "and plot the final loss of each; click a point to use its rate"))
        self.sweep_button.clicked.connect(lambda: self.sigSweepRequested.emit(self.sweep_steps.value()))
        row.addWidget(self.sweep_steps)
        row.addWidget(self.sweep_button, 1)
        return group

    # -- reading and setting ---------------------------------------------------------
    @staticmethod
    def select(combo: QComboBox, key: str) -> None:
        """Select the item with this key without emitting."""
        i = combo.findData(key)
        if i >= 0 and i != combo.currentIndex():
            combo.blockSignals(True)
            combo.setCurrentIndex(i)
            combo.blockSignals(False)

    def show_surface_rows(self, name: str) -> None:
        self.morph.setVisible(name == "morph")
        self.morph_label.setVisible(name == "morph")
        for lab, widget in self.neuron_rows:
            lab.setVisible(name == "neuron")
            widget.setVisible(name == "neuron")

    def race_entries(self) -> list[tuple[str, float]]:
        """(optimizer key, lr) of the extra racers that are switched on (empty when not racing)."""
        if not self.race.isChecked():
            return []
        return [(c.currentData(), self.race_lrs[i]) for i, c in enumerate(self.race_opts) if c.currentData()]

    def set_racers(self, racers) -> None:
        """Show these (optimizer, lr) racers (at most three; none: the race is off), without emitting."""
        racers = list(racers)[:RACE_ROWS]
        widgets = [self.race, *self.race_opts, *self.race_lr_edits]
        for w in widgets:
            w.blockSignals(True)
        self.race.setChecked(bool(racers))
        for i, combo in enumerate(self.race_opts):
            key, lr = racers[i] if i < len(racers) else ("", self.race_lrs[i])
            combo.setCurrentIndex(max(0, combo.findData(key)))
            self.race_lrs[i] = float(lr)
            self.race_lr_edits[i].setText(lr_text(lr))
        for w in widgets:
            w.blockSignals(False)
        self._enable_race_rows(bool(racers))

    def speed_value(self) -> float:
        return self._speed_from(self.speed.value())

    @staticmethod
    def _speed_from(v: int) -> float:
        return SPEED_MIN * (SPEED_MAX / SPEED_MIN) ** (v / 100.0)

    def _on_speed(self, v: int) -> None:
        sps = self._speed_from(v)
        self.speed_label.setText(self.tr("{0} steps/s").format(f"{sps:.0f}" if sps >= 10 else f"{sps:.1f}"))
        self.sigSpeedChanged.emit(sps)

    def _on_surface(self, _index: int) -> None:
        key = self.surface.currentData()
        self.show_surface_rows(key)
        self.sigSurfaceChanged.emit(key)

    # -- learning rate ------------------------------------------------------------------
    def parse_lr(self, text: str) -> tuple[float | None, str]:
        """(rate, "") when text is an acceptable rate, else (None, why)."""
        try:
            value = float(text.strip())
        except ValueError:
            return None, self.tr("\u201c{0}\u201d is not a number.").format(text.strip())
        if math.isnan(value):
            return None, self.tr("NaN is not a learning rate.")
        if value <= 0:
            return None, self.tr("The learning rate must be greater than 0.")
        if value > LR_MAX:
            return None, self.tr("A learning rate above 10 is refused.")
        if value < LR_MIN:
            return None, self.tr("A learning rate below 0.0001 is refused.")
        return value, ""

    def refuse(self, why: str, kept: float) -> None:
        self.lr_message.setText(self.tr("{0} Kept {1}.").format(why, lr_text(kept)))
        self.lr_message.show()

    def clear_message(self) -> None:
        self.lr_message.hide()
        self.lr_message.clear()

    def _set_lr_widgets(self, lr: float) -> None:
        for w, value in ((self.lr_edit, lr_text(lr)), (self.lr_slider, lr_to_slider(lr))):
            w.blockSignals(True)
            if isinstance(w, QLineEdit):
                w.setText(value)
            else:
                w.setValue(value)
            w.blockSignals(False)

    def set_lr(self, lr: float, emit: bool = True) -> None:
        """Use this rate (from code: a sweep point, a surface's suggestion)."""
        self.lr = float(lr)
        self._set_lr_widgets(self.lr)
        self.clear_message()
        if emit:
            self.sigLrChanged.emit(self.lr)

    def _on_lr_slider(self, v: int) -> None:
        self.set_lr(slider_to_lr(v))

    def _on_lr_edited(self) -> None:
        value, why = self.parse_lr(self.lr_edit.text())
        if value is None:
            self.refuse(why, self.lr)
            self._set_lr_widgets(self.lr)
        elif value != self.lr:
            self.set_lr(value)
        else:
            self.clear_message()

    def _on_lr_text_changed(self, text: str) -> None:
        if self.lr_edit.hasFocus():
            return  # typing: judged when editing is finished
        self._on_lr_edited()  # set from code (settings restore)

    def _on_race_lr_edited(self, i: int) -> None:
        edit = self.race_lr_edits[i]
        value, why = self.parse_lr(edit.text())
        if value is None:
            self.refuse(why, self.race_lrs[i])
            edit.blockSignals(True)
            edit.setText(lr_text(self.race_lrs[i]))
            edit.blockSignals(False)
            return
        self.clear_message()
        if value != self.race_lrs[i]:
            self.race_lrs[i] = value
            self.sigRaceChanged.emit()

    def _on_race_lr_text_changed(self, i: int) -> None:
        if not self.race_lr_edits[i].hasFocus():
            self._on_race_lr_edited(i)
