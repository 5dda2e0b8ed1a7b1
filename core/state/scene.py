"""Scenes: small, hand-editable JSON files (``*.glab.json``) that set up the whole app.

A scene holds the format name and version, the active tab, the state of every tab (see
``core.state.tab_states``; missing keys take their defaults), which controls are locked
or hidden, and optionally the model in use by file and SHA-256::

    {"format": "gradient-lab-scene", "version": 1, "tab": "descent",
     "descent": {"surface": "book", "start": [-7, 2], "optimizer": "sgd", "lr": 0.95,
                 "schedule": "constant", "steps": 30, "racers": [{"optimizer": "adam", "lr": 0.3}]},
     "locked": ["descent.lr"], "hidden": [], "model": {"source": "bundled"}}

Reading is bounded and never executes anything: at most ``MAX_BYTES`` are read, only from
a regular file; the text must be UTF-8 JSON (no NaN/Infinity) with the right format name
and a version this app knows; every value is checked. Any problem raises ``SceneError``
with one line; unknown keys are collected in ``Scene.warnings`` (one line for all).
A scene written by the app (``scene_text``) holds every key.
"""
from __future__ import annotations

import json
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path

from core.errors import DataError
from core.state.schema import StateError, from_dict, to_dict
from core.state.tab_states import TAB_NAMES, TAB_STATES

FORMAT = "gradient-lab-scene"
VERSION = 1
SUFFIX = ".glab.json"
MAX_BYTES = 1_000_000
MAX_NAMES = 200          # entries of "locked" / "hidden"
TOP_KEYS = {"format", "version", "tab", "title", "notes", "translations", "locked", "hidden", "model", *TAB_NAMES}
LANGUAGE_CODES = ("ko",)  # languages a scene may carry its title and notes in, besides English


class SceneError(DataError):
    """A scene file that cannot be used; the message is one line naming the file. ``kind`` says
    which check failed, for a translated message: "open", "not_file", "too_large", "encoding",
    "json", "format", "version" or "value"."""

    def __init__(self, message: str, kind: str = "value"):
        super().__init__(message)
        self.kind = kind


@dataclass
class Scene:
    """What a scene file says. ``states``: tab name -> state dataclass (every tab present).
    ``model``: None (keep the model in use), {"source": "bundled"} or
    {"source": "file", "path": str, "sha256": str (64 hex digits)}."""

    tab: str = "descent"
    states: dict = field(default_factory=lambda: {name: cls() for name, cls in TAB_STATES.items()})
    locked: list = field(default_factory=list)
    hidden: list = field(default_factory=list)
    model: dict | None = None
    title: str = ""
    notes: str = ""
    translations: dict = field(default_factory=dict)  # {"ko": {"title": ..., "notes": ...}}
    warnings: list = field(default_factory=list)

    def title_in(self, language: str) -> str:
        """The title in ``language`` when the scene carries one, else the English title."""
        return self.translations.get(language, {}).get("title") or self.title

    def notes_in(self, language: str) -> str:
        return self.translations.get(language, {}).get("notes") or self.notes

    def warning_line(self) -> str:
        """One line naming every unknown key ('' when there were none)."""
        if not self.warnings:
            return ""
        return "ignored unknown key(s): " + ", ".join(self.warnings[:20]) + (" ..." if len(self.warnings) > 20 else "")


def _reject_constant(name):
    raise ValueError(f"{name} is not allowed in a scene")


def parse_scene(text: str, where: str = "scene") -> Scene:
    """A Scene from JSON text; raises SceneError with one line."""
    try:
        data = json.loads(text, parse_constant=_reject_constant)
    except RecursionError:
        raise SceneError(f"{where}: nested too deeply to be a scene", "json") from None
    except ValueError as exc:
        raise SceneError(f"{where}: not valid JSON ({exc})", "json") from None
    if not isinstance(data, dict):
        raise SceneError(f"{where}: a scene is a JSON object, found {type(data).__name__}", "json")
    if data.get("format") != FORMAT:
        raise SceneError(f"{where}: not a Gradient Lab scene (\"format\" must be \"{FORMAT}\")", "format")
    version = data.get("version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise SceneError(f"{where}: \"version\" must be a whole number", "version")
    if version != VERSION:
        raise SceneError(f"{where}: scene version {version} is not supported (this app reads version {VERSION})", "version")
    try:
        return _scene_from(data)
    except StateError as exc:
        raise SceneError(f"{where}: {exc}") from None


def _names(value, key: str) -> list:
    if not isinstance(value, list) or len(value) > MAX_NAMES or not all(
            isinstance(v, str) and 0 < len(v) <= 100 for v in value):
        raise StateError(f"{key}: expected a list of control names such as \"descent.lr\"")
    return list(value)


def _model(value) -> dict | None:
    if value is None:
        return None
    if not isinstance(value, dict):
        raise StateError("model: expected an object such as {\"source\": \"bundled\"}")
    source = value.get("source", "file" if "path" in value else "bundled")
    if source == "bundled":
        return {"source": "bundled"}
    if source != "file":
        raise StateError(f"model.source: {source!r} is not \"bundled\" or \"file\"")
    path, digest = value.get("path"), value.get("sha256", "")
    if not isinstance(path, str) or not 0 < len(path) <= 4096:
        raise StateError("model.path: expected the model file's path")
    if not isinstance(digest, str) or (digest and (len(digest) != 64 or any(c not in "0123456789abcdef"
                                                                         for c in digest.lower()))):
        raise StateError("model.sha256: expected 64 hexadecimal digits")
    return {"source": "file", "path": path, "sha256": digest.lower()}


def _scene_from(data: dict) -> Scene:
    scene = Scene()
    scene.warnings = [k for k in data if k not in TOP_KEYS]
    tab = data.get("tab", "descent")
    if tab not in TAB_NAMES:
        raise StateError(f"tab: {tab!r} is not one of {', '.join(TAB_NAMES)}")
    scene.tab = tab
    for name, cls in TAB_STATES.items():
        if name in data:
            state, unknown = from_dict(cls, data[name], name)
            scene.states[name] = state
            scene.warnings += unknown
    scene.locked = _names(data.get("locked", []), "locked")
    scene.hidden = _names(data.get("hidden", []), "hidden")
    scene.model = _model(data.get("model"))
    for key in ("title", "notes"):
        setattr(scene, key, _text(data.get(key, ""), key))
    scene.translations = _translations(data.get("translations", {}))
    return scene


def _text(value, key: str) -> str:
    if not isinstance(value, str) or len(value) > 5000:
        raise StateError(f"{key}: expected text of at most 5000 characters")
    return value


def _translations(value) -> dict:
    """{"ko": {"title": text, "notes": text}}: the title and notes in other languages."""
    if not isinstance(value, dict):
        raise StateError("translations: expected an object such as {\"ko\": {\"title\": \"...\"}}")
    out = {}
    for code, texts in value.items():
        if code not in LANGUAGE_CODES or not isinstance(texts, dict):
            raise StateError(f"translations: {code!r} is not one of {', '.join(LANGUAGE_CODES)} with title/notes")
        bad = [k for k in texts if k not in ("title", "notes")]
        if bad:
            raise StateError(f"translations.{code}: {bad[0]!r} is not title or notes")
        out[code] = {k: _text(v, f"translations.{code}.{k}") for k, v in texts.items()}
    return out


def read_scene(path) -> Scene:
    """Read a scene file: a regular file of at most MAX_BYTES, UTF-8 JSON. Raises SceneError."""
    path = Path(path)
    name = path.name or str(path)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        raise SceneError(f"{name}: cannot open ({exc.strerror or exc})", "open") from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise SceneError(f"{name}: not a regular file", "not_file")
        if info.st_size > MAX_BYTES:
            raise SceneError(f"{name}: {info.st_size:,} bytes is larger than a scene may be ({MAX_BYTES:,})", "too_large")
        with os.fdopen(fd, "rb", closefd=False) as f:
            raw = f.read(MAX_BYTES + 1)
    except OSError as exc:
        raise SceneError(f"{name}: cannot read ({exc.strerror or exc})", "open") from None
    finally:
        os.close(fd)
    if len(raw) > MAX_BYTES:
        raise SceneError(f"{name}: larger than a scene may be ({MAX_BYTES:,} bytes)", "too_large")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise SceneError(f"{name}: not UTF-8 text", "encoding") from None
    return parse_scene(text, name)


def scene_dict(scene: Scene) -> dict:
    """Every key, in the documented order."""
    out = {"format": FORMAT, "version": VERSION, "tab": scene.tab}
    if scene.title:
        out["title"] = scene.title
    if scene.notes:
        out["notes"] = scene.notes
    if scene.translations:
        out["translations"] = {code: dict(texts) for code, texts in scene.translations.items()}
    for name in TAB_NAMES:
        out[name] = to_dict(scene.states[name])
    out["locked"] = list(scene.locked)
    out["hidden"] = list(scene.hidden)
    if scene.model is not None:
        out["model"] = dict(scene.model)
    return out


def scene_text(scene: Scene) -> str:
    return json.dumps(scene_dict(scene), indent=2, ensure_ascii=False, allow_nan=False) + "\n"


def write_scene(path, scene: Scene) -> Path:
    """Write ``scene`` to ``path`` atomically (see core.data.safe_write). Returns the path."""
    from core.state.atomic import write_text_atomic

    return write_text_atomic(Path(path), scene_text(scene))
