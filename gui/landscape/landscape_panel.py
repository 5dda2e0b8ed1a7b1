"""The Landscape tab: the real loss of the network trained on the Training tab, on a 2-D slice.

Three slices (``core.landscape.landscape``):
* the PCA plane of the training path: the plane of the two directions in
  which the weights moved most during the run, with the path projected onto
  it and a ball that replays it snapshot by snapshot;
* a random plane of two filter-normalised directions (Li et al. 2018);
* two single weights of the first layer, picked on a hidden unit's 28x28
  weight image, with all the other weights frozen; the Descent lab's
  optimizers (``core.descent.descent_run.DescentRun``) run on it from the trained point.

It is a tab of its own, not a part of the Training tab: the Training tab is
full with its live views, the contour needs the room, and a landscape is
looked at after a run, not during it.

Threads: the grid is computed by a ``LandscapeWorker`` run by a ``WorkerThread``
(gui/widgets/worker_thread.py, docs/THREADS.md): progress per grid row, Cancel between
rows; ``shutdown()`` stops it and joins its thread.
Replay and descent steps run in the GUI thread on QTimers: a step on the
two-weight slice costs about a millisecond.

Data from the Training tab: ``sigModelChanged`` gives the model; the path is
``trajectory()`` of the run that produced it (a loaded or reset model has no
path: its PCA plane cannot be drawn, the other two can).
"""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QElapsedTimer, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSlider,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from core.data.datasets import load_sample
from core.descent.descent_run import CONVERGED, DIVERGED, RUNNING, STALLED, DescentRun
from core.errors import ModelError
from core.landscape.landscape import LandscapeSpec, upsample_grid
from core.data.model_io import DEFAULT_MODEL, load_model_shared
from core.nn.optimizers import OPTIMIZERS
from gui.widgets.contour_view import BALL_COLORS, ContourView
from gui.widgets.events import wait_until
from gui.widgets.worker_thread import WorkerThread
from gui.i18n import tr_core
from gui.landscape.landscape_worker import LandscapeWorker
from gui.widgets.rate_spin_box import RateSpinBox
from gui.landscape.weight_pixel_picker import WeightPixelPicker, pixel_name

PATH_COLOR = (120, 120, 120)
BALL = BALL_COLORS[0]
REPLAY_MS = 120
DESCENT_MS = 40
PICK_DELAY_MS = 250
#: the picture is drawn from a grid refined to about this many points a side (bilinear)
PICTURE_POINTS = 200
#: default half-width of the view per kind (see LandscapeSpec.span)
SPANS = {"pca": 1.3, "random": 1.0, "weights": 2.0}
#: --screenshots: how long the default slice may take, and the descent steps shown on it
SCREENSHOT_TIMEOUT_S = 120
SCREENSHOT_DESCENT_STEPS = 25


class LandscapePanel(QWidget):
    """The Landscape tab; see the module docstring. ``training``: the TrainingPanel (or None)."""

    sigComputed = Signal(object)   # the Landscape just drawn
    sigBusy = Signal(bool)

    def __init__(self, training=None, parent=None):
        super().__init__(parent)
        self.training = training
        self._net = None
        self._description = ""
        self._trajectory: list = []
        self._iterations: list = []
        self._path_fresh = False      # the Training tab's path belongs to the current model
        self._end_iteration = 0       # the last iteration of that run
        self._computed_for = ("", [], 0)  # (model description, snapshot iterations, end) of the job
        self.jobs = WorkerThread("landscape-worker", parent=self)
        self.jobs.sigEnded.connect(self._on_job_ended)
        self._dataset = None
        self.result = None            # the Landscape shown
        self.run: DescentRun | None = None
        self._stale = False  # the picture is of an earlier model than the current one
        self._build_ui()
        self._replay_timer = QTimer(self)
        self._replay_timer.setInterval(REPLAY_MS)
        self._replay_timer.timeout.connect(self._on_replay_tick)
        self._descent_timer = QTimer(self)
        self._descent_timer.setInterval(DESCENT_MS)
        self._descent_timer.timeout.connect(self._on_descent_tick)
        self._recompute = False
        self._stage, self._stage_rows = "", 0
        self._stage_clock = QElapsedTimer()
        self._pick_timer = QTimer(self)
        self._pick_timer.setSingleShot(True)
        self._pick_timer.setInterval(PICK_DELAY_MS)
        self._pick_timer.timeout.connect(self._compute_picked)
        if training is not None:  # whatever of the Training tab's interface it has (tests use stand-ins)
            for signal, slot in (("sigModelChanged", self._on_model_changed), ("sigRunEnded", self._on_run_ended),
                                 ("sigStateChanged", self._on_training_state)):
                if hasattr(training, signal):
                    getattr(training, signal).connect(slot)
            current = getattr(training, "current_model", None)
            net, description = current() if callable(current) else (None, "")
            if net is not None:
                self.set_model(net, description)
        if self._net is None:
            self._use_bundled_model()
        self._on_kind()

    # ================================================================ UI
    def _build_ui(self) -> None:
        controls = QWidget()
        left = QVBoxLayout(controls)
        left.setContentsMargins(2, 2, 2, 2)

        model_box = QGroupBox(self.tr("Network"))
        model_layout = QVBoxLayout(model_box)
        self.model_label = QLabel(self.tr("No model yet: train one on the Training tab."))
        self.model_label.setWordWrap(True)
        self.path_label = QLabel()
        self.path_label.setWordWrap(True)
        model_layout.addWidget(self.model_label)
        model_layout.addWidget(self.path_label)
        left.addWidget(model_box)

        slice_box = QGroupBox(self.tr("Slice"))
        form = QFormLayout(slice_box)
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
        self.resolution = QSpinBox()
        self.resolution.setObjectName("landscape.resolution")
        self.resolution.setRange(11, 101)
        self.resolution.setSingleStep(10)
        self.resolution.setValue(41)
        self.resolution.setSuffix(self.tr(" × same"))
        self.resolution.setToolTip(self.tr("Grid points along each axis: the loss is computed at every point"))
        form.addRow(self.tr("Grid"), self.resolution)
        self.samples = QSpinBox()
        self.samples.setObjectName("landscape.samples")
        self.samples.setRange(100, 8000)
        self.samples.setSingleStep(100)
        self.samples.setValue(1000)
        self.samples.setSuffix(self.tr(" digits"))
        self.samples.setToolTip(self.tr("The loss is the mean over this fixed set of training digits "
                                        "(the same ones every time)"))
        form.addRow(self.tr("Data"), self.samples)
        self.spans = {}
        span_tips = {
            "pca": self.tr("How far the view reaches, in multiples of the path's extent along each axis"),
            "random": self.tr("How far the view reaches along each direction: 1 = a step as long as the weights"),
            "weights": self.tr("How far each weight may move from its trained value, in either direction"),
        }
        for key in ("pca", "random", "weights"):
            spin = QDoubleSpinBox()
            spin.setObjectName(f"landscape.span_{key}")
            spin.setDecimals(2)
            spin.setRange(0.05, 50.0)
            spin.setSingleStep(0.25)
            spin.setValue(SPANS[key])
            spin.setToolTip(span_tips[key])
            self.spans[key] = spin
        self.span_row = QWidget()
        span_layout = QHBoxLayout(self.span_row)
        span_layout.setContentsMargins(0, 0, 0, 0)
        for spin in self.spans.values():
            span_layout.addWidget(spin)
        form.addRow(self.tr("Reach ±"), self.span_row)
        self.seed = QSpinBox()
        self.seed.setObjectName("landscape.seed")
        self.seed.setRange(0, 9999)
        self.seed.setToolTip(self.tr("Which random directions: another seed gives another random plane"))
        self.seed_label = QLabel(self.tr("Seed"))
        form.addRow(self.seed_label, self.seed)
        buttons = QHBoxLayout()
        self.compute_button = QPushButton(self.tr("Compute"))
        self.compute_button.setToolTip(self.tr("Compute the loss on the grid (in the background)"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop computing; the picture shown stays"))
        self.cancel_button.setEnabled(False)
        buttons.addWidget(self.compute_button)
        buttons.addWidget(self.cancel_button)
        form.addRow(buttons)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress.setFormat(self.tr("Idle"))
        self.progress.setToolTip(self.tr("Rows of the grid computed so far"))
        form.addRow(self.progress)
        left.addWidget(slice_box)

        self.path_box = QGroupBox(self.tr("Training path"))
        path_layout = QVBoxLayout(self.path_box)
        self.show_path = QCheckBox(self.tr("Show the path"))
        self.show_path.setObjectName("landscape.show_path")
        self.show_path.setChecked(True)
        self.show_path.setToolTip(self.tr("Draw the weight snapshots of the run, projected onto the plane"))
        path_layout.addWidget(self.show_path)
        self.replay = QSlider(Qt.Orientation.Horizontal)
        self.replay.setObjectName("landscape.replay")
        self.replay.setRange(0, 0)
        self.replay.setToolTip(self.tr("Move the ball along the path, snapshot by snapshot"))
        path_layout.addWidget(self.replay)
        replay_buttons = QHBoxLayout()
        self.replay_back = QPushButton(self.tr("◀ Back"))
        self.replay_back.setToolTip(self.tr("One snapshot back"))
        self.replay_step = QPushButton(self.tr("Step ▶"))
        self.replay_step.setToolTip(self.tr("One snapshot forward"))
        self.replay_play = QPushButton(self.tr("Play"))
        self.replay_play.setCheckable(True)
        self.replay_play.setToolTip(self.tr("Replay the run from the start"))
        for b in (self.replay_back, self.replay_step, self.replay_play):
            replay_buttons.addWidget(b)
        path_layout.addLayout(replay_buttons)
        self.replay_label = QLabel()
        self.replay_label.setWordWrap(True)
        path_layout.addWidget(self.replay_label)
        left.addWidget(self.path_box)

        self.weights_box = QGroupBox(self.tr("Two weights"))
        wl = QVBoxLayout(self.weights_box)
        self.picker = WeightPixelPicker()
        wl.addWidget(self.picker)
        opt_form = QFormLayout()
        self.optimizer = QComboBox()
        self.optimizer.setObjectName("landscape.optimizer")
        for key, cls in OPTIMIZERS.items():
            self.optimizer.addItem(tr_core(cls.display_name), key)
        self.optimizer.setToolTip(self.tr("The Descent lab's optimizer that moves the two weights"))
        opt_form.addRow(self.tr("Optimizer"), self.optimizer)
        self.lr = RateSpinBox()  # typed 0, -1, 1e6, NaN: refused with a reason, not silently altered
        self.lr.setObjectName("landscape.lr")
        self.lr.setDecimals(4)
        self.lr.setRange(0.0001, 1000.0)
        self.lr.setValue(1.0)
        self.lr.setToolTip(self.tr("Learning rate η of the two-weight descent (set to a suggestion "
                                   "when the slice or the optimizer changes)"))
        opt_form.addRow(self.tr("Learning rate"), self.lr)
        wl.addLayout(opt_form)
        descent_buttons = QHBoxLayout()
        self.descent_step = QPushButton(self.tr("Step"))
        self.descent_step.setToolTip(self.tr("One optimizer step on the two weights"))
        self.descent_play = QPushButton(self.tr("Play"))
        self.descent_play.setCheckable(True)
        self.descent_play.setToolTip(self.tr("Keep stepping until you press again or the run stops"))
        self.descent_reset = QPushButton(self.tr("Reset"))
        self.descent_reset.setToolTip(self.tr("Back to the trained weights"))
        for b in (self.descent_step, self.descent_play, self.descent_reset):
            descent_buttons.addWidget(b)
        wl.addLayout(descent_buttons)
        self.descent_label = QLabel()
        self.descent_label.setWordWrap(True)
        wl.addWidget(self.descent_label)
        self.lr.sigRefused.connect(self.descent_label.setText)  # a typed rate that was refused, and why
        left.addWidget(self.weights_box)
        left.addStretch(1)

        scroll = QScrollArea()
        scroll.setWidget(controls)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(300)

        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(4, 0, 0, 0)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.caption.setTextFormat(Qt.TextFormat.RichText)
        self.caption.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        rl.addWidget(self.caption)
        self.contour = ContourView()
        self.contour.getPlotItem().vb.setAspectLocked(False)  # PCA axes have different scales
        self.contour.setToolTip(self.tr("The loss on the slice: dark blue is low, pale yellow high; "
                                        "★ marks the trained weights"))
        rl.addWidget(self.contour, 1)
        self.loss_plot = pg.PlotWidget(background="w")
        plot = self.loss_plot.getPlotItem()
        plot.setMenuEnabled(False)
        plot.hideButtons()
        plot.setMouseEnabled(x=False, y=False)
        plot.showGrid(x=True, y=True, alpha=0.2)
        for name in ("left", "bottom"):
            axis = plot.getAxis(name)
            axis.setPen(pg.mkPen(60, 60, 60))
            axis.setTextPen(pg.mkPen(60, 60, 60))
            axis.enableAutoSIPrefix(False)
        plot.getAxis("left").setWidth(64)  # room for 0.38510-style ticks without re-layout
        plot.setLabel("left", self.tr("loss"))
        plot.setLabel("bottom", self.tr("step"))
        self._loss_curves = [plot.plot([], []), plot.plot([], [])]
        self._loss_dot = pg.ScatterPlotItem(size=9, pen=pg.mkPen("w"))
        self._loss_dot.setZValue(5)
        plot.addItem(self._loss_dot)
        self.loss_plot.setMaximumHeight(170)
        self.loss_plot.setMinimumHeight(120)
        self.loss_plot.setToolTip(self.tr("The loss on the slice along the path or the descent"))
        rl.addWidget(self.loss_plot)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        rl.addWidget(self.status)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("landscape.splitter")
        self.splitter.setToolTip(self.tr("Drag to give the settings or the picture more room"))
        self.splitter.addWidget(scroll)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([330, 950])
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.splitter)

        self.kind.currentIndexChanged.connect(self._on_kind)
        self.compute_button.clicked.connect(self.compute)
        self.cancel_button.clicked.connect(self.cancel)
        self.show_path.toggled.connect(self._draw_path)
        self.replay.valueChanged.connect(self._on_replay_moved)
        self.replay_back.clicked.connect(lambda: self.replay.setValue(self.replay.value() - 1))
        self.replay_step.clicked.connect(lambda: self.replay.setValue(self.replay.value() + 1))
        self.replay_play.toggled.connect(self._on_replay_play)
        self.picker.sigPicked.connect(self._on_picked)
        self.optimizer.currentIndexChanged.connect(self._on_optimizer)
        self.lr.valueChanged.connect(self._on_lr)
        self.descent_step.clicked.connect(self.descent_step_once)
        self.descent_play.toggled.connect(self._on_descent_play)
        self.descent_reset.clicked.connect(self.descent_reset_run)
        self.contour.sigClicked.connect(self._on_contour_clicked)
        self._show_empty()

    def help_topic(self) -> str:
        return "landscape"

    def _use_bundled_model(self) -> None:
        """At first launch (nothing trained yet) show the model the Draw tab ships with. It has no
        training path, so the random plane is chosen; a model from the Training tab replaces it."""
        try:
            net, _meta = load_model_shared(DEFAULT_MODEL)
        except ModelError:
            return  # the tab says "No model yet" and still works once something is trained
        self.set_model(net, self.tr("bundled model, trained on the 8,000 sample digits"))
        if self.kind_key == "pca":
            self.kind.setCurrentIndex(self.kind.findData("random"))

    def screenshot_states(self):
        """For ``--screenshots``: compute the default slice of the current model, take a few
        descent steps on it, and yield "landscape" (without a model, the empty tab)."""
        if self.compute():
            if not wait_until(lambda: not self.is_computing(), SCREENSHOT_TIMEOUT_S):
                self.cancel()
                raise TimeoutError(f"the landscape took longer than {SCREENSHOT_TIMEOUT_S} s")
            for _ in range(SCREENSHOT_DESCENT_STEPS):
                self.descent_step_once()
        yield "landscape"

    # ================================================================ model and data
    @property
    def kind_key(self) -> str:
        return self.kind.currentData()

    def set_model(self, net, description: str = "", trajectory=None, iterations=None, end_iteration=0) -> None:
        """Use ``net`` (a copy is kept). ``trajectory``: its run's weight snapshots, oldest first,
        ``iterations`` their iteration numbers, ``end_iteration`` the run's last (None: ask the
        Training tab, if the model came from its last run)."""
        self._net = net.copy() if net is not None else None
        self._description = description
        if trajectory is not None:
            self._trajectory = list(trajectory)
            self._iterations = list(iterations) if iterations is not None else []
            self._end_iteration = int(end_iteration)
            self._path_fresh = True
        if self._net is not None:
            self.picker.set_weights(self._net.params["W1"])
        self._update_model_labels()
        if self.result is None:
            self._show_empty()
        elif net is not None:
            self._mark_stale()

    def _mark_stale(self) -> None:
        """The picture shown is of an earlier model: say so; the ball may not walk on it any more."""
        self._stale = True
        self._stop_descent()
        self._update_boxes()
        self._say(self.tr("This picture is of the previous model: press Compute to see the current one."),
                  "info")

    def set_dataset(self, dataset) -> None:
        """The data set whose training digits give the loss (default: the Training tab's)."""
        self._dataset = dataset

    def dataset(self):
        if self._dataset is not None:
            return self._dataset
        if callable(getattr(self.training, "current_dataset", None)):
            return self.training.current_dataset()
        self._dataset = load_sample()
        return self._dataset

    def trajectory(self) -> list:
        """The path used for the PCA plane: the current model's run's snapshots, or []."""
        self._pull_trajectory()
        return list(self._trajectory) if self._path_fresh else []

    def _pull_trajectory(self) -> None:
        t = self.training
        if t is None or not self._path_fresh:
            return
        if getattr(t, "state", "idle") != "idle":
            return
        if not callable(getattr(t, "trajectory", None)):
            return
        self._trajectory = list(t.trajectory())
        get_iterations = getattr(t, "trajectory_iterations", None)
        iterations = list(get_iterations()) if callable(get_iterations) else []
        self._iterations = iterations if len(iterations) == len(self._trajectory) else []

    @Slot(object, str)
    def _on_model_changed(self, net, description: str) -> None:
        # a model that arrives while a run goes on is that run's; one that arrives while the
        # Training tab is idle was loaded or reset: the last run's path is not its path
        running = self.training is not None and getattr(self.training, "state", "idle") != "idle"
        self._path_fresh = running
        self.set_model(net, description)

    @Slot(object)
    def _on_run_ended(self, end) -> None:
        self._path_fresh = True
        self._end_iteration = int(getattr(end, "iteration", 0) or 0)
        self._update_model_labels()

    @Slot(str)
    def _on_training_state(self, _state: str) -> None:
        self._update_model_labels()

    def _update_model_labels(self) -> None:
        if self._net is None:
            self.model_label.setText(self.tr("No model yet: train one on the Training tab."))
        else:
            arch = "-".join(str(s) for s in self._net.sizes)
            text = self._description or arch
            self.model_label.setText(text if arch in text else self.tr("{0} ({1})").format(text, arch))
        running = self.training is not None and getattr(self.training, "state", "idle") != "idle"
        if running:
            self.path_label.setText(self.tr("Training is running: the path is ready when the run ends."))
            return
        n = len(self.trajectory())
        if n:
            self.path_label.setText(self.tr("Training path: {0} weight snapshots.").format(n))
        else:
            self.path_label.setText(self.tr("No training path for this model (train it on the Training tab "
                                            "to see its path); the random plane and two weights still work."))

    # ================================================================ computing
    def spec(self) -> LandscapeSpec:
        kind = self.kind_key
        (pa, ua), (pb, ub) = self.picker.weights()
        return LandscapeSpec(kind=kind, resolution=self.resolution.value(), samples=self.samples.value(),
                             span=self.spans[kind].value(), seed=self.seed.value(),
                             first=(pa, ua), second=(pb, ub))

    def is_computing(self) -> bool:
        return self.jobs.active

    @Slot()
    def compute(self) -> bool:
        """Start computing the chosen slice in a worker thread; False (and a message) if it cannot."""
        if self.is_computing():
            return False
        if self._net is None:
            self._say(self.tr("No model yet: train one on the Training tab first."), "error")
            return False
        spec = self.spec()
        trajectory = self.trajectory()
        if spec.kind == "pca":
            if self.training is not None and getattr(self.training, "state", "idle") != "idle":
                self._say(self.tr("Training is running: the PCA plane needs the whole path. "
                                  "Wait for the run to end (or use the random plane)."), "error")
                return False
            if len(trajectory) < 4:
                self._say(self.tr("The PCA plane needs the path of a training run, and this model has "
                                  "none: train on the Training tab, or choose the random plane."), "error")
                return False
        if spec.kind == "weights" and spec.first == spec.second:
            self._say(self.tr("Pick two different weights (A and B are the same)."), "error")
            return False
        data = self.dataset()
        self._stop_descent()
        self._replay_play_off()
        worker = LandscapeWorker(spec, self._net, data.x_train, data.y_train, trajectory)
        self._computed_for = (self._description, list(self._iterations), self._end_iteration)
        self._stage = ""
        self.progress.setRange(0, spec.resolution)
        self.progress.setValue(0)
        self.progress.setFormat(self.tr("Finding the directions…") if spec.kind != "weights"
                                else self.tr("Starting…"))
        self._say(self.tr("Computing the loss on a {0} × {0} grid over {1} digits…")
                  .format(spec.resolution, min(spec.samples, len(data.y_train))), "info")
        self._set_busy(True)
        self.jobs.start(worker, progress=self._on_progress, done=self._on_done, failed=self._on_failed)
        return True

    @Slot()
    def cancel(self) -> None:
        if self.jobs.active:
            self.jobs.request_stop()
            self.progress.setFormat(self.tr("Cancelling…"))

    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, stage: str) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        if stage == "grid":
            self.progress.setFormat(self.tr("Row {0} of {1}").format(done, total))
            if stage != self._stage:
                self._stage_clock.restart()
                self._stage_rows = done
            elif done > self._stage_rows and self._stage_clock.elapsed() > 1500:
                per_row = self._stage_clock.elapsed() / 1000.0 / (done - self._stage_rows)
                self.progress.setFormat(self.tr("Row {0} of {1}, about {2:.0f} s left")
                                        .format(done, total, per_row * (total - done)))
        self._stage = stage

    @Slot(object)
    def _on_done(self, result) -> None:
        self.show_landscape(result)

    @Slot(object)
    def _on_failed(self, exc) -> None:
        kind = getattr(exc, "kind", "")
        if isinstance(exc, MemoryError):
            why = self.tr("it does not fit in memory: choose fewer grid points or digits")
        elif kind == "no_spread":
            why = self.tr("the training path does not spread in two directions (the weights hardly moved)")
        elif kind == "few_snapshots":
            why = self.tr("the training path has only {0} weight snapshots; the PCA plane needs 4").format(exc.count)
        elif kind == "no_snapshots":
            why = self.tr("there are no weight snapshots: train the network first")
        else:
            why = str(exc)
        self._say(self.tr("Could not compute the slice: {0}").format(why), "error")

    @Slot(object)
    def _on_job_ended(self, worker) -> None:
        cancelled = worker is not None and worker.cancelled
        self._set_busy(False)
        if self._recompute:
            self._recompute = False
            self.compute()
        elif cancelled:
            self.progress.setFormat(self.tr("Cancelled"))
            self._say(self.tr("Cancelled; the picture shown is the previous one."), "info")
        else:
            self.progress.setFormat(self.tr("Done"))

    def _set_busy(self, busy: bool) -> None:
        self.compute_button.setEnabled(not busy)
        self.cancel_button.setEnabled(busy)
        self.sigBusy.emit(busy)

    def shutdown(self) -> None:
        """Stop the timers and the worker; quit and wait for its thread (closeEvent calls this)."""
        self._replay_timer.stop()
        self._descent_timer.stop()
        self._pick_timer.stop()
        self._recompute = False
        self.jobs.stop()

    # ================================================================ drawing the slice
    def show_landscape(self, result) -> None:
        """Draw a computed Landscape (from the worker, or given directly)."""
        self.result = result
        self._stale = False
        self.run = None
        factor = max(1, PICTURE_POINTS // max(1, len(result.xs) - 1))
        self.contour.set_surface(*upsample_grid(result.xs, result.ys, result.Z, factor))
        self.contour.set_minima([result.center])
        self.contour.set_arrows([])
        kind = result.spec.kind
        if kind == "weights":
            s = result.surface
            (pa, ua), (pb, ub) = s.first, s.second
            self.contour.set_axis_labels(self.tr("u = weight A: pixel {0} → unit {1}").format(pixel_name(pa), ua),
                                         self.tr("v = weight B: pixel {0} → unit {1}").format(pixel_name(pb), ub))
            self._new_run()
        else:
            if kind == "pca":
                r1, r2 = result.explained
                self.contour.set_axis_labels(self.tr("α along direction 1 ({0:.1f} % of the path's variance)")
                                             .format(100 * r1),
                                             self.tr("β along direction 2 ({0:.1f} %)").format(100 * r2))
            else:
                self.contour.set_axis_labels(self.tr("α along random direction 1"),
                                             self.tr("β along random direction 2"))
            n = 0 if result.path is None else len(result.path)
            self.replay.blockSignals(True)
            self.replay.setRange(0, max(0, n - 1))
            self.replay.setValue(max(0, n - 1))
            self.replay.blockSignals(False)
        self._update_boxes()
        self._draw_caption()
        self._draw_path()
        self._draw_descent()
        self._say(self.tr("Computed in {0:.1f} s: {1} × {1} points, {2} digits.")
                  .format(result.seconds, len(result.xs), result.n_samples), "ok")
        self.sigComputed.emit(result)

    def _show_empty(self) -> None:
        self.contour.set_axis_labels("α", "β")
        if self._net is None:
            text = self.tr("<b>The real loss landscape.</b> Train a network on the Training tab, "
                           "then press Compute: the loss of that network on a slice through "
                           "its weights appears here.")
        else:
            text = self.tr("<b>The real loss landscape.</b> Press Compute: the loss of the network "
                           "on a slice through its weights appears here. Train a network on the "
                           "Training tab to see the path its training took.")
        self.caption.setText(text)
        self._set_loss_curves([])

    def _draw_caption(self) -> None:
        r = self.result
        if r is None:
            return
        kind = r.spec.kind
        lo, hi = float(np.nanmin(r.Z)), float(np.nanmax(r.Z))
        colours = self.tr("Loss from {0:.3g} (dark blue) to {1:.3g} (pale yellow); ★ = the trained weights, "
                          "loss {2:.4g} on {3} training digits.").format(lo, hi, r.center_loss, r.n_samples)
        if kind == "pca":
            r1, r2 = r.explained
            head = self.tr("<b>The plane of the training path.</b> The weights θ = θ* + α·d₁ + β·d₂, where "
                           "θ* are the trained weights and d₁, d₂ the two directions in which the weights "
                           "moved most. They explain {0:.1f} % + {1:.1f} % = {2:.1f} % of the path's "
                           "variance.").format(100 * r1, 100 * r2, 100 * (r1 + r2))
        elif kind == "random":
            head = self.tr("<b>A random plane.</b> θ = θ* + α·d₁ + β·d₂ with two random directions, "
                           "each unit's part scaled to the length of that unit's weights (filter "
                           "normalisation). Random directions are almost at right angles to the path, "
                           "so the path's shadow on this plane is short.")
        else:
            s = r.surface
            frozen = sum(v.size for v in s.params.values()) - 2
            head = self.tr("<b>Two real weights.</b> The loss over weights A and B of the first layer; "
                           "all {0:,} other weights stay as trained. Run an optimizer on it from the "
                           "trained point.").format(frozen)
            blank = [name for name, b in zip(("A", "B"), s.pixels_blank) if b]
            if blank:
                head += " " + self.tr("The pixel of weight {0} is blank in every digit used: that weight "
                                      "cannot change the loss.").format(" & ".join(blank))
        self.caption.setText(f"{head}<br>{colours}")

    @Slot()
    def _draw_path(self, *_args) -> None:
        r = self.result
        if r is None or r.spec.kind == "weights":
            return
        if r.path is None or not self.show_path.isChecked():
            self.contour.set_trails([])
            self.contour.set_balls([])
            self._set_loss_curves([])
            self.replay_label.setText(self.tr("No path on this slice.") if r.path is None else "")
            return
        k = self.replay.value()
        path = r.path
        self.contour.set_trails([(path[:, 0], path[:, 1]), (path[: k + 1, 0], path[: k + 1, 1])],
                                [PATH_COLOR, BALL])
        self.contour.set_balls([tuple(path[k])], [BALL])
        steps, are_iterations = self._path_steps(len(path))
        self._set_loss_curves([(steps, r.path_loss, PATH_COLOR), (steps[: k + 1], r.path_loss[: k + 1], BALL)])
        self.loss_plot.getPlotItem().setLabel("bottom", self.tr("iteration") if are_iterations
                                              else self.tr("snapshot"))
        if are_iterations:
            text = self.tr("Snapshot {0} of {1}, iteration {2}").format(k + 1, len(path), int(steps[k]))
        else:
            text = self.tr("Snapshot {0} of {1}").format(k + 1, len(path))
        self.replay_label.setText(text + self.tr(": α = {0:.3g}, β = {1:.3g}, loss on the plane {2:.4g}")
                                  .format(path[k, 0], path[k, 1], r.path_loss[k]))

    def _path_steps(self, n: int) -> tuple[np.ndarray, bool]:
        """(x value of each path point, True if they are iterations): the iterations of the
        snapshots when the Training tab told us (the final weights, when added after the
        last snapshot, at the run's last iteration), else 0, 1, 2, ..."""
        its, end = self._computed_for[1], self._computed_for[2]
        if its and len(its) == n:
            return np.asarray(its, dtype=np.float64), True
        if its and len(its) == n - 1:
            return np.asarray([*its, max(end, its[-1] + 1)], dtype=np.float64), True
        return np.arange(n, dtype=np.float64), False

    @Slot(int)
    def _on_replay_moved(self, _k: int) -> None:
        self._draw_path()

    @Slot(bool)
    def _on_replay_play(self, on: bool) -> None:
        if on:
            if self.replay.value() >= self.replay.maximum():
                self.replay.setValue(0)
            self._replay_timer.start()
            self.replay_play.setText(self.tr("Pause"))
        else:
            self._replay_timer.stop()
            self.replay_play.setText(self.tr("Play"))

    def _replay_play_off(self) -> None:
        if self.replay_play.isChecked():
            self.replay_play.setChecked(False)

    @Slot()
    def _on_replay_tick(self) -> None:
        if self.replay.value() >= self.replay.maximum():
            self._replay_play_off()
            return
        self.replay.setValue(self.replay.value() + 1)

    # ================================================================ descent on two weights
    def _new_run(self) -> None:
        r = self.result
        if r is None or r.surface is None:
            self.run = None
            return
        key = self.optimizer.currentData()
        lr = r.surface.suggested_lr(key)
        self.lr.blockSignals(True)
        self.lr.setValue(lr)
        self.lr.blockSignals(False)
        self.run = DescentRun(r.surface, key, lr=self.lr.value(), start=r.surface.start)

    @Slot()
    def descent_step_once(self) -> None:
        if self.run is None:
            return
        self.run.step()
        if self.run.status != RUNNING:
            self._stop_descent()
        self._draw_descent()

    @Slot()
    def descent_reset_run(self) -> None:
        if self.run is None or self.result is None:
            return
        self._stop_descent()
        self.run.reset(self.result.surface.start)
        self._draw_descent()

    @Slot(bool)
    def _on_descent_play(self, on: bool) -> None:
        if on and self.run is not None and self.run.can_step:
            self._descent_timer.start()
            self.descent_play.setText(self.tr("Pause"))
        else:
            self._descent_timer.stop()
            self.descent_play.setText(self.tr("Play"))
            if on:
                self.descent_play.setChecked(False)

    def _stop_descent(self) -> None:
        if self.descent_play.isChecked():
            self.descent_play.setChecked(False)
        self._descent_timer.stop()

    @Slot()
    def _on_descent_tick(self) -> None:
        self.descent_step_once()

    @Slot(int)
    def _on_optimizer(self, _index: int) -> None:
        if self.result is not None and self.result.surface is not None:
            self._stop_descent()
            self._new_run()
            self._draw_descent()

    @Slot(float)
    def _on_lr(self, value: float) -> None:
        if self.run is not None:
            self.run.lr = value
            self._draw_descent()

    @Slot(float, float)
    def _on_contour_clicked(self, x: float, y: float) -> None:
        if self.run is not None:
            self._stop_descent()
            self.run.reset((x, y))
            self._draw_descent()

    @Slot(object)
    def _on_picked(self, _choice) -> None:
        # picking computes the new slice; two quick clicks (A, then B) give one computation
        if self.kind_key == "weights" and self._net is not None:
            self._pick_timer.start()

    @Slot()
    def _compute_picked(self) -> None:
        if self.is_computing():
            # the slice being computed is for the old choice: stop it, compute again when it is gone
            self._recompute = True
            self.cancel()
        else:
            self.compute()

    def _draw_descent(self) -> None:
        r, run = self.result, self.run
        if r is None or r.surface is None or run is None:
            self.descent_label.setText("")
            return
        t = run.trail
        xs, ys, steps, losses = t.x, t.y, t.steps, t.loss
        if steps.size == 0 or steps[-1] != run.k:
            xs, ys = np.append(xs, run.p[0]), np.append(ys, run.p[1])
            steps, losses = np.append(steps, run.k), np.append(losses, run.loss)
        self.contour.set_trails([(xs, ys)], [BALL])
        self.contour.set_balls([run.point], [BALL])
        if run.status != DIVERGED:
            g = run.gradient
            lr = run.optimizer.current_lr
            self.contour.set_arrows([(run.p[0], run.p[1], -lr * g[0], -lr * g[1])], [BALL])
        else:
            self.contour.set_arrows([])
        self._set_loss_curves([(steps, losses, BALL)])
        self.loss_plot.getPlotItem().setLabel("bottom", self.tr("step"))
        word = {RUNNING: self.tr("moving"), CONVERGED: self.tr("at a minimum"),
                STALLED: self.tr("stalled"), DIVERGED: self.tr("diverged")}[run.status]
        text = self.tr("Step {0}: u = {1:+.4f}, v = {2:+.4f}, loss {3:.5g} (trained: {4:.5g}) — {5}").format(
            run.k, run.p[0], run.p[1], run.loss, r.center_loss, word)
        xmin, xmax, ymin, ymax = r.surface.view
        if not (xmin <= run.p[0] <= xmax and ymin <= run.p[1] <= ymax):
            text += " " + self.tr("(outside the picture: compute with a larger reach to see where)")
        self.descent_label.setText(text)
        self.descent_step.setEnabled(run.can_step)

    # ================================================================ modes and messages
    @Slot()
    def _on_kind(self, *_args) -> None:
        kind = self.kind_key
        for key, spin in self.spans.items():
            spin.setVisible(key == kind)
        self.seed.setVisible(kind == "random")
        self.seed_label.setVisible(kind == "random")
        self._update_boxes(kind)

    def _update_boxes(self, kind: str | None = None) -> None:
        kind = kind or self.kind_key
        shown = self.result.spec.kind if self.result is not None else None
        self.weights_box.setVisible(kind == "weights")
        self.path_box.setVisible(kind != "weights")
        self.path_box.setEnabled(shown in ("pca", "random") and self.result.path is not None)
        for b in (self.descent_step, self.descent_play, self.descent_reset):
            b.setEnabled(shown == "weights" and not self._stale)

    def _set_loss_curves(self, curves) -> None:
        """Up to two (x, loss, colour) lines; the last one's end gets a dot. Non-finite points dropped."""
        last = None
        for i, item in enumerate(self._loss_curves):
            if i < len(curves):
                x, y, colour = curves[i]
                x, y = np.asarray(x, np.float64), np.asarray(y, np.float64)
                ok = np.isfinite(x) & np.isfinite(y)
                item.setData(x[ok], y[ok], pen=pg.mkPen(*colour, width=2))
                if ok.any():
                    last = (x[ok][-1], y[ok][-1], colour)
            else:
                item.setData([], [])
        if last is None:
            self._loss_dot.setData([], [])
        else:
            self._loss_dot.setData([last[0]], [last[1]], brush=pg.mkBrush(*last[2]))

    def loss_curve(self, i: int = 0):
        """The (x, loss) drawn as line i (for tests)."""
        x, y = self._loss_curves[i].getData()
        return (np.empty(0), np.empty(0)) if x is None else (np.asarray(x), np.asarray(y))

    def _say(self, text: str, kind: str = "info") -> None:
        colours = {"error": "#b71c1c", "ok": "#1b5e20", "info": "#333333"}
        self.status.setStyleSheet(f"color: {colours.get(kind, '#333333')};")
        self.status.setText(text)
