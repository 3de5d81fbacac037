"""The incremental linker: each unlinked document is linked in its own transaction.

For one document: its speakers are resolved against blocked aliases; its statements are
embedded (stored as int8; vectors already stored, e.g. by ``khabar batch`` workers, are
reused) and their centroid is compared with the centroids of at most ``NEAR_DOCS``
documents nearest in date; the document joins the story of the closest one (or starts its
own); its statements are compared, for claims, with the statements of the
``CLAIM_DOCS`` closest documents and with the latest ``SPEAKER_RECENT`` statements of its
speakers; its figures join the timeline of what they count within the story.

Every step reads a capped number of rows, so the cost of linking one document does not
grow with the size of the store (``bench/ingest.py`` measures it).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

import numpy as np
from sqlalchemy import Connection, Row, insert, select, update

from khabar.ledger.claims import (
    Item,
    best_claim,
    claim_content,
    claim_context,
    claims_of,
    content_words,
    join_claim,
    pool_rivals,
    values_of,
)
from khabar.ledger.org_anaphora import org_full_names, short_org_names
from khabar.ledger.speakers import (
    Alias,
    full_names,
    named_sources,
    resolve_alias,
    titled_names,
)
from khabar.ledger.units import is_count, is_duration, names_a_count, tracked_duration
from khabar.ledger.vectors import (
    DIM,
    Vector,
    centred,
    centroid,
    embed,
    pack,
    unpack,
    unpack_many,
)
from khabar.store import _schema as t

if TYPE_CHECKING:
    from khabar.store import Store

Embedder = Callable[[list[str]], Vector]

WINDOW_DAYS = 21
NEAR_DOCS = 400  # documents nearest in date whose centroids are compared
CLAIM_DOCS = 12  # the closest of them give claim candidates
SPEAKER_RECENT = 60  # and the latest statements of the document's speakers
RECENT_CHUNK = 200  # statements of those speakers whose documents are checked at once
CLAIM_DOC_MIN = 0.8  # centroid cosine below which a document gives no claim candidates
# cosine of language-centred centroids to join a nearby document's story: raw e5 centroids
# of any two news articles sit near 0.95, one story or two; centred, on our eight gold sets
# one story's articles sit at 0.52–0.84 and two stories' at 0.19–0.63 in one language (the
# nearest document of the same story is what counts: no two stories merge at 0.65)
STORY_THRESHOLD = 0.65
# across Arabic/English: one story 0.39–0.64, two stories 0.10–0.47
STORY_THRESHOLD_ACROSS = 0.42
# lower bars for a nearby document quoting one of this document's named people (two stories
# of one window rarely share a person; short wire items sit lower than full articles)
STORY_SHARED_PERSON = 0.5
STORY_SHARED_PERSON_ACROSS = 0.35


def link_new(store: Store, embedder: Embedder | None = None) -> dict[str, int]:
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
            n_statements, n_claims = link_document(conn, doc_id, embedder or embed)
        counts["documents"] += 1
        counts["statements"] += n_statements
        counts["claim_links"] += n_claims
    return counts


def link_document(conn: Connection, doc_id: int, embedder: Embedder = embed) -> tuple[int, int]:
    """Link one document; returns (statements, statements put in a claim)."""
    doc = conn.execute(select(t.documents).where(t.documents.c.id == doc_id)).one()
    rows = conn.execute(
        select(t.statements)
        .where(t.statements.c.document_id == doc_id)
        .order_by(t.statements.c.position)
    ).all()
    speakers = _link_speakers(conn, doc, rows)
    items = _embed_statements(conn, doc, rows, speakers, embedder)
    near = _nearby(conn, doc, items)
    persons = {
        sid for sid, st in zip(speakers, rows, strict=True) if sid and st.speaker_type == "person"
    }
    story = _choose_story(doc, near, _sharing_people(conn, near, persons))
    conn.execute(update(t.documents).where(t.documents.c.id == doc_id).values(story_id=story))
    pool = _claim_pool(conn, doc, near, {s for s in speakers if s is not None})
    joined = 0
    theirs = pool_rivals(pool, items)
    for st, item in zip(rows, items, strict=True):
        found = best_claim(item, pool, theirs)
        if found is not None:
            join_claim(conn, item, st.content, found[0], found[1])
            joined += 1
    _link_figures(conn, rows, story)
    conn.execute(update(t.documents).where(t.documents.c.id == doc_id).values(linked=True))
    return len(rows), joined


def _link_speakers(conn: Connection, doc: Row[Any], rows: Sequence[Row[Any]]) -> list[int | None]:
    """Resolve each statement's speaker; returns the ledger speaker id per statement."""
    out: list[int | None] = []
    aliases = [Alias(st.speaker_name or "", st.speaker_type or "unknown") for st in rows]
    full = full_names(aliases, doc.text)
    full |= titled_names([(a, _speaker_phrase(st)) for a, st in zip(aliases, rows, strict=True)])
    orgs = short_org_names(aliases, doc.text) | org_full_names(aliases, doc.text)
    sources = named_sources(aliases)
    for st, alias in zip(rows, aliases, strict=True):
        if not st.speaker_name:
            out.append(None)
            continue
        if alias.name in sources:
            alias = Alias(sources[alias.name], "anonymous")
        elif alias.name in full:
            alias = Alias(full[alias.name], "person")
        elif alias.name in orgs:
            alias = Alias(orgs[alias.name], alias.type)
        alias_id = resolve_alias(conn, alias, doc.lang, doc.id)
        conn.execute(
            update(t.statements).where(t.statements.c.id == st.id).values(speaker_alias_id=alias_id)
        )
        speaker = conn.execute(
            select(t.speaker_aliases.c.speaker_id).where(t.speaker_aliases.c.id == alias_id)
        ).scalar_one()
        out.append(int(speaker) if alias.type != "anonymous" else None)
    return out


def _speaker_phrase(st: Row[Any]) -> str:
    """The speaker as the article writes it, title included («وزير المالية إلياس خنيصر»)."""
    speaker = json.loads(st.data).get("speaker") or {}
    return str(speaker.get("text") or st.speaker_name or "")


def _embed_statements(
    conn: Connection,
    doc: Row[Any],
    rows: Sequence[Row[Any]],
    speakers: list[int | None],
    embedder: Embedder,
) -> list[Item]:
    """Embed (or reuse stored vectors), store and describe the statements for claim linking."""
    raw = _raw_vectors(conn, doc, rows, embedder)
    vectors = centred(raw, [doc.lang] * len(rows))
    contents = centred(_content_vectors(conn, rows, embedder), [doc.lang] * len(rows))
    values = values_of(conn, [st.id for st in rows])
    items = []
    for st, vec, said, speaker in zip(rows, vectors, contents, speakers, strict=True):
        items.append(
            Item(
                st.id,
                doc.id,
                vec,
                doc.lang,
                speaker,
                values.get(st.id, frozenset()),
                content_words(st.content),
                stance=st.stance,
                content=said,
            )
        )
    if items:
        # the raw centroid: centring removes what one story's documents share in any language
        mean = pack(centroid(raw))
        conn.execute(update(t.documents).where(t.documents.c.id == doc.id).values(vector=mean))
    return items


def _raw_vectors(
    conn: Connection, doc: Row[Any], rows: Sequence[Row[Any]], embedder: Embedder
) -> Vector:
    """Raw e5 vectors of the statements (with their paragraphs), reusing the stored ones
    and storing the new ones.

    ``khabar batch`` workers store them while extracting; ``khabar ingest`` does not, so
    its statements are embedded here, one document at a time.
    """
    texts = [_context(doc.text, st) for st in rows]
    return _stored_or_embedded(conn, rows, "vector", texts, embedder)


def _content_vectors(conn: Connection, rows: Sequence[Row[Any]], embedder: Embedder) -> Vector:
    """Raw e5 vectors of the statements' contents alone, reused and stored the same way."""
    texts = [claim_content(st.content) for st in rows]
    return _stored_or_embedded(conn, rows, "content_vector", texts, embedder)


def _stored_or_embedded(
    conn: Connection, rows: Sequence[Row[Any]], column: str, texts: list[str], embedder: Embedder
) -> Vector:
    """One vector per statement from ``column``, embedding ``texts`` where it is empty."""
    out = np.zeros((len(rows), DIM), dtype=np.float32)
    missing = []
    for k, st in enumerate(rows):
        blob = getattr(st, column)
        if blob is None:
            missing.append(k)
        else:
            out[k] = unpack(blob)
    if missing:
        fresh = embedder([texts[k] for k in missing])
        for k, vec in zip(missing, fresh, strict=True):
            out[k] = vec
            conn.execute(
                update(t.statements)
                .where(t.statements.c.id == rows[k].id)
                .values({column: pack(vec)})
            )
    return out


def _context(text: str, st: Row[Any]) -> str:
    span = json.loads(st.data)["content"]
    return claim_context(text, int(span["start"]), int(span["end"]))


@dataclass(slots=True)
class _Near:
    """A nearby linked document and how close its centroid is to the new one's."""

    document_id: int
    story_id: int | None
    similarity: float
    lang: str = ""
    topic: float = 0.0  # cosine of the language-centred centroids (what tells stories apart)


def _nearby(conn: Connection, doc: Row[Any], items: list[Item]) -> list[_Near]:
    """Up to ``NEAR_DOCS`` linked documents nearest in date, closest centroid first."""
    if not items:
        return []
    blob = conn.execute(select(t.documents.c.vector).where(t.documents.c.id == doc.id)).scalar()
    if blob is None:
        return []
    mine = unpack(blob)
    d = t.documents
    base = select(d.c.id, d.c.story_id, d.c.vector, d.c.lang).where(
        d.c.linked.is_(True), d.c.vector.is_not(None), d.c.id != doc.id
    )
    if doc.published is None:
        queries = [base.order_by(d.c.id.desc()).limit(NEAR_DOCS)]
    else:
        day: date = doc.published
        lo, hi = day - timedelta(days=WINDOW_DAYS), day + timedelta(days=WINDOW_DAYS)
        half = NEAR_DOCS // 2
        queries = [
            base.where(d.c.published.between(lo, day)).order_by(d.c.published.desc()).limit(half),
            base.where(d.c.published > day, d.c.published <= hi)
            .order_by(d.c.published)
            .limit(half),
        ]
    found = [row for q in queries for row in conn.execute(q)]
    if not found:
        return []
    vectors = unpack_many([r.vector for r in found])
    sims = vectors @ mine
    topics = centred(vectors, [r.lang for r in found]) @ centred(mine[None, :], [doc.lang])[0]
    near = [
        _Near(r.id, r.story_id, float(s), r.lang, float(c))
        for r, s, c in zip(found, sims, topics, strict=True)
    ]
    return sorted(near, key=lambda n: -n.similarity)


def _choose_story(doc: Row[Any], near: list[_Near], sharing: frozenset[int] = frozenset()) -> int:
    """The story of the nearby document closest in topic (centred centroids) when close
    enough for its language pairing (``STORY_THRESHOLD``, ``STORY_THRESHOLD_ACROSS``; lower
    for the documents in ``sharing``, which quote one of this document's people), or a new
    story named by this one."""

    def needed(n: _Near) -> float:
        same = n.lang == doc.lang
        if n.document_id in sharing:
            return STORY_SHARED_PERSON if same else STORY_SHARED_PERSON_ACROSS
        return STORY_THRESHOLD if same else STORY_THRESHOLD_ACROSS

    joinable = [n for n in near if n.story_id is not None and n.topic >= needed(n)]
    if not joinable:
        return int(doc.id)
    return int(max(joinable, key=lambda n: n.topic).story_id or doc.id)


def _sharing_people(conn: Connection, near: list[_Near], persons: set[int]) -> frozenset[int]:
    """The nearby documents with a statement of one of these (ledger) people."""
    if not near or not persons:
        return frozenset()
    s, a = t.statements, t.speaker_aliases
    found = conn.execute(
        select(s.c.document_id)
        .join(a, a.c.id == s.c.speaker_alias_id)
        .where(
            s.c.document_id.in_([n.document_id for n in near]),
            a.c.speaker_id.in_(sorted(persons)),
            a.c.type == "person",
        )
        .distinct()
    )
    return frozenset(int(r.document_id) for r in found)


def _claim_pool(
    conn: Connection, doc: Row[Any], near: list[_Near], speakers: set[int]
) -> list[Item]:
    """Claim candidates: statements of the closest documents and of the same speakers."""
    doc_ids = [n.document_id for n in near[:CLAIM_DOCS] if n.similarity >= CLAIM_DOC_MIN]
    s, d, a = t.statements, t.documents, t.speaker_aliases
    base = select(
        s.c.id,
        s.c.document_id,
        s.c.content,
        s.c.stance,
        s.c.vector,
        s.c.content_vector,
        d.c.lang,
        d.c.story_id,
        a.c.speaker_id,
    ).join(d, d.c.id == s.c.document_id)
    base = base.where(s.c.vector.is_not(None))
    cols = base.outerjoin(a, a.c.id == s.c.speaker_alias_id)
    rows: list[Any] = []  # Row objects of one select
    if doc_ids:
        rows += conn.execute(cols.where(s.c.document_id.in_(doc_ids)))
    if speakers:
        seen = {r.id for r in rows}
        recent = _recent_of_speakers(conn, doc, speakers)
        more = conn.execute(
            base.join(a, a.c.id == s.c.speaker_alias_id)
            .where(s.c.id.in_(recent))
            .order_by(s.c.id.desc())
        )
        rows += [r for r in more if r.id not in seen]
    return _items(conn, rows)


def _recent_of_speakers(conn: Connection, doc: Row[Any], speakers: set[int]) -> list[int]:
    """The latest ``SPEAKER_RECENT`` statements of these speakers in linked documents
    within the date window (ids, newest first).

    Read from the speakers' aliases to their statements, newest first and
    ``RECENT_CHUNK`` at a time, then those statements' documents by primary key. As one
    joined query, SQLite's planner started from every document of the date window
    instead, which grew with the store (``bench/README.md``).
    """
    s, a = t.statements, t.speaker_aliases
    aliases = conn.execute(select(a.c.id).where(a.c.speaker_id.in_(sorted(speakers)))).scalars()
    said = select(s.c.id, s.c.document_id).where(
        s.c.speaker_alias_id.in_(sorted(aliases)), s.c.vector.is_not(None)
    )
    found: list[int] = []
    before: int | None = None
    while len(found) < SPEAKER_RECENT:
        page = said if before is None else said.where(s.c.id < before)
        chunk = conn.execute(page.order_by(s.c.id.desc()).limit(RECENT_CHUNK)).all()
        if not chunk:
            break
        ok = _candidate_documents(conn, doc, {r.document_id for r in chunk})
        found += [r.id for r in chunk if r.document_id in ok]
        before = chunk[-1].id
    return found[:SPEAKER_RECENT]


def _candidate_documents(conn: Connection, doc: Row[Any], ids: set[int]) -> set[int]:
    """Those of ``ids`` that are linked, not ``doc``, and within its date window."""
    d = t.documents
    rows = conn.execute(select(d.c.id, d.c.linked, d.c.published).where(d.c.id.in_(sorted(ids))))
    day: date | None = doc.published
    span = timedelta(days=WINDOW_DAYS)
    return {
        r.id
        for r in rows
        if r.linked
        and r.id != doc.id
        and (day is None or (r.published is not None and day - span <= r.published <= day + span))
    }


def _items(conn: Connection, rows: Sequence[Row[Any]]) -> list[Item]:
    if not rows:
        return []
    ids = [r.id for r in rows]
    claims, values = claims_of(conn, ids), values_of(conn, ids)
    langs = [r.lang for r in rows]
    vectors = centred(unpack_many([r.vector for r in rows]), langs)
    known = [k for k, r in enumerate(rows) if r.content_vector is not None]
    said: list[Vector | None] = [None] * len(rows)
    if known:
        raw = unpack_many([rows[k].content_vector for k in known])
        for k, vec in zip(known, centred(raw, [langs[k] for k in known]), strict=True):
            said[k] = vec
    return [
        Item(
            r.id,
            r.document_id,
            vec,
            r.lang,
            int(r.speaker_id) if r.speaker_id is not None else None,
            values.get(r.id, frozenset()),
            content_words(r.content),
            claims.get(r.id),
            r.story_id,
            r.stance,
            said[k],
        )
        for k, (r, vec) in enumerate(zip(rows, vectors, strict=True))
    ]


def _link_figures(conn: Connection, rows: Sequence[Row[Any]], story: int) -> None:
    q, fs = t.quantities, t.figure_series
    ids = [st.id for st in rows]
    if not ids:
        return
    _resolve_anaphoric_counts(conn, rows)
    found = conn.execute(
        select(q.c.id, q.c.statement_id, q.c.text, q.c.unit, q.c.unit_key).where(
            q.c.statement_id.in_(ids), q.c.unit_key.is_not(None)
        )
    ).all()
    content = {st.id: st.content for st in rows}
    for quantity in found:
        if is_duration(quantity.unit_key) and not tracked_duration(
            content[quantity.statement_id], quantity.text
        ):
            continue  # «خلال يومين», "within 48 hours": a span of time, not a figure
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


def _resolve_anaphoric_counts(conn: Connection, rows: Sequence[Row[Any]]) -> None:
    """A count with nothing counted whose statement speaks of "the number" («العدد
    الحقيقي تجاوز أربعمئة», "the true figure is closer to 500") counts what the latest
    count before it in the article counts."""
    q = t.quantities
    position = {st.id: k for k, st in enumerate(rows)}
    content = {st.id: st.content for st in rows}
    found = conn.execute(
        select(q.c.id, q.c.statement_id, q.c.position, q.c.value, q.c.unit, q.c.unit_key).where(
            q.c.statement_id.in_(list(position))
        )
    ).all()
    latest: tuple[str, str] | None = None
    for quantity in sorted(found, key=lambda r: (position[r.statement_id], r.position)):
        if quantity.unit_key is not None:
            if is_count(quantity.unit_key):
                latest = (quantity.unit, quantity.unit_key)
            continue
        if (
            latest is not None
            and quantity.value is not None
            and names_a_count(content[quantity.statement_id])
        ):
            conn.execute(
                update(q).where(q.c.id == quantity.id).values(unit=latest[0], unit_key=latest[1])
            )
