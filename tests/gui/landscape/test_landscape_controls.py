"""The Landscape tab's settings column and its actions: names, shortcuts, what is enabled when."""
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QWidget

from gui.landscape.landscape_controls import SPANS, LandscapeControls, make_actions

SHORTCUTS = {"step": "Space", "play": "P", "reset": "R", "replay_back": "[", "replay_step": "]",
             "replay_play": "Shift+P", "compute": "Ctrl+Return", "cancel": "Esc"}


@pytest.fixture
def column(qtbot):
    owner = QWidget()
    actions = make_actions(owner)
    controls = LandscapeControls(actions, owner)
    qtbot.addWidget(owner)
    owner.show()
    yield owner, actions, controls
    owner.close()


def test_every_action_has_its_shortcut_a_tooltip_and_a_button(column):
    owner, actions, controls = column
    assert set(actions) == set(SHORTCUTS)
    for name, key in SHORTCUTS.items():
        action = actions[name]
        assert action.shortcut() == QKeySequence(key), name
        assert action.shortcutContext() == Qt.ShortcutContext.WidgetWithChildrenShortcut
        assert action.toolTip() and action.objectName() == f"landscape.action_{name}"
        assert action in owner.actions()
        assert controls.buttons[name].defaultAction() is action
    assert actions["play"].isCheckable() and actions["replay_play"].isCheckable()
    assert not actions["step"].isCheckable()


def test_kept_controls_have_dotted_names_and_tooltips(column):
    _owner, _actions, c = column
    for w in (c.kind, c.resolution, c.samples, c.seed, c.show_path, c.optimizer, c.lr.box, *c.spans.values()):
        assert w.objectName().startswith("landscape.") and w.toolTip(), w.objectName()
    assert {k: s.value() for k, s in c.spans.items()} == SPANS


def test_only_the_kinds_own_reach_and_seed_are_shown(column):
    _owner, _actions, c = column
    for kind in ("pca", "random", "weights"):
        c.show_kind(kind)
        assert [k for k, s in c.spans.items() if s.isVisible()] == [kind]
        assert c.seed.isVisible() == (kind == "random")


@pytest.mark.parametrize("kind,shown,has_path,stale,descent,replay", [
    ("weights", None, False, False, False, False),      # nothing computed yet
    ("weights", "weights", False, False, True, False),  # a two-weight slice is drawn
    ("weights", "weights", False, True, False, False),  # ... of an earlier model
    ("pca", "pca", True, False, False, True),           # a plane with its path
    ("random", "random", False, False, False, False),   # a plane without a path
])
def test_actions_follow_what_is_drawn(column, kind, shown, has_path, stale, descent, replay):
    _owner, actions, c = column
    c.show_boxes(kind, shown, has_path, stale)
    assert c.weights_box.isVisible() == (kind == "weights") and c.path_box.isVisible() == (kind != "weights")
    assert all(actions[n].isEnabled() == descent for n in ("step", "play", "reset"))
    assert all(actions[n].isEnabled() == replay for n in ("replay_back", "replay_step", "replay_play"))


def test_the_model_box_says_what_is_used(column):
    _owner, _actions, c = column
    c.show_model(None, "", 0)
    assert "No model" in c.model_label.text() and "No training path" in c.path_label.text()
    c.show_model([784, 32, 10], "test net", 12)
    assert c.model_label.text() == "test net (784-32-10)" and "12 weight snapshots" in c.path_label.text()
    c.show_model([784, 32, 10], "784-32-10 from a file", 0)
    assert c.model_label.text() == "784-32-10 from a file" and "No training path" in c.path_label.text()
