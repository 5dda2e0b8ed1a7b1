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


from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from core.nn.activations import ACTIVATIONS
from core.nn.losses import ELEMENTWISE_LOSSES
from core.descent.neuron_surface import PRESETS, NeuronSurface
from core.nn.optimizers import OPTIMIZERS
from core.descent.from_state import SCHEDULE_FIELDS
from core.nn.schedules import SCHEDULES
from core.descent.surfaces import SURFACES
from gui.i18n import tr_core
from gui.widgets.lr_input import LrInput

SPEED_MIN, SPEED_MAX = 1.0, 2000.0  # steps per second
RACE_ROWS = 3  # rows 2..4; run 1 is the main optimizer
RACE_DEFAULTS = [("momentum", 0.01), ("rmsprop", 0.01), ("adam", 0.05)]


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
        self.quiver.setToolTip(self.tr("Arrows pointing downhill (−gradient) all over the surface, their length proportional to |∇L|"))
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

        # the one rate input of the app (gui/widgets/lr_input.py): box, log slider, message line
        self.lr_input = LrInput("descent.lr", "descent", value=self.lr, slider=True, decimals=12,
                                tooltip=self.tr("Type a learning rate between 0.0001 and 10 and press Enter"))
        self.lr_edit, self.lr_slider, self.lr_message = self.lr_input.box, self.lr_input.slider, self.lr_input.message
        self.lr_input.sigChanged.connect(self._on_lr_input)
        form.addRow(self.tr("Learning rate"), self.lr_input)

        self.schedule = self._combo("descent.schedule",
                                    [(k, tr_core(c.display_name)) for k, c in SCHEDULES.items()],
                                    self.tr("How the learning rate changes with the step number"))
        self.schedule.currentIndexChanged.connect(
            lambda _i: self.sigScheduleChanged.emit(self.schedule.currentData()))
        form.addRow(self.tr("Schedule"), self.schedule)
        self._schedule_param_rows(form)
        # the schedule's formula, its parameters and the rate the next step uses (the panel fills it)
        self.schedule_info = QLabel()
        self.schedule_info.setWordWrap(True)
        self.schedule_info.setToolTip(self.tr("The schedule's formula and parameters, and the rate the next step uses"))
        form.addRow(self.schedule_info)
        return group

    def _schedule_param_rows(self, form: QFormLayout) -> None:
        """One row per schedule parameter (DescentState's ``schedule_*`` fields); only the rows of
        the chosen schedule are shown (``show_schedule_rows``)."""
        def spin(name, lo, hi, value, decimals=None, step=None):
            box = QSpinBox(objectName=name) if decimals is None else QDoubleSpinBox(objectName=name)
            if decimals is not None:
                box.setDecimals(decimals)
                box.setSingleStep(step)
            box.setRange(lo, hi)
            box.setValue(value)
            box.valueChanged.connect(lambda _v: self.sigScheduleChanged.emit(self.schedule.currentData()))
            return box
        specs = {
            "schedule_step": (self.tr("Every s steps"), spin("descent.schedule_step", 1, 100_000, 100),
                              self.tr("Step decay: the rate is multiplied by γ every s steps")),
            "schedule_factor": (self.tr("Factor γ"), spin("descent.schedule_factor", 0.001, 1.0, 0.5, 3, 0.05),
                                self.tr("Step decay: the factor the rate is multiplied by every s steps")),
            "schedule_gamma": (self.tr("γ per step"), spin("descent.schedule_gamma", 0.0001, 1.0, 0.99, 4, 0.001),
                               self.tr("Exponential: the rate is multiplied by γ at every step")),
            "schedule_k": (self.tr("k"), spin("descent.schedule_k", 0.0, 100.0, 0.01, 4, 0.001),
                           self.tr("1/t decay: ηₜ = η / (1 + k·t)")),
            "schedule_period": (self.tr("Period T"), spin("descent.schedule_period", 1, 100_000, 1000),
                                self.tr("Cosine: the rate falls from η to 0 over T steps, then stays at 0")),
        }
        self.schedule_params = {}
        for key, (label, box, tip) in specs.items():
            box.setToolTip(tip)
            lab = QLabel(label)
            form.addRow(lab, box)
            self.schedule_params[key] = (lab, box)
        self.schedule.currentIndexChanged.connect(lambda _i: self.show_schedule_rows(self.schedule.currentData()))
        self.show_schedule_rows(self.schedule.currentData())

    def show_schedule_rows(self, name: str) -> None:
        """Show only the parameter rows the schedule ``name`` uses."""
        used = {key for _arg, key in SCHEDULE_FIELDS.get(name, ())}
        for key, (lab, box) in self.schedule_params.items():
            lab.setVisible(key in used)
            box.setVisible(key in used)

    def schedule_values(self) -> dict:
        """The schedule parameters as the boxes show them (DescentState field -> value)."""
        return {key: box.value() for key, (_lab, box) in self.schedule_params.items()}

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
        self.race_opts, self.race_lr_edits, self.race_lr_inputs = [], [], []
        none = [("", self.tr("(none)"))]
        for i in range(RACE_ROWS):
            key, lr = RACE_DEFAULTS[i]
            combo = self._combo(f"descent.race_opt{i + 2}",
                                none + [(k, tr_core(c.display_name)) for k, c in OPTIMIZERS.items()],
                                self.tr("Optimizer of racer {0}").format(i + 2))
            combo.setCurrentIndex(combo.findData(key))
            combo.currentIndexChanged.connect(lambda _i: self.sigRaceChanged.emit())
            rate = LrInput(f"descent.race_lr{i + 2}", "descent", value=lr, decimals=12,
                           tooltip=self.tr("Learning rate of racer {0} (0.0001 to 10)").format(i + 2))
            rate.box.setMaximumWidth(90)
            rate.sigChanged.connect(lambda value, i=i: self._on_race_lr(i, value))
            row = QHBoxLayout()
            row.addWidget(combo, 1)
            row.addWidget(rate)
            form.addRow(self.tr("Racer {0}").format(i + 2), row)
            self.race_opts.append(combo)
            self.race_lr_inputs.append(rate)
            self.race_lr_edits.append(rate.box)
        self.race.toggled.connect(self._enable_race_rows)
        self._enable_race_rows(False)
        return group

    def _enable_race_rows(self, on: bool) -> None:
        for w in (*self.race_opts, *self.race_lr_inputs):
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
        widgets = [self.race, *self.race_opts]
        for w in widgets:
            w.blockSignals(True)
        self.race.setChecked(bool(racers))
        for i, combo in enumerate(self.race_opts):
            key, lr = racers[i] if i < len(racers) else ("", self.race_lrs[i])
            combo.setCurrentIndex(max(0, combo.findData(key)))
            self.race_lrs[i] = float(lr)
            self.race_lr_inputs[i].set_value(lr, emit=False)
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
    def set_lr(self, lr: float, emit: bool = True) -> None:
        """Use this rate (from code: a sweep point, a surface's suggestion, a scene)."""
        self.lr = float(lr)
        self.lr_input.set_value(self.lr, emit=False)  # the box shows it rounded; the run uses it exactly
        if emit:
            self.sigLrChanged.emit(self.lr)

    def _on_lr_input(self, value: float) -> None:
        """The learner typed or slid a rate the box accepted."""
        if value != self.lr:
            self.lr = float(value)
            self.sigLrChanged.emit(self.lr)

    def _on_race_lr(self, i: int, value: float) -> None:
        if value != self.race_lrs[i]:
            self.race_lrs[i] = float(value)
            self.sigRaceChanged.emit()
