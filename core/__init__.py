"""Gradient Lab's numeric core: pure numpy, no Qt.

Everything the app computes lives here so it can be read next to the book,
tested on its own, and run from the command line without a display.
"""
