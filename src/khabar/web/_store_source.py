"""Adapt :class:`khabar.store.Store` to the web layer's :class:`LedgerSource`.

Lists that a page shows 50 at a time (documents, statements, search) are filtered and
paged in SQL; speakers, claims and figures come from the store's ledger views.
Statement rows reuse the store's export query, so the API's statements are exactly
the export contract (SPEC §2) plus the document's language.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from typing import Any

from sqlalchemy import Connection, Select, func, select, text, tuple_

from khabar.ingest.record import ArticleRecord
from khabar.store import Store, _views, parse_ref
from khabar.store import _schema as t
from khabar.text import fold
from khabar.web._source import Query, Row

SEARCH_CAP = 2000  # at most this many full-text hits are filtered and paged
EXPORT_BATCH = 500  # statements read per query (and per connection) while exporting


class StoreSource:
    """A :class:`LedgerSource` over one open :class:`Store`."""

    def __init__(self, store: Store) -> None:
        self.store = store

    @classmethod
    def open(cls, url: str) -> StoreSource:
        return cls(Store.open(url))

    def counts(self) -> dict[str, int]:
        counts = self.store.counts()
        counts.pop("sources", None)
        return counts

    # -- documents -------------------------------------------------------------------------

    def list_documents(self, query: Query) -> tuple[list[Row], int]:
        d = t.documents
        n_statements = (
            select(func.count())
            .where(t.statements.c.document_id == d.c.id)
            .scalar_subquery()
            .label("statement_count")
        )
        stmt: Any = select(
            d.c.id,
            d.c.key,
            d.c.title,
            d.c.lang,
            d.c.published,
            d.c.outlet,
            d.c.url,
            d.c.sha256,
            d.c.chars,
            n_statements,
        )
        stmt = _document_filters(stmt, query)
        with self.store.connect() as conn:
            if query.text:
                ids = {doc_id for doc_id, _ in _search_ids(conn, query.text)}
                stmt = stmt.where(d.c.id.in_(ids))
            total = conn.execute(select(func.count()).select_from(stmt.subquery())).scalar_one()
            page = stmt.order_by(d.c.published.desc(), d.c.id.desc())
            rows = conn.execute(page.limit(query.limit).offset(query.offset)).all()
        return [_document_row(r._mapping) for r in rows], total

    def get_document(self, doc_id: str) -> Row | None:
        view = self.store.document(doc_id)
        if view is None:
            return None
        statements = view["statements"]
        for st in statements:
            st["lang"] = view["lang"]
        urls = [s["url"] for s in view.get("sources", ()) if s.get("url")]
        return {
            "id": view["doc"],
            "title": view.get("title"),
            "lang": view["lang"],
            "published": view.get("published"),
            "outlet": view.get("outlet"),
            "url": urls[0] if urls else None,
            "sha256": view["sha256"],
            "chars": len(view["text"]),
            "statement_count": len(statements),
            "text": view["text"],
            "statements": statements,
        }

    # -- statements and search -------------------------------------------------------------

    def list_statements(self, query: Query) -> tuple[list[Row], int]:
        with self.store.connect() as conn:
            stmt = _filtered_statements(conn, query)
            if stmt is None:
                return [], 0
            total = conn.execute(select(func.count()).select_from(stmt.subquery())).scalar_one()
            day = func.coalesce(t.statements.c.date, t.documents.c.published)
            page = stmt.add_columns(t.documents.c.lang).order_by(
                day, t.documents.c.id, t.statements.c.position
            )
            rows = conn.execute(page.limit(query.limit).offset(query.offset)).all()
            return _with_lang(conn, rows), total

    def export_statements(self, query: Query) -> Iterator[Row]:
        """Matching statements in store order, :data:`EXPORT_BATCH` per query.

        Keyset paging on (document, position) with a fresh connection per batch, so a
        slow or vanished client never holds a connection and the cost per batch stays
        flat however far the export has gone.
        """
        s = t.statements.c
        after: tuple[int, int] | None = None
        while True:
            with self.store.connect() as conn:
                stmt = _filtered_statements(conn, query)
                if stmt is None:
                    return
                stmt = stmt.add_columns(t.documents.c.lang, s.document_id, s.position)
                if after is not None:
                    stmt = stmt.where(tuple_(s.document_id, s.position) > after)
                batch = stmt.order_by(s.document_id, s.position).limit(EXPORT_BATCH)
                rows = conn.execute(batch).all()
                out = _with_lang(conn, rows)
            yield from out
            if len(rows) < EXPORT_BATCH:
                return
            after = (rows[-1].document_id, rows[-1].position)

    def export_claims(self, query: Query) -> list[Row]:
        claims = self.store.claims()
        if not query.filters():
            return claims
        keep = self._matching_refs(query)
        out = []
        for claim in claims:
            statements = [s for s in claim["statements"] if (s["doc"], s["statement"]) in keep]
            if statements:
                out.append({**claim, "statements": statements})
        return out

    def _matching_refs(self, query: Query) -> set[tuple[str, str]]:
        """``(document key, statement id)`` of every statement matching the filters."""
        with self.store.connect() as conn:
            stmt = _filtered_statements(conn, query)
            if stmt is None:
                return set()
            refs = stmt.with_only_columns(t.documents.c.key, t.statements.c.sid)
            return {(key, sid) for key, sid in conn.execute(refs)}

    def _statements_at(self, refs: list[tuple[str, str]]) -> list[Row]:
        """Full statement rows for ``(document key, statement id)`` pairs, in date order."""
        if not refs:
            return []
        stmt = _views._statement_query().add_columns(t.documents.c.lang)
        stmt = stmt.where(tuple_(t.documents.c.key, t.statements.c.sid).in_(refs))
        day = func.coalesce(t.statements.c.date, t.documents.c.published)
        with self.store.connect() as conn:
            rows = conn.execute(stmt.order_by(day, t.documents.c.id, t.statements.c.position)).all()
            return _with_lang(conn, list(rows))

    # -- speakers, claims, figures ---------------------------------------------------------

    def list_speakers(self, query: Query) -> tuple[list[Row], int]:
        rows = [_speaker_summary(r) for r in self.store.speakers(query.text)]
        return rows[query.offset : query.offset + query.limit], len(rows)

    def get_speaker(self, speaker_id: str) -> Row | None:
        found = [r for r in self.store.speakers() if r["id"] == speaker_id]
        if not found:
            return None
        row = _speaker_summary(found[0])
        refs = [(m["doc"], m["statement"]) for m in found[0]["mentions"]]
        row["statements"] = self._statements_at(refs)
        return row

    def list_claims(self, query: Query) -> tuple[list[Row], int]:
        rows = [_claim_summary(r) for r in self.store.claims()]
        if query.text:
            needle = fold(query.text)
            rows = [r for r in rows if needle in fold(r["text"])]
        return rows[query.offset : query.offset + query.limit], len(rows)

    def get_claim(self, claim_id: str) -> Row | None:
        found = [r for r in self.store.claims(min_size=1) if r["id"] == claim_id]
        if not found:
            return None
        row = _claim_summary(found[0])
        row["statements"] = self._statements_at(
            [(s["doc"], s["statement"]) for s in found[0]["statements"]]
        )
        return row

    def list_figures(self, query: Query) -> tuple[list[Row], int]:
        rows = self.store.figures(query.text)
        return rows[query.offset : query.offset + query.limit], len(rows)

    def get_figure(self, series_id: str) -> Row | None:
        return next((r for r in self.store.figures() if r["id"] == series_id), None)

    # -- writing ---------------------------------------------------------------------------

    def add_document(self, record: Row) -> tuple[str, bool, int]:
        import khabar

        lang = record.get("lang") or "auto"
        doc = khabar.extract(record["text"], published=record.get("published"), lang=lang)
        key = record.get("id") or "web-" + hashlib.sha256(doc.text.encode()).hexdigest()[:12]
        article = ArticleRecord(
            key,
            doc.text,
            record.get("published"),
            record.get("url"),
            record.get("outlet"),
            doc.lang,
            record.get("title"),
            origin=record.get("url") or f"web:{key}",
        )
        _, is_new = self.store.add_document(article, doc)
        if is_new:
            self.store.link_new()
            return key, True, len(doc.statements)
        with self.store.connect() as conn:
            stored = conn.execute(
                select(t.documents.c.key).where(t.documents.c.sha256 == doc.sha256)
            ).scalar_one()
        return stored, False, len(doc.statements)


def _document_row(m: Any) -> Row:
    row = {k: m[k] for k in ("title", "lang", "published", "outlet", "url", "sha256", "chars")}
    return {"id": m["key"], "statement_count": m["statement_count"], **row}


def _document_filters(stmt: Select[Any], query: Query) -> Select[Any]:
    d = t.documents
    if query.outlet:
        stmt = stmt.where(d.c.outlet == query.outlet)
    if query.lang:
        stmt = stmt.where(d.c.lang == query.lang)
    if query.since:
        stmt = stmt.where(d.c.published >= query.since)
    if query.until:
        stmt = stmt.where(d.c.published <= query.until)
    if query.doc:
        stmt = stmt.where(d.c.key == query.doc)
    return stmt


def _with_lang(conn: Connection, rows: Sequence[Any]) -> list[Row]:
    """Export-contract rows of statement query rows, with their document's language."""
    out = list(_views._export_batch(conn, list(rows)))
    for row, r in zip(out, rows, strict=True):
        row["lang"] = r.lang
    return out


def _filtered_statements(conn: Connection, query: Query) -> Select[Any] | None:
    """The export statement query narrowed by every filter of ``query`` (full text
    included); None when no statement can match."""
    stmt = _statement_filters(_views._statement_query(), query)
    if stmt is not None and query.text:
        ids = [st_id for _, st_id in _search_ids(conn, query.text) if st_id is not None]
        stmt = stmt.where(t.statements.c.id.in_(ids))
    return stmt


def _statement_filters(stmt: Select[Any], query: Query) -> Select[Any] | None:
    """The statement query narrowed by every filter; None when no statement can match."""
    day = func.coalesce(t.statements.c.date, t.documents.c.published)
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


def _search_ids(conn: Connection, query: str) -> list[tuple[int, int | None]]:
    """(document id, statement id or None) of the full-text hits for ``query``.

    The same index and folding as :meth:`Store.search`, without fetching each hit.
    """
    terms = re.findall(r"\w+", fold(query))
    if not terms:
        return []
    if conn.dialect.name == "sqlite":
        sql = text(
            "SELECT s.document_id, s.statement_id FROM search_fts "
            "JOIN search_index s ON s.id = search_fts.rowid "
            "WHERE search_fts MATCH :q ORDER BY rank LIMIT :n"
        )
        params: dict[str, Any] = {"q": " ".join(f'"{term}"' for term in terms), "n": SEARCH_CAP}
    else:
        sql = text(
            "SELECT document_id, statement_id FROM search_index "
            "WHERE tsv @@ plainto_tsquery('simple', :q) LIMIT :n"
        )
        params = {"q": " ".join(terms), "n": SEARCH_CAP}
    return [(r[0], r[1]) for r in conn.execute(sql, params)]


def _speaker_summary(row: Row) -> Row:
    aliases = row.get("aliases") or []
    mentions = row.get("mentions") or []
    return {
        "id": row["id"],
        "name": row["name"],
        "type": row.get("type") or "unknown",
        "aliases": [a["name"] for a in aliases],
        "langs": sorted({a["lang"] for a in aliases if a.get("lang")}),
        "outlets": sorted({m["outlet"] for m in mentions if m.get("outlet")}),
        "statement_count": len(mentions),
    }


def _claim_summary(row: Row) -> Row:
    statements = row.get("statements") or []
    return {
        "id": row["id"],
        "text": row.get("label") or (statements[0]["content"] if statements else ""),
        "first_seen": row.get("first_seen"),
        "last_seen": row.get("last_seen"),
        "statement_count": len(statements),
        "stances": dict(Counter(s["stance"] for s in statements)),
        "speakers": row.get("speakers") or [],
        "outlets": row.get("outlets") or [],
    }
