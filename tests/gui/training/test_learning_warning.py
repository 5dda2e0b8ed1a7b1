"""A finished run that stopped learning says so in the Training panel (not "Finished" in green)."""
from tests.gui.training.test_training_panel import panel, run_to_end  # noqa: F401 (the fixture)


def test_dead_relus_are_reported_in_the_message(qtbot, panel):  # noqa: F811
    c = panel.controls
    c.epochs.setValue(3)
    c.optimizer.setCurrentIndex(c.optimizer.findData("sgd"))
    c.schedule.setCurrentIndex(c.schedule.findData("constant"))
    c.lr.setValue(2.0)   # throws every ReLU off without a number overflowing (9.5 % test accuracy)
    end = run_to_end(qtbot, panel)
    assert end.reason == "finished" and end.warning == "not_learning"
    text = panel.message.text()
    assert "Not learning" in text and "ReLUs are dead" in text
    assert panel.message_kind == "error"


def test_one_iteration_is_singular(qtbot, panel):  # noqa: F811
    from core.training.training import RunEnd

    text = panel._end_text(RunEnd("stopped", "", 1, 0.1), None, False)
    assert "after 1 iteration." in text and "iterations" not in text
