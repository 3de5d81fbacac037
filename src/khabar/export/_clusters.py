"""Claim clusters as the ClaimReview export reads them: a batch of clusters per query.

Each cluster carries, for every statement in it, what a ClaimReview needs and the ledger's
claims view does not give: the ledger speaker (display name, type, every alias) and the
article (URL, publication day, outlet, language, title).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sqlalchemy import Connection, Select, func, select

from khabar.export._select import Query, Row, matching_statement_ids
from khabar.store import Store
from khabar.store import _schema as t

CLAIM_BATCH = 200  # clusters read per query (and per connection)
MIN_CLUSTER = 2  # as the ledger's claims view: one statement alone is not a claim cluster


def claim_clusters(store: Store, query: Query, batch: int = CLAIM_BATCH) -> Iterator[Row]:
    """Claim clusters of :data:`MIN_CLUSTER` statements or more, in id order, each keeping
    only the statements that match ``query`` (clusters left with none are skipped).

    Rows: ``{"id": "c3", "label", "statements": [{"doc", "statement", "content", "stance",
    "date", "speaker": {"id", "name", "type", "aliases"} | None, "document": {"id", "url",
    "published", "outlet", "lang", "title"}}]}``, dates as ISO strings.
    """
    after = 0
    while True:
        with store.connect() as conn:
            ids = _cluster_ids(conn, query, after, batch)
            clusters = _clusters(conn, ids, query)
        yield from clusters
        if len(ids) < batch:
            return
        after = ids[-1]


def _matching(conn: Connection, query: Query) -> Select[Any] | None:
    """Ids of the statements matching ``query``; None when every statement does."""
    return matching_statement_ids(conn.dialect.name, query) if query.filters() else None


def _cluster_ids(conn: Connection, query: Query, after: int, batch: int) -> list[int]:
    """The next ``batch`` cluster ids above ``after`` that have a matching statement."""
    m = t.claim_members.c
    stmt = (
        select(m.claim_id)
        .where(m.claim_id > after)
        .group_by(m.claim_id)
        .having(func.count() >= MIN_CLUSTER)
        .order_by(m.claim_id)
        .limit(batch)
    )
    if query.filters():
        matching = _matching(conn, query)
        if matching is None:
            return []
        hit = t.claim_members.alias("hit")
        stmt = stmt.where(
            m.claim_id.in_(select(hit.c.claim_id).where(hit.c.statement_id.in_(matching)))
        )
    return [claim_id for (claim_id,) in conn.execute(stmt)]


def _clusters(conn: Connection, ids: list[int], query: Query) -> list[Row]:
    if not ids:
        return []
    m, st, d = t.claim_members.c, t.statements.c, t.documents.c
    stmt = (
        select(
            m.claim_id,
            st.sid,
            st.content,
            st.stance,
            st.date,
            st.speaker_name,
            st.speaker_type,
            t.speaker_aliases.c.speaker_id,
            d.key,
            d.url,
            d.published,
            d.outlet,
            d.lang,
            d.title,
        )
        .select_from(t.claim_members)
        .join(t.statements, st.id == m.statement_id)
        .join(t.documents, d.id == st.document_id)
        .outerjoin(t.speaker_aliases, t.speaker_aliases.c.id == st.speaker_alias_id)
        .where(m.claim_id.in_(ids))
        .order_by(m.claim_id, d.id, st.position)
    )
    matching = _matching(conn, query)
    if matching is not None:
        stmt = stmt.where(m.statement_id.in_(matching))
    rows = conn.execute(stmt).all()
    speakers = _speakers(conn, {r.speaker_id for r in rows if r.speaker_id is not None})
    labels = dict(
        conn.execute(select(t.claims.c.id, t.claims.c.label).where(t.claims.c.id.in_(ids))).all()
    )
    clusters: dict[int, Row] = {}
    for r in rows:
        cluster = clusters.setdefault(
            r.claim_id,
            {"id": f"c{r.claim_id}", "label": labels.get(r.claim_id) or "", "statements": []},
        )
        cluster["statements"].append(_member(r, speakers))
    return [clusters[claim_id] for claim_id in ids if claim_id in clusters]


def _member(r: Any, speakers: dict[int, Row]) -> Row:
    """One statement of a cluster: what was said, by whom, in which article."""
    if r.speaker_id is not None:
        speaker: Row | None = speakers[r.speaker_id]
    elif r.speaker_name:
        speaker = {
            "id": None,
            "name": r.speaker_name,
            "type": r.speaker_type or "unknown",
            "aliases": [],
        }
    else:
        speaker = None
    return {
        "doc": r.key,
        "statement": r.sid,
        "content": r.content,
        "stance": r.stance,
        "date": r.date.isoformat() if r.date else None,
        "speaker": speaker,
        "document": {
            "id": r.key,
            "url": r.url,
            "published": r.published.isoformat() if r.published else None,
            "outlet": r.outlet,
            "lang": r.lang,
            "title": r.title,
        },
    }


def _speakers(conn: Connection, ids: set[int]) -> dict[int, Row]:
    """Ledger speakers by id: display name, type and every other name they go by."""
    if not ids:
        return {}
    sp, a = t.speakers.c, t.speaker_aliases.c
    aliases: dict[int, list[str]] = {}
    for speaker_id, name in conn.execute(
        select(a.speaker_id, a.name).where(a.speaker_id.in_(ids)).order_by(a.id)
    ):
        aliases.setdefault(speaker_id, []).append(name)
    out = {}
    for r in conn.execute(select(sp.id, sp.name, sp.type).where(sp.id.in_(ids))):
        others = [n for n in dict.fromkeys(aliases.get(r.id, ())) if n != r.name]
        out[r.id] = {
            "id": f"sp{r.id}",
            "name": r.name,
            "type": r.type or "unknown",
            "aliases": others,
        }
    return out
