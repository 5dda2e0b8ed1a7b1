"""Which network answers in the Draw tab: the bundled default, the app's model in use
(``AppState.models``: a run that finished better, "Use this model", a loaded file, a scene),
or the one fine-tuned on the learner's drawings; and the tab's state for scenes.

A mixin of ``DrawPanel`` (it uses the panel's ``model_choice``, ``model_info``, ``canvas``,
``app_state``, ``_models``, ``_user_chose_other``, ``_update_answer`` and ``_update_buttons``).
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Slot

from core.data.datasets import DIGIT_NAMES
from core.data.model_io import DEFAULT_MODEL, load_model_shared
from core.errors import ModelError
from gui.widgets.percent import percent
from gui.widgets.model_text import model_name


class DrawModelsMixin:
    # ================================================================ models
    def _load_default_model(self) -> None:
        try:
            net, meta = load_model_shared(DEFAULT_MODEL)
        except ModelError as exc:
            self._default_error = str(exc)
            return
        training = meta.get("training") or {}
        accuracy = training.get("test_accuracy")
        info = self.tr("the bundled model, trained on the 8,000 sample digits")
        if isinstance(accuracy, (int, float)):
            info += self.tr(" ({0} % right on the 2,000 test digits)").format(percent(accuracy))
        self._set_model_entry("default", net, self.tr("default model (bundled)"), info)

    def _set_model_entry(self, key: str, net, label: str, info: str, take_over: bool = True) -> None:
        """Add or update the entry ``key``; it becomes the answering model when new or ``take_over``."""
        self._models[key] = (net, info)
        index = self.model_choice.findData(key)
        added = index < 0
        if added:
            order = ["default", "session", "finetuned"]
            index = sum(1 for i in range(self.model_choice.count())
                        if order.index(self.model_choice.itemData(i)) < order.index(key))
            self.model_choice.insertItem(index, label, key)
        else:
            self.model_choice.setItemText(index, label)
        self.model_choice.setItemData(index, info, Qt.ItemDataRole.ToolTipRole)
        if self.model_choice.currentIndex() == index:
            self._on_model_choice(index)
        elif take_over or added:
            self.model_choice.setCurrentIndex(index)

    def _on_model_in_use(self, net, ref) -> None:
        """The app's model in use changed: the bundled one answers as "default"; any other one
        becomes the "model in use" entry (refused when it cannot read digits)."""
        if ref.source == "bundled":
            self._drop_model_entry("session")
            if not self._user_chose_other:
                self.model_choice.setCurrentIndex(max(0, self.model_choice.findData("default")))
            return
        description = model_name(ref, net)
        if ref.test_accuracy is not None:
            description = self.tr("{0}, {1} % test").format(description, percent(ref.test_accuracy))
        self.set_model(net, description, ref.classes or None, trained=ref.trained)

    @Slot(object, str)
    def set_model(self, net, description: str, class_names=None, trained: bool = True) -> None:
        """Use ``net`` (a copy the caller will not change) to answer; ``description``
        says what it is (e.g. its data and accuracy). Called by the Training tab.
        ``class_names``: what its outputs mean, when known; a model for other classes than
        the digits 0-9 (say Fashion-MNIST) cannot read a drawn digit, and a model with fresh
        random weights (``trained`` False) reads nothing: neither is used."""
        if class_names is not None and tuple(class_names) != DIGIT_NAMES:
            shown = ", ".join(class_names[:3]) + (", …" if len(class_names) > 3 else "")
            self._refuse_session_model(self.tr("The model in use sorts other classes ({0}), not "
                                               "digits").format(shown))
            return
        if not trained:
            self._refuse_session_model(self.tr("The model in use has fresh, untrained weights"))
            return
        self._set_model_entry("session", net, self.tr("model in use"),
                              self.tr("the model in use: {0}").format(description),
                              take_over=not self._user_chose_other)

    def _refuse_session_model(self, why: str) -> None:
        self._drop_model_entry("session")
        self.model_info.setText(self.tr("{0}; {1} answers here.").format(
            why, self._models.get(self.model_key(), (None, self.tr("no model")))[1]))

    def _drop_model_entry(self, key: str) -> None:
        self._models.pop(key, None)
        index = self.model_choice.findData(key)
        if index >= 0:
            self.model_choice.removeItem(index)  # the choice moves on; _on_model_choice updates the info

    def current_model(self):
        key = self.model_choice.currentData()
        return self._models.get(key, (None, ""))[0] if key else None

    def model_key(self) -> str | None:
        return self.model_choice.currentData()

    def model_description(self) -> str:
        return self.model_info.text()

    # ================================================================ scenes
    def tab_state(self):
        from core.state.tab_states import DrawState
        from gui.state_binding import read_controls

        strokes, widths = self.canvas.strokes()
        return DrawState(**read_controls(self, DrawState), strokes=strokes, stroke_widths=widths)

    def apply_state(self, state) -> list[str]:
        from gui.state_binding import write_controls

        refused = write_controls(self, state)
        self.canvas.set_strokes(state.strokes, state.stroke_widths)
        return refused

    @Slot(int)
    def _on_user_chose_model(self, index: int) -> None:
        """The learner picked a model by hand: while it is not the Training tab's, the Training
        tab's updates (one per epoch) do not take the choice back."""
        self._user_chose_other = self.model_choice.itemData(index) != "session"

    @Slot(int)
    def _on_model_choice(self, index: int) -> None:
        key = self.model_choice.itemData(index) if index >= 0 else None
        if key is None:
            text = self.tr("No model can answer: {0}").format(self._default_error) if self._default_error \
                else self.tr("No model yet: train one in the Training tab.")
            self.model_info.setText(text)
        else:
            self.model_info.setText(self._models[key][1])
        self._update_answer()
        self._update_buttons()
