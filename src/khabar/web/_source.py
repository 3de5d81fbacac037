"""What the web layer needs from the ledger store, as one small protocol.

Pages and API endpoints only talk to a :class:`LedgerSource`; results are plain
JSON-ready dicts in the shapes of :mod:`khabar.web._schemas`. ``StoreSource`` (in
``_store_source``) adapts :class:`khabar.store.Store` to it; tests can pass any
object with these methods.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any, Protocol

from khabar.export import Query

Row = dict[str, Any]
__all__ = ["MAX_LIMIT", "EmptyLedger", "LedgerSource", "Query", "Row"]

MAX_LIMIT = 200


class LedgerSource(Protocol):
    """The read and write operations behind every page and endpoint."""

    def counts(self) -> dict[str, int]:
        """Numbers of documents, statements, speakers, claims and figure series."""
        ...

    def list_documents(self, query: Query) -> tuple[list[Row], int]: ...

    def get_document(self, doc_id: str) -> Row | None:
        """Summary fields plus ``text`` and ``statements`` (ledger statements)."""
        ...

    def list_statements(self, query: Query) -> tuple[list[Row], int]: ...

    def list_speakers(self, query: Query) -> tuple[list[Row], int]: ...

    def get_speaker(self, speaker_id: str) -> Row | None: ...

    def list_claims(self, query: Query) -> tuple[list[Row], int]: ...

    def get_claim(self, claim_id: str) -> Row | None: ...

    def list_figures(self, query: Query) -> tuple[list[Row], int]: ...

    def get_figure(self, series_id: str) -> Row | None: ...

    def export_statements(self, query: Query) -> Iterator[Row]:
        """Every statement matching the filters (paging ignored), as ``list_statements``
        rows, read lazily so that an export can be streamed."""
        ...

    def export_claims(self, query: Query) -> Iterable[Row]:
        """Claim clusters as :func:`khabar.export.claim_clusters` yields them (what
        :func:`khabar.export.claimreview` reads), each keeping only the statements that
        match the filters; clusters left empty are dropped. Read lazily."""
        ...

    def add_document(self, record: Row) -> tuple[str, bool, int]:
        """Ingest one ``{"id","text","published","url","outlet","lang","title"}`` record.

        Returns ``(document id, created, statement count)``; ``created`` is False when
        the same text was already stored.
        """
        ...


class EmptyLedger:
    """A ledger with nothing in it and no way to write: for documentation and smoke tests.

    >>> EmptyLedger().list_speakers(Query())
    ([], 0)
    """

    def counts(self) -> dict[str, int]:
        return {"documents": 0, "statements": 0, "speakers": 0, "claims": 0}

    def list_documents(self, query: Query) -> tuple[list[Row], int]:
        return [], 0

    def get_document(self, doc_id: str) -> Row | None:
        return None

    def list_statements(self, query: Query) -> tuple[list[Row], int]:
        return [], 0

    def list_speakers(self, query: Query) -> tuple[list[Row], int]:
        return [], 0

    def get_speaker(self, speaker_id: str) -> Row | None:
        return None

    def list_claims(self, query: Query) -> tuple[list[Row], int]:
        return [], 0

    def get_claim(self, claim_id: str) -> Row | None:
        return None

    def list_figures(self, query: Query) -> tuple[list[Row], int]:
        return [], 0

    def get_figure(self, series_id: str) -> Row | None:
        return None

    def export_statements(self, query: Query) -> Iterator[Row]:
        return iter(())

    def export_claims(self, query: Query) -> Iterable[Row]:
        return iter(())

    def add_document(self, record: Row) -> tuple[str, bool, int]:
        from khabar.errors import StoreError

        raise StoreError("this ledger is read-only and empty: open a store to add documents")
