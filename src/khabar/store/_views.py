"""Read-side queries behind the ledger views (speakers, claims, figures, show, export, search).

Every row is a plain JSON-ready dict. Documents are named by their ingest key, statements
by their id inside the document (``s3``), speakers ``sp<N>``, claims ``c<N>``, figure
series ``f<N>``.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterator
from typing import Any

from sqlalchemy import Connection, Row, func, select, text

from khabar.store import _schema as t
from khabar.text import fold

_STATEMENT_COLS = (
    t.statements.c.id,
    t.statements.c.sid,
    t.statements.c.data,
    t.statements.c.stance,
    t.statements.c.date,
    t.statements.c.speaker_name,
    t.speaker_aliases.c.speaker_id,
    t.documents.c.key,
    t.documents.c.outlet,
    t.documents.c.published,
    t.documents.c.url,
)


def speaker_ref(speaker_id: int | None) -> str | None:
    """``sp12`` for speaker 12 (None stays None)."""
    return None if speaker_id is None else f"sp{speaker_id}"


def parse_ref(ref: str, prefix: str) -> int:
    """The number in ``sp12`` / ``c3`` / ``f2`` (a bare number is accepted too).

    >>> parse_ref("sp12", "sp")
    12
    """
    m = re.fullmatch(rf"(?:{prefix})?(\d+)", ref.strip())
    if m is None:
        raise ValueError(f"{ref!r} is not a {prefix} id like {prefix}12")
    return int(m.group(1))


def _statement_query() -> Any:
    return (
        select(*_STATEMENT_COLS)
        .join(t.documents, t.documents.c.id == t.statements.c.document_id)
        .outerjoin(t.speaker_aliases, t.speaker_aliases.c.id == t.statements.c.speaker_alias_id)
    )


def _claims_of(conn: Connection, statement_ids: list[int]) -> dict[int, list[str]]:
    out: dict[int, list[str]] = defaultdict(list)
    for chunk in _chunks(statement_ids, 500):
        rows = conn.execute(
            select(t.claim_members.c.statement_id, t.claim_members.c.claim_id)
            .where(t.claim_members.c.statement_id.in_(chunk))
            .order_by(t.claim_members.c.claim_id)
        )
        for r in rows:
            out[r.statement_id].append(f"c{r.claim_id}")
    return out


def _chunks(items: list[int], size: int) -> Iterator[list[int]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def export_rows(conn: Connection, doc_key: str | None = None) -> Iterator[dict[str, Any]]:
    """One dict per statement: the SPEC §1 object plus doc, outlet, published, url,
    speaker_id and claim_ids (the export contract)."""
    query = _statement_query().order_by(t.documents.c.id, t.statements.c.position)
    if doc_key is not None:
        query = query.where(t.documents.c.key == doc_key)
    batch: list[Row[Any]] = []
    for row in conn.execute(query).yield_per(1000):
        batch.append(row)
        if len(batch) == 1000:
            yield from _export_batch(conn, batch)
            batch = []
    yield from _export_batch(conn, batch)


def _export_batch(conn: Connection, rows: list[Row[Any]]) -> Iterator[dict[str, Any]]:
    claims = _claims_of(conn, [r.id for r in rows])
    for r in rows:
        out = json.loads(r.data)
        out.update(
            doc=r.key,
            outlet=r.outlet,
            published=r.published.isoformat() if r.published else None,
            url=r.url,
            speaker_id=speaker_ref(r.speaker_id),
            claim_ids=claims.get(r.id, []),
        )
        yield out


def speaker_rows(conn: Connection, query: str | None = None) -> list[dict[str, Any]]:
    """Ledger speakers with their aliases and mentions, most-mentioned first."""
    aliases: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for a in conn.execute(select(t.speaker_aliases).order_by(t.speaker_aliases.c.id)):
        aliases[a.speaker_id].append(
            {"name": a.name, "lang": a.lang, "type": a.type, "mentions": a.mentions}
        )
    mentions: dict[int, list[dict[str, str]]] = defaultdict(list)
    q = _statement_query().where(t.speaker_aliases.c.speaker_id.is_not(None))
    for r in conn.execute(q.order_by(t.documents.c.id, t.statements.c.position)):
        mentions[r.speaker_id].append({"doc": r.key, "statement": r.sid, "outlet": r.outlet})
    rows = []
    for sp in conn.execute(select(t.speakers)):
        if sp.id not in aliases:
            continue
        rows.append(
            {
                "id": speaker_ref(sp.id),
                "name": sp.name,
                "type": sp.type,
                "aliases": aliases[sp.id],
                "documents": len({m["doc"] for m in mentions[sp.id]}),
                "mentions": mentions[sp.id],
            }
        )
    if query:
        needle = fold(query)
        rows = [r for r in rows if any(needle in fold(a["name"]) for a in r["aliases"])]
    rows.sort(key=lambda r: (-len(r["mentions"]), r["id"]))
    return rows


def claim_rows(conn: Connection, min_size: int = 2) -> list[dict[str, Any]]:
    """Claim clusters (of ``min_size`` statements or more): first/last seen, outlets,
    speakers and the stance mix."""
    members: dict[int, list[dict[str, Any]]] = defaultdict(list)
    q = (
        _statement_query()
        .add_columns(t.claim_members.c.claim_id)
        .join(t.claim_members, t.claim_members.c.statement_id == t.statements.c.id)
    )
    for r in conn.execute(q):
        day = r.date or r.published
        members[r.claim_id].append(
            {
                "doc": r.key,
                "statement": r.sid,
                "speaker_id": speaker_ref(r.speaker_id),
                "speaker": r.speaker_name,
                "outlet": r.outlet,
                "stance": r.stance,
                "date": day.isoformat() if day else None,
                "content": json.loads(r.data)["content"]["text"],
            }
        )
    labels = {r.id: r.label for r in conn.execute(select(t.claims.c.id, t.claims.c.label))}
    rows = []
    for cid, stmts in members.items():
        if len(stmts) < min_size:
            continue
        stmts.sort(key=lambda s: (s["date"] or "9999", s["doc"], s["statement"]))
        days = [s["date"] for s in stmts if s["date"]]
        stances: dict[str, list[str]] = defaultdict(list)
        for s in stmts:
            who = s["speaker"] or "?"
            if who not in stances[s["stance"]]:
                stances[s["stance"]].append(who)
        rows.append(
            {
                "id": f"c{cid}",
                "label": labels.get(cid, ""),
                "first_seen": min(days) if days else None,
                "last_seen": max(days) if days else None,
                "outlets": sorted({s["outlet"] for s in stmts if s["outlet"]}),
                "speakers": sorted({s["speaker"] for s in stmts if s["speaker"]}),
                "stances": dict(stances),
                "statements": stmts,
            }
        )
    rows.sort(key=lambda r: (-len(r["statements"]), r["id"]))
    return rows


def figure_rows(conn: Connection, query: str | None = None) -> list[dict[str, Any]]:
    """Figure timelines: one series per counted thing and story, points in date order,
    the first occurrence of each value marked."""
    q = (
        _statement_query()
        .add_columns(
            t.quantities.c.series_id,
            t.quantities.c.value,
            t.quantities.c.vague,
            t.quantities.c.unit,
        )
        .join(t.quantities, t.quantities.c.statement_id == t.statements.c.id)
        .where(t.quantities.c.series_id.is_not(None))
    )
    points: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for r in conn.execute(q):
        day = r.date or r.published
        points[r.series_id].append(
            {
                "doc": r.key,
                "statement": r.sid,
                "value": _number(r.value),
                "vague": r.vague,
                "date": day.isoformat() if day else None,
                "speaker_id": speaker_ref(r.speaker_id),
                "speaker": r.speaker_name,
                "outlet": r.outlet,
                "stance": r.stance,
            }
        )
    series = conn.execute(select(t.figure_series)).all()
    subjects = _story_titles(conn)
    rows = []
    for s in series:
        pts = points.get(s.id, [])
        if not pts:
            continue
        subject = f"{s.unit} — {subjects.get(s.story_id, '')}".rstrip(" —")
        if query and not _figure_matches(query, s.unit, s.unit_key, subject, pts):
            continue
        rows.append({"id": f"f{s.id}", "unit": s.unit, "subject": subject, "points": _mark(pts)})
    rows.sort(key=lambda r: (-len(r["points"]), r["id"]))
    return rows


def _number(value: float | None) -> float | int | None:
    if value is None:
        return None
    return int(value) if float(value).is_integer() else value


def _mark(points: list[dict[str, Any]]) -> list[dict[str, Any]]:
    points.sort(key=lambda p: (p["date"] or "9999-99-99", p["doc"], p["statement"]))
    seen: set[Any] = set()
    for p in points:
        key = p["value"] if p["value"] is not None else p["vague"]
        p["first"] = key not in seen
        seen.add(key)
    return points


def _figure_matches(query: str, *fields: Any) -> bool:
    needle = fold(query)
    texts = [str(f) for f in fields[:3]]
    texts += [str(p.get("speaker") or "") for p in fields[3]]
    return any(needle in fold(x) for x in texts)


def _story_titles(conn: Connection) -> dict[int, str]:
    """A short name for each story: the first line of its earliest document."""
    first = (
        select(t.documents.c.story_id, func.min(t.documents.c.id).label("doc_id"))
        .where(t.documents.c.story_id.is_not(None))
        .group_by(t.documents.c.story_id)
        .subquery()
    )
    rows = conn.execute(
        select(first.c.story_id, t.documents.c.title, func.substr(t.documents.c.text, 1, 200)).join(
            t.documents, t.documents.c.id == first.c.doc_id
        )
    )
    out = {}
    for story_id, title, head in rows:
        line = (title or head or "").strip().splitlines()
        out[story_id] = (line[0] if line else "")[:80]
    return out


def document_view(conn: Connection, key: str) -> dict[str, Any] | None:
    """One stored article with its sources and statements (for ``khabar show``)."""
    doc = conn.execute(
        select(t.documents).where(t.documents.c.key == key).order_by(t.documents.c.id)
    ).first()
    if doc is None:
        return None
    sources = conn.execute(
        select(t.sources.c.origin, t.sources.c.url, t.sources.c.outlet).where(
            t.sources.c.document_id == doc.id
        )
    ).all()
    return {
        "doc": doc.key,
        "lang": doc.lang,
        "published": doc.published.isoformat() if doc.published else None,
        "outlet": doc.outlet,
        "title": doc.title,
        "sha256": doc.sha256,
        "sources": [{"origin": s.origin, "url": s.url, "outlet": s.outlet} for s in sources],
        "text": doc.text,
        "statements": list(export_rows(conn, key)),
    }


def search_rows(conn: Connection, query: str, limit: int = 20) -> list[dict[str, Any]]:
    """Full-text search over folded Arabic/English text of documents and statements."""
    terms = re.findall(r"\w+", fold(query))
    if not terms:
        return []
    if conn.dialect.name == "sqlite":
        match = " ".join('"' + term + '"' for term in terms)
        sql = text(
            "SELECT s.document_id, s.statement_id FROM search_fts "
            "JOIN search_index s ON s.id = search_fts.rowid "
            "WHERE search_fts MATCH :q ORDER BY rank LIMIT :n"
        )
        hits = conn.execute(sql, {"q": match, "n": limit}).all()
    else:
        sql = text(
            "SELECT document_id, statement_id FROM search_index "
            "WHERE tsv @@ plainto_tsquery('simple', :q) "
            "ORDER BY ts_rank(tsv, plainto_tsquery('simple', :q)) DESC LIMIT :n"
        )
        hits = conn.execute(sql, {"q": " ".join(terms), "n": limit}).all()
    return [_hit(conn, doc_id, st_id) for doc_id, st_id in hits]


def _hit(conn: Connection, doc_id: int, statement_id: int | None) -> dict[str, Any]:
    doc = conn.execute(
        select(t.documents.c.key, t.documents.c.outlet, t.documents.c.published).where(
            t.documents.c.id == doc_id
        )
    ).one()
    hit: dict[str, Any] = {
        "doc": doc.key,
        "outlet": doc.outlet,
        "published": doc.published.isoformat() if doc.published else None,
        "statement": None,
        "speaker": None,
        "text": None,
    }
    if statement_id is not None:
        st = conn.execute(
            select(t.statements.c.sid, t.statements.c.speaker_name, t.statements.c.content).where(
                t.statements.c.id == statement_id
            )
        ).one()
        hit.update(statement=st.sid, speaker=st.speaker_name, text=st.content)
    return hit
