"""Extraction throughput on SaudiNewsNet, against a read-and-regex baseline (issue 3, item 10).

Four measurements in one run, over the same articles read the same way (the batch reader
streams each daily zip archive of JSON lists; ``--limit N`` takes the first N/18 articles of
each of the 18 archives):

* baseline, 1 process: read each article and scan it with one regex for cue verbs;
* pipeline, 1 process: read each article and run the full ``khabar.extract``;
* baseline and pipeline with 2 processes (a ``multiprocessing`` pool of 2, one task per
  archive; each process reads its own archives; timed once both have built the pipeline).

Prints articles/s, characters/s and the ratio pipeline/baseline (target ≥ 0.5), and the
speed-up from 1 to 2 processes. With ``--profile-components`` the 1-process pipeline pass also
times each pipeline component (normalise, segment, attribute, …) around its call, and prints
each one's share of that pass and its own characters/s. Not a unit test; run it by hand:

    .venv/bin/python bench/throughput.py --limit 3000 --profile-components
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
    seconds_in: dict[str, float] = field(default_factory=dict)  # component -> seconds

    def add(self, other: Tally) -> None:
        self.articles += other.articles
        self.chars += other.chars
        self.found += other.found
        self.failed += other.failed
        for name, seconds in other.seconds_in.items():
            self.seconds_in[name] = self.seconds_in.get(name, 0.0) + seconds


def scan_file(task: Task) -> Tally:
    """Baseline: read each article of one archive and count cue verbs with one regex."""
    tally = Tally()
    for raw in records(task):
        try:
            text = decode_record(raw).text
        except InputError:
            tally.failed += 1
            continue
        tally.articles += 1
        tally.chars += len(text)
        tally.found += len(CUE_VERBS.findall(text))
    return tally


def extract_file(task: Task) -> Tally:
    """Pipeline: read each article of one archive and run the full extraction."""
    import khabar

    tally = Tally()
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
    return tally


def extract_file_timed(task: Task) -> Tally:
    """Pipeline as :func:`extract_file`, each component timed around its call."""
    import khabar
    from khabar._api import detect_lang
    from khabar.model import Document

    pipeline = khabar.load_pipeline()
    tally = Tally(seconds_in={comp.name: 0.0 for comp in pipeline.components})
    for raw in records(task):
        try:
            article = decode_record(raw)
        except InputError:
            tally.failed += 1
            continue
        lang = detect_lang(article.text) if article.lang == "auto" else article.lang
        doc = Document(text=article.text, lang=lang, published=article.published)
        try:
            for comp in pipeline.components:  # what Pipeline.__call__ does, with a clock
                started = time.perf_counter()
                doc = comp(doc)
                doc.done.update(comp.assigns)
                tally.seconds_in[comp.name] += time.perf_counter() - started
        except Exception:  # a pipeline bug on one article: counted, as khabar batch does
            tally.failed += 1
            continue
        tally.articles += 1
        tally.chars += len(article.text)
        tally.found += len(doc.statements)
    return tally


def print_components(tally: Tally, seconds: float) -> None:
    """Each component's share of a timed pipeline pass, and its own characters/s."""
    print(f"components, 1 proc ({tally.chars:,} chars, {seconds:.1f} s in all):")
    for name, spent in [
        *tally.seconds_in.items(),
        ("other", seconds - sum(tally.seconds_in.values())),
    ]:
        rate = f"{tally.chars / spent:14,.0f} chars/s" if spent > 0 else ""
        print(f"  {name:11} {spent:8.2f} s  {100 * spent / seconds:5.1f} %{rate}")


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
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"throughput: {args.corpus}: not found (needs ../shared/datasets)", file=sys.stderr)
        return 2
    _warm()
    rows = []
    todo = tasks(args.corpus, args.limit)
    works = (("baseline", scan_file), ("pipeline", extract_file))
    for procs, (name, work) in itertools.product((1, 2), works):
        timed = args.profile_components and procs == 1 and name == "pipeline"
        tally, seconds = measure(extract_file_timed if timed else work, todo, procs)
        rows.append((name, procs, tally, seconds))
        print(
            f"{name:9} {procs} proc  {tally.articles:7,} articles  {seconds:8.1f} s  "
            f"{tally.articles / seconds:9.1f} articles/s  {tally.chars / seconds:12,.0f} chars/s  "
            f"found {tally.found:,}  failed {tally.failed}",
            flush=True,
        )
        if tally.seconds_in:
            print_components(tally, seconds)
    rate = {(name, procs): tally.articles / seconds for name, procs, tally, seconds in rows}
    for procs in (1, 2):
        ratio = rate["pipeline", procs] / rate["baseline", procs]
        print(f"ratio pipeline/baseline, {procs} proc: {ratio:.3f}  (target ≥ 0.5)")
    for name in ("baseline", "pipeline"):
        print(f"speed-up 2 procs / 1 proc, {name}: {rate[name, 2] / rate[name, 1]:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
