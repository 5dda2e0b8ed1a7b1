"""Each tab's settings as a small dataclass (plain values, JSON-able, checked on read).

A field's metadata holds its ``check`` (``core.state.schema``) and, when one control of the
tab shows it, that control's ``control`` name (the widget's objectName, e.g.
``"descent.optimizer"``), so the GUI binds field and control without per-field code
(``gui/state_binding.py``). A dict of flags shown by one check box per key names the boxes'
common ``control_prefix`` (``"concepts.losses."`` + ``"mse"``).
Fields without a control (the ball's start, how many steps were taken, the racers) are
read and written by their panel.

The Descent-lab keys are the ones a teacher writes by hand in a scene:
``surface, start, optimizer, lr, schedule, steps, racers`` (see docs/SCENES.md).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from core.descent.lr_sweep import LR_MAX, LR_MIN
from core.descent.neuron_surface import PRESETS
from core.descent.surfaces import SURFACES
from core.nn.activations import ACTIVATIONS
from core.nn.initializers import INITIALIZERS
from core.nn.losses import ELEMENTWISE_LOSSES
from core.nn.network import LOSS_NAMES
from core.nn.optimizers import OPTIMIZERS
from core.nn.schedules import SCHEDULES
from core.state.schema import choice, flag, list_of, mapping_of, nested, number, point, text

MAX_STEPS = 100_000        # steps a scene may ask the Descent lab to take when it opens
MAX_RACERS = 3             # racers beside run 1
#: the learning rates the Training tab takes (10 and more already diverge on MNIST: the range lets
#: a learner see that happen); gui/widgets/lr_input.py uses the same range
TRAINING_LR = (1e-5, 100.0)
LANDSCAPE_LR = (1e-4, 1000.0)
SURFACE_NAMES = (*SURFACES, "neuron")
LANDSCAPE_KINDS = ("pca", "random", "weights")
CONCEPT_VIEWS = ("activations", "losses", "softmax", "metrics", "outlier")


def _f(default, check, control: str | None = None, **extra):
    meta = {"check": check, **extra}
    if control:
        meta["control"] = control
    if isinstance(default, (list, dict)):
        return field(default_factory=lambda d=default: type(d)(d), metadata=meta)
    return field(default=default, metadata=meta)


@dataclass
class RacerState:
    """One extra racer of the Descent lab: its optimizer and learning rate."""

    optimizer: str = _f("momentum", choice(OPTIMIZERS))
    lr: float = _f(0.01, number(LR_MIN, LR_MAX))


@dataclass
class DescentState:
    """The Descent lab. ``start`` None: the surface's own designed start; ``lr`` None: the
    surface's own rate; ``steps``: how far the run has been stepped (a scene steps it this far
    when it opens); ``racers``: the extra optimizers racing run 1 from the same start."""

    surface: str = _f("bowl", choice(SURFACE_NAMES), "descent.surface")
    start: tuple | None = _f(None, point(optional=True))
    optimizer: str = _f("sgd", choice(OPTIMIZERS), "descent.optimizer")
    lr: float | None = _f(None, number(LR_MIN, LR_MAX, optional=True))
    schedule: str = _f("constant", choice(SCHEDULES), "descent.schedule")
    # each schedule's parameters (core.nn.schedules; only the chosen schedule's are used):
    # step decay ηₜ = η·factor^⌊t/step⌋, exponential ηₜ = η·γᵗ, 1/t ηₜ = η/(1 + k·t),
    # cosine over ``schedule_period`` steps
    schedule_step: int = _f(100, number(1, MAX_STEPS, integer=True), "descent.schedule_step")
    schedule_factor: float = _f(0.5, number(0.001, 1.0), "descent.schedule_factor")
    schedule_gamma: float = _f(0.99, number(0.0001, 1.0), "descent.schedule_gamma")
    schedule_k: float = _f(0.01, number(0.0, 100.0), "descent.schedule_k")
    schedule_period: int = _f(1000, number(1, MAX_STEPS, integer=True), "descent.schedule_period")
    steps: int = _f(0, number(0, MAX_STEPS, integer=True))
    racers: list = _f([], list_of(nested(RacerState), max_len=MAX_RACERS))
    morph: float = _f(0.0, number(0.0, 1.0))
    preset: str = _f("course", choice(PRESETS), "descent.preset")
    activation: str | None = _f(None, lambda v: None if v is None else choice(ACTIVATIONS)(v))
    loss: str | None = _f(None, lambda v: None if v is None else choice(ELEMENTWISE_LOSSES)(v))
    batch: int = _f(0, number(0, 1000, integer=True), "descent.batch")
    seed: int = _f(0, number(0, 2**31 - 1, integer=True))
    data: list | None = _f(None, list_of(point(), max_len=1000, optional=True))
    quiver: bool = _f(False, flag, "descent.quiver")
    speed: int = _f(40, number(0, 100, integer=True), "descent.speed")
    sweep_steps: int = _f(100, number(5, 2000, integer=True), "descent.sweep_steps")


def _hidden(value):
    sizes = list_of(number(1, 4096, integer=True), max_len=8)(value)
    if not sizes:
        raise ValueError("at least one hidden layer size is needed")
    return sizes


@dataclass
class TrainingState:
    """The Training tab: the data set and every setting of the next run (``TrainConfig``'s fields)."""

    dataset: str = _f("sample", text(1000))
    hidden: list = _f([512, 256], _hidden)
    activation: str = _f("relu", choice(ACTIVATIONS), "training.activation")
    loss: str = _f("cross_entropy", choice(LOSS_NAMES), "training.loss")
    init: str = _f("he", choice(INITIALIZERS), "training.init")
    l2: float = _f(0.0, number(0.0, 1.0), "training.l2")
    dropout: float = _f(0.2, number(0.0, 0.9), "training.dropout")
    optimizer: str = _f("adam", choice(OPTIMIZERS), "training.optimizer")
    lr: float = _f(0.002, number(*TRAINING_LR), "training.lr")
    schedule: str = _f("cosine", choice(SCHEDULES), "training.schedule")
    batch_size: int = _f(100, number(1, 8192, integer=True), "training.batch_size")
    epochs: int = _f(12, number(1, 1000, integer=True), "training.epochs")
    seed: int = _f(0, number(0, 2**31 - 1, integer=True), "training.seed")
    augment: bool = _f(True, flag, "training.augment")

    def config_dict(self) -> dict:
        """The fields ``core.training.training.TrainConfig.from_dict`` takes."""
        return {k: getattr(self, k) for k in ("hidden", "activation", "loss", "init", "l2", "dropout",
                                               "optimizer", "lr", "schedule", "batch_size", "epochs",
                                               "seed", "augment")}


@dataclass
class DrawState:
    """The Draw tab: the pen, and the strokes of the digit on the canvas ((x, y) in canvas pixels,
    0 to 280) with each stroke's pen width."""

    pen_width: int = _f(18, number(1, 100, integer=True), "draw.pen_width")
    match_width: bool = _f(True, flag, "draw.match_width")
    finetune_steps: int = _f(150, number(1, 100_000, integer=True), "draw.finetune_steps")
    strokes: list = _f([], list_of(list_of(point(), max_len=5000), max_len=200))
    stroke_widths: list = _f([], list_of(number(1.0, 100.0), max_len=200))


@dataclass
class ConceptsState:
    """The Concepts tab: which view is shown and each view's settings."""

    view: str = _f("activations", choice(CONCEPT_VIEWS))
    activations: dict = _f({"step": True, "sigmoid": True, "relu": True},
                           mapping_of(ACTIVATIONS, flag), control_prefix="concepts.activations.")
    derivatives: bool = _f(True, flag, "concepts.activations.derivatives")
    range: float = _f(6.0, number(0.5, 100.0), "concepts.activations.range")
    layers: int = _f(5, number(1, 50, integer=True), "concepts.activations.layers")
    losses: dict = _f({}, mapping_of(lambda: ("mse", "mae", "huber", "cross_entropy", "binary_cross_entropy"),
                                     flag), control_prefix="concepts.losses.")
    target: float = _f(1.0, number(0.0, 1.0), "concepts.losses.target")
    probe: float = _f(0.1, number(-100.0, 100.0), "concepts.losses.probe")
    through_sigmoid: bool = _f(False, flag, "concepts.losses.through_sigmoid")
    logits: str = _f("0.3, 2.9, 4", text(500), "concepts.softmax.logits")
    temperature: float = _f(1.0, number(0.01, 100.0), "concepts.softmax.temperature")
    true_class: int = _f(2, number(0, 99, integer=True), "concepts.softmax.true_class")
    outlier: dict = _f({}, mapping_of(("mse", "mae", "huber"), flag), control_prefix="concepts.outlier.")
    metrics_batch: str = _f("", text(20_000), "concepts.metrics.batch", empty_keeps=True)


@dataclass
class LandscapeState:
    """The Landscape tab: the slice through the weights and how it is drawn."""

    kind: str = _f("random", choice(LANDSCAPE_KINDS), "landscape.kind")
    resolution: int = _f(41, number(5, 201, integer=True), "landscape.resolution")
    samples: int = _f(1000, number(10, 100_000, integer=True), "landscape.samples")
    span_pca: float = _f(1.3, number(0.01, 100.0), "landscape.span_pca")
    span_random: float = _f(1.0, number(0.01, 100.0), "landscape.span_random")
    span_weights: float = _f(2.0, number(0.01, 100.0), "landscape.span_weights")
    seed: int = _f(0, number(0, 2**31 - 1, integer=True), "landscape.seed")
    show_path: bool = _f(True, flag, "landscape.show_path")
    optimizer: str = _f("sgd", choice(OPTIMIZERS), "landscape.optimizer")
    lr: float = _f(1.0, number(*LANDSCAPE_LR), "landscape.lr")
    picks: str = _f("406,0,351,0", text(200), "landscape.picks")


TAB_STATES = {"descent": DescentState, "training": TrainingState, "draw": DrawState,
              "concepts": ConceptsState, "landscape": LandscapeState}
TAB_NAMES = tuple(TAB_STATES)
