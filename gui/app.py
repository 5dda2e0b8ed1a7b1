"""Start-up: QApplication, fonts, translations, the main window."""
from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
ORGANIZATION = "GradientLab"
APPLICATION = "Gradient Lab"


def load_fonts() -> list[str]:
    """Register the bundled fonts (Hangul for Korean); returns the family names added."""
    families = []
    for path in sorted((RESOURCES / "fonts").glob("*.tt[fc]")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families += QFontDatabase.applicationFontFamilies(font_id)
    return families


def app_icon() -> QIcon:
    return QIcon(str(RESOURCES / "icons" / "gradient-lab.png"))


def make_application(argv: list[str] | None = None) -> QApplication:
    """The one QApplication of the process, set up with names, icon and fonts."""
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setWindowIcon(app_icon())
    load_fonts()
    return app


def run_app(args) -> int:
    """Open the main window; ``args.quit_after`` closes it after that many seconds."""
    import pyqtgraph as pg

    app = make_application()
    pg.setConfigOptions(imageAxisOrder="row-major", antialias=True)
    from gui.main_window import MainWindow

    window = MainWindow()
    window.show()
    if getattr(args, "quit_after", None) is not None:
        QTimer.singleShot(int(args.quit_after * 1000), window.close)
    return app.exec()
