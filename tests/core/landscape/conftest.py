"""Shared fixtures of the landscape tests: a data subset, a briefly trained net and its path."""
import numpy as np
import pytest

from core.data.datasets import load_sample
from core.landscape import landscape as L
from core.training.training import TrainConfig, Trainer, make_network


@pytest.fixture(scope="package")
def data():
    ds = load_sample()
    x, t, idx = L.fixed_subset(ds.x_train, ds.y_train, 300, seed=1)
    return ds, x, t


@pytest.fixture(scope="package")
def trained(data):
    """A 784-32-10 net after one short epoch, with its trajectory."""
    ds = data[0]
    config = TrainConfig(hidden=(32,), epochs=1, dropout=0.0, augment=False, eval_subset=100, batch_size=200)
    net = make_network(config)
    trainer = Trainer(net, ds, config, keep_trajectory=True, trajectory_every=1)
    for _ in trainer.run():
        pass
    assert len(trainer.trajectory) == 41
    return net, trainer.trajectory


@pytest.fixture
def flat():
    """Weights dict -> one float64 vector in layer order."""
    return lambda d: np.concatenate([np.ravel(d[k]).astype(np.float64) for k in L.param_keys(d)])


@pytest.fixture
def net_with():
    """(net, params) -> a copy of net with those weights."""
    def make(net, params):
        twin = net.copy()
        twin.set_params(params)
        return twin
    return make
