#!/usr/bin/env python3
"""Gradient Lab: see how a neural network is trained.

With no sub-command, opens the desktop app. Sub-commands run the same core
headless (see ``python main.py --help``).
"""
from __future__ import annotations

import importlib
import os
import sys

# One BLAS thread: the GUI thread keeps the other core, and on this machine a
# 784-128-10 net trains faster single-threaded when another core is busy.
for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

from cli.common import OneLineParser  # noqa: E402

#: modules under cli/ that each add one sub-command (add_parser(subparsers))
CLI_MODULES = [
    "cli.descend",
    "cli.train",
    "cli.evaluate",
    "cli.predict",
    "cli.download",
]


def quit_after_seconds(text: str) -> float:
    """argparse type: seconds from 0 to one day (a larger number overflowed Qt's timer)."""
    from cli.common import non_negative_float

    value = non_negative_float(text)
    if value > 86_400:
        import argparse

        raise argparse.ArgumentTypeError(f"{text!r} must be at most 86400 seconds (one day)")
    return value


def build_parser() -> OneLineParser:
    parser = OneLineParser(
        prog="main.py",
        description="Gradient Lab: see how a neural network is trained. "
        "Without a command, opens the app (Descent lab, Training, Draw, Concepts, Landscape).",
    )
    parser.add_argument("--quit-after", type=quit_after_seconds, metavar="SECONDS",
                        help="open the app and quit after SECONDS (for smoke tests)")
    parser.add_argument("--screenshots", metavar="DIR",
                        help="render every tab to PNG files in DIR (offscreen) and exit")
    parser.add_argument("--scene", dest="app_scene", metavar="FILE",
                        help="open the app in the scene saved in FILE (*.glab.json)")
    parser.add_argument("--lang", choices=["en", "ko"],
                        help="language for this start (default: the saved choice, else the system's)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND",
                                parser_class=OneLineParser)
    for name in CLI_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name == name:  # that command is not part of this build
                continue
            raise
        module.add_parser(sub)
    return parser


def clean_leftovers() -> None:
    """Remove the temporary files that an earlier run, killed while writing, left in the app's
    data folders (only ours: ``.<name>.<pid>-<token>.part`` of a process no longer running)."""
    from core.data.datasets import mnist_dir, user_data_dir
    from core.data.drawings import drawings_dir
    from core.data.safe_write import clean_stale_parts

    for folder in (user_data_dir(), mnist_dir(), drawings_dir()):
        clean_stale_parts(folder)


def run_command(args) -> int:
    """Run a sub-command: Ctrl+C, SIGTERM and SIGHUP give one line and exit code 130, running
    out of memory one line and exit code 2, a closed output exit code 0 (nothing more to say)."""
    from cli.common import EXIT_INTERRUPTED, Terminated, fail, install_signal_handlers, restore_signal_handlers

    old_handlers = install_signal_handlers()
    try:
        return int(args.run(args) or 0)
    except BrokenPipeError:  # `main.py evaluate | head -1`: the reader has gone; stop quietly
        _silence_stdout()
        return 0
    except KeyboardInterrupt as exc:
        what = "terminated" if isinstance(exc, Terminated) else "interrupted"
        _silence_stdout_if_broken()
        fail(f"{args.command} {what}")
        return EXIT_INTERRUPTED
    except MemoryError:
        return fail(f"{args.command}: out of memory; try a smaller data set, network or batch size")
    finally:
        restore_signal_handlers(old_handlers)


def _ignore_signals() -> None:
    import signal

    for name in ("SIGINT", "SIGTERM", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), signal.SIG_IGN)


def _silence_stdout() -> None:
    try:  # nothing more may reach the closed pipe, not even Python's flush at exit
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        sys.stdout = None


def _silence_stdout_if_broken() -> None:
    try:
        sys.stdout.flush()
    except (OSError, ValueError, AttributeError):
        _silence_stdout()


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    clean_leftovers()
    if args.command:
        return run_command(args)
    from gui.app import run_app

    return run_app(args)


def _main_interruptible() -> int:
    """``main()``, with a Ctrl+C or SIGTERM that comes while the modules are still being
    imported (before a command installs its handlers) given as one line too."""
    import signal

    command = len(sys.argv) > 1 and not sys.argv[1].startswith("-")
    if command:  # the window keeps the default SIGTERM (Qt's loop would delay a Python handler)
        signal.signal(signal.SIGTERM, signal.default_int_handler)
    try:
        return main()
    except KeyboardInterrupt:
        what = sys.argv[1] if command else "main.py"
        sys.stderr.write(f"error: {what} interrupted\n")
        return 130
    finally:
        _ignore_signals()  # the work is done: a late Ctrl+C must not turn the exit into a traceback


if __name__ == "__main__":
    sys.exit(_main_interruptible())
