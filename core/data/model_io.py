"""Save and load a trained MLP as an .npz of plain arrays plus JSON metadata.

File layout (an ordinary ``np.savez_compressed`` archive):
- "W1", "b1", "W2", ... : float32 arrays, shapes given by the architecture;
- "meta" : uint8 array, the UTF-8 bytes of a JSON object
  {"format": "gradient-lab-mlp", "version": 1, "config": MLP.config, "training": {...}}.

Loading uses ``allow_pickle=False`` and checks every name, shape and value;
anything else (pickles, object arrays, extra or missing arrays, bad JSON,
NaN weights) is refused with a ModelError naming the file and the problem.
Saving goes through ``core.data.safe_write`` (temporary file, fsync, rename; never over a
device, FIFO, read-only file...).
"""
from __future__ import annotations

import copy
import functools
import json
import math
from pathlib import Path

import numpy as np

from core.nn.activations import ACTIVATIONS
from core.errors import ModelError
from core.paths import resource
from core.nn.initializers import INITIALIZERS
from core.data.npz_archive import open_npz
from core.data.safe_read import check_fits
from core.data.safe_write import AtomicFile, write_atomic
from core.nn.network import LOSS_NAMES, MLP

FORMAT = "gradient-lab-mlp"
VERSION = 1
DEFAULT_MODEL = resource("models", "default.npz")
#: refuse silly sizes before allocating anything (a layer of 1e9 units is not a model of ours)
MAX_UNITS = 100_000
#: at most this many layers of weights
MAX_LAYERS = 64
#: the metadata (JSON) of a model of ours takes a few KB
MAX_META_BYTES = 1 << 20


def _json_default(value):
    if isinstance(value, (np.integer,)):
        return int(value)
    if isinstance(value, (np.floating,)):
        return float(value)
    if isinstance(value, (np.ndarray,)):
        return value.tolist()
    if isinstance(value, tuple):
        return list(value)
    raise TypeError(f"{type(value).__name__} is not JSON-able")


def check_writable(path) -> Path:
    """Raise ModelError unless a model could be saved at ``path`` (a regular file or a new name
    in a folder that takes new files; see ``core.data.safe_write.check_target``). Lets a long
    training run fail before it starts. Makes (and removes) a temporary file to be sure."""
    path = Path(path).expanduser()
    with AtomicFile(path, ModelError):  # the real test (permissions, read-only file systems...)
        pass
    return path


def save_model(net: MLP, path, training: dict | None = None) -> Path:
    """Write ``net`` to ``path`` (.npz) atomically; ``training`` is any JSON-able dict
    (settings, accuracy, data set...). Returns the path written. Raises ModelError (the old
    file, if any, is then unchanged)."""
    path = Path(path).expanduser()
    meta = {"format": FORMAT, "version": VERSION, "config": net.config, "training": training or {}}
    try:
        meta_bytes = json.dumps(meta, default=_json_default, allow_nan=False).encode("utf-8")
    except (TypeError, ValueError) as exc:
        raise ModelError(f"{path}: training settings cannot be stored as JSON ({exc})") from None
    arrays = {k: np.ascontiguousarray(v, dtype=np.float32) for k, v in net.params.items()}
    arrays["meta"] = np.frombuffer(meta_bytes, dtype=np.uint8)
    write_atomic(path, lambda f: np.savez_compressed(f, **arrays), error=ModelError)
    return path


def _short_repr(value, limit: int = 80) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 5] + " ...]"


def _check_config(path: Path, config) -> dict:
    if not isinstance(config, dict):
        raise ModelError(f"{path}: metadata has no architecture ('config')")
    sizes = config.get("sizes")
    if (not isinstance(sizes, list) or not 2 <= len(sizes) <= MAX_LAYERS + 1
            or not all(isinstance(s, int) and not isinstance(s, bool) and 1 <= s <= MAX_UNITS for s in sizes)):
        raise ModelError(f"{path}: layer sizes {_short_repr(sizes)} are not a list of 2 to {MAX_LAYERS + 1} "
                         f"whole numbers from 1 to {MAX_UNITS}")
    defaults = {"activation": "relu", "init": "he", "loss": "cross_entropy"}
    for key, allowed in (("activation", ACTIVATIONS), ("init", INITIALIZERS), ("loss", LOSS_NAMES)):
        value = config.get(key, defaults[key])
        if not isinstance(value, str) or value not in allowed:
            raise ModelError(f"{path}: unknown {key} {_short_repr(value)} (one of {', '.join(allowed)})")
    for key, lo, hi in (("l2", 0.0, math.inf), ("dropout", 0.0, 1.0)):
        v = config.get(key, 0.0)
        if not isinstance(v, (int, float)) or isinstance(v, bool) or not math.isfinite(v) or not (lo <= v < hi):
            raise ModelError(f"{path}: {key} {_short_repr(v)} is out of range")
    seed = config.get("seed", 0)
    if not isinstance(seed, int) or isinstance(seed, bool) or not 0 <= seed < 2 ** 63:
        raise ModelError(f"{path}: seed {_short_repr(seed)} is not a whole number from 0 to 2**63 - 1")
    return {"sizes": sizes, "activation": config.get("activation", "relu"), "init": config.get("init", "he"),
            "seed": seed, "loss": config.get("loss", "cross_entropy"), "l2": float(config.get("l2", 0.0)),
            "dropout": float(config.get("dropout", 0.0))}


def load_model_shared(path) -> tuple[MLP, dict]:
    """Like ``load_model``, but a file read once (same path, same modification time) is not
    read again: the bundled model serves the Draw and Landscape tabs at start-up (about 30 ms
    each). Returns copies, so callers may change them."""
    path = Path(path).expanduser()
    try:
        stamp = path.stat().st_mtime_ns
    except OSError:
        return load_model(path)  # raises the plain message
    net, meta = _load_once(str(path), stamp)
    return net.copy(), copy.deepcopy(meta)


@functools.lru_cache(maxsize=4)
def _load_once(path: str, _mtime_ns: int) -> tuple[MLP, dict]:
    return load_model(path)


def _read_meta(path: Path, npz) -> dict:
    if "meta" not in npz:
        raise ModelError(f"{path}: no 'meta' entry: not a Gradient Lab model")
    shape, dtype = npz.header("meta")
    if dtype != np.uint8 or len(shape) != 1:
        raise ModelError(f"{path}: 'meta' must be UTF-8 bytes (uint8), found {dtype}")
    meta_arr = npz.read("meta", max_bytes=MAX_META_BYTES)
    try:
        meta = json.loads(meta_arr.tobytes().decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise ModelError(f"{path}: metadata is not valid JSON ({exc})") from None
    if not isinstance(meta, dict) or meta.get("format") != FORMAT:
        found = meta.get("format") if isinstance(meta, dict) else None
        raise ModelError(f"{path}: not a Gradient Lab model (format {_short_repr(found)})")
    version = meta.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version > VERSION:
        raise ModelError(f"{path}: model format version {_short_repr(version)} is newer than this app "
                         f"understands ({VERSION})")
    return meta


def _expected_arrays(sizes: list[int]) -> dict[str, tuple]:
    expected = {}
    for i, (n_in, n_out) in enumerate(zip(sizes[:-1], sizes[1:]), start=1):
        expected[f"W{i}"] = (n_in, n_out)
        expected[f"b{i}"] = (n_out,)
    return expected


def _read_params(path: Path, npz, sizes: list[int]) -> dict[str, np.ndarray]:
    """The weights, each checked (name, dtype, shape from its header) before it is read."""
    expected = _expected_arrays(sizes)
    names = set(npz.files)
    extra = sorted(names - set(expected) - {"meta"})
    missing = [k for k in expected if k not in names]
    if missing or extra:
        parts = ([f"missing {', '.join(missing[:5])}"] if missing else []) + \
                ([f"unexpected {', '.join(extra[:5])}"] if extra else [])
        raise ModelError(f"{path}: arrays do not match the architecture {_short_repr(sizes)}: {'; '.join(parts)}")
    n_values = sum(math.prod(shape) for shape in expected.values())
    # reading (float64 at most), the float32 copy, and the network's own arrays
    check_fits(n_values * 16, path, ModelError, f"a {'-'.join(map(str, sizes))} network")
    params = {}
    for key, shape in expected.items():
        got, dtype = npz.header(key)
        if not np.issubdtype(dtype, np.floating):
            raise ModelError(f"{path}: {key} has type {dtype}, expected floating point numbers")
        if got != shape:
            raise ModelError(f"{path}: {key} has shape {_short_repr(got)}, the architecture needs {shape}")
        a = npz.read(key, max_bytes=math.prod(shape) * dtype.itemsize)
        with np.errstate(over="ignore"):
            a = a.astype(np.float32)  # the network's type: 1e300 in float64 is inf here
        if not np.all(np.isfinite(a)):
            raise ModelError(f"{path}: {key} contains NaN, infinite or too large values "
                             "(beyond float32's 3.4e38)")
        params[key] = a
    return params


def load_model(path) -> tuple[MLP, dict]:
    """Read a model written by ``save_model`` -> (MLP, metadata dict). Raises ModelError.

    Bounded: the metadata is read first (at most MAX_META_BYTES); each weight array's header
    must give exactly the shape the architecture needs before its data is read.
    """
    path = Path(path).expanduser()
    with open_npz(path, ModelError, "a model file (.npz)") as npz:
        meta = _read_meta(path, npz)
        config = _check_config(path, meta.get("config"))
        params = _read_params(path, npz, config["sizes"])
    try:
        net = MLP(**config)
    except MemoryError:
        raise ModelError(f"{path}: a {'-'.join(map(str, config['sizes']))} network does not fit in memory") from None
    for key, a in params.items():
        net.params[key][...] = a
    meta["config"] = config
    if not isinstance(meta.get("training"), dict):
        meta["training"] = {}
    return net, meta
