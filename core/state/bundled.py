"""The bundled model as the first model in use: its network and a ``ModelRef`` saying so.

``bundled_model()`` -> (MLP, ModelRef(source "bundled", path, sha256, test_accuracy)); the test
accuracy is the one recorded in the file (measured on the 2,000 test digits of the bundled
sample when it was trained). Raises ``core.errors.ModelError`` when the file cannot be read.
"""
from __future__ import annotations

from core.data.datasets import DIGIT_NAMES
from core.data.model_io import DEFAULT_MODEL, load_model_shared
from core.state.model_keeper import BUNDLED, ModelRef
from core.state.scene_model import sha256_of

BUNDLED_DATASET = "MNIST sample"


def bundled_model(path=DEFAULT_MODEL):
    net, meta = load_model_shared(path)
    training = (meta or {}).get("training") or {}
    accuracy = training.get("test_accuracy")
    accuracy = float(accuracy) if isinstance(accuracy, (int, float)) and 0 <= accuracy <= 1 else None
    try:
        digest = sha256_of(path)
    except (OSError, ValueError):
        digest = ""
    arch = "-".join(str(s) for s in net.sizes)
    ref = ModelRef(BUNDLED, f"bundled model {arch} {net.activation}", path=str(path), sha256=digest,
                   test_accuracy=accuracy, dataset=BUNDLED_DATASET if accuracy is not None else "",
                   classes=tuple(DIGIT_NAMES))
    return net, ref


def keeper_with_bundled():
    """A ``ModelKeeper`` whose model in use is the bundled one (none when it cannot be read)."""
    from core.errors import ModelError
    from core.state.model_keeper import ModelKeeper

    keeper = ModelKeeper()
    try:
        net, ref = bundled_model()
    except ModelError:
        return keeper
    keeper.use(net.copy(), ref)
    return keeper
