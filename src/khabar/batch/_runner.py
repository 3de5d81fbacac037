"""The client side of ``khabar batch``: read, submit, collect, record.

The client streams partitions from the sources and keeps only a few in flight per worker
thread (bounded memory at any corpus size); each finished partition is written to the sinks
and then recorded in the manifest. Partitions already in the manifest are not submitted
again (``--resume``). Dask reschedules the tasks of a worker that dies; tasks are pure, so
a partition's result reaches the client once, however often it ran.
"""

from __future__ import annotations

import logging
import os
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from khabar.batch._manifest import Manifest
from khabar.batch._partition import DEFAULT_SIZE, Partition, partition_units
from khabar.batch._progress import Progress, RecordCounter
from khabar.batch._sinks import ShardSink, Sink
from khabar.batch._sources import expand_sources
from khabar.batch._tasks import PartitionResult, extract_partition, warm_pipeline
from khabar.errors import InputError, KhabarError

MANIFEST_NAME = "manifest.jsonl"
FAILURES_NAME = "failures.jsonl"
IN_FLIGHT_PER_THREAD = 2  # enough to keep every worker busy while the client collects


@dataclass(slots=True)
class BatchOptions:
    """Everything ``khabar batch`` needs to know (the CLI flags, as Python values)."""

    sources: Sequence[str | Path]
    out: Path | None = None
    db: str | None = None
    scheduler: str = "local"
    workers: int | None = None
    resume: bool = False
    partition_size: int = DEFAULT_SIZE
    encoding: str | None = None
    progress: bool = True
    state: Path | None = None  # manifest + failures folder; default: --out, or beside --db
    link: bool = True  # after a run into the store, link the new documents
    limit: int | None = None  # only the first N records (a trial run, a benchmark)
    embed: bool | None = None  # workers compute the statement vectors; None: when linking

    @property
    def workers_embed(self) -> bool:
        """True when the workers embed the statements for linking (with ``--db`` only).

        By default they do when the run links: the e5 model is most of linking's cost, and
        on the workers it runs in parallel instead of on the client, one document at a time.

        >>> BatchOptions(["news.jsonl"], db="news.db").workers_embed
        True
        >>> BatchOptions(["news.jsonl"], db="news.db", link=False).workers_embed
        False
        >>> BatchOptions(["news.jsonl"], out=Path("out"), embed=True).workers_embed
        False
        """
        wanted = self.link if self.embed is None else self.embed
        return wanted and self.db is not None

    def state_dir(self) -> Path:
        """Where the manifest and the failures file live."""
        if self.state is not None:
            return self.state
        if self.out is not None:
            return self.out
        if self.db is not None:
            return _state_dir_for_db(self.db)
        raise InputError("khabar batch needs somewhere to put results: --out DIR and/or --db URL")


@dataclass(slots=True)
class BatchSummary:
    """What a run did; ``str()`` is the line printed at the end."""

    documents: int = 0
    statements: int = 0
    failures: int = 0
    partitions: int = 0
    skipped: int = 0
    lost: list[str] = field(default_factory=list)
    seconds: float = 0.0
    failures_file: Path | None = None
    linked: dict[str, int] | None = None
    link_seconds: float = 0.0

    def __str__(self) -> str:
        rate = self.documents / self.seconds if self.seconds else 0.0
        text = (
            f"{self.documents:,} documents, {self.statements:,} statements, "
            f"{self.failures:,} failures in {self.partitions:,} partitions, "
            f"{self.seconds:.1f} s ({rate:.1f} documents/s)"
        )
        if self.linked is not None:
            text += f"; linked {self.linked.get('documents', 0):,} new documents in {self.link_seconds:.1f} s"
        if self.skipped:
            text += f"; {self.skipped:,} partitions already done were skipped"
        if self.failures and self.failures_file is not None:
            text += f"; failures listed in {self.failures_file}"
        if self.lost:
            text += (
                f"; {len(self.lost)} partitions LOST (rerun with --resume): {', '.join(self.lost)}"
            )
        return text


PartitionHook = Callable[[PartitionResult, Any], None]


def run_batch(options: BatchOptions, on_partition: PartitionHook | None = None) -> BatchSummary:
    """Run a whole batch; ``on_partition(result, client)`` is called after each is recorded."""
    _check_sources(options.sources)
    state = options.state_dir()
    manifest = Manifest.load(state / MANIFEST_NAME)
    if manifest.entries and not options.resume:
        raise KhabarError(
            f"{state}: holds an earlier run ({len(manifest.entries):,} partitions done); pass "
            "--resume to finish it, or choose another --out / state folder"
        )
    with ExitStack() as stack:
        sinks = _open_sinks(options, stack)
        client = stack.enter_context(open_client(options.scheduler, options.workers))
        client.run(warm_pipeline)
        store_url = _worker_store_url(sinks)
        summary = _collect(client, options, manifest, sinks, on_partition, store_url)
        if options.link and not summary.lost:
            _link(sinks, summary)
    summary.failures_file = state / FAILURES_NAME
    manifest.write_failures(summary.failures_file)
    _append_lost(summary)
    return summary


def _link(sinks: list[Sink], summary: BatchSummary) -> None:
    """Cross-article linking over the new documents (incremental, in the store)."""
    from khabar.batch._store_sink import StoreSink

    for sink in sinks:
        if isinstance(sink, StoreSink):
            started = time.perf_counter()
            summary.linked = sink.link_new()
            summary.link_seconds = time.perf_counter() - started


def _check_sources(sources: Sequence[str | Path]) -> None:
    if not sources:
        raise InputError("khabar batch: no SOURCE given")
    for source in sources:
        if not Path(source).exists():
            raise InputError(f"{source}: no such file or folder")


def _open_sinks(options: BatchOptions, stack: ExitStack) -> list[Sink]:
    sinks: list[Sink] = []
    if options.out is not None:
        sinks.append(ShardSink(options.out))
    if options.db is not None:
        from khabar.batch._store_sink import StoreSink

        sinks.append(StoreSink(options.db))
    for sink in sinks:
        stack.callback(sink.close)
    return sinks


def _worker_store_url(sinks: list[Sink]) -> str | None:
    """The store the workers write into themselves, if any (server databases, no shards)."""
    from khabar.batch._store_sink import StoreSink

    if any(isinstance(sink, ShardSink) for sink in sinks):
        return None  # shards need the documents on the client anyway: it writes both
    for sink in sinks:
        if isinstance(sink, StoreSink) and sink.workers_write:
            return sink.store.url
    return None


def _state_dir_for_db(url: str) -> Path:
    """Beside a SQLite file (``news.db`` → ``news.db.batch/``); for a server, in the cwd."""
    import hashlib

    if url.startswith("sqlite:///"):
        return Path(url.removeprefix("sqlite:///") + ".batch")
    if "://" not in url:
        return Path(url + ".batch")
    digest = hashlib.sha1(url.encode("utf-8")).hexdigest()[:10]
    return Path(f"khabar-batch-{digest}")


@contextmanager
def open_client(scheduler: str, workers: int | None) -> Iterator[Any]:
    """A Dask client: a LocalCluster of worker processes, or a running scheduler by URL."""
    dask = _distributed()
    if scheduler == "local":
        with _quiet_workers():
            cluster = dask.LocalCluster(
                n_workers=workers or os.cpu_count() or 1,
                threads_per_worker=1,  # the pipeline is pure Python: one process per core
                processes=True,
                dashboard_address=":0",  # no fixed port: 8787 may be taken by another cluster
                silence_logs=logging.ERROR,
            )
        with cluster, dask.Client(cluster) as client:
            yield client
        return
    if "://" not in scheduler:
        raise InputError(f"--scheduler {scheduler!r}: use 'local' or tcp://HOST:PORT")
    try:
        client = dask.Client(scheduler, timeout="20s")
    except (OSError, TimeoutError) as exc:
        raise KhabarError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from exc
    with client:
        yield client


def _collect(
    client: Any,
    options: BatchOptions,
    manifest: Manifest,
    sinks: list[Sink],
    on_partition: PartitionHook | None,
    store_url: str | None,
) -> BatchSummary:
    summary = BatchSummary()
    started = time.perf_counter()
    todo = _partitions_to_do(options, manifest, summary)
    counter = RecordCounter(options.sources, options.limit)
    progress = Progress(options.progress, manifest, counter)
    running: dict[str, str] = {}  # future key -> partition key
    futures = _distributed().as_completed()

    def submit_next() -> None:
        partition = next(todo, None)
        if partition is not None:
            key = f"khabar-extract-{partition.key}-{uuid.uuid4().hex[:8]}"
            task = client.submit(
                extract_partition,
                partition,
                options.encoding,
                store_url,
                options.workers_embed,
                key=key,
            )
            futures.add(task)
            running[key] = partition.key

    for _ in range(_in_flight(client)):
        submit_next()
    try:
        for future in futures:
            partition_key = running.pop(future.key)
            try:
                result = future.result()
            except Exception as exc:  # the task failed on every try (e.g. KilledWorker)
                summary.lost.append(f"{partition_key} ({type(exc).__name__}: {exc})")
            else:
                _record(result, sinks, manifest, summary)
                progress.advance(result)
                if on_partition is not None:
                    on_partition(result, client)
            if len(running) < _in_flight(client):
                submit_next()
                if len(running) < _in_flight(client):  # workers joined: fill their slots too
                    submit_next()
    finally:
        progress.close()
    summary.seconds = time.perf_counter() - started
    return summary


def _partitions_to_do(
    options: BatchOptions, manifest: Manifest, summary: BatchSummary
) -> Iterator[Partition]:
    units = expand_sources(options.sources)
    left = options.limit
    for partition in partition_units(units, options.partition_size):
        if left is not None:
            if left <= 0:
                return
            partition = Partition(partition.key, partition.records[:left])
            left -= len(partition.records)
        if manifest.is_done(partition.key, partition.fingerprint):
            summary.skipped += 1
        else:
            yield partition


@contextmanager
def _quiet_workers() -> Iterator[None]:
    """Local workers without Dask's statistical profiler.

    It samples the running thread every 10 ms; on pure-Python extraction that costs a
    measurable share of each worker's CPU (bench/README.md). Lab clusters set the same with
    ``DASK_DISTRIBUTED__WORKER__PROFILE__ENABLED=False`` (docs/batch.md).
    """
    import dask

    with dask.config.set({"distributed.worker.profile.enabled": False}):
        yield


def _distributed() -> Any:
    """The ``distributed`` module (imported late: it is slow to import and has no types)."""
    import distributed

    return distributed


def _in_flight(client: Any) -> int:
    threads: int = sum(client.nthreads().values())
    return IN_FLIGHT_PER_THREAD * max(threads, 1) + 1


def _record(
    result: PartitionResult, sinks: list[Sink], manifest: Manifest, summary: BatchSummary
) -> None:
    for sink in sinks:
        sink.write(result)
    manifest.record(result)
    summary.partitions += 1
    summary.documents += result.documents
    summary.statements += result.statements
    summary.failures += len(result.failures)


def _append_lost(summary: BatchSummary) -> None:
    """Lost partitions go to the failures file too (they are not in the manifest)."""
    if not summary.lost or summary.failures_file is None:
        return
    import json

    with summary.failures_file.open("a", encoding="utf-8") as fh:
        for lost in summary.lost:
            row = {"id": None, "where": lost, "reason": "partition lost; rerun with --resume"}
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
