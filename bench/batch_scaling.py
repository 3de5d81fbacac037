"""``khabar batch`` scaling on SaudiNewsNet (issue 8): plain loop vs Dask, and end to end.

Measured in one run, over the same first ``--limit`` articles (all 31,030 by default):

1. plain loop: this process reads and extracts every article, one after the other;
2. ``khabar batch --workers 1 --out DIR`` and 3. ``--workers 2``: documents/s of the run
   (cluster start-up reported apart), and peak RSS of each worker process when 25, 50, 75
   and 100 % of the documents are done;
4. end to end into SQLite (``--db``, 2 workers): documents/s including storage, store size
   per 1,000 documents; linking is measured apart, on the first ``--link-sample`` documents
   (it runs on the client after the batch, and today costs far more per document than
   extraction, so it would swamp every other number);
5. the same into PostgreSQL, when the server binaries are installed (a throwaway cluster
   on a Unix socket in a temp dir).

Not a unit test; run it by hand:

    .venv/bin/python bench/batch_scaling.py --limit 4000
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from khabar.batch import BatchOptions, BatchSummary, PartitionResult, run_batch

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "datasets" / "saudinewsnet" / "dataset"
PG_BIN = Path("/usr/lib/postgresql/15/bin")
MILESTONES = (25, 50, 75, 100)


@dataclass(slots=True)
class Row:
    """One measured configuration."""

    name: str
    documents: int
    seconds: float
    startup: float = 0.0
    statements: int = 0
    rss: dict[int, list[float]] = field(default_factory=dict)  # milestone -> MB per worker
    store_mb: float | None = None
    link_seconds: float = 0.0
    cpu: float = 0.0  # CPU seconds spent extracting (workers; the process for the plain loop)
    client_cpu: float = 0.0  # CPU seconds of the client process (reading, writing the store)

    @property
    def rate(self) -> float:
        return self.documents / self.seconds if self.seconds else 0.0


def peak_rss_mb() -> float:
    """Peak resident memory of the calling process so far, in MB (VmHWM, reset at exec).

    ``getrusage().ru_maxrss`` would not do: Linux keeps it across fork and exec, so a worker
    would report the peak of the process that started it.
    """
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return 0.0


def plain_loop(corpus: Path, limit: int | None) -> Row:
    """Read and extract every article in this process (the reference for Dask overhead)."""
    import khabar
    from khabar.batch import decode_record, expand_sources, partition_units
    from khabar.errors import InputError

    khabar.load_pipeline()
    started, cpu_started = time.perf_counter(), time.process_time()
    done = statements = seen = 0
    for part in partition_units(expand_sources([corpus])):
        for raw in part.records[: None if limit is None else max(0, limit - seen)]:
            seen += 1
            try:
                article = decode_record(raw)
            except InputError:
                continue
            try:
                doc = khabar.extract(article.text, published=article.published, lang=article.lang)
            except Exception:  # a pipeline bug on one article: skipped, as khabar batch does
                continue
            done += 1
            statements += len(doc.statements)
        if limit is not None and seen >= limit:
            break
    seconds = time.perf_counter() - started
    row = Row("plain loop (1 process)", done, seconds, statements=statements)
    row.rss = {100: [peak_rss_mb()]}
    row.cpu = row.client_cpu = time.process_time() - cpu_started
    return row


class RssProbe:
    """An ``on_partition`` hook: peak RSS of every worker at 25/50/75/100 % of the run."""

    def __init__(self, total: int) -> None:
        self.total = total
        self.done = 0
        self.rss: dict[int, list[float]] = {}
        self.cpu = 0.0

    def __call__(self, result: PartitionResult, client: Any) -> None:
        self.done += result.records
        self.cpu += result.cpu_seconds
        for milestone in MILESTONES:
            if milestone not in self.rss and self.done * 100 >= milestone * self.total:
                per_worker = client.run(peak_rss_mb)
                self.rss[milestone] = sorted(round(v, 1) for v in per_worker.values())


def dask_run(
    name: str, corpus: Path, limit: int | None, total: int, workers: int, **sink: Any
) -> tuple[Row, BatchSummary]:
    probe = RssProbe(total)
    started, cpu_started = time.perf_counter(), time.process_time()
    options = BatchOptions(sources=[corpus], workers=workers, progress=False, limit=limit, **sink)
    summary = run_batch(options, on_partition=probe)
    wall = time.perf_counter() - started
    client_cpu = time.process_time() - cpu_started
    row = Row(
        name,
        summary.documents,
        summary.seconds + summary.link_seconds,
        startup=wall - summary.seconds - summary.link_seconds,
        statements=summary.statements,
        rss=probe.rss,
        link_seconds=summary.link_seconds,
        cpu=probe.cpu,
        client_cpu=client_cpu,
    )
    return row, summary


def count_records(corpus: Path, limit: int | None) -> int:
    from khabar.batch import expand_sources, iter_records

    n = 0
    for unit in expand_sources([corpus]):
        for _ in iter_records(unit):
            n += 1
            if limit is not None and n >= limit:
                return n
    return n


def sqlite_size_mb(path: Path) -> float:
    files = [path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")]
    return sum(f.stat().st_size for f in files if f.exists()) / 1e6


@contextmanager
def throwaway_postgres() -> Iterator[str | None]:
    """A PostgreSQL URL on a Unix socket in a temp dir, or None when not installed."""
    if not (PG_BIN / "initdb").exists():
        yield None
        return
    root = tempfile.mkdtemp(prefix="khabar-bench-pg-")
    as_pg: Callable[[list[str]], list[str]] = (
        (lambda cmd: ["runuser", "-u", "postgres", "--", *cmd])
        if os.geteuid() == 0
        else (lambda cmd: cmd)
    )
    if os.geteuid() == 0:
        shutil.chown(root, "postgres", "postgres")
    data = os.path.join(root, "data")
    opts = f"-c listen_addresses='' -c unix_socket_directories={root}"
    try:
        subprocess.run(
            as_pg(
                [
                    str(PG_BIN / "initdb"),
                    "-D",
                    data,
                    "-U",
                    "postgres",
                    "--auth=trust",
                    "-E",
                    "UTF8",
                    "--locale=C.UTF-8",
                ]
            ),
            check=True,
            capture_output=True,
        )
        subprocess.run(
            as_pg(
                [
                    str(PG_BIN / "pg_ctl"),
                    "-D",
                    data,
                    "-o",
                    opts,
                    "-w",
                    "-l",
                    os.path.join(root, "log"),
                    "start",
                ]
            ),
            check=True,
            capture_output=True,
        )
        import psycopg

        with psycopg.connect(host=root, user="postgres", dbname="postgres", autocommit=True) as c:
            c.execute('CREATE DATABASE "bench"')
        yield f"postgresql+psycopg://postgres@/bench?host={root}"
    finally:
        subprocess.run(
            as_pg([str(PG_BIN / "pg_ctl"), "-D", data, "-m", "fast", "stop"]), capture_output=True
        )
        shutil.rmtree(root, ignore_errors=True)


def postgres_size_mb(url: str) -> float:
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    with engine.connect() as conn:
        size = conn.execute(text("SELECT pg_database_size(current_database())")).scalar_one()
    engine.dispose()
    return int(size) / 1e6


def print_table(rows: list[Row]) -> None:
    print(
        "\n| run | documents | seconds | documents/s | start-up s | statements | "
        "extraction CPU s (docs per CPU-s) | client CPU s | "
        "peak RSS per worker MB at 25/50/75/100 % | store MB per 1,000 docs |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|---|---:|")
    for r in rows:
        rss = " · ".join(
            f"{m}%: {'/'.join(f'{v:.0f}' for v in r.rss[m])}" for m in MILESTONES if m in r.rss
        )
        store = f"{r.store_mb / r.documents * 1000:.1f}" if r.store_mb and r.documents else ""
        per_cpu = f"{r.documents / r.cpu:.0f}" if r.cpu else ""
        print(
            f"| {r.name} | {r.documents:,} | {r.seconds:.1f} | {r.rate:.1f} | {r.startup:.1f} | "
            f"{r.statements:,} | {r.cpu:.1f} ({per_cpu}) | {r.client_cpu:.1f} | {rss} | {store} |"
        )


def measure_stores(args: argparse.Namespace, total: int, work: Path) -> list[Row]:
    """End to end into SQLite and PostgreSQL (storage, no linking), and linking apart."""
    rows: list[Row] = []
    if "sqlite" not in args.skip:
        db = work / "bench.db"
        row, _ = dask_run(
            "khabar batch --workers 2 --db sqlite",
            args.corpus,
            args.limit,
            total,
            2,
            db=str(db),
            link=False,
        )
        row.store_mb = sqlite_size_mb(db)
        rows.append(row)
        print(f"done: {row.name}", flush=True)
    if "postgres" not in args.skip:
        with throwaway_postgres() as url:
            if url is None:
                print("PostgreSQL not installed: skipped", flush=True)
            else:
                row, _ = dask_run(
                    "khabar batch --workers 2 --db postgresql",
                    args.corpus,
                    args.limit,
                    total,
                    2,
                    db=url,
                    state=work / "pg",
                    link=False,
                )
                row.store_mb = postgres_size_mb(url)
                rows.append(row)
                print(f"done: {row.name}", flush=True)
    if "link" not in args.skip:
        sample = min(args.link_sample, total)
        row, summary = dask_run(
            f"khabar batch --workers 2 --db sqlite + linking, {sample} docs",
            args.corpus,
            sample,
            sample,
            2,
            db=str(work / "link.db"),
        )
        rows.append(row)
        linked = (summary.linked or {}).get("documents", 0)
        print(
            f"done: {row.name}; linking {summary.link_seconds:.1f} s for {linked} documents "
            f"= {summary.link_seconds / max(1, linked) * 1000:.0f} ms per document",
            flush=True,
        )
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="SaudiNewsNet dataset folder")
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    parser.add_argument(
        "--skip",
        action="append",
        default=[],
        choices=["plain", "dask1", "dask2", "sqlite", "postgres", "link"],
    )
    parser.add_argument(
        "--link-sample",
        type=int,
        default=100,
        help="documents to link when measuring the linking cost per document",
    )
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        print(
            f"batch_scaling: {args.corpus}: not found (needs ../shared/datasets)", file=sys.stderr
        )
        return 2
    total = count_records(args.corpus, args.limit)
    print(f"{total:,} records; {os.cpu_count()} cores", flush=True)
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="khabar-bench-scaling-") as tmp:
        work = Path(tmp)
        if "plain" not in args.skip:
            rows.append(plain_loop(args.corpus, args.limit))
            print(f"done: {rows[-1].name}", flush=True)
        for workers in (1, 2):
            if f"dask{workers}" not in args.skip:
                row, _ = dask_run(
                    f"khabar batch --workers {workers} --out",
                    args.corpus,
                    args.limit,
                    total,
                    workers,
                    out=work / f"out{workers}",
                )
                rows.append(row)
                print(f"done: {row.name}", flush=True)
        rows += measure_stores(args, total, work)
    print_table(rows)
    rate = {r.name: r.rate for r in rows}
    one, two = "khabar batch --workers 1 --out", "khabar batch --workers 2 --out"
    if rate.get(one) and rate.get(two):
        print(f"\n2 workers / 1 worker: {rate[two] / rate[one]:.2f}x (target ≥ 1.8x)")
    if rate.get(one) and rows and rows[0].name.startswith("plain") and rows[0].rate:
        print(f"1 worker / plain loop: {rate[one] / rows[0].rate:.2f} (target ≥ 0.9)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
