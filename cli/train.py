"""`main.py train`: train an MLP headless, one line (or JSON object) per epoch."""
from __future__ import annotations

import argparse
import json
import math
import sys

from cli.common import (EXIT_INTERRUPTED, fail, interrupts_deferred, non_negative_float, positive_float,
                        positive_int, seed_int)


def hidden_sizes(text: str) -> list[int]:
    """argparse type: "512", "512,256" -> list of whole numbers from 1 to MAX_UNITS (what a
    saved model may have)."""
    from core.data.model_io import MAX_UNITS

    try:
        sizes = [int(p) for p in text.replace(",", " ").split()]
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a list of whole numbers (e.g. 512,256)") from None
    if not sizes or any(not 1 <= s <= MAX_UNITS for s in sizes):
        raise argparse.ArgumentTypeError(f"{text!r}: layer sizes must be from 1 to {MAX_UNITS:,}")
    return sizes


def dropout_rate(text: str) -> float:
    value = non_negative_float(text)
    if value >= 1:
        raise argparse.ArgumentTypeError(f"{text!r} must be at least 0 and below 1")
    return value


def eval_subset(text: str):
    return None if text == "all" else positive_int(text)


def add_parser(subparsers) -> None:
    from core.nn.activations import ACTIVATIONS
    from core.nn.initializers import INITIALIZERS
    from core.nn.network import LOSS_NAMES
    from core.nn.optimizers import OPTIMIZERS
    from core.nn.schedules import SCHEDULES
    from core.training.training import TrainConfig

    d = TrainConfig()
    p = subparsers.add_parser(
        "train", help="train a network headless (default: the app's settings on the bundled digits)",
        description="Train an MLP and print one line per epoch (one JSON object per epoch and a summary "
                    "with --json). A run that diverges stops and says so. Exit code 2 on bad input.")
    p.add_argument("--data", default="sample", metavar="DIR|sample|mnist|FILE.npz",
                   help="a folder with the four IDX files, 'sample' (bundled, default), 'mnist' "
                        "(downloaded full MNIST) or a Keras mnist.npz")
    p.add_argument("--hidden", type=hidden_sizes, nargs="+", metavar="N",
                   help=f"hidden layer sizes, e.g. 128 or 512 256 or 512,256 (default {','.join(map(str, d.hidden))})")
    p.add_argument("--activation", choices=list(ACTIVATIONS), default=d.activation)
    p.add_argument("--loss", choices=list(LOSS_NAMES), default=d.loss)
    p.add_argument("--init", choices=list(INITIALIZERS), default=d.init)
    p.add_argument("--optimizer", choices=list(OPTIMIZERS), default=d.optimizer)
    p.add_argument("--lr", type=positive_float, help="learning rate (default: a good one for the optimizer)")
    p.add_argument("--schedule", choices=list(SCHEDULES), default=d.schedule)
    p.add_argument("--batch-size", type=positive_int, default=d.batch_size)
    p.add_argument("--epochs", type=positive_int, default=d.epochs)
    p.add_argument("--l2", type=non_negative_float, default=d.l2, help="weight decay λ")
    p.add_argument("--dropout", type=dropout_rate, default=d.dropout, help="dropout rate in [0, 1)")
    p.add_argument("--augment", action=argparse.BooleanOptionalAction, default=d.augment,
                   help="random shifts of up to 2 pixels each epoch")
    p.add_argument("--eval-subset", type=eval_subset, default=d.eval_subset, metavar="N|all",
                   help="samples evaluated at each epoch end (default %(default)s)")
    p.add_argument("--seed", type=seed_int, default=d.seed)
    p.add_argument("--save", metavar="MODEL.npz", help="save the trained model here")
    p.add_argument("--json", action="store_true", help="print JSON objects instead of text")
    p.set_defaults(run=run)


def config_from_args(args):
    from core.training.training import DEFAULT_LR, TrainConfig

    hidden = [s for group in args.hidden for s in group] if args.hidden else list(TrainConfig().hidden)
    lr = args.lr if args.lr is not None else DEFAULT_LR.get(args.optimizer, TrainConfig().lr)
    return TrainConfig(hidden=tuple(hidden), activation=args.activation, loss=args.loss, init=args.init,
                       l2=args.l2, dropout=args.dropout, optimizer=args.optimizer, lr=lr,
                       schedule=args.schedule, batch_size=args.batch_size, epochs=args.epochs,
                       seed=args.seed, augment=args.augment, eval_subset=args.eval_subset)


def _num(x: float):
    return x if math.isfinite(x) else None


def _bar(fraction: float, width: int = 24) -> str:
    filled = int(round(fraction * width))
    return "[" + "#" * filled + "." * (width - filled) + "]"


class _Output:
    """stdout that survives its reader going away (``train ... | head -1``): after a
    BrokenPipeError it drops what is written and remembers it."""

    def __init__(self, stream):
        self.stream, self.closed_by_reader = stream, False

    def write(self, text: str) -> None:
        if self.closed_by_reader:
            return
        try:
            self.stream.write(text)
        except BrokenPipeError:
            self._closed()

    def flush(self) -> None:
        if self.closed_by_reader:
            return
        try:
            self.stream.flush()
        except BrokenPipeError:
            self._closed()

    def _closed(self) -> None:
        import os

        self.closed_by_reader = True
        try:  # nothing more may reach the pipe, not even Python's flush at exit
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, self.stream.fileno())
            os.close(devnull)
        except (OSError, ValueError):
            pass

    def isatty(self) -> bool:
        try:
            return self.stream.isatty()
        except (OSError, ValueError):
            return False


def _prepare(args):
    """-> (config, data, net, trainer) or an exit code after one error line."""
    from core.data.datasets import load_dataset
    from core.data.model_io import check_writable
    from core.errors import DataError, ModelError
    from core.training.training import Trainer, make_network

    stage = "data"
    try:
        config = config_from_args(args)
        if args.save is not None:
            check_writable(args.save)  # before the run, not after it
        data = load_dataset(args.data)
        stage = "network"
        net = make_network(config, n_in=data.x_train.shape[1], n_out=data.num_classes)
        trainer = Trainer(net, data, config)
    except (DataError, ModelError, ValueError) as exc:
        return fail(str(exc))
    except MemoryError:
        if stage == "data":
            return fail(f"{args.data}: the data set does not fit in the memory available")
        return fail(f"a {'-'.join(str(h) for h in config.hidden)} hidden network does not fit in memory "
                    f"next to {data.name}; choose smaller layers")
    return config, data, net, trainer


def _epoch_line(args, config, result, tty: bool) -> str:
    if args.json:
        return json.dumps({
            "epoch": result.epoch + 1, "iteration": result.iteration,
            "train_loss": _num(result.train_loss), "train_accuracy": result.train_accuracy,
            "test_loss": _num(result.test_loss), "test_accuracy": result.test_accuracy,
            "elapsed": round(result.elapsed, 3)}) + "\n"
    return (("\r\033[K" if tty else "") +
            f"epoch {result.epoch + 1:>3}/{config.epochs}  train loss {result.train_loss:.4f} "
            f"acc {result.train_accuracy:6.2%}  test loss {result.test_loss:.4f} "
            f"acc {result.test_accuracy:6.2%}  {result.elapsed:6.1f} s\n")


def _train(args, config, trainer, out: _Output, tty: bool, came: list):
    """Run the trainer, printing as it goes -> (last EpochResult or None, RunEnd).

    Ctrl+C / SIGTERM (noted in ``came`` by interrupts_deferred) stop it after the current batch
    (reason "stopped"); running out of memory stops it (reason
    "memory"). When the reader of stdout goes away, a run that saves continues to its end (the
    model is what was asked for); one that does not save stops."""
    from core.training.training import EpochResult, RunEnd, StepResult

    last_epoch, end = None, None
    try:
        for result in trainer.run(should_stop=lambda: bool(came)):
            if isinstance(result, StepResult):
                if tty and (result.iteration % 5 == 0 or result.epoch_fraction == 1.0):
                    out.write(f"\r{_bar(result.epoch_fraction)} epoch {result.epoch + 1}/{config.epochs} "
                              f"loss {result.batch_loss:.4f}")
                    out.flush()
            elif isinstance(result, EpochResult):
                last_epoch = result
                out.write(_epoch_line(args, config, result, tty))
                out.flush()
            elif isinstance(result, RunEnd):
                end = result
            if out.closed_by_reader and args.save is None:
                end = RunEnd("closed", f"stopped at iteration {trainer.iteration}",
                             trainer.iteration, trainer.elapsed)
                break
    except KeyboardInterrupt:
        end = RunEnd("stopped", f"stopped by the user at iteration {trainer.iteration}",
                     trainer.iteration, trainer.elapsed)
    except MemoryError:
        end = RunEnd("memory", f"ran out of memory at iteration {trainer.iteration} (the data set and the "
                     "network need more than is available)", trainer.iteration, trainer.elapsed)
    return last_epoch, end


def _save(args, config, net, trainer, last_epoch, end):
    """Save the model (called with interrupts deferred: they wait until the file is complete)
    -> (saved path or None, error message or None)."""
    from core.data.model_io import save_model
    from core.errors import ModelError

    training = {**config.to_dict(), "data": str(args.data), "reason": end.reason,
                "epochs_done": trainer.epoch, "iterations": trainer.iteration,
                "test_accuracy": last_epoch.test_accuracy if last_epoch else None,
                "elapsed": round(trainer.elapsed, 3)}
    try:
        return str(save_model(net, args.save, training)), None
    except ModelError as exc:
        return None, str(exc)
    except MemoryError:
        return None, f"{args.save}: not enough memory left to save the model; it was not saved"


def run(args) -> int:
    prepared = _prepare(args)
    if isinstance(prepared, int):
        return prepared
    config, data, net, trainer = prepared
    out = _Output(sys.stdout)
    tty = out.isatty() and not args.json
    if not args.json:
        out.write(f"training {net.sizes} {config.activation} with {config.optimizer} lr {config.lr:g} on "
                  f"{data.name} ({len(data.y_train)} train, {len(data.y_test)} test), {config.epochs} epoch{'s' * (config.epochs != 1)}\n")
    # from here on Ctrl+C, SIGTERM and SIGHUP stop the run after its batch and never cut the save
    with interrupts_deferred() as came:
        last_epoch, end = _train(args, config, trainer, out, tty, came)
        n_signals = len(came)
        if tty:
            out.write("\r\033[K")
        saved = None
        if args.save is not None:
            saved, problem = _save(args, config, net, trainer, last_epoch, end)
            if problem:
                return fail(problem)
        interrupted = len(came) > n_signals
    if args.json:
        out.write(json.dumps({
            "summary": True, "reason": end.reason, "message": end.message, "epochs": trainer.epoch,
            "iterations": end.iteration, "elapsed": round(end.elapsed, 3),
            "test_accuracy": last_epoch.test_accuracy if last_epoch else None,
            "test_loss": _num(last_epoch.test_loss) if last_epoch else None,
            "config": config.to_dict(), "data": str(args.data), "saved": saved,
            **({"warning": end.warning, "warning_cause": end.warning_cause} if end.warning else {})}) + "\n")
    else:
        out.write(end.message + "\n")
        if saved:
            out.write(f"saved the model to {saved}\n")
    out.flush()
    return _exit_code(args, end, saved, out, interrupted)


def _exit_code(args, end, saved, out: _Output, interrupted: bool) -> int:
    """0 for a finished run; 130 when stopped by an interrupt; 2 when memory ran out. A closed
    output is said on stderr, with where the model went."""
    if out.closed_by_reader:
        note = f"saved the model to {saved}" if saved else "no model was saved (no --save given)"
        sys.stderr.write(f"note: the output was closed; {end.message}; {note}\n")
    if interrupted:
        sys.stderr.write(f"note: interrupted again while saving; the save was finished first ({saved})\n")
        return EXIT_INTERRUPTED
    if end.reason == "memory":
        return fail(end.message + ("; the model so far was saved to " + saved if saved else ""))
    return EXIT_INTERRUPTED if end.reason == "stopped" else 0
