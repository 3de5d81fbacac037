"""``khabar export``: the ledger as JSONL (the scoring contract), CSV or ClaimReview JSON-LD.

The filters are those of the search page and ``GET /api/export``::

    khabar export --format csv --bom --query "بيلوني" --lang ar --since 2024-10-01 > out.csv
    khabar export --format claimreview --stance deny --base-url https://ledger.example.org

Statements and claim clusters are read from the store a batch at a time and written as
they come, so a large store is exported in constant memory.
"""

from __future__ import annotations

import argparse
import os
import sys
from datetime import date
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from khabar.cli.ingest_cmd import add_db_option
from khabar.errors import InputError
from khabar.model import STANCES
from khabar.store import Store

if TYPE_CHECKING:
    from khabar.export import Query

    Sub = argparse._SubParsersAction[argparse.ArgumentParser]

BOM = "\ufeff"  # lets Excel open a UTF-8 CSV as UTF-8 (Arabic intact)


_LOCAL_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})


def register(sub: Sub) -> None:
    p = sub.add_parser(
        "export",
        help="statements as jsonl or csv, claim clusters as ClaimReview JSON-LD",
        description="Export the ledger (all of it, or what the filters select) to stdout.",
    )
    p.add_argument("--format", choices=("jsonl", "csv", "claimreview"), default="jsonl")
    p.add_argument(
        "--query", "-q", metavar="TEXT", help="full text, Arabic-folded (بيلوني finds بيلونى)"
    )
    p.add_argument("--speaker", metavar="ID", help="a ledger speaker id (sp12)")
    p.add_argument("--stance", choices=STANCES)
    p.add_argument("--outlet", help="the outlet name, exactly as stored")
    p.add_argument("--lang", choices=("ar", "en"))
    p.add_argument("--since", metavar="YYYY-MM-DD", help="statements made on or after")
    p.add_argument("--until", metavar="YYYY-MM-DD", help="statements made on or before")
    p.add_argument("--doc", metavar="ID", help="one document")
    p.add_argument("--bom", action="store_true", help="csv: start with a UTF-8 BOM (for Excel)")
    p.add_argument(
        "--base-url",
        default=os.environ.get("KHABAR_BASE_URL", "http://127.0.0.1:8000"),
        help="claimreview: where `khabar serve` runs, for the claim pages and for articles "
        "without a URL (default $KHABAR_BASE_URL or http://127.0.0.1:8000)",
    )
    p.add_argument("--publisher", default="khabar", help="claimreview: who publishes the reviews")
    add_db_option(p)
    p.set_defaults(func=export)


def query_of(args: argparse.Namespace) -> Query:
    """The export filters given on the command line."""
    from khabar.export import Query

    return Query(
        text=args.query or None,
        speaker=args.speaker,
        stance=args.stance,
        outlet=args.outlet,
        lang=args.lang,
        since=_day(args.since, "--since"),
        until=_day(args.until, "--until"),
        doc=args.doc,
    )


def _day(value: str | None, option: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise InputError(f"{option} {value!r}: not a date (YYYY-MM-DD)") from None


def export(args: argparse.Namespace) -> int:
    from khabar.export import (
        Site,
        claim_clusters,
        claimreview,
        iter_statements,
        write_claimreview,
        write_csv,
        write_jsonl,
    )

    query = query_of(args)
    site = Site(args.base_url, args.publisher) if args.format == "claimreview" else None
    if site is not None and urlsplit(site.base_url).hostname in _LOCAL_HOSTS:
        print(
            f"khabar export: the reviews link to {site.base_url} (a local `khabar serve`); "
            "pass --base-url https://… or set KHABAR_BASE_URL before publishing them",
            file=sys.stderr,
        )
    out = sys.stdout
    with Store.open(args.db) as store:
        if site is not None:
            n = write_claimreview(claimreview(claim_clusters(store, query), site), out)
        elif args.format == "csv":
            if args.bom:
                out.write(BOM)
            n = write_csv(iter_statements(store, query), out)
        else:
            n = write_jsonl(iter_statements(store, query), out)
    what = "claim reviews" if site is not None else "statements"
    print(f"khabar: exported {n} {what}", file=sys.stderr)
    return 0
