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


def test_batch_vectors_one_per_statement_equal_to_embedding_it() -> None:
    result = extract_partition(_partition(range(3)), embed=True)
    statements = [st for e in result.extracted for st in e.document.statements]
    vectors = [v for e in result.extracted for v in e.vectors]
    assert statements and len(vectors) == len(statements)
    expected = embed([st.content.text for st in statements])
    for blob, vec in zip(vectors, expected, strict=True):
        assert float(unpack(blob) @ vec) > 0.999


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
