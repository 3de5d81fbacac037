"""p50/p95 latency of the main API and page views on a store of >= 10,000 articles.

Loopback only (127.0.0.1), bounded: ``--requests`` per view and ``--max-seconds`` in all.
The store is synthesised: varied fictional articles (Arabic and English) with hand-built
statements, so building it does not depend on extraction speed. Re-runs reuse the store.
Linking uses a hash embedder by default (``--embed stub``, as ``bench/ingest.py`` does): the
e5 model costs ~0.2 s per statement whatever the store size and does not change what the
API reads.

    .venv/bin/python bench/api_latency.py --docs 10000 --requests 100
    .venv/bin/python bench/api_latency.py --db postgresql+psycopg://postgres@/bench?host=/tmp/pg
    .venv/bin/python bench/api_latency.py --postgres    # a throwaway cluster, removed at the end

``--db`` takes a SQLite file path or any store URL. ``--postgres`` starts a throwaway
PostgreSQL cluster with Debian's ``initdb``/``pg_ctl`` in a temp dir, listening on a Unix
socket only (as ``tests/conftest.py`` does), and removes it when the run ends.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path

import httpx

from khabar.ingest.record import ArticleRecord
from khabar.ledger.vectors import embed_stub
from khabar.model import Cue, Document, Quantity, Span, Speaker, Statement
from khabar.store import Store
from khabar.web import create_app
from khabar.web._server import background_server
from khabar.web._store_source import StoreSource

FIRST = ["هاني", "سعاد", "فيرجيل", "نادية", "خالد", "Maria", "John", "Omar", "Hana", "Yusuf"]
LAST = ["النجار", "الشامي", "بيلوني", "الخوري", "Najjar", "Belloni", "Nasser", "Saleh", "Karam"]
OUTLETS = ["الشرق", "النهار", "Daily Ledger", "The Courier", "الميدان", "Wire Service"]
STANCES = ["assert", "assert", "assert", "deny", "hedged", "unverified", "confirm"]


def _span(text: str, piece: str) -> Span:
    start = text.index(piece)
    return Span(start, start + len(piece), piece)


def synth_article(i: int, rng: random.Random) -> tuple[ArticleRecord, Document]:
    """One fictional article with two statements and a number."""
    name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    other = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    n = rng.randrange(1, 40) * 500
    day = date(2024, 1, 1) + timedelta(days=rng.randrange(300))
    arabic = i % 2 == 0
    if arabic:
        content = f"نحو {n} جندي انتشروا قرب المعبر رقم {i}"
        text = f"قال {name} إن {content}.\nونفى {other} أن تكون القوات قد تحركت في المنطقة {i}."
        cues, denial, unit = ("قال", "ونفى"), f"تكون القوات قد تحركت في المنطقة {i}", "جندي"
    else:
        content = f"about {n} troops were near crossing {i}"
        text = f"{name} said that {content}. {other} denied that troops had moved in area {i}."
        cues, denial, unit = ("said", "denied"), f"troops had moved in area {i}", "troops"
    doc = Document(text, "ar" if arabic else "en", day)
    first, second = _span(text, name), _span(text, other)
    c1, c2 = _span(text, cues[0]), _span(text, cues[1])
    q = _span(text, str(n))
    doc.statements = [
        Statement("s1", Cue(c1.text, c1.start, c1.end, c1.text), _span(text, content),
                  Speaker(name, first.start, first.end, name, "person"),
                  stance=rng.choice(STANCES), date=day,
                  quantities=[Quantity(n, q.text, q.start, q.end, unit)]),
        Statement("s2", Cue(c2.text, c2.start, c2.end, c2.text), _span(text, denial),
                  Speaker(other, second.start, second.end, other, "person"), stance="deny",
                  date=day),
    ]  # fmt: skip
    record = ArticleRecord(f"bench-{i:06d}", text, day, None, rng.choice(OUTLETS), doc.lang)
    return record, doc


def build_store(url: str, docs: int, embed: str) -> Store:
    store = Store.open(url)
    have = store.counts()["documents"]
    rng = random.Random(7)
    started = time.monotonic()
    for i in range(docs):
        record, doc = synth_article(i, rng)
        if i >= have:
            store.add_document(record, doc)
    print(
        f"store: {docs:,} documents ({docs - have:,} added in {time.monotonic() - started:.0f}s)",
        file=sys.stderr,
    )
    started = time.monotonic()
    linked = store.link_new(embed_stub if embed == "stub" else None)
    print(f"linked {linked} in {time.monotonic() - started:.0f}s", file=sys.stderr)
    return store


VIEWS = {
    "GET /api/documents": "/api/documents?limit=50",
    "GET /api/documents/{id}": "/api/documents/bench-{i:06d}",
    "GET /api/statements?stance": "/api/statements?stance=deny&limit=50",
    "GET /api/search?q (Arabic)": "/api/search?q=بيلوني&limit=50",
    "GET /api/speakers": "/api/speakers?limit=50",
    "GET /api/speakers/{id}": "/api/speakers/{speaker}",
    "GET /api/claims": "/api/claims?limit=50",
    "GET /api/claims/{id}": "/api/claims/{claim}",
    "GET /api/claims?q": "/api/claims?q=المعبر&limit=50",
    "GET /api/figures": "/api/figures?limit=20",
    "GET /api/figures/{id}": "/api/figures/{figure}",
    "GET /api/figures?q": "/api/figures?q=troops&limit=20",
    "GET /documents/{id} (HTML)": "/documents/bench-{i:06d}",
    "GET /speakers (HTML)": "/speakers",
    "GET /claims (HTML)": "/claims",
    "GET /search?q (HTML)": "/search?q=النجار",
}
# whole-store exports: seconds each, so fewer repeats
EXPORTS = {
    "GET /api/export?format=csv (all)": "/api/export?format=csv",
    "GET /api/export?format=jsonl&stance=deny": "/api/export?format=jsonl&stance=deny",
    "GET /api/export?format=claimreview (all)": "/api/export?format=claimreview",
    "GET /api/export?format=csv&q=بيلوني": "/api/export?format=csv&q=بيلوني",
}
EXPORT_REPEATS = 5


def sample_ids(client: httpx.Client) -> dict[str, list[str]]:
    """Ids to open in the detail views: the first page of each list."""
    out = {}
    for name in ("speakers", "claims", "figures"):
        items = client.get(f"/api/{name}", params={"limit": 50}).json()["items"]
        out[name[:-1]] = [item["id"] for item in items] or ["none"]
    return out


def measure(base: str, docs: int, per_view: int, deadline: float) -> dict[str, dict[str, float]]:
    out: dict[str, dict[str, float]] = {}
    rng = random.Random(11)
    with httpx.Client(base_url=base, timeout=120) as client:
        ids = sample_ids(client)
        views = {name: (template, per_view) for name, template in VIEWS.items()}
        views |= {name: (path, min(per_view, EXPORT_REPEATS)) for name, path in EXPORTS.items()}
        for name, (template, repeats) in views.items():
            times: list[float] = []
            for _ in range(repeats):
                if time.monotonic() > deadline:
                    break
                picks = {key: rng.choice(values) for key, values in ids.items()}
                path = template.format(i=rng.randrange(docs), **picks)
                started = time.perf_counter()
                response = client.get(path)
                times.append((time.perf_counter() - started) * 1000)
                response.raise_for_status()
            if times:
                q = statistics.quantiles(times, n=20) if len(times) > 1 else times * 19
                out[name] = {"n": len(times), "p50_ms": statistics.median(times), "p95_ms": q[18]}
    return out


def _postgres_bin() -> Path:
    """The newest installed PostgreSQL's bin folder (Debian: /usr/lib/postgresql/N/bin)."""
    found = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/initdb"),
        key=lambda p: int(p.parts[-3]) if p.parts[-3].isdigit() else 0,
    )
    if not found:
        raise SystemExit("PostgreSQL server not installed (no /usr/lib/postgresql/*/bin/initdb)")
    return found[-1].parent


def _as_postgres(cmd: list[str]) -> list[str]:
    """initdb refuses to run as root: run the server tools as the ``postgres`` user then."""
    return ["runuser", "-u", "postgres", "--", *cmd] if os.geteuid() == 0 else cmd


@contextmanager
def throwaway_postgres() -> Iterator[str]:
    """A PostgreSQL cluster in a temp dir on a Unix socket (no TCP); yields a store URL."""
    bin_dir, root = _postgres_bin(), tempfile.mkdtemp(prefix="khabar-bench-pg-")
    if os.geteuid() == 0:
        shutil.chown(root, "postgres", "postgres")
    data = os.path.join(root, "data")
    run = lambda cmd: subprocess.run(_as_postgres(cmd), check=True, capture_output=True)  # noqa: E731
    run([str(bin_dir / "initdb"), "-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8"])
    opts = f"-c listen_addresses='' -c unix_socket_directories={root}"
    log = os.path.join(root, "log")
    run([str(bin_dir / "pg_ctl"), "-D", data, "-o", opts, "-w", "-l", log, "start"])
    try:
        run([str(bin_dir / "createdb"), "-h", root, "-U", "postgres", "bench"])
        yield f"postgresql+psycopg://postgres@/bench?host={root}"
    finally:
        run([str(bin_dir / "pg_ctl"), "-D", data, "-m", "fast", "stop"])
        shutil.rmtree(root, ignore_errors=True)


def store_url(db: str) -> str:
    """A store URL from ``--db``: a URL as given, a plain path as a SQLite file."""
    if "://" in db:
        return db
    Path(db).parent.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{db}"


def run(url: str, args: argparse.Namespace) -> dict[str, object]:
    store = build_store(url, args.docs, args.embed)
    if args.build_only:
        store.close()
        return {}
    app = create_app(StoreSource(store))
    with background_server(app) as base:
        results = measure(base, args.docs, args.requests, time.monotonic() + args.max_seconds)
    print(f"{'view':40} {'n':>5} {'p50 ms':>9} {'p95 ms':>9}")
    for name, r in results.items():
        print(f"{name:40} {r['n']:>5} {r['p50_ms']:>9.1f} {r['p95_ms']:>9.1f}")
    report = {
        "docs": args.docs,
        "dialect": store.dialect,
        "embed": args.embed,
        "counts": store.counts(),
        "views": results,
    }
    store.close()
    return report


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--requests", type=int, default=100, help="requests per view")
    parser.add_argument("--max-seconds", type=float, default=300.0)
    parser.add_argument(
        "--db", default="bench/results/api_latency.db", help="SQLite file path or store URL"
    )
    parser.add_argument(
        "--postgres", action="store_true", help="on a throwaway PostgreSQL cluster (ignores --db)"
    )
    parser.add_argument(
        "--build-only", action="store_true", help="build the store, measure nothing"
    )
    parser.add_argument("--embed", choices=("stub", "e5"), default="stub")
    args = parser.parse_args()
    if args.postgres:
        with throwaway_postgres() as url:
            report = run(url, args)
    else:
        report = run(store_url(args.db), args)
    if report:
        out = Path(f"bench/results/api_latency-{report['dialect']}.json")
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(report, indent=1, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
