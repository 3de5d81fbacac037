"""The ledger views: ``speakers``, ``claims``, ``figures``, ``show``, ``search``, ``link``
(SPEC §2; ``export`` is in ``export_cmd``). Each view prints ``--format table|json|csv``."""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from khabar.cli.ingest_cmd import add_db_option
from khabar.errors import InputError
from khabar.store import Store, parse_ref

Rows = list[dict[str, Any]]
if TYPE_CHECKING:
    Sub = argparse._SubParsersAction[argparse.ArgumentParser]


def register(sub: Sub) -> None:
    p = _view(sub, "speakers", "speakers across articles and languages, with aliases", speakers)
    p.add_argument(
        "action",
        nargs="*",
        metavar="ARG",
        help="[QUERY] to filter; 'merge SP1 SP2' joins two speakers; "
        "'split SP ALIAS' takes an alias out into a speaker of its own",
    )
    _view(sub, "claims", "claims repeated across outlets, with the stance mix", claims)
    p = _view(sub, "figures", "timelines of counted things (displaced, cases…)", figures)
    p.add_argument("query", nargs="?", help="only series whose unit/subject/speaker matches")
    p = _view(sub, "show", "one article with its statements highlighted", show)
    p.add_argument("doc", help="document id (the ingest id or file name)")
    p = _view(sub, "search", "full-text search (Arabic folded) in articles and statements", search)
    p.add_argument("query")
    p.add_argument("--limit", type=int, default=20)
    p = sub.add_parser("link", help="link documents that are not linked yet")
    add_db_option(p)
    p.set_defaults(func=link)


def _view(sub: Sub, name: str, help: str, func: Callable[[argparse.Namespace], int]) -> Any:
    p = sub.add_parser(name, help=help, description=help)
    p.add_argument("--format", choices=("table", "json", "csv"), default="table")
    p.add_argument("--no-bidi", action="store_true", help="table: Arabic in logical order")
    add_db_option(p)
    p.set_defaults(func=func)
    return p


def _emit(
    args: argparse.Namespace, rows: Any, table: Callable[[Any], tuple[list[str], Rows]]
) -> int:
    if args.format == "json":
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return 0
    headers, flat = table(rows)
    if args.format == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=headers)
        writer.writeheader()
        writer.writerows(flat)
        return 0
    from khabar.cli.table import render_table, shorten

    cells = [
        [shorten(str(r.get(h) if r.get(h) is not None else ""), 60) for h in headers] for r in flat
    ]
    print(render_table(headers, cells, bidi=not args.no_bidi))
    return 0


def speakers(args: argparse.Namespace) -> int:
    action = list(args.action)
    with Store.open(args.db) as store:
        if action[:1] == ["merge"]:
            if len(action) != 3:
                raise InputError("usage: khabar speakers merge SPEAKER_ID OTHER_SPEAKER_ID")
            kept = store.merge_speakers(parse_ref(action[1], "sp"), parse_ref(action[2], "sp"))
            print(f"merged into sp{kept}")
            return 0
        if action[:1] == ["split"]:
            if len(action) != 3:
                raise InputError("usage: khabar speakers split SPEAKER_ID ALIAS")
            new = store.split_speaker(parse_ref(action[1], "sp"), action[2])
            print(f"{action[2]} is now sp{new}")
            return 0
        rows = store.speakers(" ".join(action) or None)
    return _emit(args, rows, _speaker_table)


def _speaker_table(rows: Rows) -> tuple[list[str], Rows]:
    headers = ["id", "name", "type", "documents", "mentions", "aliases"]
    flat = [
        {
            "id": r["id"],
            "name": r["name"],
            "type": r["type"],
            "documents": r["documents"],
            "mentions": len(r["mentions"]),
            "aliases": " | ".join(a["name"] for a in r["aliases"]),
        }
        for r in rows
    ]
    return headers, flat


def claims(args: argparse.Namespace) -> int:
    with Store.open(args.db) as store:
        rows = store.claims()
    return _emit(args, rows, _claim_table)


def _claim_table(rows: Rows) -> tuple[list[str], Rows]:
    headers = ["id", "first_seen", "last_seen", "statements", "outlets", "stances", "label"]
    flat = [
        {
            "id": r["id"],
            "first_seen": r["first_seen"],
            "last_seen": r["last_seen"],
            "statements": len(r["statements"]),
            "outlets": ", ".join(r["outlets"]),
            "stances": "; ".join(f"{k}: {', '.join(v)}" for k, v in r["stances"].items()),
            "label": r["label"],
        }
        for r in rows
    ]
    return headers, flat


def figures(args: argparse.Namespace) -> int:
    with Store.open(args.db) as store:
        rows = store.figures(args.query)
    return _emit(args, rows, _figure_table)


def _figure_table(rows: Rows) -> tuple[list[str], Rows]:
    headers = [
        "series",
        "unit",
        "date",
        "value",
        "first",
        "speaker",
        "outlet",
        "stance",
        "doc",
        "statement",
    ]
    flat = []
    for r in rows:
        for p in r["points"]:
            value = p["value"] if p["value"] is not None else p["vague"]
            flat.append(
                {
                    **p,
                    "series": r["id"],
                    "unit": r["unit"],
                    "value": value,
                    "first": "*" if p["first"] else "",
                }
            )
    return headers, flat


def show(args: argparse.Namespace) -> int:
    with Store.open(args.db) as store:
        doc = store.document(args.doc)
    if doc is None:
        raise InputError(f"{args.doc}: no such document in the store")
    if args.format == "table":
        print(highlight(doc["text"], doc["statements"], colour=sys.stdout.isatty()))
        return 0
    if args.format == "json":
        return _emit(args, doc, _statement_table)
    return _emit(args, doc["statements"], _statement_table)


def highlight(text: str, statements: Rows, colour: bool) -> str:
    """The article with each statement's content marked ⟦…⟧ (coloured on a terminal)."""
    spans = sorted((s["content"]["start"], s["content"]["end"], s["id"]) for s in statements)
    out, last = [], 0
    for start, end, sid in spans:
        if start < last:
            continue
        open_, close = ("\x1b[1;33m", "\x1b[0m") if colour else ("⟦", f"⟧{sid}")
        out += [text[last:start], open_, text[start:end], close]
        last = end
    out.append(text[last:])
    return "".join(out)


def _statement_table(rows: Rows) -> tuple[list[str], Rows]:
    from khabar.export._writers import csv_row

    flat = [csv_row(r) for r in rows]
    return ["statement", "speaker", "cue", "stance", "date", "content", "claim_ids"], flat


def search(args: argparse.Namespace) -> int:
    with Store.open(args.db) as store:
        rows = store.search(args.query, args.limit)
    return _emit(
        args, rows, lambda r: (["doc", "statement", "speaker", "outlet", "published", "text"], r)
    )


def link(args: argparse.Namespace) -> int:
    with Store.open(args.db) as store:
        counts = store.link_new()
    print(", ".join(f"{v} {k}" for k, v in counts.items()), file=sys.stderr)
    return 0
