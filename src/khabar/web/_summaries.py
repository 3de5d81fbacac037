"""Summary rows of the ledger's speakers, claims and figure series, for one page at a time.

Each function reads only the rows of the ids it is given (aggregates over members, not
every member row), so a page costs the same however large the ledger is.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import CompoundSelect, Connection, Select, func, select

from khabar.export._select import text_hits
from khabar.ledger.units import unit_key
from khabar.store import _schema as t
from khabar.store import _views
from khabar.web._source import Row


def aliases(conn: Connection, speaker: int | None = None) -> dict[int, list[tuple[str, str]]]:
    """``(name, lang)`` of every alias of every speaker (or of one), in alias order."""
    a = t.speaker_aliases.c
    stmt = select(a.speaker_id, a.name, a.lang).order_by(a.id)
    if speaker is not None:
        stmt = stmt.where(a.speaker_id == speaker)
    out: dict[int, list[tuple[str, str]]] = {}
    for speaker_id, name, lang in conn.execute(stmt):
        out.setdefault(speaker_id, []).append((name, lang))
    return out


def speaker_counts(conn: Connection, speaker: int | None = None) -> dict[int, int]:
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


def speaker_summaries(
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


def claim_summaries(conn: Connection, ids: list[int]) -> list[Row]:
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
    speakers = distinct_by_claim(conn, members(st.speaker_name).distinct())
    outlets = distinct_by_claim(conn, members(d.outlet).distinct())
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
                "text": labels.get(claim_id) or first_content(conn, members(), claim_id),
                "first_seen": seen[0].isoformat() if seen else None,
                "last_seen": seen[-1].isoformat() if seen else None,
                "statement_count": sum(stances[claim_id].values()),
                "stances": stances[claim_id],
                "speakers": speakers.get(claim_id, []),
                "outlets": outlets.get(claim_id, []),
            }
        )
    return rows


def distinct_by_claim(conn: Connection, stmt: Select[Any]) -> dict[int, list[str]]:
    """The sorted non-empty values of ``(claim id, value)`` rows, by claim."""
    out: dict[int, list[str]] = {}
    for claim_id, value in conn.execute(stmt):
        if value:
            out.setdefault(claim_id, []).append(value)
    return {claim_id: sorted(values) for claim_id, values in out.items()}


def first_content(conn: Connection, members: Select[Any], claim_id: int) -> str:
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


def figure_series(conn: Connection, ids: list[int]) -> list[Row]:
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
    titles = story_titles(conn, {s.story_id for s in series.values()})
    rows = []
    for series_id in ids:
        if series_id not in series or series_id not in points:
            continue
        s = series[series_id]
        subject = f"{s.unit} — {titles.get(s.story_id, '')}".rstrip(" —")
        pts = _views._mark(points[series_id])
        rows.append({"id": f"f{series_id}", "unit": s.unit, "subject": subject, "points": pts})
    return rows


def story_titles(conn: Connection, story_ids: set[int]) -> dict[int, str]:
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


def series_matching(conn: Connection, needle: str) -> Select[Any] | CompoundSelect[Any]:
    """Ids of the figure series counting what ``needle`` names, or with a statement
    matching it in full text."""
    q = t.quantities.c
    by_unit = select(t.figure_series.c.id).where(t.figure_series.c.unit_key == unit_key(needle))
    hits = text_hits(conn.dialect.name, needle)
    if hits is None:
        return by_unit
    by_text = select(q.series_id).where(q.statement_id.in_(hits), q.series_id.is_not(None))
    return by_unit.union(by_text)
