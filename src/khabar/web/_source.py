"""What the web layer needs from the ledger store, as one small protocol.

Pages and API endpoints only talk to a :class:`LedgerSource`; results are plain
JSON-ready dicts in the shapes of :mod:`khabar.web._schemas`. ``StoreSource`` (in
``_store_source``) adapts :class:`khabar.store.Store` to it; tests can pass any
object with these methods.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date
from typing import Any, Protocol

Row = dict[str, Any]

MAX_LIMIT = 200


@dataclass(frozen=True, slots=True)
class Query:
    """Filters and paging shared by every list view.

    ``text`` is searched after Arabic folding (ماريني finds مارينى).
    """

    text: str | None = None
    speaker: str | None = None  # a speaker id
    stance: str | None = None
    outlet: str | None = None
    lang: str | None = None
    since: date | None = None
    until: date | None = None
    doc: str | None = None
    limit: int = 50
    offset: int = 0

    def next_page(self) -> Query:
        """The same query one page further.

        >>> Query(limit=20).next_page().offset
        20
        """
        return replace(self, offset=self.offset + self.limit)

    def filters(self) -> bool:
        """Whether any filter is set (paging aside).

        >>> Query(limit=10).filters(), Query(stance="deny").filters()
        (False, True)
        """
        return any(
            value is not None
            for value in (
                self.text,
                self.speaker,
                self.stance,
                self.outlet,
                self.lang,
                self.since,
                self.until,
                self.doc,
            )
        )


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

    def export_claims(self, query: Query) -> list[Row]:
        """Claim clusters in the shape of :meth:`khabar.store.Store.claims` (what
        :func:`khabar.export.claimreview` reads), each keeping only the statements that
        match the filters; clusters left empty are dropped."""
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

    def export_claims(self, query: Query) -> list[Row]:
        return []

    def add_document(self, record: Row) -> tuple[str, bool, int]:
        from khabar.errors import StoreError

        raise StoreError("this ledger is read-only and empty: open a store to add documents")
