#!/usr/bin/env python3
"""Training throughput: our numpy MLP against PyTorch CPU, side by side in one run.

Net 784-128-10 ReLU, softmax cross-entropy, plain SGD (lr 0.1), float32,
one BLAS / intra-op thread for both, on the bundled 8,000 digits. Each round
times every contender on the same epochs, interleaved, so a busy machine slows
all of them alike; the figures are the medians over the rounds.

Contenders:
- ours (step): MLP.loss_and_gradients + SGD.update, the same work as the
  PyTorch loop (forward, loss, backward, update);
- ours (Trainer): core.training.training.Trainer.run, which also shuffles each epoch,
  computes per-layer gradient norms, guards against divergence and yields a
  result per batch (what the app runs);
- PyTorch: nn.Sequential(Linear, ReLU, Linear), CrossEntropyLoss, optim.SGD
  (printed only when torch is installed; it is never a dependency).

Usage: python bench/train_throughput.py [--rounds 5] [--epochs 2] [--batch-size 100]
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import numpy as np  # noqa: E402

from core.data.datasets import load_sample  # noqa: E402
from core.nn.network import MLP  # noqa: E402
from core.nn.optimizers import SGD  # noqa: E402
from core.training.training import TrainConfig, Trainer  # noqa: E402

SIZES = [784, 128, 10]
#: CPU time of this process (all its threads): the machine is shared, and wall time would count the
#: moments other people's processes held the core. --wall switches to wall-clock time.
_clock = time.process_time
LR = 0.1


def ours_step(x, y, epochs, batch):
    net, opt = MLP(SIZES, seed=0), SGD(lr=LR)
    n = len(y)
    t0 = _clock()
    for _ in range(epochs):
        for i in range(0, n, batch):
            _, grads = net.loss_and_gradients(x[i:i + batch], y[i:i + batch], copy=False)
            opt.update(net.params, grads)
    dt = _clock() - t0
    return epochs * n / dt, net.loss(x[:2000], y[:2000])


def ours_trainer(data, epochs, batch):
    cfg = TrainConfig(hidden=tuple(SIZES[1:-1]), dropout=0.0, optimizer="sgd", lr=LR, schedule="constant",
                      batch_size=batch, epochs=epochs, augment=False, eval_subset=None)
    net = MLP(SIZES, seed=0)
    trainer = Trainer(net, data, cfg, evaluate_epochs=False)  # time the batches, not the epoch-end evaluation
    t0 = _clock()
    for _ in trainer.run():
        pass
    dt = _clock() - t0
    return epochs * len(data.y_train) / dt, net.loss(data.x_train[:2000], data.y_train[:2000])


def torch_step(torch, x, y, epochs, batch):
    torch.manual_seed(0)
    model = torch.nn.Sequential(torch.nn.Linear(784, 128), torch.nn.ReLU(), torch.nn.Linear(128, 10))
    opt = torch.optim.SGD(model.parameters(), lr=LR)
    loss_fn = torch.nn.CrossEntropyLoss()
    xt, yt = torch.from_numpy(np.array(x)), torch.from_numpy(np.array(y))
    n = len(y)
    t0 = _clock()
    for _ in range(epochs):
        for i in range(0, n, batch):
            opt.zero_grad(set_to_none=True)
            loss = loss_fn(model(xt[i:i + batch]), yt[i:i + batch])
            loss.backward()
            opt.step()
    dt = _clock() - t0
    with torch.no_grad():
        final = float(loss_fn(model(xt[:2000]), yt[:2000]))
    return epochs * n / dt, final


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--epochs", type=int, default=2)
    parser.add_argument("--batch-size", type=int, default=100)
    parser.add_argument("--wall", action="store_true", help="time with the wall clock instead of CPU time")
    args = parser.parse_args()
    global _clock
    if args.wall:
        _clock = time.perf_counter
    data = load_sample()
    x, y = np.ascontiguousarray(data.x_train), np.ascontiguousarray(data.y_train)
    try:
        import torch

        torch.set_num_threads(1)
    except ImportError:
        torch = None
    contenders = {"ours (step)": lambda: ours_step(x, y, args.epochs, args.batch_size),
                  "ours (Trainer)": lambda: ours_trainer(data, args.epochs, args.batch_size)}
    if torch is not None:
        contenders[f"PyTorch {torch.__version__}"] = lambda: torch_step(torch, x, y, args.epochs, args.batch_size)
    for fn in contenders.values():  # warm-up (BLAS and torch's first-call set-up)
        fn()
    rates: dict[str, list[float]] = {k: [] for k in contenders}
    losses: dict[str, float] = {}
    for _ in range(args.rounds):
        for name, fn in contenders.items():
            rate, loss = fn()
            rates[name].append(rate)
            losses[name] = loss
    print(f"784-128-10 ReLU, batch {args.batch_size}, SGD lr {LR}, float32, 1 thread, "
          f"{args.epochs} epochs x {len(y)} digits, median of {args.rounds} rounds, "
          f"{'wall-clock' if args.wall else 'CPU'} time")
    for name, values in rates.items():
        print(f"  {name:<22} {statistics.median(values):>10,.0f} samples/s   "
              f"(min {min(values):,.0f}, max {max(values):,.0f}; loss after {losses[name]:.3f})")
    if torch is None:
        print("  PyTorch not installed: only our figures (pip install torch==2.13.0 to compare)")
        return 0
    ref = statistics.median(rates[f"PyTorch {torch.__version__}"])
    for name in ("ours (step)", "ours (Trainer)"):
        per_round = [a / b for a, b in zip(rates[name], rates[f"PyTorch {torch.__version__}"])]
        print(f"  ratio {name} / PyTorch: {statistics.median(rates[name]) / ref:.2f}x "
              f"(per round median {statistics.median(per_round):.2f}x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
