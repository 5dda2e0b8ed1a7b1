"""Start-up: QApplication, fonts, language, settings, the error hook, the main window.

Language: ``--lang`` on the command line, else the saved choice (View >
Language), else the system locale (Korean -> "ko", anything else -> "en").
Korean loads ``resources/i18n/gradient_lab_ko.qm`` (ours) and Qt's own
``qtbase_ko.qm`` (standard buttons and dialogs). Hangul is drawn with the
bundled NanumSquare font (see resources/fonts/README.md).
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, Qt, QTimer, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics, QGuiApplication
from PySide6.QtWidgets import QApplication

from core.paths import RESOURCES  # noqa: E402
from gui.app_info import APPLICATION, LANGUAGES, ORGANIZATION, app_icon  # noqa: F401 (re-exported)

I18N = RESOURCES / "i18n"
_LOCALES = {"en": QLocale(QLocale.Language.English, QLocale.Country.UnitedStates),
            "ko": QLocale(QLocale.Language.Korean, QLocale.Country.SouthKorea)}


def load_fonts() -> list[str]:
    """Register the bundled fonts (Hangul for Korean); returns the family names added."""
    families = []
    for path in sorted((RESOURCES / "fonts").glob("*.tt[fc]")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families += QFontDatabase.applicationFontFamilies(font_id)
    return families


def has_hangul(font: QFont) -> bool:
    """True when text in ``font`` can draw Hangul (tested on 경, U+ACBD)."""
    return QFontMetrics(font).inFontUcs4(ord("경"))


def ensure_hangul(app: QApplication, families: list[str]) -> None:
    """Make the app font fall back to the bundled Hangul font when it has no Hangul of its own."""
    font = app.font()
    if families and not has_hangul(font):
        current = font.families() or [font.family()]
        font.setFamilies([*current, *[f for f in families if f not in current]])
        app.setFont(font)


def make_application(argv: list[str] | None = None) -> QApplication:
    """The one QApplication of the process, set up with names, icon and fonts."""
    if QApplication.instance() is None:
        # Qt 6 scales by the screen's device pixel ratio; keep fractional factors (150 %).
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setWindowIcon(app_icon())
    ensure_hangul(app, load_fonts())
    return app


# ------------------------------------------------------------------ language

def system_language() -> str:
    """"ko" when the system locale is Korean, else "en"."""
    return "ko" if QLocale.system().language() == QLocale.Language.Korean else "en"


def choose_language(requested: str | None, settings) -> str:
    """--lang, else the saved choice, else the system's."""
    if requested in LANGUAGES:
        return requested
    saved = settings.value("language") if settings is not None else ""
    return saved if saved in LANGUAGES else system_language()


def qm_path(language: str) -> Path:
    return I18N / f"gradient_lab_{language}.qm"


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    """Install the translators for ``language`` (replacing earlier ones); returns them.

    English is the source language: no translator. The translators are kept on
    the application object so they live as long as it does.
    """
    for old in getattr(app, "_gradient_lab_translators", []):
        app.removeTranslator(old)
    installed = []
    if language != "en":
        ours = QTranslator(app)
        if ours.load(str(qm_path(language))):
            installed.append(ours)
        qt_own = QTranslator(app)
        if qt_own.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            installed.append(qt_own)
        for translator in installed:
            app.installTranslator(translator)
    QLocale.setDefault(_LOCALES.get(language, _LOCALES["en"]))
    app._gradient_lab_translators = installed
    return installed


# ------------------------------------------------------------------ entry

def run_app(args) -> int:
    """Open the main window; ``args.quit_after`` closes it after that many seconds;
    ``args.app_scene`` (``--scene FILE``) opens that scene.

    ``args.screenshots`` renders the tabs to PNG files instead (see gui/screenshots.py).
    """
    screenshots = getattr(args, "screenshots", None)
    lang = getattr(args, "lang", None)
    if screenshots:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        if lang is None:  # one process per language
            from gui.screenshots import render_all_languages

            return render_all_languages(screenshots)

    import pyqtgraph as pg

    app = make_application()
    pg.setConfigOptions(imageAxisOrder="row-major", antialias=True)
    from gui.settings import Settings

    if screenshots:
        from gui.screenshots import render_screenshots

        install_translators(app, lang)
        return render_screenshots(Path(screenshots), lang)

    settings = Settings()
    language = choose_language(lang, settings)
    install_translators(app, language)
    from gui.error_dialog import install_error_hook

    install_error_hook()
    from gui.main_window import MainWindow

    from core.data.datasets import user_data_dir

    window = MainWindow(settings=settings, language=language, history_folder=user_data_dir() / "runs")
    window.show()
    scene = getattr(args, "app_scene", None)
    if scene:
        window.scenes.open_scene(scene)  # a bad file: one message box, the app opens as usual
    if getattr(args, "quit_after", None) is not None:
        # close the window, then leave even if a dialog (an error report) is still open
        QTimer.singleShot(int(args.quit_after * 1000), lambda: window.close() and app.quit())
    return app.exec()
