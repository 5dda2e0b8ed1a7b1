"""The Help panel (F1): the concept behind the current tab, in a few sentences and a formula.

A side sheet laid over the right edge of the tabs (not a dock: a dock would
add its width to the panels' minimum and push the window past 1280 px). It
holds a title row with a close button and a read-only text view; the main
window places it with ``place(rect)`` whenever it resizes. ``show_topic(key)`` shows one
topic; the keys are the tab keys ("descent", "training", "draw", "concepts", "landscape")
and, for the Concepts tab, one key per view ("concepts.activations",
"concepts.losses", "concepts.outlier", "concepts.softmax", "concepts.metrics").
An unknown "a.b" key falls back to "a". All text goes through ``self.tr`` so
it is translated with the rest of the app; the terms follow the Korean
edition of "Deep Learning from Scratch".
"""
from __future__ import annotations

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QTextBrowser, QToolButton, QVBoxLayout

#: help topic of a view shown as a sub-tab, by the view's class name (the Concepts views)
VIEW_TOPICS = {
    "ActivationView": "concepts.activations",
    "LossView": "concepts.losses",
    "OutlierFitView": "concepts.outlier",
    "SoftmaxView": "concepts.softmax",
    "MetricsView": "concepts.metrics",
    "LandscapePanel": "landscape",
}

#: the sheet's width: this many pixels, but at most WIDTH_SHARE of the window
WIDTH = 360
WIDTH_SHARE = 0.4


class HelpPanel(QFrame):
    """Side sheet with the explanation of one topic; see the module doc.

    sigVisibilityChanged(bool): shown or hidden (F1, the close button, reset).
    """

    sigVisibilityChanged = Signal(bool)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("help.panel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.title = QLabel(self.tr("Help"))
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        close = QToolButton()
        close.setObjectName("help.close")
        close.setText("×")
        close.setAutoRaise(True)
        close.setToolTip(self.tr("Close the help (F1)"))
        close.clicked.connect(self.hide)
        self.browser = QTextBrowser()
        self.browser.setObjectName("help.text")
        self.browser.setOpenExternalLinks(False)
        self.browser.setFrameShape(QFrame.Shape.NoFrame)
        self.browser.setToolTip(self.tr("What the current tab shows, and the formula behind it"))
        top = QHBoxLayout()
        top.setContentsMargins(8, 4, 2, 0)
        top.addWidget(self.title, 1)
        top.addWidget(close)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(1, 1, 1, 1)
        layout.setSpacing(0)
        layout.addLayout(top)
        layout.addWidget(self.browser, 1)
        self.topic = ""
        self._topics = self._make_topics()
        self.show_topic("descent")

    def place(self, area: QRect) -> None:
        """Lay the sheet over the right edge of ``area`` (parent coordinates)."""
        width = int(min(WIDTH, area.width() * WIDTH_SHARE))
        self.setGeometry(area.right() - width + 1, area.top(), width, area.height())
        self.raise_()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.raise_()
        self.sigVisibilityChanged.emit(True)

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().hideEvent(event)
        self.sigVisibilityChanged.emit(False)

    def topics(self) -> list[str]:
        """Every topic key this panel can show."""
        return list(self._topics)

    def resolve(self, key: str) -> str:
        """The topic shown for ``key``: itself if known, else its part before the dot."""
        if key in self._topics:
            return key
        base = key.split(".", 1)[0]
        return base if base in self._topics else "descent"

    def show_topic(self, key: str) -> None:
        key = self.resolve(key)
        self.topic = key
        self.browser.setHtml(self.html(key))

    def html(self, key: str) -> str:
        title, paragraphs, formula = self._topics[self.resolve(key)]
        parts = [f"<h3>{title}</h3>", f"<p>{paragraphs[0]}</p>"]
        parts.append(
            '<table width="100%" cellpadding="8" style="background-color:#eef3fb;">'
            f'<tr><td style="font-size:large;">{formula}</td></tr></table>'
        )
        parts += [f"<p>{p}</p>" for p in paragraphs[1:]]
        return "\n".join(parts)

    def text(self) -> str:
        """The plain text shown now (for tests and screen readers)."""
        return self.browser.toPlainText()

    def _make_topics(self) -> dict[str, tuple[str, list[str], str]]:
        return {
            "descent": (
                self.tr("Gradient descent"),
                [
                    self.tr("The ball stands on a loss surface: its height is the loss for the two "
                      "parameters under it. The gradient points uphill, so each step moves the "
                      "ball a little against it."),
                    self.tr("η is the learning rate. Too small and the ball creeps; too large and it "
                      "overshoots and diverges. Momentum, AdaGrad, RMSprop and Adam build each "
                      "step from the gradients seen so far: race them from one start to compare."),
                    self.tr("On the neuron surface the loss is the mean over the data points of one "
                      "neuron y = h(wx + b). With a mini-batch each step sees only some of the "
                      "points, so the path jitters."),
                ],
                self.tr("w ← w − η ∂L/∂w<br>b ← b − η ∂L/∂b"),
            ),
            "training": (
                self.tr("Training a neural network"),
                [
                    self.tr("The network turns a 28×28 image (784 numbers) into ten scores through its "
                      "hidden layers; softmax makes the scores probabilities, and the loss "
                      "function compares them with the true digit."),
                    self.tr("Backpropagation computes the gradient of the loss for every weight and "
                      "bias in one backward pass; the optimizer then updates the parameters, one "
                      "mini-batch at a time. One epoch is one pass over the training data."),
                    self.tr("Watch the test accuracy: when the training loss keeps falling but the test "
                      "accuracy stops rising, the network is overfitting. The gradient plot shows "
                      "vanishing gradients: in a deep sigmoid network the first layers get far "
                      "smaller gradients than the last."),
                ],
                self.tr("y = softmax(W₂ h(W₁x + b₁) + b₂)<br>L = −Σ<sub>k</sub> t<sub>k</sub> log y<sub>k</sub>"),
            ),
            "draw": (
                self.tr("Your handwriting through the network"),
                [
                    self.tr("Your drawing is prepared the way MNIST was: cropped to the ink, scaled so "
                      "its longer side is 20 pixels, and placed in a 28×28 image with its centre "
                      "of mass in the middle. The network sees only that small image."),
                    self.tr("The bars are the ten probabilities from softmax: they add up to 1, and the "
                      "largest one is the answer. When the answer is wrong, give the right digit: "
                      "your drawings can fine-tune the network."),
                ],
                self.tr("p<sub>k</sub> = exp(a<sub>k</sub>) / Σ<sub>j</sub> exp(a<sub>j</sub>)"),
            ),
            "concepts": (
                self.tr("Concepts"),
                [
                    self.tr("Each view lets you move one idea of the book: activation functions and "
                      "their derivatives, loss functions, MAE against MSE with an outlier, "
                      "softmax, and metrics."),
                    self.tr("Vanishing gradient: backpropagation multiplies the derivatives of all "
                      "layers, so after n sigmoid layers at most 0.25ⁿ of the gradient is left, "
                      "while ReLU passes it on unchanged (derivative 1) for positive inputs."),
                ],
                self.tr("h(x) = 1 / (1 + exp(−x))<br>h′(x) = h(x)(1 − h(x)) ≤ 0.25"),
            ),
            "landscape": (
                self.tr("The real loss landscape"),
                [
                    self.tr("A trained network has many thousands of weights, so its loss lives in as "
                            "many dimensions. A slice shows it in two: the loss of the weights "
                            "θ* + α·d₁ + β·d₂ on a grid of α and β around the trained weights θ*."),
                    self.tr("The PCA plane holds the directions in which training moved the weights "
                            "most, so the path of the run shows in it; a random plane shows the minimum "
                            "in a typical direction. With two single weights, the Descent lab's "
                            "optimizers run on a real network's loss."),
                ],
                self.tr("L(α, β) = L(θ* + α·d₁ + β·d₂)"),
            ),
            "concepts.activations": (
                self.tr("Activation functions"),
                [
                    self.tr("An activation function h bends the weighted sum of a neuron. Gradient "
                      "descent needs its derivative: the step function's derivative is 0 almost "
                      "everywhere, so there is nothing to descend on."),
                    self.tr("The sigmoid's derivative is at most 0.25, so each sigmoid layer shrinks "
                      "the gradient at least fourfold (vanishing gradient); ReLU's derivative is "
                      "1 for positive inputs."),
                ],
                self.tr("sigmoid: h(x) = 1 / (1 + exp(−x)),  h′ = h(1 − h)<br>"
                  "ReLU: h(x) = max(0, x),  h′ = 1 (x > 0), 0 (x ≤ 0)"),
            ),
            "concepts.losses": (
                self.tr("Loss functions"),
                [
                    self.tr("A loss function measures how far the prediction y is from the target t. "
                      "Its gradient, more than its value, decides how hard the weights are pushed."),
                    self.tr("With a saturated sigmoid output, the gradient of the mean squared error is "
                      "almost zero even when the answer is wrong; the cross-entropy error keeps "
                      "it large, so learning goes on."),
                ],
                self.tr("MSE: L = (1/N) Σ (y − t)²<br>CE: L = −Σ t log y"),
            ),
            "concepts.outlier": (
                self.tr("MAE against MSE with an outlier"),
                [
                    self.tr("The mean squared error squares each error, so one far point pulls the "
                      "fitted line hard. The mean absolute error grows only linearly, so the "
                      "outlier barely moves its line."),
                    self.tr("Drag one point far away and compare the two lines."),
                ],
                self.tr("MSE: ∂L/∂y = 2(y − t)/N<br>MAE: ∂L/∂y = sign(y − t)/N"),
            ),
            "concepts.softmax": (
                self.tr("Softmax"),
                [
                    self.tr("Softmax turns scores into probabilities that add up to 1; a larger "
                      "temperature T makes them more even. With the true class as a one-hot "
                      "target, the cross-entropy error is −log of that class's probability."),
                    self.tr("exp overflows for large scores such as 1000, giving inf and NaN. "
                      "Subtracting the largest score first changes nothing in the result and "
                      "keeps every exponent at or below 0."),
                ],
                self.tr("y<sub>k</sub> = exp((a<sub>k</sub> − max a)/T) / Σ<sub>j</sub> exp((a<sub>j</sub> − max a)/T)"),
            ),
            "concepts.metrics": (
                self.tr("Metrics"),
                [
                    self.tr("Accuracy counts the share of samples whose largest probability is on the "
                      "right class. MAE averages how far the probabilities are from the one-hot "
                      "target, so it also sees how sure the network was."),
                ],
                self.tr("accuracy = (1/N) Σ [argmax y<sub>i</sub> = t<sub>i</sub>]<br>"
                  "MAE = (1/N) Σ |y − t|"),
            ),
        }
