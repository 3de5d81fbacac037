"""ClaimReview export: one schema.org JSON-LD review per claim cluster, with the claim's
text, its authors typed by what the speaker is, first seen, the articles it appears in,
and the stance mix (no truth rating)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from _claimreview_shape import review_problems
from _export_ledger import BASE_URL, RIVER, TROOPS, export_store
from khabar.errors import InputError
from khabar.export import Query, Site, claim_clusters, claim_review, claimreview
from khabar.store import Store

SITE = Site(BASE_URL, "Example Desk")


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    db = tmp_path_factory.mktemp("claimreview") / "ledger.db"
    store = export_store(f"sqlite:///{db}")
    yield store
    store.close()


def reviews(store: Store, query: Query | None = None) -> dict[str, dict[str, Any]]:
    """The exported reviews by claim text."""
    found = claimreview(claim_clusters(store, query or Query()), SITE)
    return {r["claimReviewed"]: r for r in found}


def test_export_claimreview_every_review_has_the_schema_org_shape(store: Store) -> None:
    found = reviews(store)
    assert set(found) == {TROOPS, RIVER}
    for review in found.values():
        assert review_problems(review) == []
        assert review["@type"] == "ClaimReview"
        assert review["author"]["name"] == "Example Desk"


def test_export_claimreview_authors_are_typed_by_what_the_speaker_is(store: Store) -> None:
    claim = reviews(store)[TROOPS]["itemReviewed"]
    (author,) = claim["author"]  # one speaker under three spellings; Kestrel is no author
    assert author["@type"] == "Person"
    names = {author["name"], *author["alternateName"]}
    assert names == {"الجنرال فيرجيل بيلوني", "فرجيل بيلونى", "Virgil Belloni"}
    speakers = {
        q["spokenByCharacter"]["name"]: q["spokenByCharacter"]["@type"]
        for work in claim["appearance"]
        for q in work["hasPart"]
    }
    assert speakers["Kestrel"] == "NewsMediaOrganization"


def test_export_claimreview_dates_are_first_and_last_seen(store: Store) -> None:
    review = reviews(store)[TROOPS]
    assert review["itemReviewed"]["datePublished"] == "2024-10-17"  # first seen
    assert review["datePublished"] == "2024-10-20"  # last statement reviewed
    assert review["temporalCoverage"] == "2024-10-17/2024-10-20"


def test_export_claimreview_appearances_are_the_articles_with_absolute_urls(store: Store) -> None:
    claim = reviews(store)[TROOPS]["itemReviewed"]
    works = {w["identifier"]: w for w in claim["appearance"]}
    assert list(works) == ["ar-1", "ar-2", "en-1"]  # in order of first statement
    assert works["ar-1"]["url"] == "https://example.org/a/1"
    assert works["ar-2"]["url"] == f"{BASE_URL}/documents/ar-2"  # no URL: its ledger page
    assert works["ar-1"]["publisher"] == {"@type": "Organization", "name": "الشرق"}
    assert works["en-1"]["datePublished"] == "2024-10-20"
    assert claim["firstAppearance"]["url"] == "https://example.org/a/1"
    assert reviews(store)[TROOPS]["url"].startswith(f"{BASE_URL}/claims/c")


def test_export_claimreview_gives_the_stance_mix_not_a_verdict(store: Store) -> None:
    review = reviews(store)[TROOPS]
    assert "reviewRating" not in review
    mix = review["khabar:stanceMix"]
    assert mix["unverified"] == ["Kestrel"]
    assert set(mix) == {"assert", "confirm", "unverified"}
    assert "not independently verified by Kestrel" in review["reviewBody"]
    stances = {
        q["identifier"]: q["khabar:stance"]
        for work in review["itemReviewed"]["appearance"]
        for q in work["hasPart"]
    }
    assert stances == {
        "ar-1/s1": "assert",
        "ar-2/s1": "confirm",
        "en-1/s1": "assert",
        "en-1/s2": "unverified",
    }


def test_export_claimreview_a_claim_only_denied_has_no_author(store: Store) -> None:
    review = reviews(store)[RIVER]
    assert "author" not in review["itemReviewed"]
    assert list(review["khabar:stanceMix"]) == ["deny"]
    assert review["reviewBody"].startswith("Denied by ")
    # the undated English denial counts from its article's day
    assert review["temporalCoverage"] == "2024-10-19/2024-10-21"


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        (Query(stance="deny"), {RIVER: 2}),
        (Query(lang="en"), {TROOPS: 2, RIVER: 1}),
        (Query(text="بيلونى"), {TROOPS: 2}),  # folded: finds بيلوني and بيلونى
        (Query(outlet="النهار"), {TROOPS: 1}),
        (Query(text="nothing-like-this"), {}),
    ],
)
def test_export_claimreview_keeps_only_the_matching_statements(
    store: Store, query: Query, expected: dict[str, int]
) -> None:
    found = reviews(store, query)
    counts = {
        text: sum(len(w["hasPart"]) for w in r["itemReviewed"]["appearance"])
        for text, r in found.items()
    }
    assert counts == expected


def test_export_claimreview_reads_clusters_in_batches_without_loss(store: Store) -> None:
    whole = list(claim_clusters(store, Query()))
    assert list(claim_clusters(store, Query(), batch=1)) == whole and len(whole) == 2


def test_export_claimreview_base_url_must_be_absolute() -> None:
    with pytest.raises(InputError, match=r"ledger\.local"):
        Site("ledger.local")


@pytest.mark.postgres
def test_export_claimreview_is_the_same_on_postgresql(store: Store, pg_url: str) -> None:
    pg = export_store(pg_url)
    try:
        assert reviews(pg) == reviews(store)
        assert reviews(pg, Query(text="بيلونى")) == reviews(store, Query(text="بيلونى"))
    finally:
        pg.close()


def _member(sid: str, stance: str, speaker: dict[str, Any] | None) -> dict[str, Any]:
    document = {"id": "d1", "url": None, "published": "2025-03-12", "outlet": None}
    return {
        "doc": "d1",
        "statement": sid,
        "content": "لا يتجاوز عدد النازحين ألفي شخص",
        "stance": stance,
        "date": None,
        "speaker": speaker,
        "document": {**document, "lang": "ar", "title": None},
    }


def test_export_claimreview_unnamed_and_anonymous_speakers() -> None:
    anonymous = {"id": "sp4", "name": "مصدر مطلع", "type": "anonymous", "aliases": []}
    cluster = {
        "id": "c9",
        "label": "",
        "statements": [_member("s1", "assert", None), _member("s2", "hedged", anonymous)],
    }
    review = claim_review(cluster, SITE)
    assert review_problems(review) == []
    # an unnamed speaker is no author; an anonymous source is a Person described as such
    assert review["itemReviewed"]["author"] == [
        {
            "@type": "Person",
            "name": "مصدر مطلع",
            "identifier": "sp4",
            "description": "anonymous source",
        }
    ]
    assert review["claimReviewed"] == "لا يتجاوز عدد النازحين ألفي شخص"  # no label: content
    assert review["khabar:stanceMix"] == {"assert": ["unnamed speaker"], "hedged": ["مصدر مطلع"]}
