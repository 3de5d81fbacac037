"""``khabar batch SOURCE…``: extract a whole corpus on Dask distributed (SPEC §2)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from khabar.batch._partition import DEFAULT_SIZE


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "batch",
        help="extract a whole corpus on Dask (local worker processes or a cluster)",
        description=(
            "Extract every article of folders, JSONL(.gz), WARC and zip archives of JSON article "
            "lists, in partitions on Dask workers. Results go to JSONL shards (--out) and/or the "
            "store (--db); a manifest of finished partitions makes reruns with --resume do only "
            "what is missing. Examples:\n"
            "  khabar batch ../shared/datasets/saudinewsnet/dataset --workers 2 --out shards/\n"
            "  khabar batch corpus.jsonl.gz --scheduler tcp://10.0.0.5:8786 --db news.db --resume"
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument(
        "sources",
        nargs="+",
        metavar="SOURCE",
        help="file or folder: text/HTML files, *.jsonl(.gz), *.warc(.gz), *.zip",
    )
    p.add_argument(
        "--scheduler",
        default="local",
        help="'local' (default: a LocalCluster of worker processes) or tcp://HOST:PORT "
        "of a running `dask scheduler`",
    )
    p.add_argument(
        "--workers",
        type=_positive,
        default=None,
        help="local worker processes (default: the number of cores)",
    )
    p.add_argument(
        "--out",
        type=Path,
        default=None,
        help="folder for JSONL shards, one per partition, plus manifest and failures",
    )
    p.add_argument(
        "--db", default=None, help="store URL or SQLite path (e.g. news.db, postgresql+psycopg://…)"
    )
    p.add_argument(
        "--resume",
        action="store_true",
        help="continue an earlier run: skip the partitions its manifest lists",
    )
    p.add_argument(
        "--partition-size",
        type=_positive,
        default=DEFAULT_SIZE,
        help=f"articles per partition (default {DEFAULT_SIZE})",
    )
    p.add_argument(
        "--encoding",
        default=None,
        help="encoding of loose files that are not UTF-8/UTF-16 with BOM (e.g. cp1256)",
    )
    p.add_argument(
        "--state",
        type=Path,
        default=None,
        help="folder for the manifest and failures file (default: --out, or beside --db)",
    )
    p.add_argument(
        "--no-link",
        action="store_true",
        help="with --db: do not link the new documents into the ledger afterwards",
    )
    p.add_argument(
        "--embed",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="workers compute the statement vectors for claim linking (default: when the "
        "run links; --embed with --no-link prepares a store to be linked later by "
        "`khabar link`, --no-embed leaves the embedding to the linker)",
    )
    p.add_argument(
        "--limit", type=_positive, default=None, help="only the first N records (a trial run)"
    )
    p.add_argument("--no-progress", action="store_true", help="no progress bar on stderr")
    p.set_defaults(func=run)


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number ≥ 1, got {value!r}")
    return number


def run(args: argparse.Namespace) -> int:
    from khabar.batch import BatchOptions, run_batch

    if args.out is None and args.db is None:
        print("khabar batch: error: give --out DIR and/or --db URL", file=sys.stderr)
        return 2
    options = BatchOptions(
        sources=args.sources,
        out=args.out,
        db=args.db,
        scheduler=args.scheduler,
        workers=args.workers,
        resume=args.resume,
        partition_size=args.partition_size,
        encoding=args.encoding,
        progress=not args.no_progress,
        state=args.state,
        link=not args.no_link,
        embed=args.embed,
        limit=args.limit,
    )
    summary = run_batch(options)
    print(f"khabar batch: {summary}", file=sys.stderr)
    return 1 if summary.lost else 0
