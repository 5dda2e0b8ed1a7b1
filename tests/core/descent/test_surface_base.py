"""The surface base class is shared by the analytic and the neuron surfaces without a cycle."""
import subprocess
import sys
from pathlib import Path

import numpy as np

from core.descent import surface_base, surfaces
from core.descent.neuron_surface import NeuronSurface

ROOT = Path(__file__).resolve().parents[3]


def test_both_kinds_of_surface_share_one_base():
    assert surfaces.Surface is surface_base.Surface
    assert isinstance(surfaces.make_surface("neuron"), surface_base.Surface)
    assert isinstance(surfaces.make_surface("book"), surface_base.Surface)
    assert issubclass(NeuronSurface, surface_base.Surface)


def test_neuron_surface_loads_without_the_analytic_surfaces():
    code = ("import sys, core.descent.neuron_surface\n"
            "print('core.descent.surfaces' in sys.modules)\n")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "False"


def test_base_grid_is_rows_of_y_in_chunks(monkeypatch):
    monkeypatch.setattr(surface_base, "GRID_CHUNK", 4)  # force many chunks
    s = surfaces.make_surface("book")
    xs, ys = np.linspace(-3, 3, 5), np.linspace(-1, 2, 7)
    z = s.grid(xs, ys, dtype=np.float64)
    assert z.shape == (7, 5)
    np.testing.assert_allclose(z, xs[None, :] ** 2 / 20 + ys[:, None] ** 2, rtol=1e-12)
