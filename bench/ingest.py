#!/usr/bin/env python3
"""Ingest benchmark on SaudiNewsNet (read from ../shared/datasets, never copied).

Usage:

    .venv/bin/python bench/ingest.py --limit 31030 --every 1000 --embed stub [--postgres]

Articles go through ``khabar ingest``'s own path (:func:`khabar.ingest.runner.ingest_record`,
one transaction per article); every ``--every`` new documents the new ones are linked and
one line is printed (stderr, JSON): documents in the store, the linking cost per new
document of that step (wall clock and CPU of this process: on a shared machine the CPU
figure is the comparable one), the ingest rate so far, the process's current and peak RSS, and the
store size. Extraction and linking are timed apart. ``--embed stub`` replaces the e5 model
by a hash so that the store-dependent part of linking is measured alone (the model's cost
per statement does not depend on the store; ``--embed e5`` includes it).

``--postgres`` runs against a throwaway PostgreSQL cluster on a Unix socket in a temp dir
(``bench/batch_scaling.py``), else a SQLite file in a temp dir (or ``--db URL``).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path
from typing import Any

from batch_scaling import postgres_size_mb, sqlite_size_mb, throwaway_postgres

from khabar.ingest.record import ArticleRecord
from khabar.ingest.runner import IngestSummary, ingest_record
from khabar.ingest.sources import parse_day
from khabar.ledger.vectors import embed, embed_stub
from khabar.store import Store

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared/datasets/saudinewsnet/dataset"


def articles(limit: int) -> Iterator[ArticleRecord]:
    """The first ``limit`` SaudiNewsNet articles, in archive (date) order."""
    n = 0
    for archive in sorted(CORPUS.glob("*.zip")):
        with zipfile.ZipFile(archive) as zf:
            for name in zf.namelist():
                for item in json.loads(zf.read(name)):
                    if n >= limit:
                        return
                    n += 1
                    yield ArticleRecord(
                        key=item["url"].rstrip("/").rsplit("/", 1)[-1] or f"snn-{n}",
                        text=(item.get("title") or "") + "\n\n" + item["content"],
                        published=parse_day(item.get("date_extracted")),
                        url=item["url"],
                        outlet=item["source"],
                        lang="ar",
                        origin=item["url"],
                    )


def rss_mb() -> tuple[float, float]:
    """(current, peak) resident memory of this process in MB, from /proc."""
    fields = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            fields[key] = int(value.split()[0]) / 1024
    return round(fields["VmRSS"], 1), round(fields["VmHWM"], 1)


def store_mb(url: str) -> float:
    if url.startswith("sqlite"):
        return round(sqlite_size_mb(Path(url.split(":///", 1)[1])), 1)
    return round(postgres_size_mb(url), 1)


def open_url(args: argparse.Namespace) -> AbstractContextManager[str | None]:
    if args.postgres:
        return throwaway_postgres()
    if args.db:
        return nullcontext(args.db)
    tmp = tempfile.mkdtemp(prefix="khabar-bench-")
    return nullcontext(f"sqlite:///{os.path.join(tmp, 'bench.db')}")


def run(url: str, args: argparse.Namespace, embedder: Callable[[list[str]], Any]) -> dict[str, Any]:
    summary = IngestSummary()
    steps: list[dict[str, Any]] = []
    ingesting = linking = 0.0
    with Store.open(url) as store:
        started = time.perf_counter()
        for record in articles(args.limit):
            new_before = summary.new
            ingest_record(store, record, summary)
            if summary.new == new_before or summary.new % args.every:
                continue
            ingesting = time.perf_counter() - started - linking
            t0, cpu0 = time.perf_counter(), time.process_time()
            done = store.link_new(embedder)
            spent, cpu = time.perf_counter() - t0, time.process_time() - cpu0
            linking += spent
            now, peak = rss_mb()
            step = {
                "documents": summary.new,
                "link_s_per_doc": round(spent / max(1, done["documents"]), 4),
                "link_s_per_statement": round(spent / max(1, done["statements"]), 4),
                "link_cpu_s_per_doc": round(cpu / max(1, done["documents"]), 4),
                "ingest_articles_per_s": round((summary.new + summary.duplicate) / ingesting, 1),
                "rss_mb": now,
                "peak_rss_mb": peak,
                "store_mb": store_mb(url),
            }
            steps.append(step)
            print(json.dumps(step), file=sys.stderr, flush=True)
        t0 = time.perf_counter()
        store.link_new(embedder)
        linking += time.perf_counter() - t0
        ingesting = time.perf_counter() - started - linking
        counts = store.counts()
    size = store_mb(url)
    return {
        "db": url.split("://")[0],
        "embed": args.embed,
        "articles": summary.new + summary.duplicate,
        "new": summary.new,
        "duplicate": summary.duplicate,
        "statements": counts["statements"],
        "ingest_s": round(ingesting, 1),
        "articles_per_s": round((summary.new + summary.duplicate) / ingesting, 1),
        "link_s_total": round(linking, 1),
        "peak_rss_mb": rss_mb()[1],
        "store_mb": size,
        "store_mb_per_1000_docs": round(size / max(1, counts["documents"]) * 1000, 2),
        "steps": steps,
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--limit", type=int, default=1000)
    ap.add_argument("--every", type=int, default=200, help="link after this many new documents")
    ap.add_argument("--db", default=None, help="store URL (default: SQLite in a temp dir)")
    ap.add_argument("--postgres", action="store_true", help="a throwaway PostgreSQL cluster")
    ap.add_argument("--embed", choices=("e5", "stub"), default="e5")
    args = ap.parse_args()
    embedder = embed_stub if args.embed == "stub" else embed
    with open_url(args) as url:
        if url is None:
            print("PostgreSQL is not installed (no initdb)", file=sys.stderr)
            return 2
        report = run(url, args, embedder)
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
