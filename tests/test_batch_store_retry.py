"""A partition whose transaction the server aborts as a deadlock is written again."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import pytest
from sqlalchemy.exc import OperationalError

from _batch_corpus import record
from khabar.batch import Extracted, Partition, RawRecord, _store_sink, extract_partition
from khabar.errors import StoreError
from khabar.store import Store


class ServerError(Exception):
    """What psycopg raises: the error carries the server's SQLSTATE."""

    def __init__(self, sqlstate: str | None) -> None:
        super().__init__(f"server said {sqlstate}")
        self.sqlstate = sqlstate


def _extracted(numbers: range) -> list[Extracted]:
    raws = tuple(
        RawRecord(f"news.jsonl:{n}", f"n{n}", "jsonl", json.dumps(record(n, 1)).encode())
        for n in numbers
    )
    return extract_partition(Partition("p-00000", raws)).extracted


def _failing_first(monkeypatch: pytest.MonkeyPatch, sqlstate: str | None) -> list[int]:
    """Make the first write fail with ``sqlstate``; returns the list of attempts made."""
    real, attempts = _store_sink._write_once, []

    def flaky(store: Store, extracted: Sequence[Extracted]) -> int:
        attempts.append(len(attempts))
        if len(attempts) == 1:
            raise OperationalError("INSERT INTO documents …", {}, ServerError(sqlstate))
        return real(store, extracted)

    monkeypatch.setattr(_store_sink, "_write_once", flaky)
    monkeypatch.setattr(_store_sink, "RETRY_PAUSE", 0.0)
    return attempts


def test_batch_store_retry_a_deadlocked_partition_is_stored_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    attempts = _failing_first(monkeypatch, "40P01")
    with Store.open(f"sqlite:///{tmp_path}/news.db") as store:
        assert _store_sink.write_partition(store, _extracted(range(3))) == 3
        assert store.counts()["documents"] == 3
    assert len(attempts) == 2


def test_batch_store_retry_other_server_errors_are_not_retried(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    attempts = _failing_first(monkeypatch, "53100")  # disk full
    with Store.open(f"sqlite:///{tmp_path}/news.db") as store:
        with pytest.raises(StoreError, match="cannot store a partition"):
            _store_sink.write_partition(store, _extracted(range(2)))
        assert store.counts()["documents"] == 0
    assert len(attempts) == 1
