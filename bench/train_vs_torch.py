#!/usr/bin/env python3
"""The app's default network trained by our Trainer against the same network and loop in PyTorch CPU.

Network and loop: TrainConfig's defaults (784-512-256-10, ReLU, dropout 0.2,
softmax cross-entropy, Adam lr 0.002 with the cosine schedule, float32, He
init in ours, PyTorch's own init in PyTorch) on the bundled 8,000 MNIST
digits, shuffled every epoch, no augmentation, no evaluation, one BLAS /
intra-op thread each. Every contender runs ``--warmup`` iterations, then
``--iters`` timed ones, in a fresh process; the processes alternate
(ours, book, PyTorch, ours, book, ...) for ``--rounds`` rounds, so a busy
machine slows all of them alike. Figures are medians over the rounds, in
samples per second of CPU time of the worker process (all its threads):
the machine is shared, and wall time would count the moments other
processes held the core (``--wall`` switches to the wall clock).

Contenders:
- ours: ``core.training.training.Trainer`` as the app and ``main.py train`` run it
  (its fused fast path for the default network; per-layer gradient norms,
  the divergence guard and a result object per batch included);
- book: the same Trainer on the book-level layers and optimizer of core/nn/
  (``Trainer(..., fast=False)``), the "before" figure;
- PyTorch: nn.Sequential(Linear, ReLU, Dropout, Linear, ReLU, Dropout, Linear),
  CrossEntropyLoss, optim.Adam (its defaults), LambdaLR with the same cosine
  rate, ``loss.item()`` each step (our Trainer reports each batch's loss too).

``--small`` times the 784-128-10 network with plain SGD (lr 0.1, constant) instead.
PyTorch is never a dependency: when it cannot be imported (by this Python or
``--torch-python``), the script says so and prints our figures alone.

    python bench/train_vs_torch.py [--batch-sizes 32 100] [--rounds 5] [--iters 400]
        [--torch-python /work/wt/venv-torch/bin/python] [--small]

Target (issue 20): ours at least 1.5x PyTorch at batch 32 and 100 (784-128-10 SGD: 2x at batch 32).
"""
from __future__ import annotations

import argparse
import json
import math
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
THREAD_VARS = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")
TARGET = 1.5
TARGET_SMALL = 2.0


def _config(args):
    """The TrainConfig the workers train (epochs cover warm-up and timed iterations)."""
    from core.training.training import TrainConfig

    per_epoch = math.ceil(8000 / args.batch_size)
    epochs = math.ceil((args.warmup + args.iters) / per_epoch) + 1
    if args.small:
        return TrainConfig(hidden=(128,), dropout=0.0, optimizer="sgd", lr=0.1, schedule="constant",
                           batch_size=args.batch_size, epochs=epochs, augment=False, eval_subset=None)
    return TrainConfig(batch_size=args.batch_size, epochs=epochs, augment=False, eval_subset=None)


def worker_ours(args, clock) -> dict:
    """Train with our Trainer; returns the rate and the test loss afterwards."""
    from core.data.datasets import load_sample
    from core.training.training import Trainer, make_network

    data = load_sample()
    config = _config(args)
    net = make_network(config)
    kwargs = {"fast": args.worker == "ours"} if _has_fast() else {}
    trainer = Trainer(net, data, config, evaluate_epochs=False, **kwargs)
    for _ in range(args.warmup):
        trainer.step_once()
    t0 = clock()
    for _ in range(args.iters):
        trainer.step_once()
    dt = clock() - t0
    path = getattr(trainer, "path", "book")
    return {"rate": args.iters * args.batch_size / dt, "loss": float(net.loss(data.x_test, data.y_test)),
            "path": path, "total_steps": trainer.total_steps}


def _has_fast() -> bool:
    import inspect

    from core.training.training import Trainer

    return "fast" in inspect.signature(Trainer).parameters


def worker_torch(args, clock) -> dict:
    """The same network and loop in PyTorch (one intra-op thread)."""
    import numpy as np
    import torch

    from core.data.datasets import load_sample
    from core.training.training import Trainer, make_network

    torch.set_num_threads(1)
    data = load_sample()
    config = _config(args)
    total = Trainer(make_network(config), data, config).total_steps  # the cosine schedule's length
    torch.manual_seed(config.seed)
    sizes = [784, *config.hidden, 10]
    layers = []
    for i, (a, b) in enumerate(zip(sizes[:-1], sizes[1:])):
        layers.append(torch.nn.Linear(a, b))
        if i < len(sizes) - 2:
            layers.append(torch.nn.ReLU())
            if config.dropout:
                layers.append(torch.nn.Dropout(config.dropout))
    model = torch.nn.Sequential(*layers)
    if config.optimizer == "adam":
        opt = torch.optim.Adam(model.parameters(), lr=config.lr)
    else:
        opt = torch.optim.SGD(model.parameters(), lr=config.lr)
    if config.schedule == "cosine":
        sched = torch.optim.lr_scheduler.LambdaLR(
            opt, lambda t: 0.5 * (1.0 + math.cos(math.pi * min(t, total) / total)))
    else:
        sched = None
    loss_fn = torch.nn.CrossEntropyLoss()
    xt = torch.from_numpy(np.array(data.x_train, dtype=np.float32))
    yt = torch.from_numpy(np.array(data.y_train, dtype=np.int64))
    n, bs = len(yt), config.batch_size
    state = {"perm": torch.randperm(n), "i": 0}

    def step():
        if state["i"] >= n:
            state["perm"], state["i"] = torch.randperm(n), 0
        idx = state["perm"][state["i"]:state["i"] + bs]
        state["i"] += bs
        opt.zero_grad(set_to_none=True)
        loss = loss_fn(model(xt[idx]), yt[idx])
        loss.backward()
        opt.step()
        if sched is not None:
            sched.step()
        return loss.item()

    model.train()
    for _ in range(args.warmup):
        step()
    t0 = clock()
    for _ in range(args.iters):
        step()
    dt = clock() - t0
    model.eval()
    with torch.no_grad():
        xs = torch.from_numpy(np.array(data.x_test, dtype=np.float32))
        ys = torch.from_numpy(np.array(data.y_test, dtype=np.int64))
        final = float(loss_fn(model(xs), ys))
    return {"rate": args.iters * bs / dt, "loss": final, "path": f"torch {torch.__version__}",
            "total_steps": total}


def run_worker(args) -> int:
    clock = time.perf_counter if args.wall else time.process_time
    fn = worker_torch if args.worker == "torch" else worker_ours
    print(json.dumps(fn(args, clock)))
    return 0


def _spawn(python: str, name: str, batch: int, args) -> dict | None:
    cmd = [python, str(Path(__file__).resolve()), "--worker", name, "--batch-size", str(batch),
           "--iters", str(args.iters), "--warmup", str(args.warmup)]
    cmd += ["--wall"] * args.wall + ["--small"] * args.small
    env = {**os.environ, **{v: "1" for v in THREAD_VARS}}
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=str(ROOT))
    if proc.returncode != 0:
        print(f"  {name} worker failed:\n{proc.stderr.strip()}", file=sys.stderr)
        return None
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _torch_python(args) -> str | None:
    """The Python that can import torch (--torch-python, else this one), or None."""
    python = args.torch_python or sys.executable
    try:
        probe = subprocess.run([python, "-c", "import torch; print(torch.__version__)"],
                               capture_output=True, text=True)
    except OSError:  # no such interpreter
        return None
    return python if probe.returncode == 0 else None


def _report(batch: int, results: dict, args) -> bool:
    """Print one batch size's table; True when every ratio meets its target."""
    target = TARGET_SMALL if args.small else TARGET
    ok = True
    for name, runs in results.items():
        if not runs:
            continue
        rates = [r["rate"] for r in runs]
        print(f"  {name:<8} {statistics.median(rates):>9,.0f} samples/s  (min {min(rates):,.0f}, "
              f"max {max(rates):,.0f}; {runs[-1]['path']}; test loss after {runs[-1]['loss']:.3f})")
    torch_runs = results.get("torch") or []
    if not torch_runs:
        return True
    for name in ("ours", "book"):
        runs = results.get(name) or []
        if not runs:
            continue
        per_round = [a["rate"] / b["rate"] for a, b in zip(runs, torch_runs)]
        ratio = statistics.median(r["rate"] for r in runs) / statistics.median(r["rate"] for r in torch_runs)
        verdict = ("meets" if ratio >= target else "misses") + f" the {target}x target"
        if name == "ours":
            ok = ok and ratio >= target
        print(f"  ratio {name} / PyTorch: {ratio:.2f}x  (per round {', '.join(f'{r:.2f}' for r in per_round)})"
              + (f"  -> {verdict}" if name == "ours" else ""))
    return ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--batch-sizes", type=int, nargs="+", default=[32, 100])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--iters", type=int, default=400, help="timed iterations per worker")
    parser.add_argument("--warmup", type=int, default=40)
    parser.add_argument("--torch-python", help="a Python with torch installed (default: this one)")
    parser.add_argument("--no-book", action="store_true", help="skip the book-path contender")
    parser.add_argument("--small", action="store_true", help="784-128-10 with plain SGD instead")
    parser.add_argument("--wall", action="store_true", help="wall-clock time instead of CPU time")
    parser.add_argument("--worker", choices=["ours", "book", "torch"], help=argparse.SUPPRESS)
    parser.add_argument("--batch-size", type=int, default=32, help=argparse.SUPPRESS)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    if args.worker:
        for var in THREAD_VARS:
            os.environ.setdefault(var, "1")
        return run_worker(args)
    torch_python = _torch_python(args)
    names = ["ours"] + ([] if args.no_book or not _has_fast() else ["book"])
    if torch_python is None:
        print(f"PyTorch cannot be imported by {args.torch_python or sys.executable}: timing ours alone "
              "(give --torch-python PATH of a Python with torch==2.13.0 to compare)")
    else:
        names.append("torch")
    net = "784-128-10 ReLU, SGD lr 0.1" if args.small else "784-512-256-10 ReLU, dropout 0.2, Adam + cosine"
    print(f"{net}, float32, 1 thread each, {args.iters} timed iterations after {args.warmup}, "
          f"median of {args.rounds} rounds in alternating processes, "
          f"{'wall-clock' if args.wall else 'CPU'} time; load average {os.getloadavg()[0]:.2f}")
    for batch in args.batch_sizes:
        results: dict[str, list] = {name: [] for name in names}
        for _ in range(args.rounds):
            for name in names:
                python = torch_python if name == "torch" else sys.executable
                result = _spawn(python, name, batch, args)
                if result is not None:
                    results[name].append(result)
        print(f"batch {batch}:")
        _report(batch, results, args)
    print(f"load average now {os.getloadavg()[0]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
