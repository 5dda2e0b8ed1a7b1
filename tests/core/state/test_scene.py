"""Scene files: the documented keys, defaults for missing keys, one warning for unknown keys,
round trips of every tab's state, and one clear refusal for every bad file."""
import json
import os

import pytest

from core.state.app_state import AppState
from core.state.scene import (MAX_BYTES, Scene, SceneError, parse_scene, read_scene, scene_dict, scene_text,
                              write_scene)
from core.state.tab_states import TAB_STATES, DescentState, RacerState
from core.paths import resource

EXAMPLE = {"format": "gradient-lab-scene", "version": 1, "tab": "descent",
           "descent": {"surface": "book", "start": [-7, 2], "optimizer": "sgd", "lr": 0.95,
                       "schedule": "constant", "steps": 30, "racers": [{"optimizer": "adam", "lr": 0.3}]}}


def test_the_issue_example_reads_as_written():
    scene = parse_scene(json.dumps(EXAMPLE))
    d = scene.states["descent"]
    assert (d.surface, d.start, d.optimizer, d.lr, d.schedule, d.steps) == ("book", (-7.0, 2.0), "sgd", 0.95,
                                                                            "constant", 30)
    assert d.racers == [RacerState("adam", 0.3)]
    assert scene.tab == "descent" and scene.warnings == []
    # missing keys take their defaults, other tabs too
    assert d.batch == DescentState().batch and scene.states["training"] == TAB_STATES["training"]()


def test_unknown_keys_are_named_in_one_line_and_ignored():
    data = {**EXAMPLE, "colour": "red", "descent": {**EXAMPLE["descent"], "wobble": 3}}
    scene = parse_scene(json.dumps(data))
    assert scene.warnings == ["colour", "descent.wobble"]
    line = scene.warning_line()
    assert "\n" not in line and "colour" in line and "descent.wobble" in line
    assert scene.states["descent"].lr == 0.95


def test_a_scene_written_by_the_app_holds_every_key_and_reads_back_equal(tmp_path):
    state = AppState()
    state.tab = "training"
    state.update("descent", surface="rosenbrock", start=(-1.5, 2.0), optimizer="adam", lr=0.05, steps=200,
                 racers=[RacerState("sgd", 0.001)], quiver=True)
    state.update("training", hidden=[64, 32], lr=0.01, epochs=3, augment=False)
    state.update("concepts", view="softmax", logits="1, 2, 3")
    path = write_scene(tmp_path / "a.glab.json", state.to_scene())
    written = json.loads(path.read_text(encoding="utf-8"))
    for tab, cls in TAB_STATES.items():
        assert set(written[tab]) == {f for f in cls.__dataclass_fields__}, tab
    back = read_scene(path)
    assert back.tab == "training" and back.states == state.tabs and back.warnings == []


@pytest.mark.parametrize("text, words", [
    ("", "not valid JSON"),
    ("{\"format\": \"gradient-lab-scene\", \"version\": 1,", "not valid JSON"),
    ("[1, 2]", "JSON object"),
    ("{\"format\": \"something-else\", \"version\": 1}", "not a Gradient Lab scene"),
    ("{\"format\": \"gradient-lab-scene\", \"version\": 2}", "version 2 is not supported"),
    ("{\"format\": \"gradient-lab-scene\", \"version\": \"1\"}", "whole number"),
    ("{\"format\": \"gradient-lab-scene\", \"version\": 1, \"tab\": \"kitchen\"}", "tab"),
    ("{\"format\": \"gradient-lab-scene\", \"version\": 1, \"descent\": {\"lr\": 1e400}}", "descent.lr"),
    ("{\"format\": \"gradient-lab-scene\", \"version\": 1, \"descent\": {\"lr\": NaN}}", "NaN"),
    ("{\"format\": \"gradient-lab-scene\", \"version\": 1, \"descent\": {\"optimizer\": \"__import__('os')\"}}",
     "descent.optimizer"),
    ("{\"format\": \"gradient-lab-scene\", \"version\": 1, \"descent\": {\"steps\": 1e26}}", "descent.steps"),
    ("{\"format\": \"gradient-lab-scene\", \"version\": 1, \"descent\": {\"start\": [1]}}", "descent.start"),
    ("{\"format\": \"gradient-lab-scene\", \"version\": 1, \"descent\": {\"racers\": [{}, {}, {}, {}]}}",
     "descent.racers"),
    ("{\"format\": \"gradient-lab-scene\", \"version\": 1, \"model\": {\"path\": \"m.npz\", \"sha256\": \"xyz\"}}",
     "sha256"),
    ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
])
def test_bad_scenes_get_one_line(text, words):
    with pytest.raises(SceneError) as info:
        parse_scene(text, "x.glab.json")
    message = str(info.value)
    assert words in message and "\n" not in message and message.startswith("x.glab.json")
    assert len(message) < 400


def test_oversized_truncated_binary_and_special_files_are_refused(tmp_path):
    big = tmp_path / "big.glab.json"
    big.write_text(json.dumps({**EXAMPLE, "notes": "x" * 10}) + " " * MAX_BYTES)
    with pytest.raises(SceneError, match="larger than a scene may be"):
        read_scene(big)
    cut = tmp_path / "cut.glab.json"
    cut.write_text(json.dumps(EXAMPLE)[:-20])
    with pytest.raises(SceneError, match="not valid JSON"):
        read_scene(cut)
    binary = tmp_path / "bin.glab.json"
    binary.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(SceneError, match="UTF-8"):
        read_scene(binary)
    with pytest.raises(SceneError, match="regular file"):
        read_scene(tmp_path)
    fifo = tmp_path / "pipe.glab.json"
    os.mkfifo(fifo)
    with pytest.raises(SceneError, match="regular file"):
        read_scene(fifo)  # must not hang
    with pytest.raises(SceneError, match="cannot open"):
        read_scene(tmp_path / "missing.glab.json")


def test_every_shipped_book_scene_reads_without_warnings():
    files = sorted(resource("scenes").glob("*.glab.json"))
    assert len(files) >= 6
    tabs = set()
    for path in files:
        scene = read_scene(path)
        assert scene.warnings == [], path.name
        assert scene.title, path.name
        tabs.add(scene.tab)
    assert tabs == set(TAB_STATES)  # at least one per tab
    book = read_scene(resource("scenes", "book-optimizers.glab.json")).states["descent"]
    assert [(book.optimizer, book.lr)] + [(r.optimizer, r.lr) for r in book.racers] == [
        ("sgd", 0.95), ("momentum", 0.1), ("adagrad", 1.5), ("adam", 0.3)]
    assert book.start == (-7.0, 2.0) and book.surface == "book"


def test_scene_dict_order_starts_with_format_and_version():
    keys = list(scene_dict(Scene()))
    assert keys[:3] == ["format", "version", "tab"]
    assert scene_text(Scene()).endswith("\n")
