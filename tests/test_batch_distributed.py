"""``khabar batch --scheduler tcp://…`` against a real ``dask scheduler`` and two ``dask worker``
processes on 127.0.0.1, the way a lab cluster is run (docs/batch.md); and SIGKILL of the
client in the middle of a run, then ``--resume``.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from _batch_corpus import manifest_lines, shard_ids, write_jsonl

pytestmark = pytest.mark.slow

DASK = str(Path(sys.executable).with_name("dask"))


def wait_for(condition: object, what: str, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if callable(condition) and condition():
            return
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what}")


def stop(proc: subprocess.Popen[bytes]) -> None:
    """End a process this test started, and wait for it."""
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    for pipe in (proc.stdout, proc.stderr):
        if pipe is not None:
            pipe.close()


@pytest.fixture(scope="module")
def dask_cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """``dask scheduler`` + two ``dask worker`` processes on loopback; yields tcp://…"""
    folder = tmp_path_factory.mktemp("dask")
    scheduler_file = folder / "scheduler.json"
    loopback = ["--host", "127.0.0.1", "--no-dashboard"]
    log = (folder / "dask.log").open("wb")
    procs = [
        subprocess.Popen(
            [DASK, "scheduler", "--port", "0", "--scheduler-file", str(scheduler_file), *loopback],
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    ]
    try:
        wait_for(lambda: _address(scheduler_file) is not None, "the scheduler's address")
        address = str(_address(scheduler_file))
        for _ in range(2):
            worker = [DASK, "worker", address, "--nthreads", "1", "--nworkers", "1", *loopback]
            procs.append(subprocess.Popen(worker, stdout=log, stderr=subprocess.STDOUT))
        wait_for(lambda: _workers(address) == 2, "two workers to join")
        yield address
    finally:
        for proc in reversed(procs):
            stop(proc)
        log.close()


def _address(scheduler_file: Path) -> str | None:
    try:
        return str(json.loads(scheduler_file.read_text())["address"])
    except (OSError, ValueError, KeyError):  # not written yet, or half-written
        return None


def _workers(address: str) -> int:
    from distributed import Client

    with Client(address, timeout="10s") as client:
        return len(client.scheduler_info(n_workers=-1)["workers"])


def khabar_batch(*args: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "khabar", "batch", *args, "--no-progress"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def test_batch_distributed_tcp_scheduler_runs_every_document_once(
    tmp_path: Path, dask_cluster: str
) -> None:
    ids = write_jsonl(tmp_path / "news.jsonl", range(30))
    out = tmp_path / "out"
    proc = khabar_batch(
        str(tmp_path / "news.jsonl"), "--scheduler", dask_cluster, "--out", str(out)
    )
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err.decode()
    assert "30 documents" in err.decode()
    assert shard_ids(out) == dict.fromkeys(ids, 1)
    lines = (out / "manifest.jsonl").read_text(encoding="utf-8").splitlines()
    workers = {json.loads(line)["worker"] for line in lines}
    assert workers, "the manifest names the worker processes that did the work"


def test_batch_distributed_client_sigkill_then_resume_completes_once(
    tmp_path: Path, dask_cluster: str
) -> None:
    ids = write_jsonl(tmp_path / "news.jsonl", range(300), paragraphs=10)
    out = tmp_path / "out"
    args = [str(tmp_path / "news.jsonl"), "--scheduler", dask_cluster, "--out", str(out)]
    args += ["--partition-size", "5"]  # 60 partitions

    first = khabar_batch(*args)
    try:
        wait_for(lambda: manifest_lines(out) >= 3, "the first partitions")
        os.kill(first.pid, signal.SIGKILL)
        first.communicate(timeout=30)  # reaps it and closes its pipes
    finally:
        stop(first)
    done_before = manifest_lines(out)
    assert 3 <= done_before < 60, "the client was not killed in the middle of the run"

    second = khabar_batch(*args, "--resume")
    _, err = second.communicate(timeout=180)
    assert second.returncode == 0, err.decode()
    assert "already done were skipped" in err.decode()
    assert shard_ids(out) == dict.fromkeys(ids, 1)
    assert not list(out.glob(".*.tmp")), "no half-written shard is left behind"


def test_batch_distributed_client_sigkill_into_sqlite_then_resume_stores_each_once(
    tmp_path: Path, dask_cluster: str
) -> None:
    from khabar.store import Store

    write_jsonl(tmp_path / "news.jsonl", range(200), paragraphs=10)
    db = tmp_path / "ledger.db"
    state = tmp_path / "ledger.db.batch"
    args = [str(tmp_path / "news.jsonl"), "--scheduler", dask_cluster, "--db", str(db)]
    args += ["--partition-size", "5", "--no-link"]  # 40 partitions, one transaction each

    first = khabar_batch(*args)
    try:
        wait_for(lambda: manifest_lines(state) >= 3, "the first partitions")
        os.kill(first.pid, signal.SIGKILL)
        first.communicate(timeout=30)
    finally:
        stop(first)
    assert 3 <= manifest_lines(state) < 40, "the client was not killed in the middle of the run"

    second = khabar_batch(*args, "--resume")
    _, err = second.communicate(timeout=180)
    assert second.returncode == 0, err.decode()
    with Store.open(str(db)) as store:
        counts = store.counts()
        assert (counts["documents"], counts["sources"]) == (200, 200)
        assert store.document("art-00000") is not None
        assert store.document("art-00199") is not None
