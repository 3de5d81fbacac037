"""``--db URL``: finished partitions go into the ledger store, one transaction each.

The client is the only writer (what SQLite needs, and simple on PostgreSQL too): a
partition's documents, statements and sources commit together or not at all. The store
keeps one document per SHA-256 of its text, so a partition redone after a crash (committed
but not yet in the manifest) adds no document twice, only nothing.
"""

from __future__ import annotations

from khabar.batch._tasks import Extracted, PartitionResult
from khabar.ingest.record import ArticleRecord


class StoreSink:
    """Writes each partition into a :class:`khabar.store.Store` in one transaction."""

    def __init__(self, url: str) -> None:
        from khabar.store import Store

        self.store = Store.open(url)
        self.new_documents = 0

    def write(self, result: PartitionResult) -> None:
        # Store.add_document commits per document; a partition must commit as a whole, so
        # the store's own per-document writer runs inside one transaction here.
        with self.store.engine.begin() as conn:
            for extracted in result.extracted:
                _, is_new = self.store._add(conn, article_record(extracted), extracted.document)
                self.new_documents += int(is_new)

    def link_new(self) -> dict[str, int]:
        """Incremental cross-article linking over the documents this run added."""
        return self.store.link_new()

    def close(self) -> None:
        self.store.close()


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
