"""``khabar ingest SOURCE…``: many articles into the ledger store (SPEC §2)."""

from __future__ import annotations

import argparse
import sys

from khabar.ingest.decode import MAX_BYTES


def add_db_option(p: argparse.ArgumentParser) -> None:
    """``--db URL``, shared by every ledger command."""
    p.add_argument(
        "--db",
        default=None,
        help="store URL: sqlite:///path.db or postgresql+psycopg://… "
        "(default: $KHABAR_DB, else ./khabar.db)",
    )


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "ingest",
        help="ingest articles into the ledger store",
        description=(
            "Ingest articles: text/HTML files, folders, JSONL records "
            '{"id","text","published","url","outlet","lang"}, URLs (fetched safely), '
            "RSS/Atom feeds, WARC files. Idempotent: a text already stored is stored once; an "
            "interrupted run resumes. Example:\n  khabar ingest articles.jsonl --db ledger.db"
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument(
        "sources", nargs="+", metavar="SOURCE", help="file, folder, JSONL, URL, feed, WARC"
    )
    add_db_option(p)
    p.add_argument("--encoding", default=None, help="encoding of text files (e.g. cp1256)")
    p.add_argument("--max-bytes", type=int, default=MAX_BYTES, help="refuse larger inputs")
    p.add_argument("--quiet", "-q", action="store_true", help="no progress bar, no summary")
    p.add_argument("--no-link", action="store_true", help="store only; link later (khabar link)")
    p.add_argument("--strict", action="store_true", help="exit 1 when any input failed")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from khabar.ingest.runner import ingest_sources
    from khabar.store import Store

    with Store.open(args.db) as store:
        summary = ingest_sources(
            args.sources,
            store,
            encoding=args.encoding,
            max_bytes=args.max_bytes,
            quiet=args.quiet,
            link=not args.no_link,
        )
    if not args.quiet:
        for line in summary.lines():
            print(line, file=sys.stderr)
    return 1 if args.strict and summary.failed else 0
