"""A text search ``q`` on the claims and figures lists runs in SQL on the store's full-text
index (Arabic-folded), and finds what the statements it matches belong to."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from _export_ledger import RIVER, TROOPS, export_store
from khabar.export import Query
from khabar.ledger.units import unit_key
from khabar.web._store_source import StoreSource


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> Iterator[StoreSource]:
    store = export_store(f"sqlite:///{tmp_path_factory.mktemp('list-q') / 'ledger.db'}")
    yield StoreSource(store)
    store.close()


def matching(source: StoreSource, q: str) -> set[tuple[str, str]]:
    """(document, statement) of every statement the full-text search finds for ``q``."""
    return {(r["doc"], r["id"]) for r in source.export_statements(Query(text=q))}


@pytest.mark.parametrize(
    ("q", "texts"),
    [("بيلونى", {TROOPS}), ("بيلوني", {TROOPS}), ("river", {RIVER}), ("Kestrel", {TROOPS})],
)
def test_web_claims_search_finds_the_claims_of_matching_statements(
    source: StoreSource, q: str, texts: set[str]
) -> None:
    rows, total = source.list_claims(Query(text=q))
    assert {r["text"] for r in rows} == texts and total == len(rows)
    hits = matching(source, q)
    expected = [
        c["id"]
        for c in source.store.claims()
        if any((s["doc"], s["statement"]) in hits for s in c["statements"])
    ]
    assert [r["id"] for r in rows] == expected
    # the summaries are those of the unfiltered list
    everything = {r["id"]: r for r in source.list_claims(Query(limit=200))[0]}
    assert rows == [everything[r["id"]] for r in rows]


def test_web_claims_search_pages_its_hits(source: StoreSource) -> None:
    first, total = source.list_claims(Query(text="الجنود", limit=1))
    assert total >= 1 and len(first) == 1
    assert source.list_claims(Query(text="الجنود", limit=1, offset=total))[0] == []


def test_web_claims_search_of_no_words_finds_nothing(source: StoreSource) -> None:
    assert source.list_claims(Query(text="…")) == ([], 0)


@pytest.mark.parametrize("q", ["troops", "جندي", "Belloni", "nothing-like-this"])
def test_web_figures_search_matches_unit_or_statements(source: StoreSource, q: str) -> None:
    rows, total = source.list_figures(Query(text=q))
    hits = matching(source, q)
    expected = [
        s
        for s in source.store.figures()
        if unit_key(s["unit"]) == unit_key(q)
        or any((p["doc"], p["statement"]) in hits for p in s["points"])
    ]
    assert rows == expected and total == len(expected)
    if q != "nothing-like-this":
        assert rows


def test_web_figures_search_finds_a_unit_across_languages(source: StoreSource) -> None:
    english = {r["id"] for r in source.list_figures(Query(text="troops"))[0]}
    arabic = {r["id"] for r in source.list_figures(Query(text="جنود"))[0]}
    assert english and english == arabic
