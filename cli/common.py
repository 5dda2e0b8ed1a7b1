"""What every sub-command shares: a parser that fails in one line, and number parsing."""
from __future__ import annotations

import argparse
import contextlib
import math
import re
import signal
import sys

EXIT_USAGE = 2
#: the exit code of a command stopped by Ctrl+C or SIGTERM (128 + SIGINT, as shells report it)
EXIT_INTERRUPTED = 130
#: the largest count (steps, epochs, ...) a command accepts: far beyond any run of ours
MAX_COUNT = 10_000_000

_NUMBER = r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?"
#: "-1.2,2.7": a list of numbers whose first is negative (argparse takes it for an option)
_NEGATIVE_LIST = re.compile(rf"^-(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?(?:,{_NUMBER})+$")


def join_negative_lists(argv: list[str]) -> list[str]:
    """["--start", "-1.2,2.7"] -> ["--start=-1.2,2.7"]: argparse would read "-1.2,2.7" as an
    unknown option (it only knows plain negative numbers), so a number list after a long
    option is glued to it, as ``--start=-1.2,2.7`` already works."""
    out: list[str] = []
    for tok in argv:
        prev = out[-1] if out else ""
        if _NEGATIVE_LIST.match(tok) and prev.startswith("--") and "=" not in prev:
            out[-1] = f"{prev}={tok}"
        else:
            out.append(tok)
    return out


class OneLineParser(argparse.ArgumentParser):
    """argparse that reports a bad command line in one line and exits with code 2."""

    def parse_known_args(self, args=None, namespace=None):  # noqa: D102 - argparse's hook
        args = sys.argv[1:] if args is None else list(args)
        return super().parse_known_args(join_negative_lists(args), namespace)

    def error(self, message: str):  # noqa: D102 - argparse's hook
        sys.stderr.write(f"{self.prog}: error: {message} (see {self.prog} --help)\n")
        sys.exit(EXIT_USAGE)


def fail(message: str) -> int:
    """Print one error line to stderr (shortened to a readable length); return the usage exit code."""
    from core.errors import one_line

    try:
        sys.stderr.write(f"error: {one_line(message)}\n")
        sys.stderr.flush()
    except (OSError, ValueError):
        pass  # stderr is closed too: the exit code still says it
    return EXIT_USAGE


class Terminated(KeyboardInterrupt):
    """SIGTERM (or SIGHUP) arrived: handled like Ctrl+C, so every ``finally`` runs."""


def _raise_terminated(signum, _frame):
    raise Terminated(signal.Signals(signum).name)


def install_signal_handlers() -> dict:
    """SIGTERM and SIGHUP raise Terminated (a KeyboardInterrupt) in the main thread, so that a
    command stops as it does on Ctrl+C: temporary files removed, one line, exit code 130.
    Returns the previous handlers (for ``restore_signal_handlers``)."""
    old = {}
    for name in ("SIGTERM", "SIGHUP"):
        if hasattr(signal, name):
            old[name] = signal.signal(getattr(signal, name), _raise_terminated)
    return old


def restore_signal_handlers(old: dict) -> None:
    for name, handler in old.items():
        signal.signal(getattr(signal, name), handler)


@contextlib.contextmanager
def interrupts_deferred():
    """Inside the block, Ctrl+C / SIGTERM / SIGHUP are noted instead of stopping the work
    (e.g. while a model is saved); ``yield``s a list that holds the signal names that came."""
    came: list[str] = []

    def note(signum, _frame):
        came.append(signal.Signals(signum).name)

    names = [n for n in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, n)]
    old = {n: signal.signal(getattr(signal, n), note) for n in names}
    try:
        yield came
    finally:
        for n, handler in old.items():
            signal.signal(getattr(signal, n), handler)


def positive_float(text: str) -> float:
    """argparse type: a finite number > 0 (refuses NaN, inf, 0, negatives)."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if not math.isfinite(value) or value <= 0:
        raise argparse.ArgumentTypeError(f"{text!r} must be a finite number greater than 0")
    return value


def non_negative_float(text: str) -> float:
    """argparse type: a finite number >= 0."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if not math.isfinite(value) or value < 0:
        raise argparse.ArgumentTypeError(f"{text!r} must be a finite number, 0 or more")
    return value


def _whole_number(text: str, minimum: int, maximum: int = MAX_COUNT) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < minimum:
        raise argparse.ArgumentTypeError(f"{text!r} must be {minimum} or more")
    if value > maximum:
        raise argparse.ArgumentTypeError(f"{text!r} must be at most {maximum:,}")
    return value


def seed_int(text: str) -> int:
    """argparse type: a random seed, a whole number from 0 to 2**32 - 1."""
    return _whole_number(text, 0, 2 ** 32 - 1)


def bounded_float(low: float, high: float, what: str = "the value"):
    """argparse type factory: a finite number with low < value <= high."""
    def parse(text: str) -> float:
        try:
            value = float(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
        if not math.isfinite(value) or not low < value <= high:
            raise argparse.ArgumentTypeError(f"{text!r}: {what} must be greater than {low:g} and at most {high:g}")
        return value
    return parse


def non_negative_int(text: str) -> int:
    """argparse type: a whole number >= 0."""
    return _whole_number(text, 0)


def positive_int(text: str) -> int:
    """argparse type: a whole number >= 1."""
    return _whole_number(text, 1)


def model_path(name: str):
    """A --model value: "default" names the bundled model (for every sub-command alike)."""
    from core.data.model_io import DEFAULT_MODEL

    return DEFAULT_MODEL if name == "default" else name
