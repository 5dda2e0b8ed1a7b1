import json
import subprocess
import sys
from pathlib import Path

import pytest

import main
from core.descent.descent_run import DescentRun
from core.descent.neuron_surface import NeuronSurface
from core.descent.surfaces import make_surface
from core.nn.optimizers import OPTIMIZERS
from core.nn.schedules import SCHEDULES

ROOT = Path(__file__).resolve().parents[2]


def _run(capsys, *argv):
    code = main.main(["descend", *argv])
    out = capsys.readouterr()
    return code, out.out, out.err


def _usage_error(capsys, *argv):
    with pytest.raises(SystemExit) as exc:
        main.main(["descend", *argv])
    err = capsys.readouterr().err
    assert exc.value.code == 2
    assert err.count("\n") == 1 and "error" in err, err
    return err


def test_course_example_table_ends_near_the_minimum(capsys):
    code, out, _ = _run(capsys, "--surface", "bowl", "--start", "100,-10", "--optimizer", "sgd",
                        "--lr", "0.01", "--steps", "1000", "--every", "100")
    assert code == 0
    lines = out.splitlines()
    table = [ln.split() for ln in lines if ln.strip() and ln.split()[0].isdigit()]
    assert [int(r[0]) for r in table] == list(range(0, 1001, 100))
    assert float(table[0][1]) == 100.0 and float(table[0][2]) == -10.0
    assert lines[-1].startswith("final: step 1000  x = 2.00000016  y = 3.00000000")


def test_json_matches_the_core_run(capsys):
    code, out, _ = _run(capsys, "--surface", "himmelblau", "--optimizer", "adam", "--lr", "0.05",
                        "--steps", "120", "--every", "40", "--json")
    assert code == 0
    data = json.loads(out)
    assert [r["step"] for r in data["trajectory"]] == [0, 40, 80, 120]
    core = DescentRun(make_surface("himmelblau"), "adam", lr=0.05)
    core.run(120)
    assert (data["final"]["x"], data["final"]["y"]) == core.point
    assert data["final"]["loss"] == core.loss
    assert data["axes"] == ["x", "y"] and data["start"] == list(make_surface("himmelblau").start)


def test_default_every_gives_about_ten_rows(capsys):
    _, out, _ = _run(capsys, "--steps", "50", "--json")
    assert [r["step"] for r in json.loads(out)["trajectory"]] == list(range(0, 51, 5))


def test_divergence_is_reported_and_stops(capsys):
    code, out, _ = _run(capsys, "--lr", "0.3", "--steps", "1000", "--json")
    data = json.loads(out)
    assert code == 0
    assert data["final"]["status"] == "diverged" and data["final"]["step"] < 100
    assert "learning rate is too large" in data["final"]["reason"]
    code, out, _ = _run(capsys, "--lr", "0.3", "--steps", "1000")
    assert "diverged: the learning rate is too large for this surface" in out.splitlines()[-1]


def test_neuron_surface_with_mini_batches_is_repeatable(capsys):
    args = ("--surface", "neuron", "--preset", "classes", "--batch-size", "2", "--seed", "4", "--steps", "30",
            "--json")
    first = json.loads(_run(capsys, *args)[1])
    second = json.loads(_run(capsys, *args)[1])
    assert first == second and first["axes"] == ["w", "b"]
    core = DescentRun(NeuronSurface(preset="classes"), "sgd", batch_size=2, seed=4)
    core.run(30)
    assert (first["final"]["x"], first["final"]["y"]) == core.point
    full = json.loads(_run(capsys, "--surface", "neuron", "--preset", "classes", "--steps", "30", "--json")[1])
    assert full["final"]["x"] != first["final"]["x"]


@pytest.mark.parametrize("argv", [
    ("--surface", "nope"),
    ("--optimizer", "sgdd"),
    ("--schedule", "never"),
    ("--start", "1,a"),
    ("--start", "1"),
    ("--start", "nan,1"),
    ("--lr", "0"),
    ("--lr", "-0.1"),
    ("--lr", "nan"),
    ("--lr", "11"),
    ("--lr", "fast"),
    ("--steps", "0"),
    ("--steps", "1.5"),
    ("--every", "-3"),
    ("--surface", "neuron", "--activation", "softplus"),
    ("--surface", "neuron", "--loss", "cross_entropy"),
    ("--batch-size", "-1"),
    ("--morph", "2"),
])
def test_bad_input_gets_one_line_and_exit_code_2(capsys, argv):
    _usage_error(capsys, *argv)


def test_a_combination_that_makes_no_sense_is_refused(capsys):
    code, out, err = _run(capsys, "--surface", "neuron", "--activation", "sigmoid", "--loss", "binary_cross_entropy")
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "targets between 0 and 1" in err


def test_main_py_runs_descend_in_a_subprocess():
    out = subprocess.run([sys.executable, "main.py", "descend", "--steps", "3", "--every", "1"], cwd=ROOT,
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.splitlines()[-1].startswith("final: step 3")
    bad = subprocess.run([sys.executable, "main.py", "descend", "--surface", "nope"], cwd=ROOT,
                         capture_output=True, text=True, timeout=120)
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1


# -- --scene: the scene's Descent-lab setting, headless ----------------------------------
SCENE = {"format": "gradient-lab-scene", "version": 1, "tab": "descent",
         "descent": {"surface": "book", "start": [-7, 2], "optimizer": "sgd", "lr": 0.95,
                     "schedule": "constant", "steps": 30, "racers": [{"optimizer": "adam", "lr": 0.3}]}}


def test_descend_scene_equals_the_plain_call(capsys, tmp_path):
    path = tmp_path / "ex.glab.json"
    path.write_text(json.dumps(SCENE), encoding="utf-8")
    code, out, err = _run(capsys, "--scene", str(path), "--json")
    assert code == 0 and err == ""
    scene_run = json.loads(out)
    code, out, _ = _run(capsys, "--surface", "book", "--start=-7,2", "--optimizer", "sgd", "--lr", "0.95",
                        "--steps", "30", "--json")
    plain = json.loads(out)
    assert scene_run["trajectory"] == plain["trajectory"] and scene_run["final"] == plain["final"]
    assert scene_run["final"]["step"] == 30
    # the racer is the same as its own plain call
    code, out, _ = _run(capsys, "--surface", "book", "--start=-7,2", "--optimizer", "adam", "--lr", "0.3",
                        "--steps", "30", "--json")
    assert scene_run["racers"][0]["trajectory"] == json.loads(out)["trajectory"]


def test_descend_scene_warns_once_for_unknown_keys_and_refuses_bad_files(capsys, tmp_path):
    path = tmp_path / "ex.glab.json"
    path.write_text(json.dumps({**SCENE, "shiny": 1}), encoding="utf-8")
    code, out, err = _run(capsys, "--scene", str(path))
    assert code == 0 and err.count("\n") == 1 and "shiny" in err
    bad = tmp_path / "bad.glab.json"
    bad.write_text('{"format": "gradient-lab-scene", "version": 9}', encoding="utf-8")
    code, out, err = _run(capsys, "--scene", str(bad))
    assert code == 2 and out == "" and err.count("\n") == 1 and "version 9" in err
    code, out, err = _run(capsys, "--scene", str(tmp_path / "none.glab.json"))
    assert code == 2 and err.count("\n") == 1


@pytest.mark.parametrize("schedule", sorted(SCHEDULES))
@pytest.mark.parametrize("optimizer", sorted(OPTIMIZERS))
def test_json_rows_carry_the_update_each_step_applies(capsys, optimizer, schedule):
    code, out, _ = _run(capsys, "--surface", "himmelblau", "--optimizer", optimizer, "--lr", "0.01",
                        "--schedule", schedule, "--steps", "30", "--every", "1", "--json")
    assert code == 0
    rows = json.loads(out)["trajectory"]
    assert len(rows) == 31
    for a, b in zip(rows, rows[1:]):
        assert a["update"] == [b["x"] - a["x"], b["y"] - a["y"]], (optimizer, schedule, a["step"])


def test_json_update_with_mini_batches_is_the_batch_step(capsys):
    code, out, _ = _run(capsys, "--surface", "neuron", "--preset", "classes", "--batch-size", "1",
                        "--steps", "12", "--every", "1", "--json")
    rows = json.loads(out)["trajectory"]
    for a, b in zip(rows, rows[1:]):
        assert a["update"] == [b["x"] - a["x"], b["y"] - a["y"]]


def test_a_negative_start_can_follow_the_option_with_a_space(capsys):
    code, out, _ = _run(capsys, "--surface", "rosenbrock", "--start", "-1.2,2.7", "--steps", "1", "--json")
    assert code == 0 and json.loads(out)["start"] == [-1.2, 2.7]
    code, out, _ = _run(capsys, "--surface", "bowl", "--start", "-1e-1,-2", "--steps", "1", "--json")
    assert json.loads(out)["start"] == [-0.1, -2.0]


def test_code_prints_the_program_of_the_setting(capsys):
    code, out, _ = _run(capsys, "--surface", "bowl", "--start", "100,-10", "--lr", "0.01", "--steps", "1000",
                        "--optimizer", "adam", "--code")
    assert code == 0
    assert "optimizer = Adam(lr=0.01)" in out and "init_x = np.array([100.0, -10.0])" in out
    assert "for t in range(1000):" in out and out.strip().splitlines()[-1].startswith("print(f\"final point")


def test_code_refuses_the_neuron_surface(capsys):
    code, _, err = _run(capsys, "--surface", "neuron", "--code")
    assert code == 2 and "neuron" in err and err.count("\n") == 1
