"""The learner sets each schedule's parameters; they are DescentState fields, used by the runs,
kept by scenes and matched by ``descend``'s options."""
import json

import pytest

import main
from core.descent.from_state import SCHEDULE_FIELDS, runs_from_state, schedule_from_state
from core.state.schema import StateError, from_dict, to_dict
from core.state.tab_states import DescentState


def _select(combo, key):
    combo.setCurrentIndex(combo.findData(key))


def test_only_the_chosen_schedules_parameters_are_shown(panel):
    c = panel.controls
    for name, pairs in SCHEDULE_FIELDS.items():
        _select(c.schedule, name)
        shown = {key for key, (_lab, box) in c.schedule_params.items() if box.isVisibleTo(panel)}
        assert shown == {key for _arg, key in pairs}, name


def test_step_decay_parameters_set_the_rate_the_runs_use(panel):
    c = panel.controls
    _select(c.schedule, "step")
    c.schedule_params["schedule_step"][1].setValue(3)
    c.schedule_params["schedule_factor"][1].setValue(0.25)
    lr = panel.run.lr
    for _ in range(3):
        panel.step()
    # after 3 steps the step decay with s = 3 has multiplied the rate by γ = 0.25 once
    assert panel.run.optimizer.current_lr == pytest.approx(lr * 0.25, rel=1e-15)
    panel.redraw_now()
    assert "s = 3" in c.schedule_info.text() and "γ = 0.25" in c.schedule_info.text()
    state = panel.tab_state()
    assert (state.schedule, state.schedule_step, state.schedule_factor) == ("step", 3, 0.25)


def test_a_scene_with_schedule_parameters_opens_to_the_same_rates(panel):
    state, _ = from_dict(DescentState, {"surface": "bowl", "schedule": "exponential", "schedule_gamma": 0.9,
                                        "steps": 4}, "descent")
    panel.apply_state(state)
    assert panel.controls.schedule_params["schedule_gamma"][1].value() == pytest.approx(0.9)
    assert panel.run.optimizer.current_lr == pytest.approx(panel.run.lr * 0.9 ** 4, rel=1e-12)
    again = panel.tab_state()
    assert again.schedule_gamma == pytest.approx(0.9) and to_dict(again)["schedule"] == "exponential"
    # the core builds the same runs from the state
    run = runs_from_state(state)[0]
    run.run(4)
    assert run.point == pytest.approx(panel.run.point, abs=0)


def test_schedule_parameters_are_checked():
    with pytest.raises(StateError):
        from_dict(DescentState, {"schedule_factor": 0.0}, "descent")
    with pytest.raises(StateError):
        from_dict(DescentState, {"schedule_period": 0}, "descent")
    state, _ = from_dict(DescentState, {"schedule": "cosine", "schedule_period": 10}, "descent")
    sched = schedule_from_state(state)
    assert sched(1.0, 10) == pytest.approx(0.0, abs=1e-15) and sched(1.0, 5) == pytest.approx(0.5)


def test_descend_has_the_same_options_and_json_shows_the_rate_in_use(capsys):
    code = main.main(["descend", "--schedule", "inverse_time", "--schedule-k", "0.5", "--steps", "4",
                      "--every", "1", "--json"])
    out = json.loads(capsys.readouterr().out)
    assert code == 0 and out["schedule_parameters"] == {"k": 0.5}
    lr = out["lr"]
    assert [row["lr"] for row in out["trajectory"]] == pytest.approx([lr / (1 + 0.5 * k) for k in range(5)])
    with pytest.raises(SystemExit):
        main.main(["descend", "--schedule-k", "-1"])
