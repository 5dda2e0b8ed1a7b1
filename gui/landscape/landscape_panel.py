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

The tab's files: this panel (what happens), ``landscape_controls.py`` (the settings
column, and the actions Step/Play/Reset, replay and Compute/Cancel with their
shortcuts), ``landscape_view.py`` (caption, contour, loss plot, message line),
``landscape_worker.py`` (the background job) and ``weight_pixel_picker.py``.
"""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import QElapsedTimer, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QScrollArea, QSplitter, QVBoxLayout, QWidget

from core.data.datasets import load_sample
from core.descent.descent_run import RUNNING, DescentRun
from core.landscape.landscape import LandscapeSpec
from gui.landscape.landscape_controls import LandscapeControls, make_actions
from gui.landscape.landscape_view import LandscapeView
from gui.landscape.landscape_worker import LandscapeWorker
from gui.widgets.contour_view import BALL_COLORS
from gui.widgets.events import wait_until
from gui.widgets.worker_thread import WorkerThread
from gui.widgets.model_text import model_name

PATH_COLOR = (120, 120, 120)
BALL = BALL_COLORS[0]
REPLAY_MS = 120
DESCENT_MS = 40
PICK_DELAY_MS = 250
#: --screenshots: how long the default slice may take, and the descent steps shown on it
SCREENSHOT_TIMEOUT_S = 120
SCREENSHOT_DESCENT_STEPS = 25


class LandscapePanel(QWidget):
    """The Landscape tab; see the module docstring. ``app_state``: the AppState whose model in
    use, data set and last run's path it shows (a private one with the bundled model if None)."""

    sigComputed = Signal(object)   # the Landscape just drawn
    sigBusy = Signal(bool)

    def __init__(self, app_state=None, parent=None):
        super().__init__(parent)
        from core.state.app_state import AppState
        from core.state.bundled import keeper_with_bundled

        self.app_state = app_state if app_state is not None else AppState(keeper_with_bundled())
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
        self.shown_kind = None        # the slice type the picture shows (None: nothing or cleared)
        self.lr_note = ""             # the sentence that says which rate the two-weight descent got
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
        self.app_state.models.listeners.append(self._on_model_changed)
        self.app_state.subscribe("trajectory", self._on_trajectory)
        keeper = self.app_state.models
        if keeper.shared_net() is not None:
            self._on_model_changed(keeper.net, keeper.ref)
        self._on_kind()

    # ================================================================ UI
    def _build_ui(self) -> None:
        self.actions = make_actions(self)
        self.controls = LandscapeControls(self.actions)
        self.view = LandscapeView()
        scroll = QScrollArea()
        scroll.setWidget(self.controls)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(300)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("landscape.splitter")
        self.splitter.setToolTip(self.tr("Drag to give the settings or the picture more room"))
        self.splitter.addWidget(scroll)
        self.splitter.addWidget(self.view)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([330, 950])
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.splitter)
        self._connect()
        self._show_empty()

    def _connect(self) -> None:
        c, a = self.controls, self.actions
        c.kind.currentIndexChanged.connect(self._on_kind)
        a["compute"].triggered.connect(self.compute)
        a["cancel"].triggered.connect(self.cancel)
        c.show_path.toggled.connect(self._draw_path)
        c.replay.valueChanged.connect(self._on_replay_moved)
        a["replay_back"].triggered.connect(self._replay_back)
        a["replay_step"].triggered.connect(self._replay_forward)
        a["replay_play"].toggled.connect(self._on_replay_play)
        c.picker.sigPicked.connect(self._on_picked)
        c.optimizer.currentIndexChanged.connect(self._on_optimizer)
        c.lr.sigChanged.connect(self._on_lr)
        a["step"].triggered.connect(self.descent_step_once)
        a["play"].toggled.connect(self._on_descent_play)
        a["reset"].triggered.connect(self.descent_reset_run)
        self.view.contour.sigClicked.connect(self._on_contour_clicked)

    def help_topic(self) -> str:
        return "landscape"

    def tab_state(self):
        """The slice and how it is drawn (``LandscapeState``), for scenes."""
        from core.state.tab_states import LandscapeState
        from gui.state_binding import read_controls

        return LandscapeState(**read_controls(self, LandscapeState))

    def apply_state(self, state) -> list[str]:
        from gui.state_binding import write_controls

        return write_controls(self, state)


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
        return self.controls.kind.currentData()

    def set_model(self, net, description: str = "", trajectory=None, iterations=None, end_iteration=0) -> None:
        """Use ``net`` (a copy is kept). ``trajectory``: its run's weight snapshots, oldest first,
        ``iterations`` their iteration numbers, ``end_iteration`` the run's last (None: no path)."""
        self._net = net.copy() if net is not None else None
        self._description = description
        self._trajectory = list(trajectory) if trajectory is not None else []
        self._iterations = list(iterations) if iterations is not None else []
        self._end_iteration = int(end_iteration or 0)
        self._path_fresh = bool(self._trajectory)
        if self._net is not None:
            self.controls.picker.set_weights(self._net.params["W1"])
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
        """The data set whose training digits give the loss (default: the app's data set in use)."""
        self._dataset = dataset

    def dataset(self):
        if self._dataset is not None:
            return self._dataset
        if self.app_state.dataset is not None:
            return self.app_state.dataset
        self._dataset = load_sample()
        return self._dataset

    def trajectory(self) -> list:
        """The path used for the PCA plane: the snapshots of the run the model comes from, or []."""
        return list(self._trajectory) if self._path_fresh else []

    def _on_model_changed(self, net, ref) -> None:
        """The model in use changed (AppState): show it, with its run's path when the last run is its."""
        snapshots, iterations = self.app_state.path_of_model_in_use()
        end = iterations[-1] if iterations else 0
        description = model_name(ref, net)
        if ref.test_accuracy is not None:
            description = self.tr("{0}, {1:.1f} % test").format(description, 100 * ref.test_accuracy)
        self.set_model(net, description, snapshots or None, iterations or None, end)
        if not snapshots and self.kind_key == "pca":
            self.controls.kind.setCurrentIndex(self.controls.kind.findData("random"))

    def _on_trajectory(self, _state) -> None:
        snapshots, iterations = self.app_state.path_of_model_in_use()
        if snapshots:
            self._trajectory, self._iterations = list(snapshots), list(iterations)
            self._end_iteration = int(iterations[-1]) if iterations else 0
            self._path_fresh = True
        self._update_model_labels()

    def _update_model_labels(self) -> None:
        self.controls.show_model(None if self._net is None else self._net.sizes, self._description,
                                 len(self.trajectory()))

    # ================================================================ computing
    def spec(self) -> LandscapeSpec:
        kind = self.kind_key
        (pa, ua), (pb, ub) = self.controls.picker.weights()
        return LandscapeSpec(kind=kind, resolution=self.controls.resolution.value(), samples=self.controls.samples.value(),
                             span=self.controls.spans[kind].value(), seed=self.controls.seed.value(),
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
        self.controls.progress.setRange(0, spec.resolution)
        self.controls.progress.setValue(0)
        self.controls.progress.setFormat(self.tr("Finding the directions…") if spec.kind != "weights"
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
            self.controls.progress.setFormat(self.tr("Cancelling…"))

    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, stage: str) -> None:
        self.controls.progress.setRange(0, total)
        self.controls.progress.setValue(done)
        if stage == "path":
            self.controls.progress.setFormat(self.tr("Loss at snapshot {0} of {1}").format(done, total))
        if stage == "grid":
            self.controls.progress.setFormat(self.tr("Row {0} of {1}").format(done, total))
            if stage != self._stage:
                self._stage_clock.restart()
                self._stage_rows = done
            elif done > self._stage_rows and self._stage_clock.elapsed() > 1500:
                per_row = self._stage_clock.elapsed() / 1000.0 / (done - self._stage_rows)
                self.controls.progress.setFormat(self.tr("Row {0} of {1}, about {2:.0f} s left")
                                        .format(done, total, per_row * (total - done)))
        self._stage = stage

    @Slot(object)
    def _on_done(self, result) -> None:
        self.show_landscape(result)

    @Slot(object)
    def _on_failed(self, exc) -> None:
        self._say(self.view.failure_text(exc), "error")

    @Slot(object)
    def _on_job_ended(self, worker) -> None:
        cancelled = worker is not None and worker.cancelled
        self._set_busy(False)
        if self._recompute:
            self._recompute = False
            self.compute()
        elif cancelled:
            self.controls.progress.setFormat(self.tr("Cancelled"))
            self._say(self.tr("Cancelled; the picture shown is the previous one."), "info")
        else:
            self.controls.progress.setFormat(self.tr("Done"))

    def _set_busy(self, busy: bool) -> None:
        self.actions["compute"].setEnabled(not busy)
        self.actions["cancel"].setEnabled(busy)
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
        self.shown_kind = result.spec.kind   # the slice type the picture shows (None: cleared)
        self._stale = False
        self.run = None
        self.view.show_slice(result)
        if result.spec.kind == "weights":
            self._new_run()
        else:
            n = 0 if result.path is None else len(result.path)
            replay = self.controls.replay
            replay.blockSignals(True)
            replay.setRange(0, max(0, n - 1))
            replay.setValue(max(0, n - 1))
            replay.blockSignals(False)
        self._update_boxes()
        self._draw_path()
        self._draw_descent()
        done = self.tr("Computed in {0:.1f} s: {1} × {1} points, {2} digits.").format(
            result.seconds, len(result.xs), result.n_samples)
        self._say(done + (" " + self.lr_note if result.spec.kind == "weights" and self.run is not None else ""),
                  "ok")
        self.sigComputed.emit(result)

    def _show_empty(self) -> None:
        self.view.show_empty(self._net is not None)

    @Slot()
    def _draw_path(self, *_args) -> None:
        r = self.result
        if r is None or r.spec.kind == "weights":
            return
        if r.path is None or not self.controls.show_path.isChecked():
            self.view.contour.set_trails([])
            self.view.contour.set_balls([])
            self.view.set_loss_curves([])
            self.controls.replay_label.setText(self.tr("No path on this slice.") if r.path is None else "")
            return
        k = self.controls.replay.value()
        path = r.path
        self.view.contour.set_trails([(path[:, 0], path[:, 1]), (path[: k + 1, 0], path[: k + 1, 1])],
                                [PATH_COLOR, BALL])
        self.view.contour.set_balls([tuple(path[k])], [BALL])
        steps, are_iterations = self._path_steps(len(path))
        true = r.path_true_loss
        self.view.set_loss_curves([(steps, r.path_loss, PATH_COLOR), (steps[: k + 1], r.path_loss[: k + 1], BALL)],
                                  self.tr("iteration") if are_iterations else self.tr("snapshot"),
                                  true_loss=None if true is None else (steps, true))
        if are_iterations:
            text = self.tr("Snapshot {0} of {1}, iteration {2}").format(k + 1, len(path), int(steps[k]))
        else:
            text = self.tr("Snapshot {0} of {1}").format(k + 1, len(path))
        text += self.tr(": α = {0:.3g}, β = {1:.3g}, loss at its projection on the plane {2:.4g}").format(
            path[k, 0], path[k, 1], r.path_loss[k])
        if r.path_true_loss is not None:
            text += self.tr("; the network's own loss at this snapshot {0:.4g}").format(r.path_true_loss[k])
        self.controls.replay_label.setText(text)

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

    @Slot()
    def _replay_back(self) -> None:
        self.controls.replay.setValue(self.controls.replay.value() - 1)

    @Slot()
    def _replay_forward(self) -> None:
        self.controls.replay.setValue(self.controls.replay.value() + 1)

    @Slot(int)
    def _on_replay_moved(self, _k: int) -> None:
        self._draw_path()

    @Slot(bool)
    def _on_replay_play(self, on: bool) -> None:
        if on:
            if self.controls.replay.value() >= self.controls.replay.maximum():
                self.controls.replay.setValue(0)
            self._replay_timer.start()
            self.actions["replay_play"].setText(self.tr("Pause"))
        else:
            self._replay_timer.stop()
            self.actions["replay_play"].setText(self.tr("Play"))

    def _replay_play_off(self) -> None:
        if self.actions["replay_play"].isChecked():
            self.actions["replay_play"].setChecked(False)

    @Slot()
    def _on_replay_tick(self) -> None:
        if self.controls.replay.value() >= self.controls.replay.maximum():
            self._replay_play_off()
            return
        self.controls.replay.setValue(self.controls.replay.value() + 1)

    # ================================================================ descent on two weights
    def _new_run(self) -> None:
        r = self.result
        if r is None or r.surface is None:
            self.run = None
            return
        key = self.controls.optimizer.currentData()
        lr = r.surface.suggested_lr(key)
        self.controls.lr.set_value(lr, emit=False)
        self.run = DescentRun(r.surface, key, lr=self.controls.lr.value(), start=r.surface.start)
        # said, as the Descent lab says a surface's own rate (a rate of 1000 is not a typo)
        self.lr_note = self.tr("Learning rate set to {0} for {1}, chosen for this slice (SGD: 0.5 ÷ the "
                               "loss's largest curvature at the start, so a flat loss gets up to 1000; Adam, "
                               "RMSprop, AdaGrad: the reach ÷ 20; Momentum, Nesterov: a tenth of SGD's). Type "
                               "another rate to change it.").format(
            self.controls.lr.box.textFromValue(self.controls.lr.value()), self.controls.optimizer.currentText())

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
            self.actions["play"].setText(self.tr("Pause"))
        else:
            self._descent_timer.stop()
            self.actions["play"].setText(self.tr("Play"))
            if on:
                self.actions["play"].setChecked(False)

    def _stop_descent(self) -> None:
        if self.actions["play"].isChecked():
            self.actions["play"].setChecked(False)
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
            if self.run is not None:
                self._say(self.lr_note)

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
            self.controls.descent_label.setText("")
            return
        self.controls.descent_label.setText(self.view.show_descent(run, r.center_loss, r.surface.view, BALL))
        self.actions["step"].setEnabled(run.can_step and not self._stale)

    # ================================================================ modes and messages
    @Slot()
    def _on_kind(self, *_args) -> None:
        """Another slice type: the picture of the last one is cleared (not left under the new
        name) until Compute; switching back to the computed type shows it again."""
        self.controls.show_kind(self.kind_key)
        r = self.result
        if r is not None and r.spec.kind != self.kind_key:
            self._stop_descent()
            self.view.show_not_computed(self.kind_key, self._net is not None)
            self.shown_kind = None
        elif r is not None and self.shown_kind is None:
            self.show_landscape(r)
        self._update_boxes(self.kind_key)

    def _update_boxes(self, kind: str | None = None) -> None:
        r = self.result
        self.controls.show_boxes(kind or self.kind_key, r.spec.kind if r is not None else None,
                                 has_path=r is not None and r.path is not None, stale=self._stale)

    def loss_curve(self, i: int = 0):
        """The (x, loss) drawn as line i of the loss plot (for tests)."""
        return self.view.loss_curve(i)

    def _say(self, text: str, kind: str = "info") -> None:
        self.view.status.show_message(text, kind)
