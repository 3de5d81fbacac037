"""``khabar batch`` on a real Dask LocalCluster with two worker processes.

One cluster serves the module (started once: worker processes take seconds to start); the
runner connects to it by its tcp:// address, as it would to a lab cluster. One test goes
through the CLI with ``--scheduler local``, which starts its own LocalCluster.
"""

from __future__ import annotations

import argparse
import logging
import os
import signal
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from _batch_corpus import failures, manifest_lines, shard_ids, write_jsonl
from khabar.batch import BatchOptions, PartitionResult, run_batch
from khabar.cli import batch_cmd
from khabar.errors import KhabarError

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    """The tcp:// address of a LocalCluster of two single-threaded worker processes."""
    from distributed import LocalCluster

    with LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        dashboard_address=":0",  # no fixed port: 8787 may be taken by another cluster
        silence_logs=logging.ERROR,
    ) as cluster:
        yield cluster.scheduler_address


def khabar_batch(argv: list[str]) -> int:
    """``khabar batch ARGV…`` through the sub-command's own parser and runner."""
    parser = argparse.ArgumentParser(prog="khabar")
    batch_cmd.register(parser.add_subparsers())
    args = parser.parse_args(["batch", *argv])
    return int(args.func(args))


def options(sources: list[Path], scheduler: str, **kw: Any) -> BatchOptions:
    return BatchOptions(sources=sources, scheduler=scheduler, progress=False, **kw)


def test_batch_cluster_every_document_once_and_resume_does_nothing(
    tmp_path: Path, scheduler: str
) -> None:
    ids = write_jsonl(tmp_path / "news.jsonl", range(40))
    out = tmp_path / "out"
    summary = run_batch(options([tmp_path / "news.jsonl"], scheduler, out=out, partition_size=6))
    assert shard_ids(out) == dict.fromkeys(ids, 1)
    assert (summary.documents, summary.partitions, summary.failures) == (40, 7, 0)
    assert summary.statements > 0 and manifest_lines(out) == 7

    again = run_batch(
        options([tmp_path / "news.jsonl"], scheduler, out=out, partition_size=6, resume=True)
    )
    assert (again.documents, again.partitions, again.skipped) == (0, 0, 7)
    assert shard_ids(out) == dict.fromkeys(ids, 1)


def test_batch_cluster_rerun_without_resume_refuses(tmp_path: Path, scheduler: str) -> None:
    write_jsonl(tmp_path / "news.jsonl", range(3))
    out = tmp_path / "out"
    run_batch(options([tmp_path / "news.jsonl"], scheduler, out=out))
    with pytest.raises(KhabarError, match="pass --resume"):
        run_batch(options([tmp_path / "news.jsonl"], scheduler, out=out))


def test_batch_cluster_worker_sigkill_loses_and_duplicates_nothing(
    tmp_path: Path, scheduler: str
) -> None:
    ids = write_jsonl(tmp_path / "news.jsonl", range(120), paragraphs=12)
    out = tmp_path / "out"
    killed: list[int] = []

    def kill_a_busy_worker(_result: PartitionResult, client: Any) -> None:
        if killed:
            return
        pids = client.run(os.getpid)
        busy = [addr for addr, keys in client.processing().items() if keys and addr in pids]
        if not busy:
            return  # both workers between tasks at this moment: try at the next partition
        killed.append(pids[busy[0]])
        os.kill(pids[busy[0]], signal.SIGKILL)

    summary = run_batch(
        options([tmp_path / "news.jsonl"], scheduler, out=out, partition_size=4),
        on_partition=kill_a_busy_worker,
    )
    assert killed, "no worker was killed"
    assert summary.lost == []
    assert shard_ids(out) == dict.fromkeys(ids, 1)
    assert manifest_lines(out) == 30


def test_batch_cluster_corrupt_record_fails_alone_into_the_store(
    tmp_path: Path, scheduler: str
) -> None:
    from khabar.store import Store

    source = tmp_path / "news.jsonl"
    write_jsonl(source, range(12))
    lines = source.read_text(encoding="utf-8").splitlines()
    lines.insert(5, '{"id": "broken", "text": "قال الوزير')  # cut off mid-record
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = tmp_path / "ledger.db"

    summary = run_batch(options([source], scheduler, db=str(db), partition_size=5))
    assert (summary.documents, summary.failures) == (12, 1)
    assert summary.linked is not None and summary.linked["documents"] == 12
    (failure,) = failures(tmp_path / "ledger.db.batch")
    assert failure["where"] == f"{source}:6"
    assert "not a JSON record" in failure["reason"]
    with Store.open(str(db)) as store:
        assert store.counts()["documents"] == 12
        assert store.document("art-00011") is not None


def test_batch_cli_local_scheduler_names_each_bad_file(tmp_path: Path) -> None:
    from khabar.store import Store

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    good = "قال الوزير هاني النجار إن الاجتماع رقم {} انتهى باتفاق."
    for n in range(6):
        (corpus / f"good-{n}.txt").write_text(good.format(n), encoding="utf-8")
    (corpus / "utf16-bom.txt").write_text(good.format(99), encoding="utf-16")  # BOM: readable
    (corpus / "empty.txt").write_bytes(b"   \n")
    (corpus / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
    (corpus / "cp1256.txt").write_bytes(good.format(7).encode("cp1256"))
    (corpus / "utf16-nobom.txt").write_bytes(good.format(8).encode("utf-16-le"))
    db = tmp_path / "ledger.db"

    code = khabar_batch(
        [str(corpus), "--workers", "2", "--db", str(db), "--no-progress", "--no-link"]
    )
    assert code == 0
    reasons = {Path(f["where"]).name: f["reason"] for f in failures(tmp_path / "ledger.db.batch")}
    assert set(reasons) == {"empty.txt", "binary.txt", "cp1256.txt", "utf16-nobom.txt"}
    assert "empty article" in reasons["empty.txt"]
    assert "binary" in reasons["binary.txt"]
    assert "cannot decode byte" in reasons["cp1256.txt"]
    assert "--encoding" in reasons["cp1256.txt"]
    assert "binary" in reasons["utf16-nobom.txt"]
    with Store.open(str(db)) as store:
        assert store.counts()["documents"] == 7
        assert store.document("utf16-bom") is not None


@pytest.mark.postgres
def test_batch_cluster_postgres_workers_write_each_text_once(
    tmp_path: Path, scheduler: str, pg_url: str
) -> None:
    from khabar.store import Store

    source = tmp_path / "news.jsonl"
    write_jsonl(source, range(20))
    lines = source.read_text(encoding="utf-8").splitlines()
    # the same five texts again under other ids, in other partitions: writers race on them
    repeats = [line.replace('"id": "art-', '"id": "copy-') for line in lines[:5]]
    source.write_text("\n".join(lines + repeats) + "\n", encoding="utf-8")

    written_by: set[bool] = set()
    summary = run_batch(
        options(
            [source], scheduler, db=pg_url, state=tmp_path / "state", partition_size=3, link=False
        ),
        on_partition=lambda result, _client: written_by.add(result.stored_by_worker),
    )
    assert written_by == {True}, "with PostgreSQL the workers write their partitions"
    assert (summary.documents, summary.failures, summary.lost) == (25, 0, [])
    with Store.open(pg_url) as store:
        counts = store.counts()
    assert (counts["documents"], counts["sources"]) == (20, 25)
    assert 0 < counts["statements"] < summary.statements  # the copies' statements: once
