"""Typed fields for the state dataclasses, checked when read from a dict (a scene, a file).

Each dataclass field names its check in its metadata: ``field(default=..., metadata=
{"check": choice(OPTIMIZERS)})``. A check takes the raw JSON value and returns the value
the field holds, or raises ``ValueError`` with a sentence that says what is wrong.
``from_dict(cls, data, where)`` builds an instance: missing keys take their defaults,
unknown keys are returned (the caller warns once), a bad value raises ``StateError``
naming ``where.key``. ``to_dict(obj)`` gives plain JSON types (tuples become lists).
"""
from __future__ import annotations

import math
from dataclasses import MISSING, fields, is_dataclass

MAX_TEXT = 2000       # characters in any one text value
MAX_LIST = 1000       # items in any one list value
MAX_COORD = 1e6       # |x|, |y| of a point


class StateError(ValueError):
    """A value that does not fit its field; the message names the key."""


def choice(names):
    """One of ``names`` (a dict's keys, or a callable returning them)."""
    def check(value):
        allowed = list(names() if callable(names) else names)
        if not isinstance(value, str) or value not in allowed:
            raise ValueError(f"{value!r} is not one of {', '.join(map(str, allowed))}")
        return value
    return check


def number(lo: float, hi: float, *, integer: bool = False, optional: bool = False, lo_open: bool = False):
    """A finite number in [lo, hi] ((lo, hi] when ``lo_open``); an int when ``integer``; None allowed when ``optional``."""
    def check(value):
        if value is None and optional:
            return None
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise ValueError(f"{value!r} is not a number")
        if not math.isfinite(value):
            raise ValueError(f"{value!r} is not a finite number")
        if integer and float(value) != int(value):
            raise ValueError(f"{value!r} is not a whole number")
        if value < lo or value > hi or (lo_open and value == lo):
            low = "above" if lo_open else "at least"
            raise ValueError(f"{value:g} is out of range ({low} {lo:g}, at most {hi:g})")
        return int(value) if integer else float(value)
    return check


def flag(value):
    if not isinstance(value, bool):
        raise ValueError(f"{value!r} is not true or false")
    return value


def text(max_len: int = MAX_TEXT):
    def check(value):
        if not isinstance(value, str):
            raise ValueError(f"{value!r} is not text")
        if len(value) > max_len:
            raise ValueError(f"text of {len(value)} characters is longer than {max_len}")
        return value
    return check


def point(optional: bool = False):
    """[x, y], two finite numbers of magnitude at most MAX_COORD; None allowed when ``optional``."""
    coord = number(-MAX_COORD, MAX_COORD)

    def check(value):
        if value is None and optional:
            return None
        if not isinstance(value, (list, tuple)) or len(value) != 2:
            raise ValueError(f"{value!r} is not a point [x, y]")
        return (coord(value[0]), coord(value[1]))
    return check


def list_of(item_check, max_len: int = MAX_LIST, optional: bool = False):
    def check(value):
        if value is None and optional:
            return None
        if not isinstance(value, (list, tuple)):
            raise ValueError(f"{value!r} is not a list")
        if len(value) > max_len:
            raise ValueError(f"a list of {len(value)} items is longer than {max_len}")
        out = []
        for i, item in enumerate(value):
            try:
                out.append(item_check(item))
            except ValueError as exc:
                raise ValueError(f"item {i + 1}: {exc}") from None
        return out
    return check


def mapping_of(keys, item_check):
    """A dict whose keys are among ``keys`` (all optional) and whose values pass ``item_check``."""
    def check(value):
        if not isinstance(value, dict):
            raise ValueError(f"{value!r} is not an object")
        allowed = list(keys() if callable(keys) else keys)
        out = {}
        for k, v in value.items():
            if k not in allowed:
                raise ValueError(f"{k!r} is not one of {', '.join(allowed)}")
            out[k] = item_check(v)
        return out
    return check


def nested(cls):
    """A dict that is read as dataclass ``cls`` (unknown keys there are an error)."""
    def check(value):
        obj, unknown = from_dict(cls, value, cls.__name__)
        if unknown:
            raise ValueError(f"unknown key {unknown[0]!r}")
        return obj
    return check


def from_dict(cls, data, where: str):
    """(instance of ``cls``, unknown keys) from ``data``; raises StateError for a bad value."""
    if not isinstance(data, dict):
        raise StateError(f"{where}: expected an object with keys, got {type(data).__name__}")
    values, names = {}, set()
    for f in fields(cls):
        names.add(f.name)
        if f.name not in data:
            continue
        check = f.metadata.get("check")
        try:
            values[f.name] = check(data[f.name]) if check else data[f.name]
        except ValueError as exc:
            raise StateError(f"{where}.{f.name}: {exc}") from None
    unknown = [f"{where}.{k}" for k in data if k not in names]
    try:
        return cls(**values), unknown
    except (TypeError, ValueError) as exc:
        raise StateError(f"{where}: {exc}") from None


def to_dict(obj) -> dict:
    """Plain JSON types: dataclasses become dicts, tuples lists."""
    def plain(v):
        if is_dataclass(v):
            return {f.name: plain(getattr(v, f.name)) for f in fields(v)}
        if isinstance(v, (list, tuple)):
            return [plain(x) for x in v]
        if isinstance(v, dict):
            return {str(k): plain(x) for k, x in v.items()}
        return v
    return plain(obj)


def defaults(cls) -> dict:
    """Field name -> default value of a dataclass (factories called)."""
    out = {}
    for f in fields(cls):
        if f.default is not MISSING:
            out[f.name] = f.default
        elif f.default_factory is not MISSING:
            out[f.name] = f.default_factory()
    return out
