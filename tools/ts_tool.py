#!/usr/bin/env python3
"""Look at and fill the Korean translation file (resources/i18n/gradient_lab_ko.ts).

A translation pass, step by step:

    make translations                                   # lupdate + lrelease: new strings enter the .ts
    python tools/ts_tool.py status                      # how many are left, per context
    python tools/ts_tool.py todo > /tmp/todo.tsv        # the untranslated ones, one per line
    # write the Korean into the third column of /tmp/todo.tsv (any editor)
    python tools/ts_tool.py fill /tmp/todo.tsv          # put them into the .ts, marked finished
    make translations                                   # compile the .qm (and tidy the .ts)

TSV columns: context, English source, Korean translation. Tabs, newlines and
backslashes inside a field are written as \\t, \\n and \\\\. A context of
``*`` fills that source in every context. A line whose translation is empty
is skipped. ``check`` exits 1 when anything is unfinished (for CI or a hook).
"""
from __future__ import annotations

import argparse
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_FILE = ROOT / "resources" / "i18n" / "gradient_lab_ko.ts"


# ------------------------------------------------------------------ the .ts file

def load(path: Path = TS_FILE) -> ET.ElementTree:
    return ET.parse(path)


def messages(tree: ET.ElementTree):
    """Yield (context name, message element) for every live message (not vanished/obsolete)."""
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            tr = message.find("translation")
            kind = tr.get("type") if tr is not None else None
            if kind in ("vanished", "obsolete"):
                continue
            yield name, message


def is_finished(message: ET.Element) -> bool:
    tr = message.find("translation")
    if tr is None or tr.get("type") == "unfinished":
        return False
    if message.get("numerus") == "yes":
        return all((f.text or "").strip() for f in tr.iter("numerusform"))
    return bool((tr.text or "").strip())


def translations(path: Path = TS_FILE) -> dict[tuple[str, str], str]:
    """(context, source) -> finished translation, for every live message."""
    out = {}
    for context, message in messages(load(path)):
        if is_finished(message):
            tr = message.find("translation")
            forms = list(tr.iter("numerusform"))
            out[(context, message.findtext("source", ""))] = (forms[0].text if forms else tr.text) or ""
    return out


def unfinished(path: Path = TS_FILE) -> list[tuple[str, str, str]]:
    """(context, source, location) of every live message without a finished translation."""
    out = []
    for context, message in messages(load(path)):
        if not is_finished(message):
            loc = message.find("location")
            where = f"{loc.get('filename')}:{loc.get('line')}" if loc is not None else ""
            out.append((context, message.findtext("source", ""), where))
    return out


def save(tree: ET.ElementTree, path: Path = TS_FILE) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


# ------------------------------------------------------------------ TSV

def escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def unescape(text: str) -> str:
    out, i = [], 0
    while i < len(text):
        ch = text[i]
        if ch == "\\" and i + 1 < len(text):
            nxt = text[i + 1]
            out.append({"n": "\n", "t": "\t", "\\": "\\"}.get(nxt, "\\" + nxt))
            i += 2
        else:
            out.append(ch)
            i += 1
    return "".join(out)


def read_tsv(path: Path) -> list[tuple[str, str, str]]:
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) < 3:
            raise SystemExit(f"{path}:{number}: expected 3 tab-separated columns, got {len(parts)}")
        rows.append((unescape(parts[0]), unescape(parts[1]), unescape(parts[2])))
    return rows


def fill(rows, path: Path = TS_FILE) -> tuple[int, list[tuple[str, str]]]:
    """Write the translations into the .ts; returns (messages filled, rows that matched nothing)."""
    tree = load(path)
    wanted = {(c, s): t for c, s, t in rows if t.strip()}
    anywhere = {s: t for (c, s), t in wanted.items() if c == "*"}
    used: set[tuple[str, str]] = set()
    count = 0
    for context, message in messages(tree):
        source = message.findtext("source", "")
        key = (context, source)
        text = wanted.get(key, anywhere.get(source))
        if text is None:
            continue
        used.add(key if key in wanted else ("*", source))
        tr = message.find("translation")
        if tr is None:
            tr = ET.SubElement(message, "translation")
        tr.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            for child in list(tr):
                tr.remove(child)
            tr.text = None
            form = ET.SubElement(tr, "numerusform")
            form.text = text
        else:
            tr.text = text
        count += 1
    save(tree, path)
    return count, [k for k in wanted if k not in used]


# ------------------------------------------------------------------ commands

def cmd_status(args) -> int:
    todo = unfinished(args.ts)
    total = sum(1 for _ in messages(load(args.ts)))
    print(f"{args.ts.relative_to(ROOT) if args.ts.is_relative_to(ROOT) else args.ts}: "
          f"{total - len(todo)} of {total} strings translated, {len(todo)} left")
    per_context: dict[str, int] = {}
    for context, _, _ in todo:
        per_context[context] = per_context.get(context, 0) + 1
    for context, n in sorted(per_context.items()):
        print(f"  {context}: {n} left")
    if todo:
        print("next: python tools/ts_tool.py todo > /tmp/todo.tsv; fill in column 3; "
              "python tools/ts_tool.py fill /tmp/todo.tsv; make translations")
    return 1 if (todo and args.command == "check") else 0


def cmd_todo(args) -> int:
    print("# context\tsource\ttranslation (fill in)\t(where)")
    for context, source, where in unfinished(args.ts):
        print(f"{escape(context)}\t{escape(source)}\t\t{where}")
    return 0


def cmd_dump(args) -> int:
    print("# context\tsource\ttranslation")
    for (context, source), text in translations(args.ts).items():
        print(f"{escape(context)}\t{escape(source)}\t{escape(text)}")
    return 0


def cmd_fill(args) -> int:
    count, missed = fill(read_tsv(Path(args.tsv)), args.ts)
    print(f"filled {count} message(s)")
    for context, source in missed:
        print(f"  not in the .ts (stale row?): [{context}] {source[:70]!r}")
    return 0


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="Inspect and fill the Korean .ts file.")
    parser.add_argument("--ts", type=Path, default=TS_FILE, help="the .ts file (default: %(default)s)")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("status", help="counts of translated / untranslated strings").set_defaults(run=cmd_status)
    sub.add_parser("check", help="like status, but exit 1 if anything is untranslated").set_defaults(run=cmd_status)
    sub.add_parser("todo", help="print the untranslated strings as TSV").set_defaults(run=cmd_todo)
    sub.add_parser("dump", help="print every finished translation as TSV").set_defaults(run=cmd_dump)
    p = sub.add_parser("fill", help="write translations from a TSV file into the .ts")
    p.add_argument("tsv")
    p.set_defaults(run=cmd_fill)
    args = parser.parse_args(argv)
    return args.run(args)


if __name__ == "__main__":
    sys.exit(main())
