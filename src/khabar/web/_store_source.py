"""Adapt :class:`khabar.store.Store` to the web layer's :class:`LedgerSource`.

Every list is filtered and paged in SQL: documents and statements by ``LIMIT/OFFSET``,
speakers, claims and figure series ranked by a ``GROUP BY`` count with only one page's
rows read (:mod:`khabar.web._summaries`); text search uses the store's full-text index.
Statement rows and their filters are those of :mod:`khabar.export`, so the API's statements
are exactly the export contract (SPEC §2) plus the document's language.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator
from typing import Any

from sqlalchemy import Connection, Select, func, select

from khabar.export import claim_clusters, iter_statements
from khabar.export._select import filtered_statements, text_hits, with_lang
from khabar.ingest.record import ArticleRecord
from khabar.store import Store, _views
from khabar.store import _schema as t
from khabar.text import fold
from khabar.web import _summaries as summaries
from khabar.web._source import Query, Row


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
                hits = text_hits(conn.dialect.name, query.text, "document_id")
                if hits is None:
                    return [], 0
                stmt = stmt.where(d.c.id.in_(hits))
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
            stmt = filtered_statements(conn.dialect.name, query)
            if stmt is None:
                return [], 0
            total = conn.execute(select(func.count()).select_from(stmt.subquery())).scalar_one()
            day = func.coalesce(t.statements.c.date, t.documents.c.published)
            page = stmt.add_columns(t.documents.c.lang).order_by(
                day, t.documents.c.id, t.statements.c.position
            )
            rows = conn.execute(page.limit(query.limit).offset(query.offset)).all()
            return with_lang(conn, rows), total

    def export_statements(self, query: Query) -> Iterator[Row]:
        """Matching statements in store order, read a batch at a time
        (:func:`khabar.export.iter_statements`)."""
        return iter_statements(self.store, query)

    def export_claims(self, query: Query) -> Iterable[Row]:
        """Claim clusters with their matching statements, read a batch of clusters at a
        time (:func:`khabar.export.claim_clusters`)."""
        return claim_clusters(self.store, query)

    # -- speakers, claims, figures ---------------------------------------------------------
    # Lists rank every speaker / claim / series by a GROUP BY count, then read the rows of
    # one page only; a text search narrows the ranking in SQL with the full-text index.

    def list_speakers(self, query: Query) -> tuple[list[Row], int]:
        with self.store.connect() as conn:
            aliases = summaries.aliases(conn)
            counts = summaries.speaker_counts(conn)
            needle = fold(query.text) if query.text else None
            ids = [
                sp
                for sp, names in aliases.items()
                if needle is None or any(needle in fold(name) for name, _ in names)
            ]
            ids.sort(key=lambda sp: (-counts.get(sp, 0), f"sp{sp}"))
            page = ids[query.offset : query.offset + query.limit]
            return summaries.speaker_summaries(conn, page, aliases, counts), len(ids)

    def get_speaker(self, speaker_id: str) -> Row | None:
        number = _ref_number(speaker_id, "sp")
        with self.store.connect() as conn:
            aliases = summaries.aliases(conn, number)
            if number is None or number not in aliases:
                return None
            counts = summaries.speaker_counts(conn, number)
            (row,) = summaries.speaker_summaries(conn, [number], aliases, counts)
            stmt = _views._statement_query().where(t.speaker_aliases.c.speaker_id == number)
            row["statements"] = _in_date_order(conn, stmt)
        return row

    def list_claims(self, query: Query) -> tuple[list[Row], int]:
        """Claims most repeated first; ``q`` keeps those with a statement matching it
        (full text: content and speaker, Arabic-folded)."""
        m = t.claim_members.c
        with self.store.connect() as conn:
            sizes = select(m.claim_id, func.count()).group_by(m.claim_id)
            if query.text:
                hits = text_hits(conn.dialect.name, query.text)
                if hits is None:
                    return [], 0
                hit = t.claim_members.alias("hit")
                matching = select(hit.c.claim_id).where(hit.c.statement_id.in_(hits))
                sizes = sizes.where(m.claim_id.in_(matching))
            ranked = sorted(
                conn.execute(sizes.having(func.count() >= 2)).all(),
                key=lambda r: (-r[1], f"c{r[0]}"),
            )
            page = [claim_id for claim_id, _ in ranked[query.offset : query.offset + query.limit]]
            return summaries.claim_summaries(conn, page), len(ranked)

    def get_claim(self, claim_id: str) -> Row | None:
        number = _ref_number(claim_id, "c")
        if number is None:
            return None
        with self.store.connect() as conn:
            found = summaries.claim_summaries(conn, [number])
            if not found:
                return None
            stmt = _views._statement_query().join(
                t.claim_members, t.claim_members.c.statement_id == t.statements.c.id
            )
            found[0]["statements"] = _in_date_order(
                conn, stmt.where(t.claim_members.c.claim_id == number)
            )
        return found[0]

    def list_figures(self, query: Query) -> tuple[list[Row], int]:
        """Series with most points first; ``q`` keeps those counting the same thing
        (``troops`` finds جندي: one unit key across languages) or with a statement
        matching it in full text (content and speaker)."""
        q = t.quantities.c
        with self.store.connect() as conn:
            sizes = (
                select(q.series_id, func.count())
                .join(t.statements, t.statements.c.id == q.statement_id)
                .where(q.series_id.is_not(None))
                .group_by(q.series_id)
            )
            if query.text:
                sizes = sizes.where(q.series_id.in_(summaries.series_matching(conn, query.text)))
            ranked = sorted(conn.execute(sizes).all(), key=lambda r: (-r[1], f"f{r[0]}"))
            page = [series for series, _ in ranked[query.offset : query.offset + query.limit]]
            return summaries.figure_series(conn, page), len(ranked)

    def get_figure(self, series_id: str) -> Row | None:
        number = _ref_number(series_id, "f")
        if number is None:
            return None
        with self.store.connect() as conn:
            found = summaries.figure_series(conn, [number])
        return found[0] if found else None

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


def _ref_number(ref: str, prefix: str) -> int | None:
    """The number of a ``sp12`` / ``c3`` / ``f2`` id, None unless written exactly so.

    >>> _ref_number("sp12", "sp"), _ref_number("12", "sp"), _ref_number("c3", "sp")
    (12, None, None)
    """
    m = re.fullmatch(rf"{prefix}(\d+)", ref)
    return int(m.group(1)) if m else None


def _in_date_order(conn: Connection, stmt: Select[Any]) -> list[Row]:
    """Statement rows (with ``lang``) of a statement query, in date order."""
    day = func.coalesce(t.statements.c.date, t.documents.c.published)
    ordered = stmt.add_columns(t.documents.c.lang).order_by(
        day, t.documents.c.id, t.statements.c.position
    )
    return with_lang(conn, conn.execute(ordered).all())
