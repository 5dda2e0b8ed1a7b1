"""The help texts are data files (resources/help/*.json), read and checked; English fills gaps."""
import json
import re

import pytest

from gui import help_panel
from gui.help_panel import HELP_DIR, HelpFileError, HelpPanel, load_topics, read_help_file

HANGUL = re.compile(r"[\uac00-\ud7a3]")
TABS = ("descent", "training", "draw", "concepts", "landscape")


def write(folder, code, topics, **top):
    doc = {"format": "gradient-lab-help", "version": 1, "language": code, "topics": topics, **top}
    (folder / f"{code}.json").write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")


def topic(title, *paragraphs, formula="x"):
    return {"title": title, "paragraphs": list(paragraphs) or ["text"], "formula": formula}


def test_the_shipped_files_cover_the_same_topics_and_every_tab():
    en, ko = read_help_file(HELP_DIR / "en.json"), read_help_file(HELP_DIR / "ko.json")
    assert list(en) == list(ko)
    assert set(TABS) <= set(en)
    for key in en:
        assert not HANGUL.search(en[key][0] + "".join(en[key][1])), key
        assert HANGUL.search(ko[key][0]) and all(HANGUL.search(p) for p in ko[key][1]), key
        assert len(ko[key][1]) == len(en[key][1]), key


def test_the_korean_file_replaces_english_topic_by_topic(tmp_path):
    write(tmp_path, "en", {"a": topic("A"), "b": topic("B")})
    write(tmp_path, "ko", {"a": topic("가")})
    topics, why = load_topics("ko", tmp_path)
    assert why == "" and topics["a"][0] == "가" and topics["b"][0] == "B"
    assert load_topics("en", tmp_path)[0]["a"][0] == "A"


@pytest.mark.parametrize("content,words", [
    ("{not json", "Expecting"),
    (json.dumps({"format": "other", "version": 1, "topics": {}}), "not a gradient-lab-help file"),
    (json.dumps({"format": "gradient-lab-help", "version": 2, "topics": {"a": topic("A")}}), "version 1"),
    (json.dumps({"format": "gradient-lab-help", "version": 1, "topics": {}}), "no topics"),
    (json.dumps({"format": "gradient-lab-help", "version": 1, "topics": {"a": {"title": "A"}}}),
     "missing formula, paragraphs"),
    (json.dumps({"format": "gradient-lab-help", "version": 1,
                 "topics": {"a": {**topic("A"), "colour": "red"}}}), "unknown colour"),
    (json.dumps({"format": "gradient-lab-help", "version": 1,
                 "topics": {"a": {**topic("A"), "paragraphs": "one"}}}), "paragraphs must be a list"),
    (json.dumps({"format": "gradient-lab-help", "version": 1,
                 "topics": {"a": {**topic(""), "paragraphs": ["x"]}}}), "a title is needed"),
])
def test_a_bad_file_is_refused_in_one_line(tmp_path, content, words):
    path = tmp_path / "ko.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(HelpFileError) as info:
        read_help_file(path)
    assert words in str(info.value) and "ko.json" in str(info.value) and "\n" not in str(info.value)


def test_an_oversized_or_missing_file_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(help_panel, "MAX_HELP_BYTES", 100)
    write(tmp_path, "en", {"a": topic("A", "x" * 200)})
    with pytest.raises(HelpFileError, match="larger than"):
        read_help_file(tmp_path / "en.json")
    with pytest.raises(HelpFileError, match="nope.json"):
        read_help_file(tmp_path / "nope.json")


def test_a_damaged_translation_falls_back_to_english_with_one_line(tmp_path, capsys):
    write(tmp_path, "en", {"a": topic("A")})
    (tmp_path / "ko.json").write_text("{", encoding="utf-8")
    topics, why = load_topics("ko", tmp_path)
    assert topics["a"][0] == "A" and why == ""
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "ko.json" in err


def test_without_any_readable_file_the_panel_says_so(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(help_panel, "HELP_DIR", tmp_path)
    monkeypatch.setattr(help_panel, "load_topics", lambda lang, folder=tmp_path: load_topics(lang, folder))
    panel = HelpPanel()
    qtbot.addWidget(panel)
    assert panel.topics() == ["descent"]
    assert "could not be read" in panel.text() and "en.json" in panel.text()


def test_an_edited_file_changes_what_the_panel_shows(qtbot, tmp_path, monkeypatch):
    en = json.loads((HELP_DIR / "en.json").read_text(encoding="utf-8"))
    en["topics"]["descent"]["title"] = "Rolling downhill"
    (tmp_path / "en.json").write_text(json.dumps(en), encoding="utf-8")
    monkeypatch.setattr(help_panel, "load_topics", lambda lang, folder=tmp_path: load_topics(lang, folder))
    panel = HelpPanel()
    qtbot.addWidget(panel)
    panel.show_topic("descent")
    assert panel.text().startswith("Rolling downhill")


def test_the_vanishing_gradient_bound_is_stated_for_the_activations_only():
    """0.25ⁿ bounds the product of the sigmoid derivatives, not the gradient (the weights multiply too)."""
    text = (HELP_DIR / "en.json").read_text(encoding="utf-8")
    assert "0.25ⁿ of the gradient is left" not in text
    assert "0.25ⁿ bounds the activations' share, not the whole gradient" in text
    assert "활성화 함수 몫의 상한" in (HELP_DIR / "ko.json").read_text(encoding="utf-8")
