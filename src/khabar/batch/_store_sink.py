"""``--db URL``: finished partitions go into the ledger store, one transaction each.

Who writes: with SQLite the client is the only writer (what SQLite needs). With PostgreSQL
the workers write their partitions themselves (see :func:`write_partition`), so storage
scales with the workers instead of stopping at one client core; the client then only opens
(and migrates) the store, records the manifest and links.

Either way a partition's documents, statements and sources commit together or not at all,
and the store keeps one document per SHA-256 of its text: a partition written again (a task
rerun after its worker died, or a partition committed but not yet in the manifest when the
client was killed) stores no document twice.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from sqlalchemy import Connection, bindparam, update
from sqlalchemy.exc import IntegrityError, OperationalError

from khabar.batch._tasks import Extracted, PartitionResult
from khabar.errors import StoreError
from khabar.ingest.record import ArticleRecord
from khabar.store import _schema as t

if TYPE_CHECKING:
    from khabar.store import Store

WRITE_TRIES = 5  # concurrent writers racing on (or deadlocked over) the same text retry
RETRY_PAUSE = 0.2  # seconds, times the attempt number
TRANSIENT_SQLSTATES = {"40P01", "40001"}  # deadlock detected, serialization failure


class StoreSink:
    """Opens the store on the client; writes partitions there unless the workers did."""

    def __init__(self, url: str) -> None:
        from khabar.store import Store

        self.store = Store.open(url)

    @property
    def workers_write(self) -> bool:
        """True when the workers write their partitions (any server database, not SQLite)."""
        return self.store.dialect != "sqlite"

    def write(self, result: PartitionResult) -> None:
        if not result.stored_by_worker:
            write_partition(self.store, result.extracted)

    def link_new(self) -> dict[str, int]:
        """Incremental cross-article linking over the documents this run added."""
        return self.store.link_new()

    def close(self) -> None:
        self.store.close()


def write_partition(store: Store, extracted: Sequence[Extracted]) -> int:
    """Store a partition's documents in one transaction; how many were new.

    Two workers storing the same texts in different orders can deadlock on PostgreSQL's
    unique index (SaudiNewsNet: the same agency copy in several outlets' partitions); the
    server aborts one of them, which is then tried again, as after a lost race.
    """
    for attempt in range(WRITE_TRIES):
        try:
            return _write_once(store, extracted)
        except (IntegrityError, OperationalError) as exc:
            retry = isinstance(exc, IntegrityError) or _transient(exc)
            if not retry or attempt == WRITE_TRIES - 1:
                raise StoreError(f"{store.url}: cannot store a partition: {exc}") from exc
            time.sleep(RETRY_PAUSE * (attempt + 1))
    return 0


def _transient(exc: OperationalError) -> bool:
    """A deadlock or serialization failure: the transaction may simply be run again."""
    return getattr(exc.orig, "sqlstate", None) in TRANSIENT_SQLSTATES


def _write_once(store: Store, extracted: Sequence[Extracted]) -> int:
    new = 0
    # Store.add_document commits per document; a partition must commit as a whole, so the
    # store's own per-document writer runs inside one transaction here.
    with store.engine.begin() as conn:
        for item in extracted:
            doc_id, is_new = store._add(conn, article_record(item), item.document)
            if is_new and item.vectors:
                _store_vectors(conn, doc_id, item)
            new += int(is_new)
    return new


def _store_vectors(conn: Connection, doc_id: int, item: Extracted) -> None:
    """The statement vectors a worker computed, stored for linking to reuse."""
    s = t.statements
    conn.execute(
        update(s)
        .where(s.c.document_id == doc_id, s.c.sid == bindparam("b_sid"))
        .values(vector=bindparam("b_vector"), content_vector=bindparam("b_content")),
        [
            {"b_sid": st.id, "b_vector": vector, "b_content": content}
            for st, vector, content in zip(
                item.document.statements, item.vectors, item.content_vectors, strict=True
            )
        ],
    )


@lru_cache(maxsize=4)
def worker_store(url: str) -> Store:
    """The store of a worker process, opened once (the client has migrated it already)."""
    from khabar.store import Store

    return Store.open(url, migrate=False)


def article_record(extracted: Extracted) -> ArticleRecord:
    """The store's record of an extracted article (``origin`` is its place in the source)."""
    art = extracted.article
    return ArticleRecord(
        key=art.id,
        text=art.text,
        published=art.published,
        url=art.url,
        outlet=art.outlet,
        lang=extracted.document.lang,
        title=art.title,
        origin=art.where,
    )
