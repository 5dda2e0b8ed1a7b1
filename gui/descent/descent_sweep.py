"""The Descent lab's learning-rate sweep: 20 log-spaced rates, each run from the start for the
same number of steps (``core.descent.lr_sweep``), one rate per timer tick so the window stays
live; the final losses go to the sweep plot, and a click on a point uses its rate.

A mixin of ``DescentPanel`` (it uses the panel's ``_sweep_timer``, ``sweep_plot``,
``controls``, runs and status line).
"""
from __future__ import annotations

from core.descent.lr_sweep import best_rate, sweep_one, sweep_rates


class DescentSweepMixin:
    def _on_rate_chosen(self, rate: float) -> None:
        self.controls.set_lr(rate)
        self._set_status_note(self.tr("Learning rate set to {0} from the sweep.").format(self._rate_text(rate)))

    def _rate_text(self, rate: float) -> str:
        """A rate as the rate box shows it (one rounding for the box and the status line)."""
        return self.controls.lr_edit.textFromValue(rate)

    # ------------------------------------------------------------------ learning-rate sweep
    def start_sweep(self, steps: int) -> None:
        """Run ``steps`` steps for each of 20 log-spaced rates, one rate per timer tick."""
        self._stop_sweep()
        self._sweep = {"rates": sweep_rates(), "points": [], "steps": int(steps), "start": self.run.start,
                       "optimizer": self.optimizer_key, "schedule": self.make_schedule(), "batch": self.batch_size,
                       "surface": self.surface}
        self.controls.sweep_button.setEnabled(False)
        self.sweep_plot.set_points([], [], [])
        self._sweep_timer.start()

    def _on_sweep_tick(self) -> None:
        sw = self._sweep
        if sw is None or sw["surface"] is not self.surface:
            self._stop_sweep()
            return
        i = len(sw["points"])
        sw["points"].append(sweep_one(sw["surface"], sw["optimizer"], float(sw["rates"][i]), sw["steps"],
                                      sw["start"], sw["schedule"], sw["batch"], self.seed))
        pts = sw["points"]
        self.sweep_plot.set_points([p.lr for p in pts], [p.loss for p in pts], [p.diverged for p in pts])
        self.controls.sweep_button.setText(self.tr("Sweeping {0}/{1}").format(len(pts), len(sw["rates"])))
        if len(pts) == len(sw["rates"]):
            best = best_rate(pts)
            self._stop_sweep()
            if best is None:
                self._set_status_note(self.tr("Every rate diverged within {0} steps.").format(sw["steps"]))
            else:
                self._set_status_note(self.tr("Lowest loss after {0} steps at rate {1}: click a point to use "
                                              "its rate.").format(sw["steps"], self._rate_text(best)))

    @property
    def sweeping(self) -> bool:
        return self._sweep_timer.isActive()

    def _stop_sweep(self) -> None:
        if hasattr(self, "_sweep_timer"):
            self._sweep_timer.stop()
        self._sweep = None
        self.controls.sweep_button.setEnabled(True)
        self.controls.sweep_button.setText(self.tr("Sweep 20 rates"))
