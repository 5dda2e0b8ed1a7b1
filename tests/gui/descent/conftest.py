"""The Descent-lab tests call the shared ``descent_panel`` fixture (tests/conftest.py) ``panel``."""
import pytest


@pytest.fixture
def panel(descent_panel):
    return descent_panel
