#!/usr/bin/env python3
"""Ingest benchmark on SaudiNewsNet (read from ../shared/datasets, never copied).

Usage: .venv/bin/python bench/ingest.py --limit 1000 [--db URL] [--every 200] [--embed stub]
Reports articles/s, peak RSS, store size per 1,000 documents (SQLite) and the linking cost
per new document as the store grows (it must stay flat: linking is blocked by date and
capped). Extraction and linking are timed apart; ``--embed stub`` replaces the e5 model by a
hash so that the store-dependent part of linking is measured alone (the model's cost per
statement is constant and reported by ``--embed e5``).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import tempfile
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path

from khabar.ingest.record import ArticleRecord
from khabar.ingest.runner import IngestSummary, ingest_record
from khabar.ingest.sources import parse_day
from khabar.ledger.vectors import embed, embed_stub
from khabar.store import Store

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared/datasets/saudinewsnet/dataset"


def articles(limit: int) -> Iterator[ArticleRecord]:
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


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--limit", type=int, default=1000)
    ap.add_argument("--every", type=int, default=200, help="link after this many new documents")
    ap.add_argument("--db", default=None)
    ap.add_argument("--embed", choices=("e5", "stub"), default="e5")
    a = ap.parse_args()
    embedder = embed_stub if a.embed == "stub" else embed
    tmp = tempfile.mkdtemp(prefix="khabar-bench-")
    url = a.db or f"sqlite:///{os.path.join(tmp, 'bench.db')}"
    summary = IngestSummary()
    link_costs = []
    linking = 0.0
    start = time.perf_counter()
    with Store.open(url) as store:
        for record in articles(a.limit):
            ingest_record(store, record, summary)
            if summary.new and summary.new % a.every == 0:
                t0 = time.perf_counter()
                done = store.link_new(embedder)["documents"]
                spent = time.perf_counter() - t0
                linking += spent
                link_costs.append((summary.new, spent / max(1, done)))
                print(f"{summary.new} docs: link {spent / max(1, done):.4f} s/doc", file=sys.stderr)
        t0 = time.perf_counter()
        store.link_new(embedder)
        linking += time.perf_counter() - t0
        counts = store.counts()
    elapsed = time.perf_counter() - start - linking
    size = os.path.getsize(url.split(":///", 1)[1]) if url.startswith("sqlite") else None
    report = {
        "db": url.split("://")[0],
        "articles": summary.new + summary.duplicate,
        "new": summary.new,
        "statements": counts["statements"],
        "articles_per_s": round((summary.new + summary.duplicate) / elapsed, 2),
        "embed": a.embed,
        "link_s_total": round(linking, 1),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "store_mb_per_1000_docs": round(size / 1e6 / max(1, counts["documents"]) * 1000, 2)
        if size
        else None,
        "link_s_per_doc_at_size": [(n, round(c, 4)) for n, c in link_costs],
    }
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
