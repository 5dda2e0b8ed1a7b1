"""LrInput: one learning-rate widget and its one validator (typed text judged as a whole)."""
import pytest
from PySide6.QtCore import Qt

from gui.widgets.lr_input import RATE_RANGES, LrInput, RateSpinBox


@pytest.fixture
def lr_input(qtbot):
    widget = LrInput("test.lr", "landscape", value=1.0, slider=True, decimals=4)
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    widget.close()


def type_into(qtbot, widget, text):
    box = widget.box
    box.setFocus()
    box.lineEdit().selectAll()
    qtbot.keyClicks(box.lineEdit(), text)
    qtbot.keyClick(box.lineEdit(), Qt.Key.Key_Return)


def test_the_range_comes_from_the_one_table(lr_input):
    assert lr_input.range() == RATE_RANGES["landscape"]
    assert lr_input.box.objectName() == "test.lr"
    assert isinstance(lr_input.box, RateSpinBox)


@pytest.mark.parametrize("use", sorted(RATE_RANGES))
def test_every_use_has_a_positive_range(qapp, use):
    lo, hi = RATE_RANGES[use]
    assert 0 < lo < hi


def test_a_typed_rate_in_range_is_used(qtbot, lr_input):
    with qtbot.waitSignal(lr_input.sigChanged) as blocker:
        type_into(qtbot, lr_input, "2e-3")
    assert blocker.args == [pytest.approx(0.002)]
    assert lr_input.value() == pytest.approx(0.002)
    assert lr_input.message.kind == ""


@pytest.mark.parametrize("text,why", [("-1", "greater than 0"), ("0", "greater than 0"), ("1e6", "above 1000"),
                                      ("nan", "NaN"), ("abc", "not a number"), ("1e-9", "below 0.0001")])
def test_a_bad_rate_is_refused_with_a_reason_and_the_rate_kept(qtbot, lr_input, text, why):
    changed = []
    lr_input.sigChanged.connect(changed.append)
    with qtbot.waitSignal(lr_input.sigRefused) as blocker:
        type_into(qtbot, lr_input, text)
    assert why in blocker.args[0] and "Kept 1" in blocker.args[0]
    assert lr_input.value() == 1.0 and changed == []
    assert lr_input.message.kind == "error" and why in lr_input.message.text()


def test_the_slider_follows_the_box_and_sets_it(qtbot, lr_input):
    lr_input.set_value(0.01)
    assert lr_input.slider.value() == -40  # log10(0.01) * 20
    lr_input.slider.setValue(20)           # 10 ** 1
    assert lr_input.value() == pytest.approx(10.0)


def test_set_value_silently_and_clamped(qtbot, lr_input):
    changed = []
    lr_input.sigChanged.connect(changed.append)
    lr_input.set_value(0.5, emit=False)
    assert lr_input.value() == 0.5 and changed == [] and lr_input.slider.value() == -6
    lr_input.set_value(5000.0)
    assert lr_input.value() == 1000.0 and changed == [1000.0]


def test_a_refusal_message_goes_away_with_the_next_good_rate(qtbot, lr_input):
    type_into(qtbot, lr_input, "-5")
    assert lr_input.message.isVisible()
    type_into(qtbot, lr_input, "0.3")
    assert lr_input.message.isHidden() and lr_input.value() == pytest.approx(0.3)
