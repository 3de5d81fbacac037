"""``khabar extract PATH|-``: one article in, its statements out (SPEC §1)."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date

from khabar.errors import InputError
from khabar.ingest.decode import MAX_BYTES, read_article
from khabar.model import document_to_dict, statement_to_dict


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "extract",
        help="extract attributed statements from one article",
        description=(
            "Extract every attributed statement (who said what, when, how sure, which "
            "numbers) from one plain-text or HTML article. Example:\n"
            "  khabar extract article.txt --published 2024-10-19 --format table"
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("path", help="article file (text or HTML), or - for standard input")
    p.add_argument(
        "--published",
        type=parse_date,
        default=None,
        help="publication date YYYY-MM-DD; anchors relative dates (أمس، يوم الخميس)",
    )
    p.add_argument(
        "--lang",
        choices=("auto", "ar", "en"),
        default="auto",
        help="article language (default: detected)",
    )
    p.add_argument(
        "--format",
        choices=("json", "jsonl", "table"),
        default="json",
        help="json: one SPEC object; jsonl: a statement per line; table: for people",
    )
    p.add_argument(
        "--encoding",
        default=None,
        help="input encoding when not UTF-8/UTF-16 with BOM (e.g. cp1256)",
    )
    p.add_argument(
        "--max-bytes",
        type=int,
        default=MAX_BYTES,
        help=f"refuse inputs larger than this (default {MAX_BYTES:,})",
    )
    p.add_argument(
        "--no-bidi",
        action="store_true",
        help="table: print Arabic in logical order (for terminals that do bidi)",
    )
    p.set_defaults(func=run)


def parse_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date in YYYY-MM-DD form: {value!r}") from exc


def read_input(path: str, encoding: str | None, max_bytes: int) -> tuple[str, str]:
    """(text, source name) of a path or '-' (stdin)."""
    if path == "-":
        data = sys.stdin.buffer.read(max_bytes + 1)
        source = "<stdin>"
    else:
        try:
            with open(path, "rb") as fh:
                data = fh.read(max_bytes + 1)
        except OSError as exc:
            raise InputError(f"{path}: cannot read: {exc.strerror}") from exc
        source = path
    return read_article(data, source, encoding, max_bytes).text, source


def run(args: argparse.Namespace) -> int:
    import khabar

    text, source = read_input(args.path, args.encoding, args.max_bytes)
    doc = khabar.extract(text, published=args.published, lang=args.lang)
    for w in doc.warnings:
        print(f"khabar: warning: {source}: {w}", file=sys.stderr)
    if args.format == "json":
        json.dump(document_to_dict(doc), sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    elif args.format == "jsonl":
        for st in doc.statements:
            sys.stdout.write(json.dumps(statement_to_dict(st), ensure_ascii=False) + "\n")
    else:
        from khabar.cli.table import print_statements

        print_statements(doc, bidi=not args.no_bidi)
    return 0
