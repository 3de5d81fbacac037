"""Speakers, claims and figures paged in SQL give the rows of the store's whole views.

The store holds the web fixture articles plus generated fictional ones (hand-built
statements, a hash embedder for linking), so that there are several speakers, claims
and figure series to rank and page.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

import pytest

from khabar.ingest.record import ArticleRecord
from khabar.ledger.vectors import embed_stub
from khabar.model import Cue, Document, Quantity, Span, Speaker, Statement
from khabar.store import Store
from khabar.text import fold
from khabar.web import Query
from khabar.web._store_source import StoreSource
from web_ledger import fixture_articles

NAMES = ["هاني النجار", "ليلى الشامي", "نادية الخوري", "Omar Saleh", "Hana Karam"]
CLAIMS = ["انتشر نحو {n} جندي قرب المعبر", "about {n} troops were near the crossing"]


def _span(text: str, piece: str) -> Span:
    start = text.index(piece)
    return Span(start, start + len(piece), piece)


def generated_article(i: int, rng: random.Random) -> tuple[ArticleRecord, Document]:
    """A fictional one-statement article repeating one of two claims with a number."""
    name = rng.choice(NAMES)
    arabic = "النجار" in name or "الشامي" in name or "الخوري" in name
    n = rng.choice([500, 800, 1200])
    content = CLAIMS[0 if arabic else 1].format(n=n)
    cue = "قال" if arabic else "said"
    text = f"{cue} {name} إن {content}." if arabic else f"{name} {cue} that {content}."
    day = date(2024, 3, 1) + timedelta(days=i % 9)
    doc = Document(text, "ar" if arabic else "en", day)
    who, said, number = _span(text, name), _span(text, cue), _span(text, str(n))
    doc.statements = [
        Statement(
            "s1",
            Cue(said.text, said.start, said.end, said.text),
            _span(text, content),
            Speaker(name, who.start, who.end, name, "person"),
            stance=rng.choice(["assert", "deny", "hedged"]),
            date=day,
            quantities=[Quantity(n, number.text, number.start, number.end, "جندي")],
        )
    ]
    outlet = rng.choice(["الشرق", "النهار", "Daily Ledger"])
    return ArticleRecord(f"gen-{i:03d}", text, day, None, outlet, doc.lang), doc


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> Iterator[StoreSource]:
    db = tmp_path_factory.mktemp("paging") / "ledger.db"
    store = Store.open(f"sqlite:///{db}")
    for meta, doc in fixture_articles():
        record = ArticleRecord(
            meta["id"], doc.text, doc.published, None, meta["outlet"], doc.lang, meta["title"]
        )
        store.add_document(record, doc)
    rng = random.Random(3)
    for i in range(40):
        store.add_document(*generated_article(i, rng))
    store.link_new(embed_stub)
    yield StoreSource(store)
    store.close()


def whole_speakers(store: Store, text: str | None = None) -> list[dict[str, Any]]:
    """Speaker summaries from the store's whole speakers view."""
    return [
        {
            "id": r["id"],
            "name": r["name"],
            "type": r["type"] or "unknown",
            "aliases": [a["name"] for a in r["aliases"]],
            "langs": sorted({a["lang"] for a in r["aliases"] if a["lang"]}),
            "outlets": sorted({m["outlet"] for m in r["mentions"] if m["outlet"]}),
            "statement_count": len(r["mentions"]),
        }
        for r in store.speakers(text)
    ]


def whole_claims(store: Store, min_size: int = 2) -> list[dict[str, Any]]:
    """Claim summaries (the fields a list shows) from the store's whole claims view."""
    rows = []
    for r in store.claims(min_size):
        stances: dict[str, int] = {}
        for s in r["statements"]:
            stances[s["stance"]] = stances.get(s["stance"], 0) + 1
        rows.append(
            {
                "id": r["id"],
                "text": r["label"] or r["statements"][0]["content"],
                "first_seen": r["first_seen"],
                "last_seen": r["last_seen"],
                "statement_count": len(r["statements"]),
                "stances": stances,
                "speakers": r["speakers"],
                "outlets": r["outlets"],
            }
        )
    return rows


PAGES = [Query(limit=2), Query(limit=2, offset=2), Query(limit=3, offset=1), Query(limit=200)]


@pytest.mark.parametrize("query", PAGES)
def test_web_speakers_page_in_sql_matches_the_whole_view(source: StoreSource, query: Query) -> None:
    whole = whole_speakers(source.store)
    rows, total = source.list_speakers(query)
    assert len(whole) >= 5 and total == len(whole)
    assert rows == whole[query.offset : query.offset + query.limit]


def test_web_speakers_name_filter_is_arabic_folded(source: StoreSource) -> None:
    rows, total = source.list_speakers(Query(text="بيلونى"))
    assert total == len(rows) >= 1
    assert rows == whole_speakers(source.store, "بيلونى")
    assert all(any(fold("بيلوني") in fold(a) for a in r["aliases"]) for r in rows)


@pytest.mark.parametrize("query", PAGES)
def test_web_claims_page_in_sql_matches_the_whole_view(source: StoreSource, query: Query) -> None:
    whole = whole_claims(source.store)
    rows, total = source.list_claims(query)
    assert len(whole) >= 2 and total == len(whole)
    assert rows == whole[query.offset : query.offset + query.limit]


@pytest.mark.parametrize("query", PAGES)
def test_web_figures_page_in_sql_matches_the_whole_view(source: StoreSource, query: Query) -> None:
    whole = source.store.figures()
    rows, total = source.list_figures(query)
    assert len(whole) >= 2 and total == len(whole)
    assert rows == whole[query.offset : query.offset + query.limit]


def test_web_speaker_detail_lists_every_statement_in_date_order(source: StoreSource) -> None:
    for row in source.store.speakers():
        detail = source.get_speaker(row["id"])
        assert detail is not None
        refs = sorted((m["doc"], m["statement"]) for m in row["mentions"])
        assert sorted((s["doc"], s["id"]) for s in detail["statements"]) == refs
        days = [s["date"] or s["published"] for s in detail["statements"]]
        assert days == sorted(days)
        assert detail["statement_count"] == len(refs)


def test_web_claim_and_figure_details_match_the_whole_views(source: StoreSource) -> None:
    summaries = {r["id"]: r for r in whole_claims(source.store, min_size=1)}
    for claim in source.store.claims(min_size=1):
        detail = source.get_claim(claim["id"])
        assert detail is not None
        statements = detail.pop("statements")
        assert detail == summaries[claim["id"]]
        refs = [(s["doc"], s["statement"]) for s in claim["statements"]]
        assert sorted((s["doc"], s["id"]) for s in statements) == sorted(refs)
    for series in source.store.figures():
        assert source.get_figure(series["id"]) == series


@pytest.mark.parametrize("ref", ["sp999", "12", "c1x", "", "f-1"])
def test_web_unknown_or_malformed_ids_find_nothing(source: StoreSource, ref: str) -> None:
    assert source.get_speaker(ref) is None
    assert source.get_claim(ref) is None
    assert source.get_figure(ref) is None


def test_web_unlabelled_claim_is_named_by_its_earliest_statement(source: StoreSource) -> None:
    from sqlalchemy import update

    from khabar.store import _schema as t

    claim = source.store.claims()[0]
    number = int(claim["id"][1:])
    with source.store.engine.begin() as conn:
        conn.execute(update(t.claims).where(t.claims.c.id == number).values(label=""))
    try:
        detail = source.get_claim(claim["id"])
        assert detail is not None
        assert detail["text"] == source.store.claims()[0]["statements"][0]["content"]
        assert (
            detail["text"] != claim["label"] or claim["statements"][0]["content"] == claim["label"]
        )
    finally:
        with source.store.engine.begin() as conn:
            conn.execute(
                update(t.claims).where(t.claims.c.id == number).values(label=claim["label"])
            )


@pytest.mark.parametrize(
    "query",
    [Query(stance="deny"), Query(lang="ar"), Query(text="troops"), Query(outlet="Daily Ledger")],
)
def test_web_claim_export_keeps_the_matching_statements_of_each_cluster(
    source: StoreSource, query: Query
) -> None:
    matching = {(r["doc"], r["id"]) for r in source.export_statements(query)}
    expected = []
    for claim in source.store.claims():
        kept = [(s["doc"], s["statement"]) for s in claim["statements"]]
        kept = [ref for ref in kept if ref in matching]
        if kept:
            expected.append((claim["id"], sorted(kept)))
    exported = [
        (c["id"], sorted((s["doc"], s["statement"]) for s in c["statements"]))
        for c in source.export_claims(query)
    ]
    assert sorted(exported) == sorted(expected) and exported
    assert sum(len(refs) for _, refs in exported) < sum(
        len(c["statements"]) for c in source.store.claims()
    )
