"""The Descent lab: a ball on a loss contour, stepped by hand, played, raced, swept.

Left: the pickers (``DescentControls``). Middle: the contour (``ContourView``)
with a banner above it and the loss-versus-step plot below. Right: the
readout of the current step, the race legend, the data view of the neuron
surface and the learning-rate sweep plot. A status line runs along the bottom.

All the numbers come from core: ``core.descent.surfaces`` / ``core.descent.neuron_surface``
for the surface, ``core.descent.descent_run`` for the runs (a ``DescentRace`` of one
to four ``DescentRun``), ``core.descent.lr_sweep`` for the sweep. This panel forwards
the user's choices to them and draws what they return.

Keys (only while this tab is shown): Space = Step, Backspace = Back,
P = Play/Pause, R = Reset. ``panel.actions`` holds those QActions; their
enabled state follows the runs. Play is a QTimer in the GUI thread (a step
costs microseconds); however fast it plays, the views are redrawn at most
about 30 times a second.
"""
from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QElapsedTimer, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from core.descent.descent_run import CONVERGED, DIVERGED, RUNNING, STALLED, DescentRace, DescentRun
from core.descent.neuron_surface import NeuronSurface, incompatibility
from core.nn.optimizers import OPTIMIZERS
from core.descent.from_state import schedule_of
from core.descent.surfaces import make_surface
from gui.widgets.contour_view import BALL_COLORS, ContourView
from gui.descent.descent_banner import DescentBannerMixin
from gui.descent.descent_state import DescentStateMixin
from gui.descent.descent_surface import DescentSurfaceMixin
from gui.descent.descent_sweep import DescentSweepMixin
from gui.descent.descent_controls import DescentControls
from gui.i18n import tr_core
from gui.descent.lr_sweep_plot import LrSweepPlot
from gui.descent.neuron_data_view import NeuronDataView
from gui.descent.race_legend import RaceLegend
from gui.descent.step_loss_plot import StepLossPlot
from gui.descent.step_readout import StepReadout

REDRAW_MS = 33        # at most ~30 redraws a second
PLAY_BUDGET_MS = 10   # a play tick stops stepping after this long, so the GUI stays responsive
SEED = 0              # mini-batch sampling seed (runs are repeatable)



class DescentPanel(DescentStateMixin, DescentSurfaceMixin, DescentSweepMixin, DescentBannerMixin, QWidget):
    """The Descent lab tab; see the module docstring."""

    sigStatus = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._surfaces: dict = {}
        self.surface = None
        self.optimizer_key = "sgd"
        self.schedule_key = "constant"
        self.batch_size = 0
        self.seed = SEED
        self.quiver_on = False
        self.quiver_scale = 0.0   # arrow length per unit of |∇L| in the gradient field
        self.quiver_legend = ""
        self.redraw_count = 0
        self._surface_dirty = True
        self._sweep = None

        self.actions = self._make_actions()
        self.controls = DescentControls(self.actions)
        self.contour = ContourView()
        self.contour.setToolTip(self.tr("Click to put the ball there. Arrow: the update the optimizer applies next, to scale. "
                                        "Stars: minima"))
        self.loss_plot = StepLossPlot()
        self.loss_plot.setToolTip(self.tr("Loss at each step (log scale while every loss is positive). The others keep their "
                                          "true values; a diverged run is cut off at the top, dashed, ▲"))
        self.readout = StepReadout()
        self.legend = RaceLegend()
        self.data_view = NeuronDataView()
        self.data_view.setToolTip(self.tr("The neuron's data: drag a point to move it, click to add one, "
                                          "right-click to remove one. The curve is the neuron at the ball"))
        self.sweep_plot = LrSweepPlot()
        self.sweep_plot.setToolTip(self.tr("Final loss for each learning rate; click a point to use that rate"))
        self.banner = QLabel()  # floats over the contour's top edge (placed in _place_banner): never moves the plots
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.RichText)
        self.banner.setContentsMargins(0, 0, 0, 0)
        self.banner.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.banner.hide()
        self.status_line = QLabel()
        # one line that never wraps or widens the window (four racers' reasons): the tooltip has all of it
        self.status_line.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.status_line.setToolTip(self.tr("What the run is doing"))
        self._build_layout()

        self._play_timer = QTimer(self)
        self._play_timer.timeout.connect(self._on_play_tick)
        self._redraw_timer = QTimer(self)
        self._redraw_timer.setSingleShot(True)
        self._redraw_timer.timeout.connect(self.redraw_now)
        self._sweep_timer = QTimer(self)
        self._sweep_timer.setInterval(0)
        self._sweep_timer.timeout.connect(self._on_sweep_tick)
        self._clock = QElapsedTimer()
        self._clock.start()
        self._steps_per_tick = 1

        self._connect()
        self.controls.show_surface_rows("bowl")
        self._use_surface("bowl")
        self._on_speed(self.controls.speed_value())
        self.redraw_now()

    # ------------------------------------------------------------------ building
    def _make_actions(self) -> dict:
        spec = [
            ("step", self.tr("Step"), Qt.Key.Key_Space, self.tr("One step downhill (Space)")),
            ("back", self.tr("Back"), Qt.Key.Key_Backspace, self.tr("Undo the last step exactly (Backspace)")),
            ("play", self.tr("Play"), Qt.Key.Key_P, self.tr("Step again and again; press again to pause (P)")),
            ("reset", self.tr("Reset"), Qt.Key.Key_R, self.tr("Back to the start (R)")),
        ]
        actions = {}
        for name, text, key, tip in spec:
            action = QAction(text, self)
            action.setObjectName(f"descent.action_{name}")
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.setToolTip(tip)
            self.addAction(action)
            actions[name] = action
        actions["play"].setCheckable(True)
        actions["step"].triggered.connect(self.step)
        actions["back"].triggered.connect(self.back)
        actions["play"].toggled.connect(self._on_play_toggled)
        actions["reset"].triggered.connect(self.reset)
        return actions

    def _build_layout(self) -> None:
        scroll = QScrollArea()
        scroll.setWidget(self.controls)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(self.controls.minimumSizeHint().width() + 12)
        scroll.setMaximumWidth(360)

        centre_top = QWidget()
        top = QVBoxLayout(centre_top)
        top.setContentsMargins(0, 0, 0, 0)
        top.setSpacing(2)
        top.addWidget(self.contour, 1)
        self.banner.setParent(centre_top)
        self.centre = QSplitter(Qt.Orientation.Vertical, objectName="descent.centre_splitter")
        self.centre.addWidget(centre_top)
        self.centre.addWidget(self.loss_plot)
        self.centre.setStretchFactor(0, 3)
        self.centre.setStretchFactor(1, 1)
        self.centre.setSizes([540, 180])

        info = QWidget()
        info_layout = QVBoxLayout(info)
        info_layout.setContentsMargins(0, 0, 0, 0)
        info_layout.addWidget(self.readout)
        info_layout.addWidget(self.legend)
        info.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.right = QSplitter(Qt.Orientation.Vertical, objectName="descent.right_splitter")
        self.right.addWidget(info)
        self.right.addWidget(self.data_view)
        self.right.addWidget(self.sweep_plot)
        self.right.setSizes([230, 240, 240])

        self.splitter = QSplitter(Qt.Orientation.Horizontal, objectName="descent.splitter")
        self.splitter.addWidget(scroll)
        self.splitter.addWidget(self.centre)
        self.splitter.addWidget(self.right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([300, 620, 350])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 2)
        layout.setSpacing(2)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.status_line)

    def _connect(self) -> None:
        c = self.controls
        c.sigSurfaceChanged.connect(self._on_surface)
        c.sigMorphChanged.connect(self._on_morph)
        c.sigPresetChanged.connect(self._on_preset)
        c.sigActivationChanged.connect(self._on_activation)
        c.sigLossChanged.connect(self._on_loss)
        c.sigBatchChanged.connect(self._on_batch)
        c.sigQuiverToggled.connect(self._on_quiver)
        c.sigOptimizerChanged.connect(self._on_optimizer)
        c.sigLrChanged.connect(self._on_lr)
        c.sigScheduleChanged.connect(self._on_schedule)
        c.sigSpeedChanged.connect(self._on_speed)
        c.sigRaceChanged.connect(self._on_race_changed)
        c.sigSweepRequested.connect(self.start_sweep)
        self.contour.getPlotItem().vb.sigResized.connect(self._on_contour_resized)
        self.contour.sigClicked.connect(self.place_ball)
        self.data_view.sigDataChanged.connect(self._on_data_changed)
        self.sweep_plot.sigRateChosen.connect(self._on_rate_chosen)

    # ------------------------------------------------------------------ surfaces and runs
    @property
    def runs(self) -> list[DescentRun]:
        return self.race.runs

    @property
    def run(self) -> DescentRun:
        """Run 1 (the main optimizer)."""
        return self.race.runs[0]

    def _surface_for(self, key: str):
        if key not in self._surfaces:
            if key == "neuron":
                s = NeuronSurface(preset=self.controls.preset.currentData())
            else:
                s = make_surface(key)
            if key == "morph":
                s.set_t(self.controls.morph.value() / 100.0)
            self._surfaces[key] = s
        return self._surfaces[key]

    def _use_surface(self, key: str) -> None:
        """Make ``key`` the current surface, with its own rate, the ball at its own designed start
        (the book's zigzag of x²/20 + y² starts at (-7, 2), whatever the last surface was)."""
        self.surface = self._surface_for(key)
        self.contour.set_axis_labels(*self.surface.axis_names)
        if key == "neuron":
            self._sync_neuron_controls()
        self.controls.set_lr(self.surface.default_lr, emit=False)
        self._new_runs(self.surface.start)

    def _sync_neuron_controls(self, start=None) -> None:
        """The neuron's pickers and data view follow the surface; the data view frames the data
        and the neuron's output at ``start`` (default: the surface's own start)."""
        s = self.surface
        self.controls.select(self.controls.activation, s.activation.name)
        self.controls.select(self.controls.loss, s.loss.name)
        self.controls.select(self.controls.preset, s.preset)
        self.data_view.set_data(s.x, s.t)
        self.data_view.set_target_range(s.target_range)
        w, b = s.start if start is None else start
        with np.errstate(all="ignore"):
            self.data_view.frame_curve(s.predict(w, b, self.data_view.curve_x_range()))

    def _new_runs(self, start) -> None:
        """Build run 1 and the racers afresh, all from ``start``."""
        self._stop_sweep()
        entries = [(self.optimizer_key, self.controls.lr)] + self.controls.race_entries()
        runs = [DescentRun(self.surface, key, lr=lr, schedule=self.make_schedule(), start=start,
                           batch_size=self.batch_size, seed=self.seed) for key, lr in entries]
        self.race = DescentRace(runs)
        self._surface_dirty = True
        self.data_view.setVisible(self.surface.name == "neuron")
        self.legend.setVisible(len(runs) > 1)
        self.sweep_plot.set_points([], [], [])
        self.sweep_plot.set_current_rate(self.controls.lr)
        self._changed()

    def _restart_here(self) -> None:
        self._new_runs(self.run.point)

    # ------------------------------------------------------------------ user actions
    def step(self) -> None:
        """One step of every run (Space)."""
        if self.race.can_step:
            self.race.step()
        self._changed()

    def back(self) -> None:
        """Undo the last step exactly (Backspace)."""
        self.race.back()
        self._changed()

    def reset(self) -> None:
        """Every run back to its start (R)."""
        self.race.reset()
        self._changed()

    def screenshot_states(self):
        """For ``--screenshots``: the bowl mid-descent ("descent"), the neuron surface with its data
        view ("descent-neuron"), a race of four optimizers on Himmelblau ("descent-race"); then the
        bowl again (the Help shot is taken over this tab)."""
        def show(surface: str, steps: int) -> None:
            self.controls.surface.setCurrentIndex(self.controls.surface.findData(surface))
            for _ in range(steps):
                self.step()
            self.redraw_now()

        show("bowl", 12)
        yield "descent"
        show("neuron", 0)
        self.place_ball(-2.0, 5.0)
        show("neuron", 25)
        yield "descent-neuron"
        show("himmelblau", 0)
        self.controls.race.setChecked(True)
        self.place_ball(-0.5, 0.5)
        show("himmelblau", 40)
        yield "descent-race"
        self.controls.race.setChecked(False)
        show("bowl", 12)

    def place_ball(self, x: float, y: float) -> None:
        """Put the ball (all racers) at (x, y) and start from there."""
        if not (math.isfinite(x) and math.isfinite(y)):
            return
        self.race.reset((x, y))
        self._changed()

    def play(self, on: bool = True) -> None:
        self.actions["play"].setChecked(on)

    @property
    def playing(self) -> bool:
        return self._play_timer.isActive()

    def _on_play_toggled(self, on: bool) -> None:
        if on and self.race.can_step and self.isVisible():
            self._play_timer.start()
            self.actions["play"].setText(self.tr("Pause"))
        else:
            self._play_timer.stop()
            self.actions["play"].setText(self.tr("Play"))
            if self.actions["play"].isChecked():
                self.actions["play"].setChecked(False)
        self._update_actions()

    def _on_speed(self, sps: float) -> None:
        interval = max(16, int(round(1000.0 / sps)))
        self._steps_per_tick = max(1, int(round(sps * interval / 1000.0)))
        self._play_timer.setInterval(interval)

    def _on_play_tick(self) -> None:
        budget = QElapsedTimer()
        budget.start()
        for _ in range(self._steps_per_tick):
            if not self.race.can_step or budget.elapsed() > PLAY_BUDGET_MS:
                break
            self.race.step()
            if all(r.status != RUNNING for r in self.runs):
                break
        if not self.race.can_step or all(r.status != RUNNING for r in self.runs):
            self.play(False)
        self._changed()

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self.play(False)
        super().hideEvent(event)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if self.banner.isVisible():
            self._place_banner()

    def shutdown(self) -> None:
        """Stop every timer (called by the main window when it closes)."""
        self._play_timer.stop()
        self._redraw_timer.stop()
        self._stop_sweep()

    # ------------------------------------------------------------------ pickers
    def _on_surface(self, key: str) -> None:
        self._use_surface(key)
        self._set_status_note(self.tr("Surface: {0}. Learning rate set to {1}, which suits it.")
                              .format(tr_core(self.surface.display_name), f"{self.controls.lr:g}"))

    def _on_morph(self, t: float) -> None:
        morph = self._surface_for("morph")
        morph.set_t(t)
        if self.surface is morph:
            self._restart_here()

    def _on_preset(self, key: str) -> None:
        self._surfaces["neuron"] = NeuronSurface(preset=key)
        if self.surface is not None and self.surface.name == "neuron":
            self._use_surface("neuron")  # the new data's own start
        else:
            self._surface_for("neuron")

    def _on_activation(self, key: str) -> None:
        s = self._surface_for("neuron")
        loss = s.loss.name
        if incompatibility(key, loss):
            loss = "mse"
            self.controls.select(self.controls.loss, loss)
            self._set_status_note(self.tr("Binary cross-entropy needs outputs between 0 and 1; "
                                          "the loss is now mean squared error."))
        s.configure(key, loss)
        self._after_neuron_change()

    def _on_loss(self, key: str) -> None:
        s = self._surface_for("neuron")
        act = s.activation.name
        why = incompatibility(act, key, s.t)
        if why == "activation":
            act = "sigmoid"
            why = incompatibility(act, key, s.t)
            if not why:
                self.controls.select(self.controls.activation, act)
                self._set_status_note(self.tr("Binary cross-entropy needs outputs between 0 and 1; "
                                              "the activation is now the sigmoid."))
        if why == "targets":
            self.controls.select(self.controls.loss, s.loss.name)
            self.controls.select(self.controls.activation, s.activation.name)
            self._set_status_note(self.tr("Binary cross-entropy needs targets 0 or 1: choose the "
                                          "\u201cTwo classes\u201d data first. The loss is unchanged."))
            return
        s.configure(act, key)
        self._after_neuron_change()

    def _after_neuron_change(self) -> None:
        s = self._surfaces["neuron"]
        self.data_view.set_target_range(s.target_range)
        if self.surface is s:
            self._restart_here()

    def _on_batch(self, n: int) -> None:
        self.batch_size = int(n)
        self._restart_here()

    def _on_data_changed(self, x, t) -> None:
        s = self._surface_for("neuron")
        try:
            s.set_data(x, t)
        except ValueError as exc:
            self._set_status_note(str(exc))
            self.data_view.set_data(s.x, s.t, fit_view=False)
            return
        if self.surface is s:
            self._restart_here()

    def _on_quiver(self, on: bool) -> None:
        self.quiver_on = bool(on)
        self._surface_dirty = True
        self._request_redraw()

    def _on_optimizer(self, key: str) -> None:
        self.optimizer_key = key
        self._restart_here()

    def _on_lr(self, lr: float) -> None:
        self.run.lr = lr
        self.sweep_plot.set_current_rate(lr)
        self._changed()

    def make_schedule(self):
        """The chosen schedule with the parameters its boxes show."""
        return schedule_of(self.schedule_key, self.controls.schedule_values())

    def _on_schedule(self, key: str) -> None:
        self.schedule_key = key
        for r in self.runs:
            r.schedule = self.make_schedule()
        self._changed()

    def _on_race_changed(self) -> None:
        self._restart_here()

    # ------------------------------------------------------------------ state -> view
    def _changed(self) -> None:
        """After any change of the runs: actions, banner and status now; pictures soon."""
        self._update_actions()
        self._update_banner()
        self._request_redraw()

    def _update_actions(self) -> None:
        race = getattr(self, "race", None)
        if race is None:
            return
        self.actions["step"].setEnabled(race.can_step)
        self.actions["back"].setEnabled(race.can_back)
        self.actions["play"].setEnabled(race.can_step or self.playing)
        self.actions["reset"].setEnabled(any(r.k > 0 or r.status == DIVERGED for r in self.runs))

    def _request_redraw(self) -> None:
        if self._redraw_timer.isActive():
            return
        elapsed = self._clock.elapsed()
        if elapsed >= REDRAW_MS:
            self.redraw_now()
        else:
            self._redraw_timer.start(REDRAW_MS - int(elapsed))

    def redraw_now(self) -> None:
        """Draw everything from the runs' current state (the throttle calls this)."""
        self._redraw_timer.stop()
        self._clock.restart()
        self.redraw_count += 1
        if self._surface_dirty:
            self._draw_surface()
        runs = self.runs
        colors = BALL_COLORS
        self.contour.set_balls([r.point for r in runs], colors)
        trails, curves, arrows = [], [], []
        for r in runs:
            t = r.trail
            xs, ys, steps, losses = t.x, t.y, t.steps, t.loss
            if steps.size == 0 or steps[-1] != r.k:
                xs, ys = np.append(xs, r.p[0]), np.append(ys, r.p[1])
                steps, losses = np.append(steps, r.k), np.append(losses, r.loss)
            trails.append((xs, ys))
            arrows.append(r.next_arrow())
            curves.append((steps, losses, colors[len(curves) % len(colors)], r.status == DIVERGED))
        self.contour.set_trails(trails, colors)
        self.contour.set_arrows(arrows, colors)
        self.controls.schedule_info.setText(self.schedule_text())
        self.loss_plot.set_curves(curves)
        self._draw_readout()
        if len(runs) > 1:
            self.legend.set_rows([
                (colors[i % len(colors)],
                 self._legend_name(r),
                 self.tr("loss {0}").format(f"{r.loss:.4g}"),
                 self._state_word(r)) for i, r in enumerate(runs)])
        if self.surface.name == "neuron":
            xs = self.data_view.curve_x_range()
            w, b = self.run.point
            with np.errstate(all="ignore"):
                self.data_view.set_curve(xs, self.surface.predict(w, b, xs))

    def _legend_name(self, r: DescentRun) -> str:
        """'Adam (lr 0.3)', or with a schedule 'SGD (lr 1, now 0.5)': the rate the next step uses."""
        name = tr_core(OPTIMIZERS[r.optimizer_name].display_name)
        now = r.optimizer.current_lr
        if now == r.lr:
            return self.tr("{0} (lr {1})").format(name, f"{r.lr:g}")
        return self.tr("{0} (lr {1}, now {2})").format(name, f"{r.lr:g}", f"{now:.4g}")

    def schedule_text(self) -> str:
        """The schedule's formula with its parameters and the rate the next step of run 1 uses."""
        r = self.run
        sched = r.schedule
        params = ", ".join(f"{k} = {v:g}" for k, v in sched.parameters().items())
        head = sched.formula + (f";  {params}" if params else "")
        return self.tr("{0}\nrate of step {1}: η = {2}").format(head, r.k + 1, f"{r.optimizer.current_lr:.6g}")

    def _state_word(self, r: DescentRun) -> str:
        return {RUNNING: self.tr("moving"), CONVERGED: self.tr("at a minimum"),
                STALLED: self.tr("stalled"), DIVERGED: self.tr("diverged")}[r.status]

    def _draw_readout(self) -> None:
        r = self.run
        note = ""
        if r.uses_batches:
            note = self.tr(" (a batch of {0} of {1} points)").format(r.batch_size, self.surface.n_samples)
        stopped = self.tr("no next step: the run diverged. Press Back or Reset, then try a smaller learning rate.")
        self.readout.show_state(r.k, self.surface.axis_names, r.point, r.loss, r.gradient,
                                r.preview(), r.optimizer, tr_core(OPTIMIZERS[r.optimizer_name].display_name),
                                note, stopped, self._loss_note(r.loss))

    def _loss_note(self, loss: float) -> str:
        """Under the neuron's MSE: the book's E = ½(y − t)² beside the app's mean (y − t)², each named."""
        s = self.surface
        if s.name != "neuron" or s.loss.name != "mse" or not math.isfinite(loss):
            return ""
        return self.tr("  (MSE = mean (y − t)²; the book's ½ convention: mean ½(y − t)² = {0})").format(
            f"{loss / 2:.4f}" if 1e-3 <= abs(loss) < 1e5 else f"{loss / 2:.3e}")
