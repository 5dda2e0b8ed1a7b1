"""Show code: the generated program, run with numpy alone, ends where the app's run ends."""
import re
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from core.descent.codegen import can_show, descent_program
from core.descent.descent_run import DescentRun
from core.descent.surfaces import make_surface
from core.nn.schedules import make_schedule

FINAL = re.compile(r"final point: \(([^,]+), ([^)]+)\)$")


def _numpy_only_dir(tmp_path: Path) -> Path:
    """A folder whose only packages are numpy (symlinks to the installed one)."""
    lib = tmp_path / "lib"
    lib.mkdir()
    site = Path(np.__file__).resolve().parent.parent
    for name in ("numpy", "numpy.libs"):
        if (site / name).exists():
            (lib / name).symlink_to(site / name)
    return lib


def run_numpy_only(code: str, tmp_path: Path) -> subprocess.CompletedProcess:
    """Run ``code`` as a program with -I -S (no site-packages, no project) and only numpy on sys.path."""
    prog = tmp_path / "prog.py"
    prog.write_text(code, encoding="utf-8")
    lib = _numpy_only_dir(tmp_path)
    launcher = (f"import sys; sys.path[:0] = [{str(lib)!r}]; import runpy; "
                f"runpy.run_path({str(prog)!r}, run_name='__main__')")
    return subprocess.run([sys.executable, "-I", "-S", "-c", launcher], cwd=tmp_path,
                          capture_output=True, text=True, timeout=120)


def final_point(out: str) -> tuple[float, float]:
    m = FINAL.match(out.strip().splitlines()[-1])
    assert m, out
    return float(m[1]), float(m[2])


def test_the_subprocess_really_has_only_numpy(tmp_path):
    out = run_numpy_only("import numpy\ntry:\n    import core\nexcept ImportError:\n    print('no core')\n"
                         "try:\n    import PySide6\nexcept ImportError:\n    print('no qt')\n", tmp_path)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["no", "core", "no", "qt"]


LRS = {"sgd": None, "momentum": 0.05, "adagrad": 0.5, "rmsprop": 0.05, "adam": 0.1}


@pytest.mark.parametrize("surface", ["bowl", "book"])
@pytest.mark.parametrize("optimizer", list(LRS))
def test_program_ends_where_the_app_ends(tmp_path, surface, optimizer):
    s = make_surface(surface)
    lr = LRS[optimizer] or s.default_lr
    run = DescentRun(s, optimizer, lr=lr, schedule=make_schedule("constant"))
    run.run(200)
    out = run_numpy_only(descent_program(surface, optimizer, lr, make_schedule("constant"), s.start, 200), tmp_path)
    assert out.returncode == 0, out.stderr
    x, y = final_point(out.stdout)
    assert abs(x - run.point[0]) <= 1e-6 and abs(y - run.point[1]) <= 1e-6, (x, y, run.point)
    assert (x, y) != s.start


def test_course_func1_program_prints_2_00000016(tmp_path):
    code = descent_program("bowl", "sgd", 0.01, make_schedule("constant"), (100, -10), 1000)
    out = run_numpy_only(code, tmp_path)
    x, y = final_point(out.stdout)
    assert f"{x:.8f}" == "2.00000016" and f"{y:.8f}" == "3.00000000"
    assert "def numerical_gradient(f, x):" in code and "def update(self, params, grads" in code


@pytest.mark.parametrize("schedule", ["step", "exponential", "inverse_time", "cosine"])
def test_schedules_and_other_surfaces_match(tmp_path, schedule):
    s = make_surface("morph", t=0.6)
    sched = make_schedule(schedule)
    run = DescentRun(s, "nesterov", lr=0.02, schedule=make_schedule(schedule))
    run.run(150)
    out = run_numpy_only(descent_program("morph", "nesterov", 0.02, sched, s.start, 150, morph_t=0.6), tmp_path)
    assert final_point(out.stdout) == pytest.approx(run.point, abs=1e-9)


def test_neuron_surface_is_refused():
    assert not can_show("neuron") and can_show("himmelblau")
    with pytest.raises(ValueError):
        descent_program("neuron", "sgd", 0.1, None, (0, 0), 10)
