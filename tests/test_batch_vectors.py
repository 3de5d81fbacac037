"""``khabar batch`` workers embed the statements, so linking on the client embeds nothing."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import select

from _batch_corpus import record
from khabar.batch import Partition, RawRecord, extract_partition
from khabar.batch._store_sink import write_partition
from khabar.ledger.vectors import Vector, embed, unpack
from khabar.store import Store
from khabar.store import _schema as t


def _partition(numbers: range) -> Partition:
    raws = tuple(
        RawRecord(f"news.jsonl:{n}", f"n{n}", "jsonl", json.dumps(record(n, 2)).encode())
        for n in numbers
    )
    return Partition("p-00000", raws)


def _refuse(texts: list[str]) -> Vector:
    raise AssertionError(f"the client embedded again: {texts}")


def _stored_vectors(store: Store) -> dict[tuple[str, str], bytes]:
    s, d = t.statements, t.documents
    with store.engine.connect() as conn:
        rows = conn.execute(select(d.c.key, s.c.sid, s.c.vector).join(d)).all()
    return {(r.key, r.sid): r.vector for r in rows}


def test_batch_vectors_are_the_ones_the_linker_would_compute(tmp_path: Path) -> None:
    by_workers = extract_partition(_partition(range(3)), embed=True)
    plain = extract_partition(_partition(range(3)))
    assert by_workers.statements and all(
        len(e.vectors) == len(e.document.statements) for e in by_workers.extracted
    )
    with Store.open(f"sqlite:///{tmp_path}/workers.db") as store:
        write_partition(store, by_workers.extracted)
        stored = _stored_vectors(store)
    with Store.open(f"sqlite:///{tmp_path}/linker.db") as store:
        write_partition(store, plain.extracted)
        store.link_new(embed)
        linked = _stored_vectors(store)
    assert stored.keys() == linked.keys() and len(stored) == by_workers.statements
    for key, blob in stored.items():
        assert float(unpack(blob) @ unpack(linked[key])) > 0.999, key


def test_batch_vectors_not_computed_unless_asked() -> None:
    result = extract_partition(_partition(range(2)))
    assert result.extracted and all(e.vectors == [] for e in result.extracted)


def test_batch_vectors_stored_with_the_partition_and_reused_by_linking(tmp_path: Path) -> None:
    result = extract_partition(_partition(range(4)), embed=True)
    with Store.open(f"sqlite:///{tmp_path}/news.db") as store:
        assert write_partition(store, result.extracted) == 4
        with store.engine.connect() as conn:
            stored = conn.execute(select(t.statements.c.vector)).scalars().all()
        linked = store.link_new(_refuse)
    assert len(stored) == result.statements and all(b is not None for b in stored)
    assert linked["documents"] == 4 and linked["statements"] == result.statements
