"""The incremental linker: each unlinked document is linked in its own transaction.

For one document: its speakers are resolved against blocked aliases, its statements are
embedded and compared with statements of nearby days (claims), the document joins the story
of the closest nearby document (or starts one), and its figures join the timeline of what
they count within that story.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import numpy as np
from sqlalchemy import Connection, Row, insert, select, update

from khabar.ledger.claims import Candidate, Vector, best_match, candidates, embed, join_claim
from khabar.ledger.speakers import Alias, resolve_alias
from khabar.store import _schema as t

if TYPE_CHECKING:
    from khabar.store import Store

STORY_THRESHOLD = 0.9
SHARED_CLAIM_BONUS = 0.03


def link_new(store: Store) -> dict[str, int]:
    """Link every unlinked document, oldest first; returns what was linked."""
    counts = {"documents": 0, "statements": 0, "claim_links": 0}
    with store.engine.connect() as conn:
        pending = (
            conn.execute(
                select(t.documents.c.id)
                .where(t.documents.c.linked.is_(False))
                .order_by(t.documents.c.id)
            )
            .scalars()
            .all()
        )
    for doc_id in pending:
        with store.engine.begin() as conn:
            n_statements, n_claims = link_document(conn, doc_id)
        counts["documents"] += 1
        counts["statements"] += n_statements
        counts["claim_links"] += n_claims
    return counts


def link_document(conn: Connection, doc_id: int) -> tuple[int, int]:
    """Link one document; returns (statements, statements put in a claim)."""
    doc = conn.execute(select(t.documents).where(t.documents.c.id == doc_id)).one()
    rows = conn.execute(
        select(t.statements)
        .where(t.statements.c.document_id == doc_id)
        .order_by(t.statements.c.position)
    ).all()
    _link_speakers(conn, doc, rows)
    matched, pool, vectors = _link_claims(conn, doc, rows)
    story = _choose_story(doc, pool, vectors, matched)
    conn.execute(update(t.documents).where(t.documents.c.id == doc_id).values(story_id=story))
    _link_figures(conn, rows, story)
    conn.execute(update(t.documents).where(t.documents.c.id == doc_id).values(linked=True))
    return len(rows), sum(1 for m in matched if m is not None)


def _link_speakers(conn: Connection, doc: Row[Any], rows: Sequence[Row[Any]]) -> None:
    for st in rows:
        if not st.speaker_name:
            continue
        alias = Alias(st.speaker_name, st.speaker_type or "unknown")
        alias_id = resolve_alias(conn, alias, doc.lang, doc.id)
        conn.execute(
            update(t.statements).where(t.statements.c.id == st.id).values(speaker_alias_id=alias_id)
        )


def _values(conn: Connection, statement_id: int) -> frozenset[float]:
    found = conn.execute(
        select(t.quantities.c.value).where(
            t.quantities.c.statement_id == statement_id, t.quantities.c.value.is_not(None)
        )
    ).scalars()
    return frozenset(float(v) for v in found)


def _speaker_of(conn: Connection, statement_id: int) -> int | None:
    sid = conn.execute(
        select(t.speaker_aliases.c.speaker_id)
        .join(t.statements, t.statements.c.speaker_alias_id == t.speaker_aliases.c.id)
        .where(t.statements.c.id == statement_id)
    ).scalar()
    return int(sid) if sid is not None else None


class _Pool:
    """Candidate statements of nearby days, with their vectors as one matrix."""

    def __init__(self, items: list[Candidate]) -> None:
        self.items = items
        self.matrix = np.stack([c.vector for c in items]) if items else None
        self.by_doc: dict[int, list[int]] = defaultdict(list)
        for k, c in enumerate(items):
            self.by_doc[c.document_id].append(k)


def _link_claims(
    conn: Connection, doc: Row[Any], rows: Sequence[Row[Any]]
) -> tuple[list[Candidate | None], _Pool, Vector]:
    """Embed the document's statements and put each in the claim of its best match."""
    vectors = embed([st.content for st in rows])
    for st, vec in zip(rows, vectors, strict=True):
        conn.execute(
            update(t.statements).where(t.statements.c.id == st.id).values(vector=vec.tobytes())
        )
    pool = _Pool(candidates(conn, doc.published, doc.id))
    matched: list[Candidate | None] = []
    for st, vec in zip(rows, vectors, strict=True):
        found = best_match(
            vec, _values(conn, st.id), pool.items, pool.matrix, _speaker_of(conn, st.id)
        )
        if found is None:
            matched.append(None)
            continue
        join_claim(conn, st.id, st.content, found[0], found[1])
        matched.append(found[0])
    return matched, pool, vectors


def _choose_story(
    doc: Row[Any], pool: _Pool, vectors: Vector, matched: list[Candidate | None]
) -> int:
    """The story of the closest nearby document, or a new story named by this document."""
    if not len(vectors) or pool.matrix is None:
        return int(doc.id)
    centroid = vectors.mean(axis=0)
    centroid /= np.linalg.norm(centroid) or 1.0
    shared = {m.document_id for m in matched if m is not None}
    best_story, best_score = int(doc.id), STORY_THRESHOLD
    for other, idx in pool.by_doc.items():
        theirs = pool.matrix[idx].mean(axis=0)
        sim = float(theirs @ centroid / (np.linalg.norm(theirs) or 1.0))
        sim += SHARED_CLAIM_BONUS if other in shared else 0.0
        story = pool.items[idx[0]].story_id
        if sim >= best_score and story is not None:
            best_story, best_score = int(story), sim
    return best_story


def _link_figures(conn: Connection, rows: Sequence[Row[Any]], story: int) -> None:
    q, fs = t.quantities, t.figure_series
    ids = [st.id for st in rows]
    if not ids:
        return
    found = conn.execute(
        select(q.c.id, q.c.unit, q.c.unit_key).where(
            q.c.statement_id.in_(ids), q.c.unit_key.is_not(None)
        )
    ).all()
    for quantity in found:
        series = conn.execute(
            select(fs.c.id).where(fs.c.unit_key == quantity.unit_key, fs.c.story_id == story)
        ).scalar()
        if series is None:
            series = conn.execute(
                insert(fs)
                .values(unit_key=quantity.unit_key, unit=quantity.unit, story_id=story)
                .returning(fs.c.id)
            ).scalar_one()
        conn.execute(update(q).where(q.c.id == quantity.id).values(series_id=series))
