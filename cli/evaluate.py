"""`main.py evaluate`: accuracy, loss and confusion matrix of a saved model on a data set's test files."""
from __future__ import annotations

import json
import math
import sys

from cli.common import fail, model_path, positive_int


def add_parser(subparsers) -> None:
    from core.data.model_io import DEFAULT_MODEL

    p = subparsers.add_parser(
        "evaluate", help="evaluate a saved model on the test images (t10k files) of a data set",
        description="Evaluate a model on the t10k files of a data folder (the train files may be absent). "
                    "Exit code 2 on bad input.")
    p.add_argument("--model", default="default", metavar="MODEL",
                   help="a model (.npz) saved by the app or `train --save`, or 'default' for the bundled "
                        f"model ({DEFAULT_MODEL.name}; default: default)")
    p.add_argument("--data", default="sample", metavar="DIR|sample|mnist|FILE.npz",
                   help="a folder with the t10k IDX files, 'sample' (default), 'mnist' or a Keras mnist.npz")
    p.add_argument("--batch-size", type=positive_int, default=1000)
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.set_defaults(run=run)


def _clean(values):
    return [None if isinstance(v, float) and not math.isfinite(v) else v for v in values]


def run(args) -> int:
    from core.data.datasets import load_dataset
    from core.errors import DataError, ModelError
    from core.training.evaluation import evaluate
    from core.data.model_io import load_model

    try:
        net, meta = load_model(model_path(args.model))
        data = load_dataset(args.data, train=False)
    except (DataError, ModelError) as exc:
        return fail(str(exc))
    if len(data.y_test) == 0:
        return fail(f"{data.source}: no test images to evaluate on")
    if net.sizes[0] != data.x_test.shape[1]:
        return fail(f"{args.model}: the model takes {net.sizes[0]} inputs, the images of {data.source} "
                    f"have {data.x_test.shape[1]} pixels")
    if net.sizes[-1] < data.num_classes:
        return fail(f"{args.model}: the model has {net.sizes[-1]} outputs, the data set {data.num_classes} classes")
    ev = evaluate(net, data.x_test, data.y_test, batch_size=args.batch_size)
    if args.json:
        sys.stdout.write(json.dumps({
            "accuracy": ev.accuracy, "loss": ev.loss if math.isfinite(ev.loss) else None,
            "confusion": ev.confusion.tolist(), "per_class_accuracy": _clean(ev.per_class_accuracy.tolist()),
            "prob_mae": ev.prob_mae if math.isfinite(ev.prob_mae) else None, "count": ev.count, "correct": ev.correct,
            "worst": ev.worst[:20].tolist(), "class_names": list(data.class_names),
            "model": str(args.model), "data": str(args.data), "architecture": net.sizes}) + "\n")
        return 0
    w = max(5, max(len(n) for n in data.class_names))
    lines = [f"{args.model} on {data.name} ({ev.count} test images): accuracy {ev.accuracy:.2%} "
             f"({ev.correct}/{ev.count}), loss {ev.loss:.4f}, probability MAE {ev.prob_mae:.4f}",
             "", "confusion matrix (rows: true class, columns: predicted):",
             " " * (w + 1) + " ".join(f"{i:>5}" for i in range(len(data.class_names))) + "  accuracy"]
    for i, name in enumerate(data.class_names):
        row = " ".join(f"{c:>5}" for c in ev.confusion[i])
        acc = ev.per_class_accuracy[i]
        lines.append(f"{name:>{w}} {row}  " + (f"{acc:7.2%}" if math.isfinite(acc) else "      -"))
    sys.stdout.write("\n".join(lines) + "\n")
    return 0
