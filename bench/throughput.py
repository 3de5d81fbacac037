"""Extraction throughput on SaudiNewsNet, against a read-and-regex baseline (issue 3, item 10).

Four measurements in one run, over the same articles read the same way (the batch reader
streams each daily zip archive of JSON lists; ``--limit N`` takes the first N/18 articles of
each of the 18 archives):

* baseline, 1 process: read each article and scan it with one regex for cue verbs;
* pipeline, 1 process: read each article and run the full ``khabar.extract``;
* baseline and pipeline with 2 processes (a ``multiprocessing`` pool of 2, one task per
  archive; each process reads its own archives; timed once both have built the pipeline).

Prints articles/s and characters/s of wall clock, the CPU seconds the passes spent (summed
over the processes of a pool) and characters per CPU second, which do not depend on what
else runs on a shared machine; the ratio pipeline/baseline (target ≥ 0.5) per wall second
and per CPU second, and the speed-up from 1 to 2 processes. With ``--profile-components`` the
1-process pipeline pass also times each pipeline component (normalise, segment, attribute, …)
around its call, in CPU time, and prints each one's share of that pass and its own
characters per CPU second. ``--repeat N`` runs the 1-process passes N times and prints the
range; ``--no-pool`` skips the 2-process passes. ``--pipeline-only`` runs one 1-process
pipeline pass and nothing else, for counting instructions under valgrind, which a busy machine
does not disturb (the difference between two limits cancels start-up); with ``--first K`` that
pass runs only the first K components (0: reading and language detection), so that the
difference between K and K + 1 is what component K + 1 costs:

    valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null \
        .venv/bin/python bench/throughput.py --pipeline-only --limit 600 [--first K]

Not a unit test; run it by hand:

    .venv/bin/python bench/throughput.py --limit 3000 --profile-components --repeat 3
    .venv/bin/python bench/throughput.py            # all 31,030 articles (long)
"""

from __future__ import annotations

import argparse
import itertools
import multiprocessing
import re
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from khabar.batch import RawRecord, SourceUnit, decode_record, iter_records
from khabar.errors import InputError

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "datasets" / "saudinewsnet" / "dataset"
# one regex for the common Arabic cue verbs (with the و/ف prefix and the feminine form)
CUE_VERBS = re.compile(
    r"(?<![\w])[وف]?(?:قال|أكد|أعلن|أوضح|أشار|لفت|نفى|صرح|صرّح|ذكر|أضاف|تابع|شدد|اعتبر)(?:ت)?(?![\w])"
)


@dataclass(slots=True)
class Tally:
    """What one pass over a partition counted."""

    articles: int = 0
    chars: int = 0
    found: int = 0  # cue-verb hits (baseline) or statements (pipeline)
    failed: int = 0
    cpu: float = 0.0  # CPU seconds of the process(es) that did the work
    seconds_in: dict[str, float] = field(default_factory=dict)  # component -> CPU seconds

    def add(self, other: Tally) -> None:
        self.articles += other.articles
        self.chars += other.chars
        self.found += other.found
        self.failed += other.failed
        self.cpu += other.cpu
        for name, seconds in other.seconds_in.items():
            self.seconds_in[name] = self.seconds_in.get(name, 0.0) + seconds


def scan_file(task: Task) -> Tally:
    """Baseline: read each article of one archive and count cue verbs with one regex."""
    tally = Tally(cpu=-time.process_time())
    for raw in records(task):
        try:
            text = decode_record(raw).text
        except InputError:
            tally.failed += 1
            continue
        tally.articles += 1
        tally.chars += len(text)
        tally.found += len(CUE_VERBS.findall(text))
    tally.cpu += time.process_time()
    return tally


def extract_file(task: Task) -> Tally:
    """Pipeline: read each article of one archive and run the full extraction."""
    import khabar

    tally = Tally(cpu=-time.process_time())
    for raw in records(task):
        try:
            article = decode_record(raw)
        except InputError:
            tally.failed += 1
            continue
        try:
            doc = khabar.extract(article.text, published=article.published, lang=article.lang)
        except Exception:  # a pipeline bug on one article: counted, as khabar batch does
            tally.failed += 1
            continue
        tally.articles += 1
        tally.chars += len(article.text)
        tally.found += len(doc.statements)
    tally.cpu += time.process_time()
    return tally


def _documents(task: Task, tally: Tally) -> Iterator[tuple[int, Any]]:
    """(characters, fresh Document) of each article of one archive, its language detected
    as ``khabar.extract`` does; an undecodable record is counted as failed."""
    from khabar._api import detect_lang
    from khabar.model import Document

    for raw in records(task):
        try:
            article = decode_record(raw)
        except InputError:
            tally.failed += 1
            continue
        lang = detect_lang(article.text) if article.lang == "auto" else article.lang
        yield len(article.text), Document(text=article.text, lang=lang, published=article.published)


def extract_file_timed(task: Task) -> Tally:
    """Pipeline as :func:`extract_file`, each component timed around its call."""
    import khabar

    pipeline = khabar.load_pipeline()
    clock = time.process_time
    tally = Tally(cpu=-clock(), seconds_in={comp.name: 0.0 for comp in pipeline.components})
    for chars, doc in _documents(task, tally):
        try:
            for comp in pipeline.components:  # what Pipeline.__call__ does, with a clock
                started = clock()
                doc = comp(doc)
                doc.done.update(comp.assigns)
                tally.seconds_in[comp.name] += clock() - started
        except Exception:  # a pipeline bug on one article: counted, as khabar batch does
            tally.failed += 1
            continue
        tally.articles += 1
        tally.chars += chars
        tally.found += len(doc.statements)
    tally.cpu += clock()
    return tally


def extract_file_first(task: Task, first: int) -> Tally:
    """Pipeline as :func:`extract_file`, but only its first ``first`` components."""
    import khabar

    components = khabar.load_pipeline().components[:first]
    tally = Tally(cpu=-time.process_time())
    for chars, doc in _documents(task, tally):
        for comp in components:
            doc = comp(doc)
            doc.done.update(comp.assigns)
        tally.articles += 1
        tally.chars += chars
        tally.found += len(doc.statements)
    tally.cpu += time.process_time()
    return tally


def print_components(tally: Tally) -> None:
    """Each component's share of the CPU time of a timed pipeline pass, its own characters
    per CPU second; "other" is reading, language detection and the loop."""
    print(f"components, 1 proc ({tally.chars:,} chars, {tally.cpu:.1f} CPU s in all):")
    for name, spent in [
        *tally.seconds_in.items(),
        ("other", tally.cpu - sum(tally.seconds_in.values())),
    ]:
        rate = f"{tally.chars / spent:14,.0f} chars/CPU-s" if spent > 0 else ""
        print(f"  {name:11} {spent:8.2f} s  {100 * spent / tally.cpu:5.1f} %{rate}")


Task = tuple[Path, int | None]  # an archive, and how many of its first articles to take


def records(task: Task) -> Iterator[RawRecord]:
    path, take = task
    return itertools.islice(iter_records(SourceUnit("zip", path)), take)


def tasks(corpus: Path, limit: int | None) -> list[Task]:
    """One task per daily archive; ``limit`` is spread evenly over the archives."""
    archives = sorted(corpus.glob("*.zip"))
    take = None if limit is None else max(1, -(-limit // len(archives)))
    return [(path, take) for path in archives]


def measure(work: Callable[[Task], Tally], todo: list[Task], procs: int) -> tuple[Tally, float]:
    """Run ``work`` over every task in 1 process (this one) or a pool of ``procs``."""
    total = Tally()
    if procs == 1:
        started = time.perf_counter()
        for task in todo:
            total.add(work(task))
        return total, time.perf_counter() - started
    ctx = multiprocessing.get_context("spawn")
    ready = ctx.Barrier(procs + 1)
    with ctx.Pool(procs, initializer=_warm, initargs=(ready,)) as pool:
        ready.wait()  # every process is up and has built its pipeline
        started = time.perf_counter()
        for tally in pool.imap_unordered(work, todo):  # children read their own archives
            total.add(tally)
        return total, time.perf_counter() - started


def _warm(ready: Any = None) -> None:
    import khabar

    khabar.load_pipeline()
    if ready is not None:
        ready.wait()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="SaudiNewsNet dataset folder")
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    parser.add_argument(
        "--profile-components",
        action="store_true",
        help="time each pipeline component in the 1-process pipeline pass",
    )
    parser.add_argument("--repeat", type=int, default=1, help="run the 1-process passes N times")
    parser.add_argument("--no-pool", action="store_true", help="skip the 2-process passes")
    parser.add_argument(
        "--pipeline-only", action="store_true", help="one 1-process pipeline pass, nothing else"
    )
    parser.add_argument(
        "--first", type=int, default=None, help="with --pipeline-only: the first K components"
    )
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"throughput: {args.corpus}: not found (needs ../shared/datasets)", file=sys.stderr)
        return 2
    _warm()
    rows: list[tuple[str, int, Tally, float]] = []
    todo = tasks(args.corpus, args.limit)
    works = (("baseline", scan_file), ("pipeline", extract_file))
    runs = [(1, work) for _ in range(args.repeat) for work in works]
    if args.pipeline_only:
        first = args.first
        runs = [
            (
                1,
                works[1]
                if first is None
                else ("pipeline", partial(extract_file_first, first=first)),
            )
        ]
    elif not args.no_pool:
        runs += [(2, work) for work in works]
    for procs, (name, work) in runs:
        timed = args.profile_components and procs == 1 and name == "pipeline"
        tally, seconds = measure(extract_file_timed if timed else work, todo, procs)
        rows.append((name, procs, tally, seconds))
        print(
            f"{name:9} {procs} proc  {tally.articles:7,} articles  {tally.chars:11,} chars  "
            f"{seconds:8.1f} s  "
            f"{tally.articles / seconds:9.1f} articles/s  {tally.chars / seconds:12,.0f} chars/s  "
            f"{tally.cpu:8.1f} CPU s  {tally.chars / tally.cpu:12,.0f} chars/CPU-s  "
            f"found {tally.found:,}  failed {tally.failed}",
            flush=True,
        )
        if tally.seconds_in:
            print_components(tally)
    if not args.pipeline_only:
        print_summary(rows)
    return 0


def print_summary(rows: list[tuple[str, int, Tally, float]]) -> None:
    """Ranges over repeated passes, the ratios pipeline/baseline and the 2-process speed-up."""
    wall: dict[tuple[str, int], list[float]] = {}
    cpu: dict[tuple[str, int], list[float]] = {}
    for name, procs, tally, seconds in rows:
        wall.setdefault((name, procs), []).append(tally.chars / seconds)
        cpu.setdefault((name, procs), []).append(tally.chars / tally.cpu)
    for key, rates in cpu.items():
        print(
            f"{key[0]:9} {key[1]} proc  chars/CPU-s {min(rates):12,.0f} – {max(rates):12,.0f}  "
            f"chars/s {min(wall[key]):12,.0f} – {max(wall[key]):12,.0f}  ({len(rates)} runs)"
        )
    for procs in sorted({procs for _, procs in wall}):
        ratio = max(wall["pipeline", procs]) / max(wall["baseline", procs])
        ratio_cpu = max(cpu["pipeline", procs]) / max(cpu["baseline", procs])
        print(
            f"ratio pipeline/baseline, {procs} proc: {ratio:.3f} per wall second, "
            f"{ratio_cpu:.3f} per CPU second (best runs; target ≥ 0.5)"
        )
    if ("pipeline", 2) in wall:
        for name in ("baseline", "pipeline"):
            speed_up = max(wall[name, 2]) / max(wall[name, 1])
            print(f"speed-up 2 procs / 1 proc, {name}: {speed_up:.2f}x")


if __name__ == "__main__":
    sys.exit(main())
