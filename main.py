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


def build_parser() -> OneLineParser:
    parser = OneLineParser(
        prog="main.py",
        description="Gradient Lab: see how a neural network is trained. "
        "Without a command, opens the app (Descent lab, Training, Draw, Concepts, Landscape).",
    )
    parser.add_argument("--quit-after", type=float, metavar="SECONDS",
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


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command:
        try:
            return int(args.run(args) or 0)
        except BrokenPipeError:  # `main.py train | head -1`: the reader has gone; stop quietly
            sys.stdout = None  # nothing more to flush into the closed pipe at exit
            return 0
    from gui.app import run_app

    return run_app(args)


if __name__ == "__main__":
    sys.exit(main())
