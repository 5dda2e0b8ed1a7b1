"""The names of the model in use on screen (translated; ModelRef's own label stays English)."""
from core.nn.network import MLP
from core.state.model_keeper import ModelRef
from gui.widgets.model_text import model_name


def test_each_source_is_named_with_its_architecture(qapp):
    net = MLP([784, 16, 10], activation="relu")
    assert model_name(ModelRef("bundled", "bundled model 784-16-10 relu"), net) == "bundled model 784-16-10 ReLU"
    assert model_name(ModelRef("run", "#3 relu [16] adam lr 0.002", run_id=3), net) == "run 3: ReLU [16] Adam lr 0.002"
    assert model_name(ModelRef("file", "loaded: m.npz", path="/tmp/x/m.npz"), net) == "file m.npz"
    assert model_name(ModelRef("fresh", "x"), net) == "untrained 784-16-10 ReLU, fresh weights"


def test_korean_names(qapp):
    from gui.app import install_translators

    install_translators(qapp, "ko")
    try:
        assert model_name(ModelRef("bundled", "b"), MLP([784, 16, 10])).startswith("내장 모델 784-16-10")
    finally:
        install_translators(qapp, "en")
