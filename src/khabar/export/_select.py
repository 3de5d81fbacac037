"""Which statements an export (or a list of the web API) reads: the shared filters, in SQL.

``khabar export`` and ``GET /api/export`` take the same filters as the search page and
``/api/statements``: full text (the store's own index, Arabic-folded), speaker, stance,
outlet, language and a date range. Everything here builds SQL; nothing loads the ledger.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from sqlalchemy import Connection, Integer, Select, column, func, text, tuple_
from sqlalchemy.sql.selectable import TextualSelect

from khabar.store import Store, _views, parse_ref
from khabar.store import _schema as t
from khabar.text import fold

Row = dict[str, Any]

EXPORT_BATCH = 500  # statements read per query (and per connection) while exporting


@dataclass(frozen=True, slots=True)
class Query:
    """Filters and paging shared by every list view and every export.

    ``text`` is searched after Arabic folding (بيلوني finds بيلونى); ``speaker`` is a ledger
    speaker id (``sp12``); ``since``/``until`` bound the statement's date (the article's
    publication day when the statement has none).
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


def search_terms(query: str) -> list[str]:
    """The folded words of a full-text query, as the store indexes them.

    >>> search_terms("فيرجيل بيلونى!")
    ['فيرجيل', 'بيلوني']
    """
    return re.findall(r"\w+", fold(query))


def text_hits(dialect: str, query: str, key: str = "statement_id") -> TextualSelect | None:
    """A ``SELECT key FROM search_index`` of the rows matching every word of ``query``
    (``key`` is ``statement_id`` or ``document_id``); None when ``query`` has no words.

    The store's own full-text index: FTS5 on SQLite, ``tsvector`` on PostgreSQL. Used as a
    subquery, so a common word costs no list of ids in Python and no cap on hits.

    >>> text_hits("sqlite", "...") is None
    True
    """
    if key not in ("statement_id", "document_id"):
        raise ValueError(f"{key!r}: full-text hits are statement_id or document_id")
    terms = search_terms(query)
    if not terms:
        return None
    if dialect == "sqlite":
        sql = text(
            f"SELECT {key} FROM search_index WHERE id IN "
            "(SELECT rowid FROM search_fts WHERE search_fts MATCH :fts)"
        ).bindparams(fts=" ".join(f'"{term}"' for term in terms))
    else:
        sql = text(
            f"SELECT {key} FROM search_index WHERE tsv @@ plainto_tsquery('simple', :fts)"
        ).bindparams(fts=" ".join(terms))
    return sql.columns(column(key, Integer))


def statement_day() -> Any:
    """The day a statement counts as made: its own date, else its article's."""
    return func.coalesce(t.statements.c.date, t.documents.c.published)


def filtered_statements(dialect: str, query: Query) -> Select[Any] | None:
    """The store's export statement query narrowed by every filter of ``query`` (full text
    included); None when no statement can match (an unparsable speaker id, a query of no
    words)."""
    stmt = statement_filters(_views._statement_query(), query)
    if stmt is None or not query.text:
        return stmt
    hits = text_hits(dialect, query.text)
    return None if hits is None else stmt.where(t.statements.c.id.in_(hits))


def statement_filters(stmt: Select[Any], query: Query) -> Select[Any] | None:
    """A statement query narrowed by every filter but the text; None when nothing can match."""
    day = statement_day()
    if query.speaker:
        try:
            speaker = parse_ref(query.speaker, "sp")
        except ValueError:
            return None
        stmt = stmt.where(t.speaker_aliases.c.speaker_id == speaker)
    if query.stance:
        stmt = stmt.where(t.statements.c.stance == query.stance)
    if query.outlet:
        stmt = stmt.where(t.documents.c.outlet == query.outlet)
    if query.lang:
        stmt = stmt.where(t.documents.c.lang == query.lang)
    if query.since:
        stmt = stmt.where(day >= query.since)
    if query.until:
        stmt = stmt.where(day <= query.until)
    if query.doc:
        stmt = stmt.where(t.documents.c.key == query.doc)
    return stmt


def matching_statement_ids(dialect: str, query: Query) -> Select[Any] | None:
    """A ``SELECT statements.id`` of the statements matching ``query`` (for subqueries)."""
    stmt = filtered_statements(dialect, query)
    return None if stmt is None else stmt.with_only_columns(t.statements.c.id)


def with_lang(conn: Connection, rows: Sequence[Any]) -> list[Row]:
    """Export-contract rows of statement query rows (which carry ``lang``), with the
    document's language added."""
    out = list(_views._export_batch(conn, list(rows)))
    for row, r in zip(out, rows, strict=True):
        row["lang"] = r.lang
    return out


def iter_statements(store: Store, query: Query, batch: int | None = None) -> Iterator[Row]:
    """Every statement matching ``query`` (paging ignored) in store order, as export rows
    with ``lang``, read ``batch`` (default :data:`EXPORT_BATCH`) at a time.

    Keyset paging on (document, position) with a fresh connection per batch, so a slow or
    vanished reader never holds a connection and the cost per batch stays flat however far
    the export has gone; at most one batch is in memory.
    """
    size = batch or EXPORT_BATCH
    s = t.statements.c
    after: tuple[int, int] | None = None
    while True:
        with store.connect() as conn:
            stmt = filtered_statements(conn.dialect.name, query)
            if stmt is None:
                return
            stmt = stmt.add_columns(t.documents.c.lang, s.document_id, s.position)
            if after is not None:
                stmt = stmt.where(tuple_(s.document_id, s.position) > after)
            rows = conn.execute(stmt.order_by(s.document_id, s.position).limit(size)).all()
            out = with_lang(conn, rows)
        yield from out
        if len(rows) < size:
            return
        after = (rows[-1].document_id, rows[-1].position)
