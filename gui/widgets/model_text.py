"""What a model in use is called on screen, in the UI language (``core.state.model_keeper.ModelRef``
keeps an English label for files and logs; the tabs show this instead).

``model_name(ref, net)``: "bundled model 784-512-256-10 relu", "run 3: relu [512, 256] adam ...",
"loaded: m.npz", "untrained 784-32-10 relu" -- with the architecture from ``net`` when given.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def model_name(ref, net=None) -> str:
    arch = "" if net is None else "{0} {1}".format("-".join(str(s) for s in net.sizes), net.activation)
    if ref.source == "bundled":
        return QCoreApplication.translate("ModelText", "bundled model {0}").format(arch).strip()
    if ref.source == "run":
        return QCoreApplication.translate("ModelText", "run {0}: {1}").format(ref.run_id, ref.label.split(" ", 1)[-1] if ref.label.startswith("#")
                                          else ref.label)
    if ref.source == "file":
        return QCoreApplication.translate("ModelText", "file {0}").format(ref.path.replace("\\", "/").rsplit("/", 1)[-1] or ref.label)
    if ref.source == "fresh":
        return QCoreApplication.translate("ModelText", "untrained {0}, fresh weights").format(arch).strip()
    return ref.label
