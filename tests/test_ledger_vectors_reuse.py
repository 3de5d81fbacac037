"""Linking reuses statement vectors already in the store and embeds only the missing ones."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import numpy as np
from sqlalchemy import select, update

from _ledger_articles import article, flood_ar, flood_en, statement
from khabar.ledger.claims import claim_content, claim_context
from khabar.ledger.vectors import Vector, embed, embed_stub, pack
from khabar.store import Store
from khabar.store import _schema as t


def _port() -> tuple:
    text = "قال المتحدث سالم عون إن الميناء مغلق منذ الفجر."
    st = statement(text, "s1", "سالم عون", "الميناء مغلق منذ الفجر")
    return article("port", text, [st], published=date(2025, 3, 14))


ARTICLES = (flood_ar, flood_en, _port)


def _store_vectors(store: Store, embedder: object, only: set[str] | None = None) -> None:
    """What ``khabar batch`` workers do: pack the raw vectors into ``statements.vector``."""
    s, d = t.statements, t.documents
    with store.engine.begin() as conn:
        rows = conn.execute(select(s.c.id, s.c.data, s.c.content, d.c.key, d.c.text).join(d)).all()
        rows = [r for r in rows if only is None or r.key in only]
        vectors = embedder([_context(r.text, r.data) for r in rows])  # type: ignore[operator]
        contents = embedder([claim_content(r.content) for r in rows])  # type: ignore[operator]
        for r, vec, said in zip(rows, vectors, contents, strict=True):
            conn.execute(
                update(s).where(s.c.id == r.id).values(vector=pack(vec), content_vector=pack(said))
            )


def _context(text: str, data: str) -> str:
    span = json.loads(data)["content"]
    return claim_context(text, span["start"], span["end"])


def _ledger(store: Store) -> tuple[list[set[str]], dict[str, int | None]]:
    """Claims as sets of documents, and each document's story named by a document key."""
    rows = store.export_statements()
    claims: dict[int, set[str]] = {}
    for r in rows:
        for claim in r["claim_ids"]:
            claims.setdefault(claim, set()).add(r["doc"])
    with store.engine.connect() as conn:
        d = t.documents
        stories = {r.key: r.story_id for r in conn.execute(select(d.c.key, d.c.story_id))}
        keys = {r.id: r.key for r in conn.execute(select(d.c.id, d.c.key))}
    return sorted(claims.values(), key=sorted), {k: keys.get(v) for k, v in stories.items()}


class Refuse:
    """An embedder that must not be called (every vector is already stored)."""

    def __call__(self, texts: list[str]) -> Vector:
        raise AssertionError(f"embedded again: {texts}")


def test_ledger_vectors_stored_ones_give_the_same_ledger_without_embedding(
    tmp_path: Path,
) -> None:
    with Store.open(f"sqlite:///{tmp_path}/fresh.db") as fresh:
        for make in ARTICLES:
            fresh.add_document(*make())
        fresh.link_new(embed)
        expected = _ledger(fresh)
    with Store.open(f"sqlite:///{tmp_path}/stored.db") as stored:
        for make in ARTICLES:
            stored.add_document(*make())
        _store_vectors(stored, embed)
        stored.link_new(Refuse())
        got = _ledger(stored)
    assert got == expected
    assert [{"flood-ar", "flood-en"}] == [c for c in got[0] if "flood-ar" in c]


def test_ledger_vectors_only_missing_ones_are_embedded_and_then_stored(tmp_path: Path) -> None:
    asked: list[str] = []

    def counting(texts: list[str]) -> Vector:
        asked.extend(texts)
        return embed_stub(texts)

    with Store.open(f"sqlite:///{tmp_path}/mixed.db") as store:
        for make in ARTICLES:
            store.add_document(*make())
        _store_vectors(store, embed_stub, only={"flood-en", "port"})
        store.link_new(counting)
        with store.engine.connect() as conn:
            blobs = conn.execute(select(t.statements.c.vector)).scalars().all()
    # the one statement without stored vectors, embedded with its paragraph and alone
    assert len(asked) == 2 and "عدد النازحين لا يتجاوز ألفي شخص" in asked[0]
    assert "عدد النازحين لا يتجاوز ألفي شخص" in asked[1] and len(asked[1]) < len(asked[0])
    assert all(b is not None for b in blobs)


def test_ledger_vectors_words_past_the_token_cap_do_not_change_the_vector() -> None:
    head = " ".join(f"قال الوزير إن المحادثات رقم {k} مستمرة" for k in range(30))
    vectors = embed([head + " والميناء مغلق", head + " the port is open", "الميناء مغلق"])
    assert np.allclose(vectors[0], vectors[1], atol=1e-6)
    assert float(vectors[0] @ vectors[2]) < 0.99


def test_ledger_vectors_a_repeated_text_gets_the_same_vector_as_alone() -> None:
    texts = ["الميناء مغلق منذ الفجر", "the port is open", "الميناء مغلق منذ الفجر"]
    vectors = embed(texts)
    assert vectors.shape == (3, 384)
    assert np.allclose(vectors[0], vectors[2]) and np.allclose(vectors[0], embed(texts[:1])[0])
