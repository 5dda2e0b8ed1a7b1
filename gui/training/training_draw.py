"""What the Training tab draws between batches: the prediction grid, the first-layer weights,
the confusion matrix (and the digits of one of its cells), and the progress bar and line.
The RedrawScheduler calls the ``_draw_*`` methods; ``_hold_worker`` / ``_release_worker``
keep the training loop between batches while the GUI thread draws.

A mixin of ``TrainingPanel`` (it uses the panel's views, ``_pending_*``, ``_last_step``,
``_config``, ``_dataset`` and ``_worker``).
"""
from __future__ import annotations

import math
import time

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from core.training.evaluation import evaluate


class TrainingDrawMixin:
    # ================================================================ drawing (RedrawScheduler calls these)
    def _hold_worker(self) -> None:
        if self._worker is not None:
            self._worker.hold()

    def _release_worker(self) -> None:
        if self._worker is not None:
            self._worker.release()

    def _draw_grid(self) -> None:
        if self._pending_preview is not None:
            self.grid.set_probabilities(self._pending_preview.probabilities)

    def _draw_weights(self) -> None:
        preview = self._pending_preview
        if preview is not None:
            total = self._trainer.net.sizes[1] if self._trainer is not None else None
            self.weights.set_weights(preview.first_layer, total)

    def _draw_confusion(self) -> None:
        if self._pending_confusion is not None:
            self.confusion.set_matrix(*self._pending_confusion)

    def _draw_progress(self) -> None:
        """The bar (epoch) every time it is due; the line below (iteration, speed, time
        left, loss, learning rate) at most once a second while running: a QLabel's new
        text re-lays out the panel, the bar's value and format do not."""
        step, config = self._last_step, self._config
        if step is None or config is None:
            if self._state == "idle":
                self.progress.setValue(0)
            return
        done = (step.epoch + step.epoch_fraction) / max(config.epochs, 1)
        self.progress.setValue(int(1000 * min(done, 1.0)))
        # the bar's text is cheap to change: it carries the counts, always current
        self.progress.setFormat(self.tr("Epoch {0}/{1} · iteration {2}/{3}").format(
            min(step.epoch + 1, config.epochs), config.epochs, step.iteration, self._planned_iterations))
        now = time.perf_counter()
        if self._state == "running" and now - self._label_drawn_at < 1.0:
            self.redraw.mark("progress")  # the line is still to be brought up to date
            return
        self._label_drawn_at = now
        rate = step.samples_seen / step.elapsed if step.elapsed > 0 else 0.0
        left = (self._planned_samples - step.samples_seen) / rate if rate > 0 else float("nan")
        if self._state == "paused":   # no time passes while paused: no "0:03 left" standing still
            when = self.tr("paused")
        else:
            when = self.tr("{0} left").format(_clock(left) if self._state != "idle" else "0:00")
        self.progress_label.setText(self.tr("{0:,.0f} samples/s · {1} · loss {2:.3f} · lr {3:.3g} "
                                            "(at iteration {4})")
                                    .format(rate, when, step.batch_loss, step.lr, step.iteration))

    def _on_view_tab_changed(self, index: int) -> None:
        if self.view_tabs.widget(index) is self.history_view:
            self.history_view.sync()

    # ================================================================ confusion -> grid
    def _on_confusion_cell(self, true_class: int, predicted_class: int) -> None:
        """Show the test digits of one cell, predicted by the model the matrix was made with,
        over the same digits (an epoch's matrix may cover only the first eval_subset ones)."""
        model, count = self._confusion_source
        if model is None:
            return
        if self._eval_cache is None or self._eval_cache[0] is not model:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                x, y = self._dataset.x_test[:count], self._dataset.y_test[:count]
                self._eval_cache = (model, evaluate(model, x, y))
            finally:
                QApplication.restoreOverrideCursor()
        ev = self._eval_cache[1]
        y = self._dataset.y_test[:count]
        idx = np.flatnonzero((y == true_class) & (ev.predicted == predicted_class))
        idx = idx[np.argsort(-ev.confidence[idx], kind="stable")]
        names = self._dataset.class_names
        title = self.tr("True {0}, predicted {1}: {2} digits").format(
            names[true_class], names[predicted_class], len(idx))
        self.grid.show_selection(self._dataset.x_test[idx], y[idx], ev.predicted[idx], ev.confidence[idx], title)


def _clock(seconds: float) -> str:
    if not math.isfinite(seconds) or seconds < 0:
        return "?"
    seconds = int(round(seconds))
    return f"{seconds // 60}:{seconds % 60:02d}" if seconds < 3600 else f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"
