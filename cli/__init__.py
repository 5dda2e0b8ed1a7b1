"""Headless sub-commands of main.py; each module has add_parser(subparsers) and sets args.run."""
