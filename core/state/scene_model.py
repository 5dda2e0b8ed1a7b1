"""The model a scene names: check its file and SHA-256 before it is used.

``resolve_scene_model(spec, base)`` -> (path or None, message). ``spec`` is ``Scene.model``;
a relative path is taken relative to ``base`` (the scene file's folder). path None means:
use the bundled model, and ``message`` (one line) says why when the file is missing or
changed.
"""
from __future__ import annotations

import hashlib
from pathlib import Path

MAX_MODEL_BYTES = 512 * 1024 * 1024


def sha256_of(path, limit: int = MAX_MODEL_BYTES) -> str:
    """Hex SHA-256 of a regular file, read in blocks; ValueError when larger than ``limit``."""
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(str(path))
    if path.stat().st_size > limit:
        raise ValueError(f"{path.name} is larger than {limit:,} bytes")
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def resolve_scene_model(spec: dict | None, base=None) -> tuple[Path | None, str]:
    if not spec or spec.get("source") != "file":
        return None, ""
    path = Path(spec["path"]).expanduser()
    if not path.is_absolute() and base is not None:
        path = Path(base) / path
    try:
        digest = sha256_of(path)
    except FileNotFoundError:
        return None, f"the scene's model {spec['path']} is missing; the bundled model is used instead"
    except (OSError, ValueError) as exc:
        return None, f"the scene's model {spec['path']} cannot be read ({exc}); the bundled model is used instead"
    if spec.get("sha256") and digest != spec["sha256"]:
        return None, (f"the scene's model {spec['path']} has changed since the scene was saved (SHA-256 differs); "
                      "the bundled model is used instead")
    return path, ""
