"""What a model in use is called on screen, in the UI language (``core.state.model_keeper.ModelRef``
keeps an English label for files and logs; the tabs show this instead).

``model_name(ref, net)``: "bundled model 784-512-256-10 relu", "run 3: relu [512, 256] adam ...",
"loaded: m.npz", "untrained 784-32-10 relu" -- with the architecture from ``net`` when given.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from core.nn.activations import ACTIVATIONS
from core.nn.optimizers import OPTIMIZERS
from gui.i18n import tr_core


def activation_name(key: str) -> str:
    """An activation's display name in the UI language ("relu" -> "ReLU"); unknown keys as given."""
    return tr_core(ACTIVATIONS[key].display_name) if key in ACTIVATIONS else str(key)


def settings_label(label: str) -> str:
    """A run's label (``core.training.run_history.describe_settings``: "relu [512, 256] adam lr 0.002
    b100") in the UI language: keys become display names, "b100" becomes "batch 100"."""
    words = []
    for word in label.split(" "):
        if word in ACTIVATIONS:
            word = activation_name(word)
        elif word in OPTIMIZERS:
            word = tr_core(OPTIMIZERS[word].display_name)
        elif len(word) > 1 and word[0] == "b" and word[1:].isdigit():
            word = QCoreApplication.translate("ModelText", "batch {0}").format(word[1:])
        elif word == "lr":
            word = QCoreApplication.translate("ModelText", "lr")
        words.append(word)
    return " ".join(words)


def model_name(ref, net=None) -> str:
    arch = "" if net is None else "{0} {1}".format("-".join(str(s) for s in net.sizes), activation_name(net.activation))
    if ref.source == "bundled":
        return QCoreApplication.translate("ModelText", "bundled model {0}").format(arch).strip()
    if ref.source == "run":
        label = ref.label.split(" ", 1)[-1] if ref.label.startswith("#") else ref.label
        return QCoreApplication.translate("ModelText", "run {0}: {1}").format(ref.run_id, settings_label(label))
    if ref.source == "file":
        return QCoreApplication.translate("ModelText", "file {0}").format(ref.path.replace("\\", "/").rsplit("/", 1)[-1] or ref.label)
    if ref.source == "fresh":
        return QCoreApplication.translate("ModelText", "untrained {0}, fresh weights").format(arch).strip()
    return ref.label
