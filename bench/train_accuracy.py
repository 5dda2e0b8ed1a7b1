#!/usr/bin/env python3
"""Accuracy target: the app's default TrainConfig on the bundled 8,000 digits must reach
>= 96.5 % on the bundled 2,000 test digits in <= 20 s on this machine.

Prints the test accuracy after every epoch, the wall-clock and CPU time, and
whether the target is met. --save PATH writes the trained model. --data DIR trains on
another data set (e.g. Debian's Fashion-MNIST) as a full-size check; the target
applies to the sample only.

Usage: python bench/train_accuracy.py [--seed 0] [--data sample|DIR] [--epochs N] [--save PATH]
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from core.data.datasets import load_dataset  # noqa: E402
from core.training.evaluation import evaluate  # noqa: E402
from core.data.model_io import save_model  # noqa: E402
from core.training.training import EpochResult, RunEnd, TrainConfig, Trainer, make_network  # noqa: E402

TARGET_ACCURACY = 0.965
TARGET_SECONDS = 20.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default="sample")
    parser.add_argument("--seed", type=int, default=TrainConfig().seed)
    parser.add_argument("--epochs", type=int, default=None)
    parser.add_argument("--save", metavar="PATH")
    parser.add_argument("--book", action="store_true",
                        help="train on the book-level layers of core/nn/ instead of the fast path")
    args = parser.parse_args()
    config = TrainConfig(seed=args.seed, **({"epochs": args.epochs} if args.epochs else {}))
    data = load_dataset(args.data)
    print(f"{data.name}: {len(data.y_train)} train, {len(data.y_test)} test; classes {', '.join(data.class_names)}")
    print(f"config: {config.to_dict()}; {'book' if args.book else 'fast'} path")
    net = make_network(config, n_out=data.num_classes)
    wall, cpu = time.perf_counter(), time.process_time()
    trainer = Trainer(net, data, config, fast=not args.book)
    end = None
    for result in trainer.run():
        if isinstance(result, EpochResult):
            print(f"  epoch {result.epoch + 1:>2}: test accuracy {result.test_accuracy:.2%} "
                  f"(loss {result.test_loss:.4f}), train accuracy {result.train_accuracy:.2%}, "
                  f"{time.perf_counter() - wall:5.1f} s")
        elif isinstance(result, RunEnd):
            end = result
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    final = evaluate(net, data.x_test, data.y_test)
    print(f"{end.message}")
    print(f"final test accuracy {final.accuracy:.2%} on all {final.count} test images; "
          f"wall {wall:.1f} s, CPU {cpu:.1f} s (including per-epoch evaluation)")
    worst = sorted(range(len(data.class_names)), key=lambda i: final.per_class_accuracy[i])[:3]
    print("hardest classes: " + ", ".join(f"{data.class_names[i]} {final.per_class_accuracy[i]:.1%}" for i in worst))
    if args.data == "sample":
        ok = final.accuracy >= TARGET_ACCURACY and wall <= TARGET_SECONDS
        print(f"target >= {TARGET_ACCURACY:.1%} in <= {TARGET_SECONDS:.0f} s: {'met' if ok else 'NOT met'}")
    path = args.save
    if path:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        training = {**config.to_dict(), "data": str(args.data), "test_accuracy": final.accuracy,
                    "test_count": final.count, "epochs_done": trainer.epoch, "elapsed": round(trainer.elapsed, 2),
                    "class_names": list(data.class_names)}
        print(f"saved {save_model(net, path, training)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
