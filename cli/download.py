"""`main.py download`: fetch full MNIST into the user's data folder (the only network use)."""
from __future__ import annotations

import sys

from cli.common import EXIT_INTERRUPTED, bounded_float, fail


def add_parser(subparsers) -> None:
    p = subparsers.add_parser(
        "download", help="download full MNIST (60,000 + 10,000 digits) into the app's data folder",
        description="Download the four MNIST files from public mirrors (tried in order), verify them and "
                    "store them where `--data mnist` and the app find them. Exit code 2 on failure.")
    p.add_argument("--dest", metavar="DIR", help="folder to store the files (default: the app's data folder)")
    p.add_argument("--mirror", action="append", metavar="URL",
                   help="base URL to try instead of the built-in mirrors (repeatable; "
                        "default: $GRADIENT_LAB_MNIST_MIRRORS, else the built-in ones)")
    p.add_argument("--timeout", type=bounded_float(0, 3600, "the timeout"), default=30.0,
                   help="seconds each read may wait for the server (default 30, at most 3600)")
    p.add_argument("--deadline", type=bounded_float(0, 86_400, "the deadline"), default=600.0,
                   help="seconds each file may take in all (default 600, at most 86400)")
    p.set_defaults(run=run)


class _Progress:
    """A progress bar on a terminal; one line per finished file otherwise."""

    def __init__(self, stream):
        self.stream, self.tty = stream, stream.isatty()
        self.current = None

    def __call__(self, name: str, done: int, total):
        if self.tty:
            if total:
                frac = done / total
                bar = "#" * int(frac * 24) + "." * (24 - int(frac * 24))
                self.stream.write(f"\r{name:<28} [{bar}] {done / 1e6:6.1f} / {total / 1e6:.1f} MB")
            else:
                self.stream.write(f"\r{name:<28} {done / 1e6:6.1f} MB")
            if total and done >= total:
                self.stream.write("\n")
            self.stream.flush()
        elif total and done >= total:
            self.stream.write(f"{name}: {done} bytes\n")
            self.stream.flush()


def run(args) -> int:
    from core.data.datasets import mnist_dir
    from core.data.download import DownloadError, download_mnist

    dest = args.dest or mnist_dir()
    try:
        folder = download_mnist(dest, mirrors=args.mirror or None, progress=_Progress(sys.stdout),
                                timeout=args.timeout, deadline=args.deadline)
    except DownloadError as exc:
        return fail(str(exc))
    except KeyboardInterrupt:
        sys.stdout.write("\n")
        fail("download cancelled; nothing half-written was kept")
        return EXIT_INTERRUPTED
    sys.stdout.write(f"MNIST is ready in {folder}\n")
    return 0
