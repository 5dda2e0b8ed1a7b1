"""Korean: the font draws Hangul, the .ts/.qm are complete and current, every visible string is translated.

Several of these tests fail on purpose when someone adds a user-visible string
without a Korean translation. Fix them with ``make translations``, then
``python tools/ts_tool.py todo`` / ``fill`` (see tools/ts_tool.py).
"""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtGui import QAction, QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTableWidget,
    QTabWidget,
    QTreeWidget,
    QWidget,
)

from gui import app as app_mod

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
import gen_core_strings  # noqa: E402
import ts_tool  # noqa: E402

TS = ROOT / "resources" / "i18n" / "gradient_lab_ko.ts"
QM = ROOT / "resources" / "i18n" / "gradient_lab_ko.qm"
LUPDATE = Path(sys.executable).parent / "pyside6-lupdate"
HANGUL = re.compile(r"[\uac00-\ud7a3]")

#: strings shown as they are in both languages: proper names, units, file patterns
ALLOWED = {
    "English", "Gradient Lab", "MNIST", "ReLU", "Leaky ReLU", "tanh", "SGD", "Adam", "AdaGrad",
    "RMSprop", "Nesterov", "Huber", "Xavier", "He", "MSE", "MAE", "CSV", "PNG", "IDX", "RMS",
}
#: words that may stay English inside a formula (function names, not prose)
MATH_WORDS = {"exp", "log", "max", "min", "mean", "sign", "argmax", "softmax", "tanh", "cos", "sin",
              "inf", "nan", "NaN", "lr", "dL", "dW", "dz", "dy", "ReLU", "RMS"}


# ------------------------------------------------------------------ helpers

def _plain(text: str) -> str:
    text = re.sub(r"<[^>]+>", " ", text)
    text = text.replace("&nbsp;", " ").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
    return " ".join(text.replace("&", "").split())


def _needs_translation(text: str) -> bool:
    """True for prose: English words that are not a name, a unit or a formula's function."""
    text = _plain(text)
    if not text or HANGUL.search(text) or text in ALLOWED:
        return False
    words = re.findall(r"[A-Za-z]{2,}", text)
    if not words:
        return False  # numbers, symbols, single-letter variables
    leftover = [w for w in words if w not in ALLOWED and w not in MATH_WORDS]
    return bool(leftover)


def _graphics_strings(view) -> list[str]:
    """Axis labels, titles and text items of a pyqtgraph view."""
    import pyqtgraph as pg

    found = []
    scene = view.scene()
    if scene is None:
        return found
    for item in scene.items():
        if isinstance(item, pg.AxisItem):
            found.append(item.labelText or "")
        elif isinstance(item, pg.LabelItem):
            found.append(item.text or "")
        elif isinstance(item, pg.TextItem):
            found.append(item.textItem.toPlainText())
    return found


def visible_strings(window) -> list[tuple[str, str]]:
    """(where, text) for every string a user can see or hover in the window."""
    import pyqtgraph as pg

    out: list[tuple[str, str]] = [("window title", window.windowTitle())]
    widgets = [window] + window.findChildren(QWidget)
    for w in widgets:
        where = f"{type(w).__name__}({w.objectName()})"
        out += [(where + ".toolTip", w.toolTip()), (where + ".statusTip", w.statusTip()),
                (where + ".whatsThis", w.whatsThis())]
        if isinstance(w, (QDockWidget, QMenu)):
            out.append((where + ".title", w.windowTitle() if isinstance(w, QDockWidget) else w.title()))
        if isinstance(w, QLabel):
            out.append((where + ".text", w.text()))
        if isinstance(w, QAbstractButton):
            out.append((where + ".text", w.text()))
        if isinstance(w, QGroupBox):
            out.append((where + ".title", w.title()))
        if isinstance(w, QLineEdit):
            out.append((where + ".placeholder", w.placeholderText()))
        if isinstance(w, QAbstractSpinBox):
            out.append((where + ".specialValueText", w.specialValueText()))
            for attr in ("prefix", "suffix"):
                if hasattr(w, attr):
                    out.append((where + "." + attr, getattr(w, attr)()))
        if isinstance(w, QComboBox):
            out += [(f"{where}.item{i}", w.itemText(i)) for i in range(w.count())]
        if isinstance(w, QTabWidget):
            for i in range(w.count()):
                out += [(f"{where}.tab{i}", w.tabText(i)), (f"{where}.tabToolTip{i}", w.tabToolTip(i))]
        if isinstance(w, (QTableWidget, QTreeWidget)):
            header = w.horizontalHeaderItem if isinstance(w, QTableWidget) else None
            if header is not None:
                out += [(f"{where}.header{i}", header(i).text()) for i in range(w.columnCount())
                        if header(i) is not None]
            elif isinstance(w, QTreeWidget):
                out += [(f"{where}.header{i}", w.headerItem().text(i)) for i in range(w.columnCount())]
        if isinstance(w, pg.GraphicsView):
            out += [(where + ".plot", s) for s in _graphics_strings(w)]
    for action in window.findChildren(QAction):
        where = f"QAction({action.objectName() or action.text()})"
        out += [(where + ".text", action.text()), (where + ".toolTip", action.toolTip()),
                (where + ".statusTip", action.statusTip())]
    out.append(("status bar", window.statusBar().currentMessage()))
    return out


@pytest.fixture
def korean(qapp):
    """Korean translators installed for one test, English again afterwards."""
    installed = app_mod.install_translators(qapp, "ko")
    yield installed
    app_mod.install_translators(qapp, "en")


@pytest.fixture
def korean_window(qtbot, korean):
    import pyqtgraph as pg

    pg.setConfigOptions(imageAxisOrder="row-major", antialias=True)
    from gui.main_window import MainWindow

    window = MainWindow(language="ko")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()


# ------------------------------------------------------------------ font

def test_bundled_font_draws_hangul(qapp):
    families = app_mod.load_fonts()
    assert "NanumSquare" in families
    assert QFontMetrics(QFont("NanumSquare")).inFontUcs4(ord("경"))
    assert app_mod.has_hangul(qapp.font()), "the app font does not fall back to a Hangul font"


def test_font_file_is_shipped_with_its_license():
    fonts = ROOT / "resources" / "fonts"
    assert (fonts / "NanumSquareR.ttf").stat().st_size > 500_000
    license_text = (fonts / "OFL.txt").read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE" in license_text and "NAVER" in license_text


def test_hangul_renders_as_glyphs_not_boxes(qapp):
    """Drawn Korean text differs from drawn 'missing glyph' boxes: each syllable has its own shape."""
    from PySide6.QtGui import QImage, QPainter, QColor

    def render(text):
        image = QImage(200, 40, QImage.Format.Format_Grayscale8)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setFont(qapp.font())
        painter.drawText(5, 30, text)
        painter.end()
        return bytes(image.constBits())

    assert render("경사") != render("하강"), "Hangul syllables render identically (boxes?)"
    assert render("경") != render(" ")


# ------------------------------------------------------------------ the .ts and .qm

def test_every_string_in_the_ts_is_translated():
    todo = ts_tool.unfinished(TS)
    assert not todo, (f"{len(todo)} untranslated string(s), e.g. {todo[:5]}; "
                      "run: python tools/ts_tool.py todo, then fill")


def test_ts_covers_every_string_in_the_code(tmp_path):
    """lupdate over gui/ into a copy of the .ts finds nothing new (run `make translations` if it does)."""
    copy = tmp_path / "gradient_lab_ko.ts"
    shutil.copy(TS, copy)
    sources = sorted(str(p) for p in (ROOT / "gui").rglob("*.py"))
    out = subprocess.run([str(LUPDATE), *sources, "-ts", str(copy)], capture_output=True, text=True,
                         timeout=120)
    assert out.returncode == 0, out.stderr
    todo = ts_tool.unfinished(copy)
    assert not todo, f"{len(todo)} string(s) in gui/ are not in the .ts or untranslated, e.g. {todo[:5]}"


def test_qm_is_compiled_from_the_current_ts(qapp):
    translator = QTranslator()
    assert translator.load(str(QM))
    stale = [(ctx, src) for (ctx, src), ko in ts_tool.translations(TS).items()
             if translator.translate(ctx, src) != ko]
    assert not stale, f"{len(stale)} translation(s) missing from the .qm (run make translations): {stale[:3]}"


def test_core_strings_list_every_registry_name_and_formula():
    assert gen_core_strings.main(["--check"]) == 0, "run: python tools/gen_core_strings.py"
    from gui.core_strings import CORE_STRINGS, core_registry_strings

    names = core_registry_strings()
    assert {"ReLU", "Sigmoid", "Mean squared error", "SGD", "Adam", "Step decay"} <= set(names)
    assert set(names) <= set(CORE_STRINGS)


def test_core_names_translate_in_korean(korean):
    from gui.i18n import tr_core

    assert tr_core("Sigmoid") == "시그모이드"
    assert tr_core("Mean squared error") == "평균 제곱 오차"
    assert tr_core("Cross-entropy") == "교차 엔트로피 오차"
    assert tr_core("Momentum") == "모멘텀"
    assert tr_core("ReLU") == "ReLU"
    known = ts_tool.translations(TS)
    from gui.core_strings import core_registry_strings

    missing = [s for s in core_registry_strings() if ("core", s) not in known]
    assert not missing, f"core names without a Korean entry: {missing}"



def test_hidden_layer_errors_speak_the_ui_language(korean):
    """A bad "Hidden layers" entry is explained in Korean when the app runs in Korean."""
    from gui.training.training_controls import parse_hidden

    assert parse_hidden("512, 256") == (512, 256)
    for text, korean_words in [("", "은닉층 크기"), ("12a", "정수가 아닙니다"), ("0", "1부터 4096"),
                               (",".join(["8"] * 9), "8개까지")]:
        with pytest.raises(ValueError) as info:
            parse_hidden(text)
        assert korean_words in str(info.value), (text, str(info.value))


@pytest.mark.parametrize("cause", ["loss_jumped", "gradient_infinite", "loss_nan", "loss_infinite"])
def test_a_divergence_is_explained_in_korean(korean, qtbot, cause):
    """The Training tab builds the divergence sentence from the run's parts, in the UI language."""
    from core.training.training import RunEnd
    from gui.training.training_panel import TrainingPanel

    panel = TrainingPanel()
    qtbot.addWidget(panel)
    end = RunEnd("diverged", "diverged: (English from core)", 41, 1.0, cause=cause, loss=3.2e9, first_loss=2.3,
                 lr=50.0, kept=41)
    text = panel.divergence_text(end)
    assert "반복 42에서 발산" in text and "학습률 50" in text and "반복 41의 가중치" in text
    assert "English" not in text and "diverged" not in text
    panel.shutdown()


def test_a_bad_logit_list_is_explained_in_korean(korean, qtbot):
    from gui.concepts.softmax_view import SoftmaxView

    view = SoftmaxView()
    qtbot.addWidget(view)
    for text, words in [("1, abc", "2번째 항목"), ("1", "2개 이상")]:
        view.logits_edit.setText(text)
        shown = view.error_label.text()
        assert words in shown and "item" not in shown and "need" not in shown, shown


def test_a_path_that_did_not_move_is_explained_in_korean(korean, qtbot):
    """The PCA plane of a path whose weights stayed put fails in the worker; the tab says why in Korean."""
    from core.nn.network import MLP
    from gui.landscape.landscape_panel import LandscapePanel

    net = MLP([784, 8, 10], seed=0)
    panel = LandscapePanel()
    qtbot.addWidget(panel)
    panel.set_model(net, "test", [net.params] * 5, [1, 2, 3, 4, 5], 5)
    c = panel.controls
    c.kind.setCurrentIndex(c.kind.findData("pca"))
    c.resolution.setValue(11)
    c.samples.setValue(100)
    assert panel.compute()
    qtbot.waitUntil(lambda: not panel.is_computing(), timeout=30_000)
    text = panel.view.status.text()
    assert "두 방향" in text and "spread" not in text, text
    panel.shutdown()

#: English term -> the Korean edition's term; a translation of a source with the
#: term must use it (longest terms are matched first and then blanked out)
GLOSSARY = {
    "gradient lab": "Gradient Lab",
    "weighted sum": "가중합",
    "gradient descent": "경사 하강법",
    "learning rate": "학습률",
    "loss function": "손실 함수",
    "activation function": "활성화 함수",
    "vanishing gradient": "기울기 소실",
    "gradient vanishing": "기울기 소실",
    "mini-batch": "미니배치",
    "batch size": "배치 크기",
    "backpropagation": "오차역전파법",
    "overfitting": "오버피팅",
    "cross-entropy": "교차 엔트로피",
    "mean squared error": "평균 제곱 오차",
    "mean absolute error": "평균 절대 오차",
    "accuracy": "정확도",
    "epoch": "에폭",
    "weight": "가중치",
    "bias": "편향",
    "parameter": "매개변수",
    "gradient": "기울기",
    "softmax": "소프트맥스",
}


def test_translations_use_the_books_terms():
    bad = []
    for (context, source), ko in ts_tool.translations(TS).items():
        if context == "core" and not re.search(r"[a-z]{3} [a-z]{3}", source.lower()):
            continue  # formulas and one-word names
        text = re.sub(r"<[^>]+>", " ", source).lower()
        if "=" in text and len(text) < 60:
            continue  # a formula line
        for term in sorted(GLOSSARY, key=len, reverse=True):
            if re.search(rf"\b{re.escape(term)}", text):
                if GLOSSARY[term] not in ko:
                    bad.append((term, source[:60], ko[:60]))
                text = re.sub(rf"\b{re.escape(term)}\w*", " ", text)
    assert not bad, f"{len(bad)} translation(s) do not use the book's term: {bad[:5]}"


# ------------------------------------------------------------------ the window in Korean

def scene_translations() -> set:
    """The Korean titles and notes the shipped scenes carry (content as data, not in the .ts)."""
    from core.paths import resource
    from core.state.scene import read_scene

    texts = set()
    for path in resource("scenes").glob("*.glab.json"):
        scene = read_scene(path)
        assert HANGUL.search(scene.title_in("ko")), f"{path.name} has no Korean title"
        texts |= {scene.title_in("ko"), scene.notes_in("ko")}
    return texts


def test_every_visible_string_is_korean(korean_window):
    known = set(ts_tool.translations(TS).values()) | scene_translations()
    untranslated = sorted({(where, text) for where, text in visible_strings(korean_window)
                           if _needs_translation(text) and text not in known and _plain(text) not in known})
    assert not untranslated, (f"{len(untranslated)} visible string(s) have no Korean translation "
                              f"(make translations; tools/ts_tool.py todo/fill): {untranslated[:8]}")


def test_the_walk_finds_the_window_strings(korean_window):
    """The walk itself sees menus, tabs, tooltips and the status bar (so the test above can fail)."""
    texts = {text for _, text in visible_strings(korean_window)}
    assert "경사 하강법 실험실" in texts        # a tab
    assert "도움말(&H)" in texts               # a menu
    assert "준비됨" in texts                   # the status bar
    assert any("단축키" in t for t in texts)    # an action
    assert _needs_translation("Learning rate") and not _needs_translation("학습률")
    assert not _needs_translation("ReLU") and not _needs_translation("0.25ⁿ")
    assert not _needs_translation("h(x) = max(0, x)") and _needs_translation("Step one batch")


def test_window_fits_1280x800_in_both_languages(qtbot, korean_window):
    from gui.main_window import MainWindow

    hint = korean_window.minimumSizeHint()
    assert hint.width() <= 1280 and hint.height() <= 800, f"Korean window needs {hint}"
    app_mod.install_translators(QCoreApplication.instance(), "en")
    english = MainWindow(language="en")
    qtbot.addWidget(english)
    hint = english.minimumSizeHint()
    english.close()
    assert hint.width() <= 1280 and hint.height() <= 800, f"English window needs {hint}"


def test_qt_standard_buttons_are_korean_too(korean):
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "취소"
    assert HANGUL.search(QCoreApplication.translate("QPlatformTheme", "Close"))


def test_language_follows_the_system_locale(monkeypatch):
    from PySide6.QtCore import QLocale

    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale(QLocale.Language.Korean)))
    assert app_mod.system_language() == "ko"
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale(QLocale.Language.German)))
    assert app_mod.system_language() == "en"


def test_switching_back_to_english_removes_the_translators(qapp):
    assert app_mod.install_translators(qapp, "ko")
    assert QCoreApplication.translate("MainWindow", "Ready") == "준비됨"
    assert app_mod.install_translators(qapp, "en") == []
    assert QCoreApplication.translate("MainWindow", "Ready") == "Ready"


def test_korean_start_from_the_command_line(tmp_path):
    """`main.py --lang ko` starts, shows Korean and quits cleanly."""
    import os

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "GRADIENT_LAB_SETTINGS_DIR": str(tmp_path)}
    out = subprocess.run([sys.executable, "main.py", "--lang", "ko", "--quit-after", "1"], cwd=ROOT, env=env,
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert "Traceback" not in out.stderr


def test_the_sample_data_set_name_from_core_is_translated():
    """'MNIST sample' comes from core/data/datasets.py; the Training tab shows it through tr_core."""
    import sys as _sys
    from pathlib import Path as _Path

    root = _Path(__file__).resolve().parents[2]
    _sys.path.insert(0, str(root / "tools"))
    import ts_tool

    from core.data.datasets import load_sample

    assert ts_tool.translations().get(("core", load_sample().name)) == "MNIST 표본"
    assert "tr_core(dataset.name)" in (root / "gui" / "training" / "training_data.py").read_text(encoding="utf-8")
