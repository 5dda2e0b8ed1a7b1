"""The training loop as a generator of small immutable results (no threads here).

    trainer = Trainer(make_network(config), load_sample(), config)
    for result in trainer.run(should_stop=event.is_set):
        ...   # StepResult per batch, EpochResult per epoch, one RunEnd at the end

Pause = stop pulling from the generator; resume = pull again. ``set_lr`` and
``set_schedule`` may be called from another thread while it runs (they only
replace attributes). A loss that becomes NaN or infinite, or explodes (more than
``EXPLODE_FACTOR`` times the first batch's loss and above ``EXPLODE_MIN``), or
a non-finite gradient ends the run with RunEnd("diverged") and puts back the
weights of the last step whose loss was sound.
"""
from __future__ import annotations

import math
import time
from collections import deque
from dataclasses import asdict, dataclass, field, fields, replace

import numpy as np

from core.nn.activations import ACTIVATIONS
from core.data.augment import random_shift
from core.errors import DataError
from core.training import fast_path
from core.training.evaluation import evaluate
from core.training.health import STUCK_ITERATIONS, diagnose, warning_text
from core.nn.initializers import INITIALIZERS
from core.nn.network import LOSS_NAMES, MLP
from core.nn.optimizers import OPTIMIZERS, make_optimizer
from core.nn.schedules import SCHEDULES, Schedule, make_schedule


#: a batch loss above max(EXPLODE_FACTOR * first loss, EXPLODE_MIN) counts as divergence
EXPLODE_FACTOR = 100.0
EXPLODE_MIN = 50.0

#: the weight snapshots kept with ``keep_trajectory`` take at most about this many bytes
#: (a 784-512-256-10 network is 2.1 MB: 59 snapshots; a 4096-wide one would need GB for 100)
TRAJECTORY_BYTES = 128 * 2**20

#: a learning rate that trains the MLP well with each optimizer (used when only the optimizer is chosen)
DEFAULT_LR = {"sgd": 0.1, "momentum": 0.05, "nesterov": 0.05, "adagrad": 0.01, "rmsprop": 0.001, "adam": 0.002}


@dataclass(frozen=True)
class TrainConfig:
    """Everything that defines a training run. The defaults are the app's defaults:
    on the bundled 8,000 digits they reach >= 96.5 % on the 2,000 test digits in < 20 s.

    hidden : hidden layer sizes;  activation : key of ACTIVATIONS;  loss : "cross_entropy" | "mse"
    init : key of INITIALIZERS;  l2 : weight decay λ;  dropout : rate in [0, 1)
    optimizer : key of OPTIMIZERS;  lr : base learning rate;  schedule : key of SCHEDULES
    batch_size, epochs, seed;  augment : random shifts up to 2 px each epoch
    eval_subset : evaluate at most this many train and test samples at each epoch end (None = all)
    """

    hidden: tuple = (512, 256)
    activation: str = "relu"
    loss: str = "cross_entropy"
    init: str = "he"
    l2: float = 0.0
    dropout: float = 0.2
    optimizer: str = "adam"
    lr: float = 0.002
    schedule: str = "cosine"
    batch_size: int = 100
    epochs: int = 12
    seed: int = 0
    augment: bool = True
    eval_subset: int | None = 2000

    def __post_init__(self):
        hidden = tuple(int(h) for h in (self.hidden if isinstance(self.hidden, (list, tuple)) else (self.hidden,)))
        object.__setattr__(self, "hidden", hidden)
        if any(h < 1 for h in hidden):
            raise ValueError(f"hidden sizes must be 1 or more, got {list(hidden)}")
        for name, table in (("activation", ACTIVATIONS), ("init", INITIALIZERS),
                            ("optimizer", OPTIMIZERS), ("schedule", SCHEDULES)):
            if getattr(self, name) not in table:
                raise ValueError(f"unknown {name} {getattr(self, name)!r}; choose from {', '.join(table)}")
        if self.loss not in LOSS_NAMES:
            raise ValueError(f"unknown loss {self.loss!r}; choose from {', '.join(LOSS_NAMES)}")
        if not (math.isfinite(self.lr) and self.lr > 0):
            raise ValueError(f"learning rate must be a finite number greater than 0, got {self.lr}")
        if not (math.isfinite(self.l2) and self.l2 >= 0):
            raise ValueError(f"l2 must be a finite number, 0 or more, got {self.l2}")
        if not (0 <= self.dropout < 1):
            raise ValueError(f"dropout must be at least 0 and below 1, got {self.dropout}")
        if int(self.batch_size) < 1 or int(self.epochs) < 1:
            raise ValueError("batch size and epochs must be 1 or more")
        if self.eval_subset is not None and int(self.eval_subset) < 1:
            raise ValueError("eval_subset must be 1 or more, or None")

    def to_dict(self) -> dict:
        d = asdict(self)
        d["hidden"] = list(self.hidden)
        return d

    @classmethod
    def from_dict(cls, d: dict) -> "TrainConfig":
        """Build from a dict (e.g. JSON); unknown keys are ignored, missing ones take the defaults."""
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in d.items() if k in names})

    def replace(self, **changes) -> "TrainConfig":
        return TrainConfig(**{**self.to_dict(), **changes})


@dataclass(frozen=True)
class StepResult:
    """One batch. grad_norms: RMS of dW per weight layer, sqrt(mean(dW²)), first layer first."""

    epoch: int
    iteration: int
    batch_loss: float
    lr: float
    grad_norms: tuple
    elapsed: float
    samples_seen: int
    epoch_fraction: float


@dataclass(frozen=True, eq=False)
class EpochResult:
    """End of an epoch: metrics on (a subset of) the train and test sets; confusion is the test set's."""

    epoch: int
    iteration: int
    train_loss: float
    train_accuracy: float
    test_loss: float
    test_accuracy: float
    confusion: np.ndarray
    elapsed: float
    per_class_accuracy: np.ndarray = field(default=None)


@dataclass(frozen=True)
class RunEnd:
    """Why a run ended: reason "finished" | "stopped" | "diverged", message in plain words.

    For a divergence the parts of the message, so a translation can say it too: ``cause`` is
    "loss_jumped" (to ``loss``, from ``first_loss``), "gradient_infinite", "loss_nan" or
    "loss_infinite"; at iteration ``iteration + 1`` with learning rate ``lr``; the weights
    of iteration ``kept`` (0: the initial ones) were kept.
    """

    reason: str
    message: str
    iteration: int
    elapsed: float
    cause: str = ""
    loss: float = math.nan
    first_loss: float = math.nan
    lr: float = math.nan
    kept: int = 0
    #: "" or "not_learning" (a finished or stopped run that stopped learning; see core.training.health),
    #: with its cause "dead_units" | "chance_loss" in ``warning_cause``
    warning: str = ""
    warning_cause: str = ""


def _unaliased_copy(a: np.ndarray) -> np.ndarray:
    """A copy of ``a`` placed about 2 KiB away from it modulo 4 KiB.

    Copying between two buffers whose addresses differ by a few bytes modulo
    4096 (what two same-size allocations often get) makes the CPU stall on
    false store-to-load dependencies ("4K aliasing"): measured here, copying
    the 784x128 weights took 140 µs instead of 12 µs.
    """
    raw = np.empty(a.nbytes + 8192, dtype=np.uint8)
    off = (a.ctypes.data + 2048 - raw.ctypes.data) % 4096
    out = raw[off:off + a.nbytes].view(a.dtype).reshape(a.shape)
    out[...] = a
    return out


def make_network(config: TrainConfig, n_in: int = 784, n_out: int = 10) -> MLP:
    """The MLP a config describes: [n_in, *hidden, n_out]."""
    return MLP([n_in, *config.hidden, n_out], activation=config.activation, init=config.init,
               seed=config.seed, loss=config.loss, l2=config.l2, dropout=config.dropout)


def schedule_for_run(name: str, total_steps: int) -> Schedule:
    """A schedule scaled to a run of ``total_steps`` updates: cosine reaches ~0 at the end,
    step decay halves the rate at 1/3 and 2/3, exponential ends at 1 %, 1/t at 10 % of lr."""
    total = max(1, int(total_steps))
    if name == "cosine":
        return make_schedule(name, total_steps=total)
    if name == "step":
        return make_schedule(name, step_size=max(1, math.ceil(total / 3)), gamma=0.5)
    if name == "exponential":
        return make_schedule(name, gamma=0.01 ** (1.0 / total))
    if name == "inverse_time":
        return make_schedule(name, k=9.0 / total)
    return make_schedule(name)


class Trainer:
    """Trains ``net`` on ``data`` as ``config`` says; see the module docstring.

    keep_trajectory : keep copies of the weights every ``trajectory_every``
    iterations in ``trajectory`` (with ``trajectory_iterations``); when more than
    ``trajectory_max`` are kept, every other one is dropped and the interval doubles.
    ``trajectory_max`` is also capped so the snapshots fit in ``TRAJECTORY_BYTES``
    (at least 4 are kept, for a PCA plane). By default (``trajectory_every`` None)
    the snapshots fill that room during the first epoch and are only thinned out
    afterwards: their memory stops growing after epoch 1, however long the run.
    evaluate_epochs : False skips the evaluation at epoch ends (no EpochResult; for benchmarks).
    fast : train through ``core.training.fast_path`` (fused layers, blocked optimizer updates)
    when it supports the network and optimizer (``path`` then says "fast"); the same numbers
    to float rounding as the book-level layers and optimizers of core/nn/ (``path`` "book").
    """

    def __init__(self, net: MLP, data, config: TrainConfig | None = None, keep_trajectory: bool = False,
                 trajectory_every: int | None = None, trajectory_max: int = 200, evaluate_epochs: bool = True,
                 fast: bool = True):
        self.config = config = config if config is not None else TrainConfig()
        self.net, self.data = net, data
        n = len(data.y_train)
        if n == 0:
            raise DataError(f"{data.source}: no training images (only the test files were found)")
        if data.x_train.shape[1] != net.sizes[0]:
            raise ValueError(f"the network takes {net.sizes[0]} inputs, the images have {data.x_train.shape[1]} pixels")
        classes = int(max(data.y_train.max(), data.y_test.max(initial=0))) + 1
        if classes > net.sizes[-1]:
            raise ValueError(f"the data has {classes} classes, the network only {net.sizes[-1]} outputs")
        self.batch_size = int(config.batch_size)
        self.batches_per_epoch = math.ceil(n / self.batch_size)
        self.total_steps = self.batches_per_epoch * int(config.epochs)
        schedule = schedule_for_run(config.schedule, self.total_steps)
        fast = fast and data.y_train.ndim == 1 and fast_path.supports(net, config.optimizer)
        self.path = "fast" if fast else "book"
        if fast:
            self.optimizer = fast_path.FAST_OPTIMIZERS[config.optimizer](lr=config.lr, schedule=schedule)
        else:
            self.optimizer = make_optimizer(config.optimizer, lr=config.lr, schedule=schedule)
        self._fused = fast_path.FusedMLP(net) if fast else None
        self.rng = np.random.default_rng([int(config.seed), 2])
        self.epoch = 0            # epoch in progress (0-based)
        self.batch_index = 0      # next batch within the epoch
        self.iteration = 0        # batches done
        self.samples_seen = 0
        self.elapsed = 0.0        # seconds spent training and evaluating (pauses excluded)
        self.last_epoch_result: EpochResult | None = None
        self.last_end: RunEnd | None = None
        self.first_loss: float | None = None  # reference for "the loss exploded"
        self.recent_losses: deque = deque(maxlen=STUCK_ITERATIONS)  # for "not learning"
        self._epoch_x = self._epoch_y = self._perm = self._xbuf = None
        self._epoch_ready = False
        self.evaluate_epochs = evaluate_epochs
        self._good = {k: _unaliased_copy(v) for k, v in net.params.items()}  # weights of the last sound step
        sub = config.eval_subset
        self._eval_train = (data.x_train[:sub], data.y_train[:sub]) if sub else (data.x_train, data.y_train)
        self._eval_test = (data.x_test[:sub], data.y_test[:sub]) if sub else (data.x_test, data.y_test)
        self.keep_trajectory = keep_trajectory
        snapshot_bytes = max(1, sum(int(v.nbytes) for v in net.params.values()))
        self.trajectory_max = max(2, min(int(trajectory_max), max(4, TRAJECTORY_BYTES // snapshot_bytes)))
        if trajectory_every is None:  # full and thinned once within the first epoch: flat memory afterwards
            self.trajectory_max = max(4, min(self.trajectory_max, self.batches_per_epoch - 1))
            trajectory_every = max(1, self.batches_per_epoch // self.trajectory_max)
        self.trajectory_every = int(trajectory_every)
        self.trajectory: list[dict] = []
        self._spare_snapshots: list[dict] = []  # dropped by thinning, refilled by the next snapshots
        self._epoch_buf: np.ndarray | None = None  # the shifted images of the epoch (augmentation)
        self.trajectory_iterations: list[int] = []
        if keep_trajectory:
            self._snapshot()

    # -- controls (safe from another thread: plain attribute writes) --------
    def set_lr(self, lr: float) -> None:
        lr = float(lr)
        if not (math.isfinite(lr) and lr > 0):
            raise ValueError(f"learning rate must be a finite number greater than 0, got {lr}")
        self.optimizer.lr = lr

    def set_schedule(self, name: str) -> None:
        self.optimizer.schedule = schedule_for_run(name, self.total_steps)

    @property
    def finished(self) -> bool:
        return self.epoch >= self.config.epochs

    # -- the loop ---------------------------------------------------------
    def run(self, should_stop=lambda: False):
        """Yield StepResult per batch, EpochResult per epoch, then one RunEnd."""
        while not self.finished:
            if should_stop():
                yield self._end("stopped", f"stopped by the user at iteration {self.iteration}")
                return
            result = self._step()
            yield result
            if isinstance(result, RunEnd):
                return
            if self.batch_index == 0 and self.last_epoch_result is not None \
                    and self.last_epoch_result.iteration == self.iteration:
                yield self.last_epoch_result
        acc = self.last_epoch_result.test_accuracy if self.last_epoch_result else float("nan")
        n = self.config.epochs
        tested = f"test accuracy {acc:.2%}" if len(self.data.y_test) else "no test digits to measure it on"
        yield self._end("finished", f"finished {n} epoch{'s' * (n != 1)}: {tested}")

    def step_once(self):
        """Run exactly one batch; returns its StepResult (RunEnd if it diverged).
        When the batch ends an epoch, ``last_epoch_result`` holds that epoch's result."""
        return self._step()

    def _end(self, reason: str, message: str) -> RunEnd:
        cause = self.learning_problem() if reason in ("finished", "stopped") else ""
        if cause:
            message = f"{message}; {warning_text(cause, self.net.sizes[-1])}"
        self.last_end = RunEnd(reason, message, self.iteration, self.elapsed,
                               warning="not_learning" if cause else "", warning_cause=cause)
        return self.last_end

    def learning_problem(self) -> str:
        """"dead_units", "chance_loss" or "": is the run still learning (core.training.health)?
        Checked on up to 500 training images and the last batch losses."""
        acc = self.last_epoch_result.test_accuracy if self.last_epoch_result else None
        return diagnose(self.net, self.data.x_train[:500], self.recent_losses, self.net.sizes[-1],
                        self.net.loss_name, acc)

    def _prepare_epoch(self) -> None:
        """Draw this epoch's order; with augmentation also build its shifted images."""
        x, y = self.data.x_train, self.data.y_train
        self._perm = self.rng.permutation(len(y))
        if self.config.augment:
            if self._epoch_buf is None or self._epoch_buf.shape != x.shape:
                self._epoch_buf = np.empty_like(x)  # one buffer for every epoch: no 25-188 MB churn
            xe = random_shift(x, self.rng, max_shift=2, shape=self.data.image_shape, rows=self._perm,
                              out=self._epoch_buf)
            self._epoch_x, self._epoch_y = xe, y[self._perm]
        else:
            self._epoch_x, self._epoch_y = None, None  # gather each batch: no 25 MB copy per epoch
        self._epoch_ready = True

    def _batch(self):
        b = self.batch_index * self.batch_size
        if self._epoch_x is not None:
            return self._epoch_x[b:b + self.batch_size], self._epoch_y[b:b + self.batch_size]
        idx = self._perm[b:b + self.batch_size]
        x = self.data.x_train
        buf = self._xbuf
        if buf is None or buf.shape[0] != len(idx):
            buf = self._xbuf = np.empty((len(idx), x.shape[1]), dtype=x.dtype)
        np.take(x, idx, axis=0, out=buf)
        return buf, self.data.y_train[idx]

    def _step(self):
        t0 = time.perf_counter()
        if not self._epoch_ready:
            self._prepare_epoch()
        xb, yb = self._batch()
        net, opt = self.net, self.optimizer
        lr = opt.current_lr
        with np.errstate(over="ignore", invalid="ignore"):  # overflow = divergence, handled below
            if self._fused is not None:
                loss, grads = self._fused.loss_and_gradients(xb, yb)
            else:
                loss, grads = net.loss_and_gradients(xb, yb, train=True, copy=False)
            norms = []
            for key in net.layer_names:
                g = grads[key].ravel()
                norms.append(math.sqrt(float(np.dot(g, g)) / g.size))
        if self.first_loss is None and math.isfinite(loss):
            self.first_loss = float(loss)
        exploded = math.isfinite(loss) and loss > max(EXPLODE_FACTOR * self.first_loss, EXPLODE_MIN)
        if exploded or not math.isfinite(loss) or not all(math.isfinite(v) for v in norms):
            return self._diverged(loss, lr, t0)
        self.recent_losses.append(float(loss))
        if self._fused is not None:
            opt.update(net.params, grads, keep=self._good)  # new weights in _good's buffers, then exchanged
        else:
            for key, value in net.params.items():
                np.copyto(self._good[key], value)
            opt.update(net.params, grads)
        self.iteration += 1
        self.samples_seen += len(yb)
        self.batch_index += 1
        epoch = self.epoch
        fraction = self.batch_index / self.batches_per_epoch
        if self.keep_trajectory and self.iteration % self.trajectory_every == 0:
            self._snapshot()
        self.elapsed += time.perf_counter() - t0
        if self.batch_index >= self.batches_per_epoch:
            self._finish_epoch()
        return StepResult(epoch, self.iteration, float(loss), float(lr), tuple(norms),
                          self.elapsed, self.samples_seen, fraction)

    def _blame(self) -> str:
        """What to change after a divergence: the weight decay when it alone is enough to blow
        up (its penalty 0.5 * l2 * sum(W**2) is not finite, or one decay step lr * l2 > 1
        overshoots), else the learning rate."""
        l2, lr = self.net.l2, float(self.optimizer.lr)
        if l2 > 0:
            with np.errstate(over="ignore", invalid="ignore"):
                penalty = 0.5 * l2 * sum(float(np.sum(np.square(w, dtype=np.float64)))
                                         for k, w in self.net.params.items() if k.startswith("W"))
            if not math.isfinite(penalty) or lr * l2 > 1:
                return f"the weight decay λ {l2:g} is too large"
        return f"the learning rate {lr:g} is too large"

    def _diverged(self, loss: float, lr: float, t0: float) -> RunEnd:
        step = self.iteration + 1
        if math.isfinite(loss) and loss > max(EXPLODE_FACTOR * self.first_loss, EXPLODE_MIN):
            what = f"loss jumped to {loss:.4g} (it started at {self.first_loss:.3g})"
            cause, kept = "loss_jumped", self.iteration
            self.net.set_params(self._good)
        elif math.isfinite(loss):
            # the loss at the current weights was sound, only the gradient overflowed: keep them
            what, cause, kept = "gradient became infinite", "gradient_infinite", step
        else:
            # the current weights already give a NaN/inf loss: go back to the previous step's weights
            what = f"loss became {'NaN' if math.isnan(loss) else 'infinite'}"
            cause = "loss_nan" if math.isnan(loss) else "loss_infinite"
            kept = self.iteration
            self.net.set_params(self._good)
        # optimizer state (momentum, squared sums) may hold inf/NaN: start it afresh, keep the step count
        t = self.optimizer.t
        self.optimizer.reset()
        self.optimizer.t = t
        self.elapsed += time.perf_counter() - t0
        kept_text = (f"the weights of iteration {kept}, the last with a sound loss, were kept" if kept
                     else "the initial weights were kept")
        self._end("diverged", f"diverged: the {what} at iteration {step}; {self._blame()} ({kept_text})")
        self.last_end = replace(
            self.last_end, cause=cause, loss=float(loss), lr=float(self.optimizer.lr), kept=int(kept),
            first_loss=float(self.first_loss) if self.first_loss is not None else math.nan)
        return self.last_end

    def _finish_epoch(self) -> None:
        self.epoch += 1
        self.batch_index = 0
        self._epoch_x = self._epoch_y = None
        self._epoch_ready = False
        if not self.evaluate_epochs:
            return
        t0 = time.perf_counter()
        tr = evaluate(self.net, *self._eval_train)
        te = evaluate(self.net, *self._eval_test)
        self.elapsed += time.perf_counter() - t0
        self.last_epoch_result = EpochResult(
            epoch=self.epoch - 1, iteration=self.iteration, train_loss=tr.loss, train_accuracy=tr.accuracy,
            test_loss=te.loss, test_accuracy=te.accuracy, confusion=te.confusion, elapsed=self.elapsed,
            per_class_accuracy=te.per_class_accuracy)

    def _snapshot(self) -> None:
        """Keep a copy of the weights. Snapshots dropped by thinning are refilled rather than freed
        and allocated again: the allocator would otherwise take fresh memory for them in the second
        epoch (measured: +65 MB for the default network), so memory is flat after the first epoch."""
        params = self.net.params
        if self._spare_snapshots:
            snap = self._spare_snapshots.pop()
            for key, value in params.items():
                np.copyto(snap[key], value)
        else:
            snap = {k: v.copy() for k, v in params.items()}
        self.trajectory.append(snap)
        self.trajectory_iterations.append(self.iteration)
        if len(self.trajectory) > self.trajectory_max:
            # replace the lists (not edit in place) so a reader in another thread sees a consistent list;
            # the dropped snapshots become spares (readers only use the list once the run has ended)
            self._spare_snapshots.extend(self.trajectory[1::2])
            self.trajectory = self.trajectory[::2]
            self.trajectory_iterations = self.trajectory_iterations[::2]
            self.trajectory_every *= 2
