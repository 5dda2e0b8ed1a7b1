"""The Training tab's side of the model in use (``AppState.models``, a ``ModelKeeper``).

The rule (issue 13): a run offers its epochs' weights to the keeper, which keeps each run's
best; the model in use changes only when the learner says so (Load model, Reset weights,
"Use this model" in Run history, a scene) or when a run *finishes* better than it. The Model
box always says which model is in use and where it came from.

A mixin of ``TrainingPanel``: it uses the panel's ``app_state``, ``controls``, ``grid``,
``weights``, ``confusion``, the live plots and ``_show_message``.
"""
from __future__ import annotations

from pathlib import Path

import numpy as np
from PySide6.QtWidgets import QFileDialog, QMessageBox

from core.errors import ModelError, one_line
from core.state.model_keeper import FILE, FRESH, RUN, ModelRef
from core.state.scene_model import sha256_of
from core.training.evaluation import evaluate
from gui.widgets.model_text import activation_name

WEIGHT_UNITS = 48  # first-layer units sent for the weight images (32 or more are shown)


def architecture(net) -> str:
    return "-".join(str(s) for s in net.sizes)


class TrainingModelMixin:
    # ------------------------------------------------------------------ reading
    def model_is_trained(self) -> bool:
        """False while the model in use is a fresh, untrained network (after Reset weights)."""
        return self.app_state.models.ref.trained

    def model_class_names(self) -> tuple | None:
        """What the outputs of the model in use mean (None: unknown, e.g. loaded from a file)."""
        return self.app_state.models.ref.classes or None

    def current_model(self):
        """(a copy of the model in use or None, what the Model box says about it)."""
        return self.app_state.models.net, self.model_box_text()

    def source_text(self, ref: ModelRef) -> str:
        """Where the model in use came from, in the UI language."""
        if ref.source == RUN:
            epoch = "" if ref.epoch is None else self.tr(", epoch {0}").format(ref.epoch + 1)
            return self.tr("run {0} of Run history{1}").format(ref.run_id, epoch)
        if ref.source == FILE:
            return self.tr("file {0}").format(Path(ref.path).name)
        if ref.source == FRESH:
            return self.tr("fresh random weights (untrained)")
        return self.tr("the bundled model, trained on the 8,000 sample digits")

    def model_box_text(self) -> str:
        ref, net = self.app_state.models.ref, self.app_state.models.shared_net()
        if net is None:
            return self.tr("No model in use yet: press Start to train one.")
        accuracy = "" if ref.test_accuracy is None else self.tr(", {0:.1f} % test").format(100 * ref.test_accuracy)
        return self.tr("In use: {0} {1}{2} (from {3})").format(architecture(net), activation_name(net.activation), accuracy,
                                                                self.source_text(ref))

    # ------------------------------------------------------------------ the keeper tells
    def _on_model_in_use(self, _net=None, _ref=None) -> None:
        """The model in use changed (a run finished better, the learner chose one, a scene)."""
        self._eval_cache = None
        self.controls.model_info.setText(self.model_box_text())
        self.controls.save_model.setEnabled(self.app_state.models.shared_net() is not None
                                            and self._state != "stopping")
        net = self.app_state.models.shared_net()
        if net is not None and self._state == "idle" and net.sizes[-1] == len(self._dataset.class_names):
            self._show_predictions_of(net)
        ref = self.app_state.models.ref
        self.history_view.set_in_use(ref.run_id if ref.source == RUN else None)

    def _measure_model_in_use(self, count: int, key: str) -> None:
        """Measure the model in use on the first ``count`` test digits (what the run's epochs are
        measured on), so a finished run is compared with it on the same digits."""
        keeper, data = self.app_state.models, self._dataset
        net = keeper.shared_net()
        if net is None or not keeper.ref.trained:
            return
        other_task = keeper.ref.classes and tuple(keeper.ref.classes) != tuple(data.class_names)
        if other_task or net.sizes[0] != data.x_test.shape[1] or net.sizes[-1] != len(data.class_names):
            keeper.measured(None, "")  # another task: no comparison, a finished run takes over
            return
        if keeper.ref.dataset == key:
            return
        keeper.measured(evaluate(net, data.x_test[:count], data.y_test[:count]).accuracy, key)
        self.controls.model_info.setText(self.model_box_text())

    def use_run_model(self, run_id: int) -> bool:
        """"Use this model" of Run history: that run's best weights become the model in use."""
        if self._state != "idle" and self._record is not None and self._record.run_id == run_id:
            self._show_message(self.tr("Run {0} is still training: use its model when it has ended.")
                               .format(run_id), "info")
            return False
        if not self.app_state.models.use_run(run_id):
            self._show_message(self.tr("Run {0} kept no weights (no epoch ended), or its saved weights "
                                       "cannot be read.").format(run_id), "error")
            return False
        self._show_message(self.tr("Run {0}'s best weights are now the model in use (Draw and Landscape "
                                   "use them too).").format(run_id), "ok")
        return True

    # ------------------------------------------------------------------ reset
    def _unsaved_trained(self) -> bool:
        ref = self.app_state.models.ref
        return ref.source == RUN and ref.run_id not in self._saved_runs

    def reset_weights(self, ask: bool = True) -> bool:
        """Fresh random weights from the settings become the model in use; asks first when the
        model in use is trained here and not saved in a file. Clears the accuracy, progress and
        curves of the last run. False when nothing changed."""
        if self._state == "paused":
            self._stop_and_join()
        if self._state != "idle":
            return False
        if ask and self._unsaved_trained() and not self._confirm_reset():
            return False
        try:
            config = self.controls.config()
            net = self._new_network(config)
        except ValueError as exc:
            self._show_message(str(exc), "error")
            return False
        self._clear_run_views()
        label = self.tr("untrained: {0} {1}, fresh weights").format(architecture(net), activation_name(config.activation))
        self.app_state.models.use(net, ModelRef(FRESH, label, classes=tuple(self._dataset.class_names)))
        self._show_predictions_of(net)
        self._show_message(self.tr("Weights reset to fresh random values."), "info")
        return True

    def _confirm_reset(self) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Reset weights"),
                          self.tr("The model in use was trained here and is not saved in a file:\n{0}\n\n"
                                  "Replace it with fresh random weights? (Run history keeps each run's best "
                                  "weights while the run is listed.)").format(self.model_box_text()),
                          QMessageBox.StandardButton.NoButton, self)
        reset = box.addButton(self.tr("Reset weights"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is reset

    def _clear_run_views(self) -> None:
        """Forget what the last run left in the live views: curves, accuracy, progress, matrix."""
        self._record, self._last_step, self._config, self._pending_confusion = None, None, None, None
        self._eval_cache = None
        self.loss_plot.set_record(None, 1)
        self.grad_plot.set_record(None, 1)
        self.accuracy_plot.set_record(None, 1)
        self.confusion.set_matrix(None)
        self._confusion_source = (None, 0)
        self.progress.setValue(0)
        self.progress.setFormat(self.tr("Not started"))
        self.progress_label.setText(self.tr("Press Start to train, or Step to do one batch at a time."))

    # ------------------------------------------------------------------ files
    def save_model_to(self, path) -> bool:
        """Save the model in use to ``path`` (.npz)."""
        net, ref = self.app_state.models.shared_net(), self.app_state.models.ref
        if net is None:
            return False
        from core.data.model_io import save_model

        record = self.history.get(ref.run_id) if ref.run_id is not None else None
        try:
            save_model(net, path, training={"settings": record.settings if record else {},
                                            "description": self.model_box_text(),
                                            "test_accuracy": ref.test_accuracy,
                                            "dataset": ref.dataset or self._dataset.name})
        except (ModelError, OSError) as exc:
            self._show_message(self.tr("Could not save the model: {0}").format(one_line(exc)), "error")
            return False
        if ref.run_id is not None:
            self._saved_runs.add(ref.run_id)
        self._show_message(self.tr("Model saved to {0}").format(path), "ok")
        return True

    def load_model_from(self, path) -> bool:
        """The model in ``path`` becomes the model in use (measured on this data set's test digits)."""
        from core.data.model_io import load_model

        try:
            net, _metadata = load_model(path)
            digest = sha256_of(path)
        except (ModelError, OSError, ValueError) as exc:
            self._show_message(one_line(exc), "error")
            return False
        data = self._dataset
        if net.sizes[0] != 784 or net.sizes[-1] != len(data.class_names):
            self._show_message(self.tr("{0}: the network takes {1} inputs and gives {2} classes; "
                                       "it needs 784 and {3}.").format(path, net.sizes[0], net.sizes[-1],
                                                                      len(data.class_names)), "error")
            return False
        evaluation = evaluate(net, data.x_test, data.y_test)
        self._eval_cache = (net, evaluation)
        self._confusion_source = (net, len(data.y_test))
        self.confusion.set_matrix(evaluation.confusion)
        label = self.tr("loaded: {0}").format(Path(path).name)
        self.app_state.models.use(net, ModelRef(FILE, label, path=str(Path(path).resolve()), sha256=digest,
                                            test_accuracy=evaluation.accuracy,
                                            dataset=f"{data.name}:{len(data.y_test)}"))
        self._show_predictions_of(net)
        self._show_message(self.tr("Loaded {0}: {1} {2}, {3:.1f} % right on the {4:,} test images.").format(
            Path(path).name, architecture(net), activation_name(net.activation), 100 * evaluation.accuracy, len(data.y_test)), "ok")
        return True

    def _on_save_model(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save model"), "model.npz",
                                              self.tr("Gradient Lab models (*.npz)"))
        if path:
            self.save_model_to(path)

    def _on_load_model(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Load model"), "",
                                              self.tr("Gradient Lab models (*.npz)"))
        if path:
            self.load_model_from(path)

    def _show_predictions_of(self, net) -> None:
        """Grid and weight images for a model that is not training (GUI thread; small pool)."""
        if self._pool_index.size:
            self.grid.set_probabilities(net.predict(self._dataset.x_test[self._pool_index]))
        w1 = net.params["W1"]
        self.weights.set_weights(np.array(w1[:, :WEIGHT_UNITS].T), w1.shape[1])
