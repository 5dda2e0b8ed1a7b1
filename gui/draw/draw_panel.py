"""Draw tab: the learner writes a digit, the network answers live.

canvas -> ``core.data.preprocess.prepare`` (the MNIST recipe) -> the 28x28 image
the network sees -> ``net.predict`` with the model that answers -> the top
digit and ten probability bars. Answers are refreshed when a stroke ends and,
while drawing, at most every ``LIVE_INTERVAL_MS``.

Which model answers: the bundled default (resources/models/default.npz) at
first; the app's model in use (``AppState.models``) once it is another one (a run that
finished better, "Use this model" in Run history, a loaded file, a scene): ``set_model``;
the fine-tuned one after "Fine-tune on my drawings". The learner's labelled
drawings live in ``core.data.drawings``; fine-tuning runs in a FineTuneWorker
thread that ``shutdown()`` stops, quits and waits for.
"""
from __future__ import annotations


import numpy as np
from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSlider,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from core.data import preprocess
from core.data.drawings import DrawingStore
from core.errors import DataError
from core.training.finetune import FineTuneConfig
from gui.draw.digit_image_view import DigitImageView
from gui.draw.draw_models import DrawModelsMixin
from gui.draw.draw_canvas import DEFAULT_PEN_WIDTH, PEN_RANGE, DrawCanvas
from gui.draw.drawings_strip import DrawingsStrip
from gui.draw.finetune_worker import FineTuneWorker
from gui.widgets.percent import percent
from gui.widgets.worker_thread import WorkerThread
from gui.draw.probability_bars import ProbabilityBars

#: while a stroke is being drawn, answer at most this often
LIVE_INTERVAL_MS = 80


class DrawPanel(DrawModelsMixin, QWidget):
    """sigAnswered(probabilities (10,) ndarray copy, or None for an empty canvas)."""

    sigAnswered = Signal(object)

    def __init__(self, app_state=None, parent=None):
        super().__init__(parent)
        self.setObjectName("draw.panel")
        from core.state.app_state import AppState
        from core.state.bundled import keeper_with_bundled

        self.app_state = app_state if app_state is not None else AppState(keeper_with_bundled())
        self._models: dict[str, tuple[object, str]] = {}
        self._default_error = ""
        self._user_chose_other = False  # the learner picked a model other than the Training tab's
        self._image28: np.ndarray | None = None
        self._probs: np.ndarray | None = None
        self.finetune_jobs = WorkerThread("finetune-worker", parent=self)  # docs/THREADS.md
        self.finetune_jobs.sigEnded.connect(self._on_finetune_thread_finished)
        self._stop_requested = False
        self._finetune_done = False
        self.last_finetune = None

        self._live_timer = QTimer(self)
        self._live_timer.setSingleShot(True)
        self._live_timer.setInterval(LIVE_INTERVAL_MS)
        self._live_timer.timeout.connect(self._update_answer)

        self.store, warning = self._open_store()
        self._build()
        self._load_default_model()
        self.app_state.models.listeners.append(self._on_model_in_use)
        if self.app_state.models.ref.source != "bundled" and self.app_state.models.shared_net() is not None:
            self._on_model_in_use(self.app_state.models.net, self.app_state.models.ref)
        if self.model_choice.count() == 0:
            self._on_model_choice(-1)  # say why nothing answers
        self._update_store_info(warning)
        self._update_answer()

    # ================================================================ layout
    def _build(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self._build_canvas_box())
        top.addWidget(self._build_seen_box())
        top.addWidget(self._build_answer_box(), 1)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(self._build_model_row())
        layout.addWidget(self._build_teach_box())
        layout.addStretch(1)

        for keys, slot, what in (
            (QKeySequence(Qt.Key.Key_Escape), self.canvas.clear, self.tr("Clear the drawing")),
            (QKeySequence(QKeySequence.StandardKey.Undo), self.canvas.undo, self.tr("Undo the last stroke")),
        ):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.setWhatsThis(what)
            shortcut.activated.connect(slot)

    def _build_canvas_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Your drawing"))
        self.canvas = DrawCanvas()
        self.canvas.sigStrokeMoved.connect(self._on_stroke_moved)
        self.canvas.sigChanged.connect(self._on_canvas_changed)

        self.pen_width = QSlider(Qt.Orientation.Horizontal)
        self.pen_width.setObjectName("draw.pen_width")
        self.pen_width.setRange(*PEN_RANGE)
        self.pen_width.setValue(DEFAULT_PEN_WIDTH)
        self.pen_width.setToolTip(self.tr("Pen width in screen pixels, for the strokes you draw next"))
        self.pen_width.valueChanged.connect(self._on_pen_width)
        self.pen_label = QLabel()
        self.pen_label.setMinimumWidth(self.pen_label.fontMetrics().horizontalAdvance("00 px") + 4)

        self.undo_button = QPushButton(self.tr("Undo stroke"))
        self.undo_button.setToolTip(self.tr("Remove the last stroke (Ctrl+Z)"))
        self.undo_button.clicked.connect(self.canvas.undo)
        self.clear_button = QPushButton(self.tr("Clear"))
        self.clear_button.setToolTip(self.tr("Clear the canvas (Esc)"))
        self.clear_button.clicked.connect(self.canvas.clear)

        pen_row = QHBoxLayout()
        pen_row.addWidget(QLabel(self.tr("Pen")))
        pen_row.addWidget(self.pen_width, 1)
        pen_row.addWidget(self.pen_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.undo_button)
        buttons.addWidget(self.clear_button)

        layout = QVBoxLayout(box)
        layout.addWidget(self.canvas, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addLayout(pen_row)
        layout.addLayout(buttons)
        self._on_pen_width(self.pen_width.value())
        return box

    def _build_seen_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("What the network sees"))
        self.seen = DigitImageView()
        self.seen_caption = QLabel(self.tr("28×28 pixels: cropped, longer side scaled to 20 px, "
                                           "centre of mass on the red cross."))
        self.seen_caption.setWordWrap(True)
        self.seen_caption.setMaximumWidth(self.seen.sizeHint().width() + 20)
        self.match_width = QCheckBox(self.tr("Match MNIST stroke width"))
        self.match_width.setObjectName("draw.match_width")
        self.match_width.setChecked(True)
        self.match_width.setToolTip(self.tr(
            "Thicken or thin strokes that are far thinner or fatter than MNIST's "
            "(about 2.6 of the 28 pixels). Turn it off to see what a fat pen does."))
        self.match_width.toggled.connect(self._update_answer)

        layout = QVBoxLayout(box)
        layout.addWidget(self.seen, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.seen_caption)
        layout.addWidget(self.match_width)
        layout.addStretch(1)
        return box

    def _build_answer_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("The network's answer"))
        self.answer = QLabel("?")
        font = QFont(self.answer.font())
        font.setPointSize(64)
        font.setBold(True)
        self.answer.setFont(font)
        self.answer.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.answer.setMinimumWidth(self.answer.fontMetrics().horizontalAdvance("88") + 16)
        self.answer.setToolTip(self.tr("The digit with the highest probability"))
        self.answer_detail = QLabel()
        self.answer_detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.answer_detail.setWordWrap(True)
        self.answer_detail.setMinimumWidth(self.answer.minimumWidth() + 40)
        self.answer_detail.setMaximumWidth(180)
        self.bars = ProbabilityBars()

        left = QVBoxLayout()
        left.addStretch(1)
        left.addWidget(self.answer)
        left.addWidget(self.answer_detail)
        left.addStretch(1)
        layout = QHBoxLayout(box)
        layout.addLayout(left)
        layout.addWidget(self.bars, 1)
        return box

    def _build_model_row(self) -> QHBoxLayout:
        self.model_choice = QComboBox()
        self.model_choice.setObjectName("draw.model")
        self.model_choice.setProperty("persist", False)  # session models do not outlive the session
        self.model_choice.setToolTip(self.tr("Which network answers your drawings"))
        self.model_choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.model_choice.currentIndexChanged.connect(self._on_model_choice)
        self.model_choice.activated.connect(self._on_user_chose_model)
        self.model_info = QLabel()
        self.model_info.setWordWrap(True)
        self.model_info.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Answering:")))
        row.addWidget(self.model_choice)
        row.addWidget(self.model_info, 1)
        return row

    def _build_teach_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Teach it my handwriting"))
        grid = QGridLayout(box)

        grid.addWidget(QLabel(self.tr("Keep this drawing as a:")), 0, 0)
        digits = QHBoxLayout()
        self.label_buttons: list[QToolButton] = []
        for d in range(10):
            button = QToolButton()
            button.setText(str(d))
            button.setMinimumWidth(32)
            button.setToolTip(self.tr("Keep this drawing, labelled {0}, for fine-tuning").format(d))
            button.clicked.connect(lambda _=False, d=d: self.keep_drawing(d))
            self.label_buttons.append(button)
            digits.addWidget(button)
        digits.addStretch(1)
        grid.addLayout(digits, 0, 1, 1, 3)
        self.store_info = QLabel()
        self.store_info.setWordWrap(True)
        grid.addWidget(self.store_info, 1, 0, 1, 4)
        self.strip = DrawingsStrip()
        grid.addWidget(self.strip, 2, 0, 1, 4)

        self.finetune_button = QPushButton(self.tr("Fine-tune on my drawings"))
        self.finetune_button.setToolTip(self.tr(
            "Train the answering network a few steps on your kept drawings mixed with MNIST "
            "digits, and compare its accuracy on them before and after"))
        self.finetune_button.clicked.connect(self._on_finetune_clicked)
        self.finetune_steps = QSpinBox()
        self.finetune_steps.setObjectName("draw.finetune_steps")
        self.finetune_steps.setRange(10, 5000)
        self.finetune_steps.setSingleStep(10)
        self.finetune_steps.setValue(FineTuneConfig().steps)
        self.finetune_steps.setSuffix(self.tr(" steps"))
        defaults = FineTuneConfig()
        own = round(defaults.batch_size * defaults.own_fraction)
        self.finetune_steps.setToolTip(self.tr(
            "How many optimizer steps fine-tuning takes; each step is a batch of {0} of your "
            "drawings and {1} MNIST digits").format(own, defaults.batch_size - own))
        self.finetune_progress = QProgressBar()
        self.finetune_progress.setRange(0, 100)
        self.finetune_progress.setValue(0)
        self.finetune_progress.setToolTip(self.tr("Fine-tuning progress"))
        self.forget_button = QPushButton(self.tr("Forget my drawings…"))
        self.forget_button.setToolTip(self.tr("Delete every drawing you kept (asks first)"))
        self.forget_button.clicked.connect(self._on_forget_clicked)
        grid.addWidget(self.finetune_button, 3, 0)
        grid.addWidget(self.finetune_steps, 3, 1)
        grid.addWidget(self.finetune_progress, 3, 2)
        grid.addWidget(self.forget_button, 3, 3)
        self.finetune_result = QLabel()
        self.finetune_result.setWordWrap(True)
        self.finetune_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        grid.addWidget(self.finetune_result, 4, 0, 1, 4)
        grid.setColumnStretch(2, 1)
        return box

    # ================================================================ answering
    @Slot(int)
    def _on_pen_width(self, value: int) -> None:
        self.canvas.set_pen_width(value)
        self.pen_label.setText(self.tr("{0} px").format(value))

    @Slot()
    def _on_stroke_moved(self) -> None:
        if not self._live_timer.isActive():
            self._live_timer.start()

    @Slot()
    def _on_canvas_changed(self) -> None:
        self._live_timer.stop()
        self._update_answer()

    @Slot()
    def _update_answer(self) -> None:
        """Preprocess the canvas, show the 28x28 image, and ask the current model."""
        small = False
        try:
            self._image28 = preprocess.prepare(self.canvas.to_array(), polarity="light",
                                               normalize_width=self.match_width.isChecked(),
                                               min_extent=preprocess.MIN_EXTENT)
        except preprocess.EmptyImageError as exc:
            self._image28 = None
            small = isinstance(exc, preprocess.TooSmallError)
        self.seen.set_image(self._image28)
        net = self.current_model()
        if self._image28 is None:
            self._probs = None
            self.answer.setText("?")
            self.answer_detail.setText(self.tr("Draw the digit bigger") if small else self.tr("Draw something"))
        elif net is None:
            self._probs = None
            self.answer.setText("–")
            self.answer_detail.setText(self.tr("No model to ask"))
        else:
            self._probs = np.asarray(net.predict(preprocess.as_batch(self._image28))[0], dtype=np.float64)
            top = int(np.argmax(self._probs))
            self.answer.setText(str(top))
            # the bars' rule (gui.widgets.percent): rounded down, so 99.96 % does not read "100 % sure"
            self.answer_detail.setText(self.tr("{0} % sure").format(percent(self._probs[top])))
        self.bars.set_probabilities(self._probs)
        self._update_buttons()
        self.sigAnswered.emit(None if self._probs is None else self._probs.copy())

    def answer_digit(self) -> int | None:
        """The digit shown as the answer, or None (empty canvas or no model)."""
        return None if self._probs is None else int(np.argmax(self._probs))

    def probabilities(self) -> np.ndarray | None:
        return None if self._probs is None else self._probs.copy()

    def seen_image(self) -> np.ndarray | None:
        """The 28x28 image the network was last given (None for an empty canvas)."""
        return None if self._image28 is None else self._image28.copy()

    # ================================================================ drawings
    def _open_store(self):
        try:
            return DrawingStore.open()
        except DataError as exc:  # could not even move a bad file aside
            store = DrawingStore()
            store.read_only_reason = str(exc)
            return store, str(exc)

    def _update_store_info(self, warning: str | None = None) -> None:
        n = len(self.store)
        if n == 0:
            text = self.tr("No drawings kept yet. When the answer is wrong, click the right digit "
                           "to keep the drawing with that label.")
        else:
            counts = ", ".join(f"{d}×{c}" for d, c in enumerate(self.store.counts()) if c)
            text = (self.tr("1 drawing kept ({1}), in {2}") if n == 1
                    else self.tr("{0} drawings kept ({1}), in {2}")).format(n, counts, self.store.path.parent)
        if warning:
            text = self.tr("Could not read your saved drawings: {0}").format(warning) + "\n" + text
        self.store_info.setText(text)
        result = self.last_finetune
        if result is not None and len(result.predicted_after) == n:
            self.strip.set_drawings(self.store.images, self.store.labels,
                                    result.predicted_before, result.predicted_after)
        else:
            self.strip.set_drawings(self.store.images, self.store.labels)
        self._update_buttons()

    def keep_drawing(self, label: int) -> bool:
        """Keep the current 28x28 image with the right digit ``label``; clears the
        canvas for the next one. Returns False when there is nothing to keep."""
        if self._image28 is None:
            self.store_info.setText(self.tr("Draw a digit first, then click the right digit."))
            return False
        reason = getattr(self.store, "read_only_reason", None)
        if reason:
            self.store_info.setText(self.tr("Drawings cannot be kept: {0}").format(reason))
            return False
        try:
            self.store.add(preprocess.to_uint8(self._image28), label)
        except (OSError, ValueError) as exc:
            self.store_info.setText(self.tr("Could not keep the drawing: {0}").format(exc))
            return False
        self.canvas.clear()
        self._update_store_info()
        return True

    @Slot()
    def _on_forget_clicked(self) -> None:
        answer = QMessageBox.question(
            self, self.tr("Forget my drawings"),
            self.tr("Delete the drawings you kept ({0})? This cannot be undone.").format(len(self.store)))
        if answer == QMessageBox.StandardButton.Yes:
            self.forget_drawings()

    def forget_drawings(self) -> None:
        self.last_finetune = None
        try:
            self.store.clear()
        except OSError as exc:
            self.store_info.setText(self.tr("Could not delete the drawings: {0}").format(exc))
            return
        self._update_store_info()

    # ================================================================ fine-tuning
    def is_finetuning(self) -> bool:
        return self.finetune_jobs.active

    def _update_buttons(self) -> None:
        has_image = self._image28 is not None
        for button in self.label_buttons:
            button.setEnabled(has_image)
        running = self.is_finetuning()
        self.finetune_button.setText(self.tr("Stop fine-tuning") if running
                                     else self.tr("Fine-tune on my drawings"))
        self.finetune_button.setEnabled(running or (len(self.store) > 0 and self.current_model() is not None))
        self.finetune_steps.setEnabled(not running)
        self.forget_button.setEnabled(not running and len(self.store) > 0)
        self.model_choice.setEnabled(not running)

    @Slot()
    def _on_finetune_clicked(self) -> None:
        if self.is_finetuning():
            self._stop_requested = True
            self.finetune_jobs.request_stop()
        else:
            self.start_finetune()

    def start_finetune(self) -> bool:
        """Fine-tune the answering model on the kept drawings in a worker thread."""
        net = self.current_model()
        if self.is_finetuning() or net is None or len(self.store) == 0:
            return False
        x, y = self.store.as_float()
        config = FineTuneConfig(steps=self.finetune_steps.value())
        self._base_key = self.model_key()
        self._base_info = self.model_info.text()
        worker = FineTuneWorker(net, x, y, config)
        self._stop_requested = False
        self.finetune_jobs.start(worker, progress=self._on_finetune_progress, done=self._on_finetune_done,
                                 failed=self._on_finetune_failed)
        self._finetune_done = False
        self.finetune_progress.setRange(0, config.steps)
        self.finetune_progress.setValue(0)
        self.finetune_result.setText(self.tr("Fine-tuning on your drawings ({0})…").format(len(y)))
        self._update_buttons()
        return True

    @Slot(object)
    def _on_finetune_progress(self, step) -> None:
        self.finetune_progress.setValue(step.step)

    @Slot(object)
    def _on_finetune_done(self, result) -> None:
        n = len(result.predicted_after)
        right_before = int(round(result.drawings_before * n))
        right_after = int(round(result.drawings_after * n))
        text = self.tr("Your drawings: {0} of {1} right before, {2} of {1} after ({3} steps).").format(
            right_before, n, right_after, result.steps_done)
        if np.isfinite(result.mnist_before):
            text += " " + self.tr("MNIST test digits: {0} % before, {1} % after.").format(
                percent(result.mnist_before), percent(result.mnist_after))
        self.finetune_result.setText(text)
        self._finetune_done = True
        self.last_finetune = result
        self._update_store_info()
        self._set_model_entry("finetuned", result.net, self.tr("fine-tuned on my drawings"),
                              self.tr("fine-tuned on your drawings ({0}), starting from: {1}").format(
                                  n, self._base_info))

    @Slot(str)
    def _on_finetune_failed(self, message: str) -> None:
        self.finetune_result.setText(self.tr("Fine-tuning failed: {0}").format(message))

    @Slot(object)
    def _on_finetune_thread_finished(self, _worker=None) -> None:
        if self._stop_requested and not self._finetune_done:
            self.finetune_result.setText(self.tr("Fine-tuning stopped; the model was not changed."))
        self._update_buttons()

    def shutdown(self) -> None:
        """Stop the live timer and any fine-tuning; wait for its thread to end."""
        self._live_timer.stop()
        self._stop_requested = True
        self.finetune_jobs.stop()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.canvas.setFocus()
