"""Training panel: an MLP learns MNIST in a worker thread while the learner watches.

Layout: settings on the left (TrainingControls); on the right the run
buttons with a progress bar, a message line, and two tabs: "Live" (loss,
accuracy, gradient size per layer, prediction grid, confusion matrix,
first-layer weights) and "Run history".

Threads (docs/THREADS.md): each run gets a TrainingWorker in its own QThread through the one
wiring of gui/widgets/worker_thread.py;
the worker iterates core.training.training.Trainer.run() and emits copies. The panel
only records and draws: worker signals append to the run's RunRecord and
mark views dirty; a RedrawScheduler redraws one dirty view per 50 ms tick,
each at most a few times a second, and holds the worker between batches
while it draws, so a 5 ms timer in the GUI thread stays on time
(bench/gui_latency.py measures it: p99 about 1 ms, max under 7 ms here).

What the tabs share lives in the AppState (``core.state``), not here: the data set in use
(``training_data.py`` puts it there), the model in use and each run's best weights
(``training_model.py``: a run offers its epochs, only a run that finishes better replaces
the model in use), and the last run's weight path (for Landscape). Run history is saved in
``history_folder`` when one is given (``core.training.run_store``).

``tab_state()`` / ``apply_state(TrainingState)``: the settings of the next run, for scenes.
"""
from __future__ import annotations

import math
import os
import sys
import time

import numpy as np
from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog, QHBoxLayout, QLabel, QProgressBar, QScrollArea, QSizePolicy, QSplitter,
    QStyle, QTabWidget, QToolButton, QVBoxLayout, QWidget,
)

from core.data.datasets import load_sample
from core.errors import DataError
from core.nn.network import MLP
from core.state.app_state import AppState
from core.state.bundled import keeper_with_bundled
from core.state.tab_states import TrainingState
from core.training import run_store
from core.training.run_history import RunHistory
from core.training.training import Trainer, make_network
from gui.state_binding import read_controls, write_controls
from gui.training.learning_warning import learning_warning
from gui.training.download_worker import DatasetLoader, DownloadRunner
from gui.training.training_data import TrainingDataMixin
from gui.training.training_draw import TrainingDrawMixin
from gui.training.training_model import WEIGHT_UNITS, TrainingModelMixin
from gui.training.live_views import LiveViews
from gui.training.redraw_scheduler import RedrawScheduler
from gui.training.run_history_view import RunHistoryView
from gui.training.training_controls import TrainingControls
from gui.training.training_worker import TrainingWorker
from gui.widgets.message_line import MessageLine
from gui.widgets.worker_thread import WorkerThread

#: env var: start training right after start-up and report shutdown timing on stderr (tests)
AUTOSTART_ENV = "GRADIENT_LAB_TRAINING_AUTOSTART"
#: view -> minimum seconds between two redraws while training (registration order breaks ties)
MIN_GAP = {"progress": 0.25, "grid": 0.0, "loss": 0.5, "accuracy": 0.5, "confusion": 0.5,
           "grad": 1.0, "weights": 1.9, "history": 1.0}




class TrainingPanel(TrainingDataMixin, TrainingModelMixin, TrainingDrawMixin, QWidget):
    sigStateChanged = Signal(str)  # "idle", "running", "paused", "stopping"
    sigRunEnded = Signal(object)  # the RunEnd of a run
    sigDatasetChanged = Signal(object)

    def __init__(self, app_state: AppState | None = None, parent=None, history_folder=None):
        super().__init__(parent)
        self.app_state = app_state if app_state is not None else AppState(keeper_with_bundled())
        self.history = RunHistory()
        self.history_folder = history_folder
        self._saved_runs: set = set()  # runs whose model was saved to a file by the learner
        self._dataset = load_sample()
        self._dataset_spec = "sample"
        self._download_cancelled = False
        self._eval_cache = None  # (model, Evaluation) for confusion-cell clicks
        self._confusion_source = (None, 0)  # (model, leading test digits) behind the matrix shown
        self._state = "idle"
        self.jobs = WorkerThread("training-worker", parent=self)  # the run's thread (docs/THREADS.md)
        self.jobs.sigEnded.connect(self._on_thread_finished)
        self._trainer = None
        self._record = None
        self._last_step = None
        self._planned_iterations = 1
        self._planned_samples = 1
        self._config = None
        self._pool_index = np.zeros(0, np.int64)
        self._pending_preview = None  # the worker's latest Preview, drawn by the redraw timer
        self._pending_confusion = None  # (matrix, epoch) of the latest epoch
        self._label_drawn_at = 0.0
        self._report_shutdown = bool(os.environ.get(AUTOSTART_ENV))

        self._build_ui()
        self._make_actions()
        self._connect()
        self.redraw = RedrawScheduler(self, is_busy=lambda: self._state in ("running", "stopping"),
                                      is_visible=self.isVisible, before_draw=self._hold_worker,
                                      after_paint=self._release_worker)
        draws = {"progress": self._draw_progress, "grid": self._draw_grid, "loss": self.loss_plot.refresh,
                 "accuracy": self.accuracy_plot.refresh, "confusion": self._draw_confusion,
                 "grad": self.grad_plot.refresh, "weights": self._draw_weights, "history": self.history_view.sync}
        for name, gap in MIN_GAP.items():
            self.redraw.add(name, draws[name], gap)
        self.downloads = DownloadRunner(self)
        self.downloads.sigProgress.connect(self._on_download_progress)
        self.downloads.sigDone.connect(self._on_download_done)
        self.downloads.sigFailed.connect(self._on_download_failed)
        self.downloads.sigActive.connect(self.controls.show_download)
        self.loader = DatasetLoader(self)
        self.loader.sigDone.connect(self._on_dataset_loaded)
        self.loader.sigFailed.connect(self._on_dataset_load_failed)
        self.loader.sigActive.connect(self._on_loader_active)
        history_note = self._load_history()
        self.set_dataset(self._dataset, "sample")
        self.app_state.models.listeners.append(self._on_model_in_use)
        self.history_view.sigUseRun.connect(self.use_run_model)
        self._set_state("idle")
        self._on_model_in_use()
        if history_note:
            self._show_message(history_note, "error")
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)
        if self._report_shutdown:
            QTimer.singleShot(0, self.start)

    # ================================================================ UI
    def _build_ui(self) -> None:
        self.controls = TrainingControls()
        scroll = QScrollArea()
        scroll.setWidget(self.controls)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(300)
        self.controls_scroll = scroll

        self.buttons_row = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(True)
        # value 0, not Qt's -1 "reset" (which hides the text and leaves an empty white box)
        self.progress.setValue(0)
        self.progress.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.progress.setFormat(self.tr("Not running: press Start or Step"))
        self.progress.setToolTip(self.tr("Progress of the whole run"))
        self.progress_label = QLabel(self.tr("Press Start to train, or Step to do one batch at a time."))
        self.progress_label.setToolTip(self.tr("Epoch, iteration, speed and time left"))
        self.progress_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.message = MessageLine()  # the one message-line widget (gui/widgets/message_line.py)

        self.live = LiveViews()
        live = self.live
        self.loss_plot, self.accuracy_plot, self.grad_plot = live.loss_plot, live.accuracy_plot, live.grad_plot
        self.grid, self.confusion, self.weights = live.grid, live.confusion, live.weights
        self.history_view = RunHistoryView(self.history, self.app_state.models)
        self.view_tabs = QTabWidget()
        self.view_tabs.setDocumentMode(True)
        self.view_tabs.addTab(self.live, self.tr("Live"))
        self.view_tabs.addTab(self.history_view, self.tr("Run history"))
        self.view_tabs.currentChanged.connect(self._on_view_tab_changed)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(4, 0, 0, 0)
        right_layout.setSpacing(4)
        top = QHBoxLayout()
        top.addLayout(self.buttons_row)
        top.addWidget(self.progress, 1)
        right_layout.addLayout(top)
        right_layout.addWidget(self.progress_label)
        right_layout.addWidget(self.message)
        right_layout.addWidget(self.view_tabs, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("training.splitter")
        self.splitter.setToolTip(self.tr("Drag to give the settings or the views more room"))
        self.splitter.addWidget(scroll)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([310, 970])
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.splitter)

    def _make_actions(self) -> None:
        style = self.style()
        specs = [
            ("start", self.tr("Start"), QStyle.StandardPixmap.SP_MediaPlay, "F5",
             self.tr("Start a new run with fresh weights (F5)")),
            ("pause", self.tr("Pause"), QStyle.StandardPixmap.SP_MediaPause, "F6",
             self.tr("Pause the run between two batches; press again to resume (F6)")),
            ("stop", self.tr("Stop"), QStyle.StandardPixmap.SP_MediaStop, "Shift+F5",
             self.tr("End the run; the weights trained so far are kept (Shift+F5)")),
            ("step", self.tr("Step"), QStyle.StandardPixmap.SP_MediaSkipForward, "F10",
             self.tr("Train exactly one batch, then pause: walk through single updates (F10)")),
            ("reset", self.tr("Reset weights"), QStyle.StandardPixmap.SP_BrowserReload, "Ctrl+Shift+R",
             self.tr("Throw the trained weights away and start again from fresh random ones")),
        ]
        self.actions: dict[str, QAction] = {}
        for name, text, icon, key, tip in specs:
            action = QAction(style.standardIcon(icon), text, self)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.setToolTip(tip)
            action.setStatusTip(tip)
            self.addAction(action)
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            self.buttons_row.addWidget(button)
            self.actions[name] = action
        self.actions["pause"].setCheckable(True)
        self.png_button = QToolButton()
        self.png_button.setText(self.tr("PNG..."))
        self.png_button.setToolTip(self.tr("Save the live views as a PNG picture"))
        self.png_button.clicked.connect(self._on_export_png)
        self.buttons_row.addWidget(self.png_button)

    def _connect(self) -> None:
        a = self.actions
        a["start"].triggered.connect(self.start)
        a["pause"].toggled.connect(self._on_pause_toggled)
        a["stop"].triggered.connect(self.stop)
        a["step"].triggered.connect(self.step)
        a["reset"].triggered.connect(self.reset_weights)
        c = self.controls
        c.sigLrChanged.connect(self._on_lr_changed)
        c.sigScheduleChanged.connect(self._on_schedule_changed)
        c.sigDatasetChosen.connect(self._on_dataset_chosen)
        c.sigOpenFolder.connect(self._on_open_folder)
        c.sigDownload.connect(self.start_download)
        c.sigCancelDownload.connect(self.cancel_download)
        c.sigSaveModel.connect(self._on_save_model)
        c.sigLoadModel.connect(self._on_load_model)
        self.confusion.sigCellClicked.connect(self._on_confusion_cell)

    # ================================================================ public API
    @property
    def state(self) -> str:
        return self._state

    def trajectory(self) -> list:
        """Weight snapshots (dicts like MLP.params) of the last run, oldest first."""
        if self._trainer is not None and self._state != "idle":
            return list(getattr(self._trainer, "trajectory", []) or [])
        return list(self.app_state.trajectory)  # the last run's, kept in the app state

    def trajectory_iterations(self) -> list:
        """The iteration of each snapshot of ``trajectory()`` ([] when unknown)."""
        if self._trainer is None:
            return []
        its = list(getattr(self._trainer, "trajectory_iterations", []) or [])
        return its if len(its) == len(self.trajectory()) else []

    def current_dataset(self):
        return self._dataset

    def current_record(self):
        """The RunRecord of the current (or last) run, or None."""
        return self._record

    def is_thread_running(self) -> bool:
        return self.jobs.active

    @property
    def _worker(self) -> TrainingWorker | None:
        """The running run's worker (None when no run goes on)."""
        return self.jobs.worker

    # ================================================================ run control
    @Slot()
    def start(self, paused: bool = False) -> bool:
        """Start a new run with freshly initialised weights; False (and a message) if it cannot."""
        if self._state != "idle":
            return False
        if self.loader.active:
            self._show_message(self.tr("Wait for the data set to finish loading."), "info")
            return False
        if len(self._dataset.y_train) == 0:
            self._show_message(self.tr("This data set has no training digits (only the t10k files)."), "error")
            return False
        try:
            config = self.controls.config()
        except ValueError as exc:
            self._show_message(self.tr("Hidden layers: {0}").format(exc), "error")
            return False
        try:
            net = self._new_network(config)
            trainer = Trainer(net, self._dataset, config, keep_trajectory=True)
        except (ValueError, DataError) as exc:
            self._show_message(str(exc), "error")
            return False
        self._hide_message()
        self._trainer = trainer
        self._config = config
        self._last_step = None
        n_train = len(self._dataset.y_train)
        self._planned_iterations = config.epochs * math.ceil(n_train / config.batch_size)
        self._planned_samples = config.epochs * n_train
        self._record = self.history.new_run(config.to_dict(), self._dataset.name)
        n_test = len(self._dataset.y_test)
        count = min(int(config.eval_subset), n_test) if config.eval_subset else n_test
        self._measure_key = f"{self._dataset.name}:{count}"
        self._measure_model_in_use(count, self._measure_key)
        self.app_state.models.start_run(self._record.run_id, self._record.label, self._measure_key,
                                        self._dataset.class_names)
        self.loss_plot.set_record(self._record, self._planned_iterations)
        self.grad_plot.set_record(self._record, self._planned_iterations)
        self.accuracy_plot.set_record(self._record, config.epochs)
        self.confusion.set_matrix(None)
        self._confusion_source = (None, 0)
        if self.grid.mode != "live":
            self.grid.show_live()
        self.history_view.sync()
        worker = TrainingWorker(trainer, self._dataset.x_test[self._pool_index], start_paused=paused,
                                max_rate=20.0, preview_interval=0.9, weight_units=WEIGHT_UNITS)
        self.jobs.start(worker, done=self._on_ended, failed=self._on_failed,
                        extra={"sigSteps": self._on_steps, "sigPreview": self._on_preview, "sigEpoch": self._on_epoch})
        self._set_state("paused" if paused else "running")
        self.redraw.mark("progress")
        return True

    @Slot()
    def step(self) -> None:
        """One batch: from idle this starts a paused run; while paused it runs one more batch."""
        if self._state == "idle":
            if not self.start(paused=True):
                return
        if self._state == "paused" and self._worker is not None:
            self._worker.request_step()

    @Slot()
    def pause(self) -> None:
        if self._state == "running":
            self.actions["pause"].setChecked(True)

    @Slot()
    def resume(self) -> None:
        if self._state == "paused":
            self.actions["pause"].setChecked(False)

    def _on_pause_toggled(self, checked: bool) -> None:
        if self._worker is None:
            return
        if checked and self._state == "running":
            self._worker.pause()
            self._set_state("paused")
        elif not checked and self._state == "paused":
            self._worker.resume()
            self._set_state("running")

    @Slot()
    def stop(self) -> None:
        """Ask the run to end after the current batch; the trained weights are kept."""
        if self._worker is not None and self._state in ("running", "paused"):
            self._worker.request_stop()
            self._set_state("stopping")

    def _new_network(self, config) -> MLP:
        return make_network(config, n_in=self._dataset.x_test.shape[1], n_out=len(self._dataset.class_names))

    def _on_lr_changed(self, lr: float) -> None:
        if self._worker is not None and self._state in ("running", "paused"):
            self._worker.set_lr(lr)
            if self._record is not None:
                self._record.note_lr(self._record.iteration, lr)
                self.redraw.mark("history")

    def _on_schedule_changed(self, name: str) -> None:
        if self._worker is not None and self._state in ("running", "paused"):
            self._worker.set_schedule(name)

    # ================================================================ worker signals
    @Slot(object)
    def _on_steps(self, steps) -> None:
        if self._record is None or not steps:
            return
        self._record.add_steps(steps)
        self._last_step = steps[-1]
        self.redraw.mark("progress", "loss", "grad")

    @Slot(object)
    def _on_preview(self, preview) -> None:
        self._pending_preview = preview
        self.redraw.mark("grid", "weights")

    @Slot(object)
    def _on_epoch(self, report) -> None:
        result = report.result
        if self._record is not None:
            self._record.add_epoch(result)
        self._pending_confusion = (np.array(result.confusion), int(result.epoch))
        n_test = len(self._dataset.y_test)
        subset = self._config.eval_subset if self._config is not None else None
        self._confusion_source = (report.model, min(int(subset), n_test) if subset else n_test)
        self._eval_cache = None
        if self._record is not None and self.app_state.models.offer_epoch(
                self._record.run_id, report.model, result.test_accuracy, result.epoch):
            self.controls.model_info.setText(self.model_box_text() + "\n" + self.tr(
                "This run's best so far: epoch {0}, {1:.1f} % test (kept in Run history).").format(
                result.epoch + 1, 100 * result.test_accuracy))
        self.redraw.mark("accuracy", "confusion", "loss", "history", "progress")

    def divergence_text(self, end) -> str:
        """The RunEnd of a divergence in the UI language, built from its parts."""
        causes = {
            "loss_jumped": self.tr("the loss jumped to {0:.4g} (it started at {1:.3g})").format(end.loss,
                                                                                            end.first_loss),
            "gradient_infinite": self.tr("the gradient became infinite"),
            "loss_nan": self.tr("the loss became NaN"),
            "loss_infinite": self.tr("the loss became infinite"),
        }
        if end.cause not in causes:
            return end.message
        kept = (self.tr("the weights of iteration {0}, the last with a sound loss, were kept").format(end.kept)
                if end.kept else self.tr("the initial weights were kept"))
        return self.tr("diverged at iteration {0}: {1}; the learning rate {2:g} is too large ({3}).").format(
            end.iteration + 1, causes[end.cause], end.lr, kept)

    @Slot(object)
    def _on_ended(self, report) -> None:
        """The run ended: the keeper decides whether its best weights become the model in use
        (only a finished run that beats it); the message says what happened to the model."""
        end = report.end
        record = self._record
        if record is not None:
            record.finish(end)
        if self._trainer is not None:
            snapshots = getattr(self._trainer, "trajectory", []) or []
            self.app_state.set_trajectory(snapshots, self.trajectory_iterations(),
                                          record.run_id if record is not None else None)
        changed = record is not None and self.app_state.models.finish_run(record.run_id, end.reason)
        self._show_message(self._end_text(end, record, changed), "error" if end.reason == "diverged" or end.warning else
                           "info" if end.reason == "stopped" else "ok")
        self._on_model_in_use()
        self.redraw.mark("loss", "grad", "accuracy", "history", "progress")
        self._save_history()
        self.sigRunEnded.emit(end)

    def _end_text(self, end, record, changed: bool) -> str:
        """How the run ended, and what became of the model in use."""
        acc = record.final_test_accuracy if record is not None else None
        if end.reason == "diverged":
            text = self.tr("Training stopped: {0}").format(self.divergence_text(end))
        elif end.reason == "stopped":
            text = (self.tr("Stopped after 1 iteration.") if end.iteration == 1 else
                    self.tr("Stopped after 1 iteration.") if end.iteration == 1 else
                    self.tr("Stopped after {0} iterations.").format(end.iteration))
        else:
            text = (self.tr("Finished: 1 iteration in {0:.1f} s.").format(end.elapsed) if end.iteration == 1 else
                    self.tr("Finished: 1 iteration in {0:.1f} s.").format(end.elapsed) if end.iteration == 1 else
                    self.tr("Finished: {0} iterations in {1:.1f} s.").format(end.iteration, end.elapsed))
            if acc is not None:
                text += " " + self.tr("Test accuracy {0:.1f} %.").format(100 * acc)
        warning = learning_warning(end, self._dataset.num_classes if self._dataset is not None else 10)
        if warning:
            text += " " + warning
        if changed:
            return text + " " + self.tr("Its best weights are now the model in use.")
        kept = self.app_state.models.run(record.run_id) if record is not None else None
        text += " " + self.tr("The model in use is unchanged.")
        if kept is not None and kept.net is not None:
            text += " " + self.tr("This run's best weights (epoch {0}, {1:.1f} % test) are kept: Run history > "
                                  "Use this model.").format(kept.epoch + 1, 100 * kept.test_accuracy)
        return text

    # ================================================================ run history on disk
    def _load_history(self) -> str:
        if self.history_folder is None:
            return ""
        return run_store.load_runs(self.history_folder, self.history, self.app_state.models)

    def _save_history(self) -> None:
        if self.history_folder is None:
            return
        try:
            run_store.save_runs(self.history_folder, self.history, self.app_state.models)
        except (OSError, ValueError) as exc:
            self._show_message(self.tr("Run history could not be saved: {0}").format(exc), "error")

    # ================================================================ scenes
    def tab_state(self) -> TrainingState:
        """The settings of the next run, as a scene stores them."""
        values = read_controls(self, TrainingState)
        hidden = [int(h) for h in self.controls.hidden.text().replace(" ", "").split(",") if h.isdigit()]
        return TrainingState(**values, dataset=self._dataset_spec, hidden=hidden or [512, 256])

    def apply_state(self, state: TrainingState) -> list[str]:
        """Take a scene's settings (and its data set, when it differs and is on this computer)."""
        refused = write_controls(self, state)
        self.controls.hidden.setText(", ".join(str(h) for h in state.hidden))
        if state.dataset != self._dataset_spec and self._state == "idle":
            if not self.open_dataset(state.dataset):
                refused.append("dataset")
        return refused

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        if self._record is not None and not self._record.end_reason:
            self._record.end_reason, self._record.end_message = "failed", str(message)
            self.app_state.models.finish_run(self._record.run_id, "failed")
            self.redraw.mark("history")
            self._save_history()
        self._show_message(self.tr("Training failed: {0}; the model in use is unchanged.").format(message), "error")

    @Slot(object)
    def _on_thread_finished(self, _worker=None) -> None:
        self._set_state("idle")
        self.redraw.flush()

    def _stop_and_join(self, timeout_ms: int = 10_000) -> None:
        """Stop the run, quit and join its thread; its last queued signals (the RunEnd) are
        delivered first (GUI thread; returns when the thread is gone or abandoned)."""
        self.jobs.stop(timeout_ms)

    def shutdown(self) -> None:
        """Stop training and any download, quit and wait for their threads (closeEvent calls this)."""
        started = time.perf_counter()
        if self._report_shutdown and self.jobs.active:
            sys.stderr.write(f"training-shutdown: begin state={self._state} "
                             f"iteration={getattr(self._last_step, 'iteration', 0)}\n")
        self.redraw.stop()
        self._stop_and_join()
        self.downloads.shutdown()
        self.loader.shutdown()
        if self._report_shutdown:
            sys.stderr.write(f"training-shutdown: joined in {time.perf_counter() - started:.3f} s\n")
            self._report_shutdown = False

    # ================================================================ state
    def _set_state(self, state: str) -> None:
        self._state = state
        a = self.actions
        running, paused, idle = state == "running", state == "paused", state == "idle"
        loading = self.loader.active
        a["start"].setEnabled(idle and not loading)
        a["pause"].setEnabled(running or paused)
        a["pause"].blockSignals(True)
        a["pause"].setChecked(paused)
        a["pause"].blockSignals(False)
        a["pause"].setText(self.tr("Resume") if paused else self.tr("Pause"))
        a["stop"].setEnabled(running or paused)
        a["step"].setEnabled((idle and not loading) or paused)
        a["reset"].setEnabled((idle and not loading) or paused)
        self.controls.set_training(not idle or loading)
        self.controls.save_model.setEnabled(self.app_state.models.shared_net() is not None and state != "stopping")
        self.sigStateChanged.emit(state)

    def showEvent(self, event):  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.redraw.resume()

    # ================================================================ messages, export
    def _show_message(self, text: str, kind: str = "info") -> None:
        self.message.show_message(text, kind)

    def _hide_message(self) -> None:
        self.message.clear_message()

    @property
    def message_kind(self) -> str:
        """"info", "ok" or "error" while a message shows, else ""."""
        return self.message.kind

    def export_live_png(self, path) -> bool:
        return self.live.export_png(path)

    def _on_export_png(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the views as PNG"), "training.png",
                                              self.tr("PNG pictures (*.png)"))
        if path and not self.export_live_png(path):
            self._show_message(self.tr("Could not write {0}").format(path), "error")

