"""Adapt :class:`khabar.store.Store` to the web layer's :class:`LedgerSource`.

Lists that a page shows 50 at a time (documents, statements, search) are filtered and
paged in SQL; speakers, claims and figures come from the store's ledger views.
Statement rows reuse the store's export query, so the API's statements are exactly
the export contract (SPEC §2) plus the document's language.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator
from typing import Any

from sqlalchemy import CompoundSelect, Connection, Select, func, select

from khabar.export import claim_clusters, iter_statements
from khabar.export._select import filtered_statements, text_hits, with_lang
from khabar.ingest.record import ArticleRecord
from khabar.ledger.units import unit_key
from khabar.store import Store, _views
from khabar.store import _schema as t
from khabar.text import fold
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
            aliases = _aliases(conn)
            counts = _speaker_counts(conn)
            needle = fold(query.text) if query.text else None
            ids = [
                sp
                for sp, names in aliases.items()
                if needle is None or any(needle in fold(name) for name, _ in names)
            ]
            ids.sort(key=lambda sp: (-counts.get(sp, 0), f"sp{sp}"))
            page = ids[query.offset : query.offset + query.limit]
            return _speaker_summaries(conn, page, aliases, counts), len(ids)

    def get_speaker(self, speaker_id: str) -> Row | None:
        number = _ref_number(speaker_id, "sp")
        with self.store.connect() as conn:
            aliases = _aliases(conn, number)
            if number is None or number not in aliases:
                return None
            counts = _speaker_counts(conn, number)
            (row,) = _speaker_summaries(conn, [number], aliases, counts)
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
            return _claim_summaries(conn, page), len(ranked)

    def get_claim(self, claim_id: str) -> Row | None:
        number = _ref_number(claim_id, "c")
        if number is None:
            return None
        with self.store.connect() as conn:
            found = _claim_summaries(conn, [number])
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
                sizes = sizes.where(q.series_id.in_(_series_matching(conn, query.text)))
            ranked = sorted(conn.execute(sizes).all(), key=lambda r: (-r[1], f"f{r[0]}"))
            page = [series for series, _ in ranked[query.offset : query.offset + query.limit]]
            return _figure_series(conn, page), len(ranked)

    def get_figure(self, series_id: str) -> Row | None:
        number = _ref_number(series_id, "f")
        if number is None:
            return None
        with self.store.connect() as conn:
            found = _figure_series(conn, [number])
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


def _series_matching(conn: Connection, needle: str) -> Select[Any] | CompoundSelect[Any]:
    """Ids of the figure series counting what ``needle`` names, or with a statement
    matching it in full text."""
    q = t.quantities.c
    by_unit = select(t.figure_series.c.id).where(t.figure_series.c.unit_key == unit_key(needle))
    hits = text_hits(conn.dialect.name, needle)
    if hits is None:
        return by_unit
    by_text = select(q.series_id).where(q.statement_id.in_(hits), q.series_id.is_not(None))
    return by_unit.union(by_text)


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


def _aliases(conn: Connection, speaker: int | None = None) -> dict[int, list[tuple[str, str]]]:
    """``(name, lang)`` of every alias of every speaker (or of one), in alias order."""
    a = t.speaker_aliases.c
    stmt = select(a.speaker_id, a.name, a.lang).order_by(a.id)
    if speaker is not None:
        stmt = stmt.where(a.speaker_id == speaker)
    out: dict[int, list[tuple[str, str]]] = {}
    for speaker_id, name, lang in conn.execute(stmt):
        out.setdefault(speaker_id, []).append((name, lang))
    return out


def _speaker_counts(conn: Connection, speaker: int | None = None) -> dict[int, int]:
    """How many statements each speaker (or one) has."""
    a = t.speaker_aliases.c
    stmt = (
        select(a.speaker_id, func.count())
        .join(t.statements, t.statements.c.speaker_alias_id == a.id)
        .group_by(a.speaker_id)
    )
    if speaker is not None:
        stmt = stmt.where(a.speaker_id == speaker)
    return {speaker_id: n for speaker_id, n in conn.execute(stmt)}


def _speaker_summaries(
    conn: Connection,
    ids: list[int],
    aliases: dict[int, list[tuple[str, str]]],
    counts: dict[int, int],
) -> list[Row]:
    """Summary rows of the speakers ``ids``, in that order (outlets read for them only)."""
    if not ids:
        return []
    sp = t.speakers.c
    heads = {r.id: r for r in conn.execute(select(sp.id, sp.name, sp.type).where(sp.id.in_(ids)))}
    outlets: dict[int, set[str]] = {}
    rows = conn.execute(
        select(t.speaker_aliases.c.speaker_id, t.documents.c.outlet)
        .distinct()
        .join(t.statements, t.statements.c.speaker_alias_id == t.speaker_aliases.c.id)
        .join(t.documents, t.documents.c.id == t.statements.c.document_id)
        .where(t.speaker_aliases.c.speaker_id.in_(ids))
    )
    for speaker_id, outlet in rows:
        if outlet:
            outlets.setdefault(speaker_id, set()).add(outlet)
    return [
        {
            "id": f"sp{i}",
            "name": heads[i].name,
            "type": heads[i].type or "unknown",
            "aliases": [name for name, _ in aliases[i]],
            "langs": sorted({lang for _, lang in aliases[i] if lang}),
            "outlets": sorted(outlets.get(i, ())),
            "statement_count": counts.get(i, 0),
        }
        for i in ids
    ]


def _claim_summaries(conn: Connection, ids: list[int]) -> list[Row]:
    """Summary rows of the claims ``ids`` (with at least one statement), in that order.

    Counted by aggregates over the members, so a large cluster costs no more rows read
    than a small one.
    """
    if not ids:
        return []
    m, st, d = t.claim_members.c, t.statements.c, t.documents.c
    day = func.coalesce(st.date, d.published)

    def members(*columns: Any) -> Select[Any]:
        return (
            select(m.claim_id, *columns)
            .join(t.statements, st.id == m.statement_id)
            .join(t.documents, d.id == st.document_id)
            .where(m.claim_id.in_(ids))
        )

    stances: dict[int, dict[str, int]] = {}
    days: dict[int, list[Any]] = {}
    by_stance = members(st.stance, func.count(), func.min(day), func.max(day))
    for claim_id, stance, n, first, last in conn.execute(by_stance.group_by(m.claim_id, st.stance)):
        stances.setdefault(claim_id, {})[stance] = n
        days.setdefault(claim_id, []).extend(x for x in (first, last) if x is not None)
    speakers = _distinct_by_claim(conn, members(st.speaker_name).distinct())
    outlets = _distinct_by_claim(conn, members(d.outlet).distinct())
    labels = dict(
        conn.execute(select(t.claims.c.id, t.claims.c.label).where(t.claims.c.id.in_(ids))).all()
    )
    rows = []
    for claim_id in ids:
        if claim_id not in stances:
            continue
        seen = sorted(days.get(claim_id, []))
        rows.append(
            {
                "id": f"c{claim_id}",
                "text": labels.get(claim_id) or _first_content(conn, members(), claim_id),
                "first_seen": seen[0].isoformat() if seen else None,
                "last_seen": seen[-1].isoformat() if seen else None,
                "statement_count": sum(stances[claim_id].values()),
                "stances": stances[claim_id],
                "speakers": speakers.get(claim_id, []),
                "outlets": outlets.get(claim_id, []),
            }
        )
    return rows


def _distinct_by_claim(conn: Connection, stmt: Select[Any]) -> dict[int, list[str]]:
    """The sorted non-empty values of ``(claim id, value)`` rows, by claim."""
    out: dict[int, list[str]] = {}
    for claim_id, value in conn.execute(stmt):
        if value:
            out.setdefault(claim_id, []).append(value)
    return {claim_id: sorted(values) for claim_id, values in out.items()}


def _first_content(conn: Connection, members: Select[Any], claim_id: int) -> str:
    """The content of a claim's earliest statement (undated last), for an unlabelled claim."""
    st, d = t.statements.c, t.documents.c
    day = func.coalesce(st.date, d.published)
    first = (
        members.with_only_columns(st.content)
        .where(t.claim_members.c.claim_id == claim_id)
        .order_by(day.is_(None), day, d.key, st.sid)
        .limit(1)
    )
    content: str | None = conn.execute(first).scalar()
    return content or ""


def _figure_series(conn: Connection, ids: list[int]) -> list[Row]:
    """The figure series ``ids`` (those with points), in that order, as the store's
    figures view shows them: points in date order, first occurrences marked."""
    if not ids:
        return []
    q = t.quantities.c
    stmt = (
        _views._statement_query()
        .add_columns(q.series_id, q.value, q.vague)
        .join(t.quantities, q.statement_id == t.statements.c.id)
        .where(q.series_id.in_(ids))
    )
    points: dict[int, list[Row]] = {}
    for r in conn.execute(stmt):
        day = r.date or r.published
        points.setdefault(r.series_id, []).append(
            {
                "doc": r.key,
                "statement": r.sid,
                "value": _views._number(r.value),
                "vague": r.vague,
                "date": day.isoformat() if day else None,
                "speaker_id": _views.speaker_ref(r.speaker_id),
                "speaker": r.speaker_name,
                "outlet": r.outlet,
                "stance": r.stance,
            }
        )
    fs = t.figure_series.c
    series = {
        r.id: r for r in conn.execute(select(fs.id, fs.unit, fs.story_id).where(fs.id.in_(ids)))
    }
    titles = _story_titles(conn, {s.story_id for s in series.values()})
    rows = []
    for series_id in ids:
        if series_id not in series or series_id not in points:
            continue
        s = series[series_id]
        subject = f"{s.unit} — {titles.get(s.story_id, '')}".rstrip(" —")
        pts = _views._mark(points[series_id])
        rows.append({"id": f"f{series_id}", "unit": s.unit, "subject": subject, "points": pts})
    return rows


def _story_titles(conn: Connection, story_ids: set[int]) -> dict[int, str]:
    """A short name for each of ``story_ids``: the first line of its earliest document
    (as the store's figures view names them)."""
    d = t.documents.c
    first = (
        select(d.story_id, func.min(d.id).label("doc_id"))
        .where(d.story_id.in_(story_ids))
        .group_by(d.story_id)
        .subquery()
    )
    rows = conn.execute(
        select(first.c.story_id, d.title, func.substr(d.text, 1, 200)).join(
            t.documents, d.id == first.c.doc_id
        )
    )
    out = {}
    for story_id, title, head in rows:
        line = (title or head or "").strip().splitlines()
        out[story_id] = (line[0] if line else "")[:80]
    return out
