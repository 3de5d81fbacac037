"""GET /api/export: JSONL and CSV streamed, ClaimReview JSON-LD, the statement filters."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from _claimreview_shape import review_problems
from khabar.export import CSV_FIELDS, _select
from khabar.web import Query, _export, create_app
from khabar.web._server import background_server
from khabar.web._store_source import StoreSource
from web_ledger import FixtureLedger, fixture_store


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> Iterator[StoreSource]:
    db = tmp_path_factory.mktemp("export") / "ledger.db"
    store = fixture_store(f"sqlite:///{db}")
    yield StoreSource(store)
    store.close()


@pytest.fixture(scope="module")
def api(source: StoreSource) -> Iterator[httpx.Client]:
    with (
        background_server(create_app(source)) as url,
        httpx.Client(base_url=url, timeout=30) as client,
    ):
        yield client


@pytest.fixture(scope="module")
def declared() -> Iterator[httpx.Client]:
    """The API over the fixture ledger whose claim clusters are declared, not linked."""
    with (
        background_server(create_app(FixtureLedger.build())) as url,
        httpx.Client(base_url=url, timeout=30) as client,
    ):
        yield client


def _jsonl(api: httpx.Client, **params: str) -> list[dict[str, Any]]:
    r = api.get("/api/export", params={"format": "jsonl", **params})
    assert r.status_code == 200, r.text
    return [json.loads(line) for line in r.text.splitlines()]


def _refs(rows: list[dict[str, Any]]) -> set[tuple[str, str]]:
    return {(row["doc"], row["id"]) for row in rows}


def test_api_export_jsonl_is_every_statement_with_its_document(api: httpx.Client) -> None:
    r = api.get("/api/export", params={"format": "jsonl"})
    assert r.headers["content-type"] == "application/x-ndjson"
    assert 'filename="khabar-statements.jsonl"' in r.headers["content-disposition"]
    rows = [json.loads(line) for line in r.text.splitlines()]
    listed = api.get("/api/statements", params={"limit": 200}).json()
    assert len(rows) == listed["total"] > 0
    assert _refs(rows) == _refs(listed["items"])
    first = next(row for row in rows if row["doc"] == "ar-border-1" and row["id"] == "s1")
    assert first["outlet"] == "الشرق" and first["published"] == "2024-10-19"
    assert first["speaker"]["text"] == "الجنرال فيرجيل بيلوني"


def test_api_export_csv_keeps_arabic_intact_and_adds_a_bom_only_when_asked(
    api: httpx.Client,
) -> None:
    plain = api.get("/api/export", params={"format": "csv"})
    assert plain.headers["content-type"] == "text/csv; charset=utf-8"
    assert not plain.content.startswith(b"\xef\xbb\xbf")
    with_bom = api.get("/api/export", params={"format": "csv", "bom": "true"})
    assert with_bom.content == b"\xef\xbb\xbf" + plain.content
    table = list(csv.DictReader(io.StringIO(plain.content.decode("utf-8"), newline="")))
    assert list(table[0]) == list(CSV_FIELDS)
    arabic = next(r for r in table if r["doc"] == "ar-border-1" and r["statement"] == "s1")
    assert arabic["content"] == "نحو 10 آلاف جندي انتشروا على الحدود"
    assert arabic["cue"] == "قال" and arabic["outlet"] == "الشرق"
    assert arabic["quantities"] == "10000"
    assert len(table) == len(_jsonl(api))


@pytest.mark.parametrize(
    "filters",
    [
        {"stance": "deny"},
        {"lang": "en"},
        {"q": "بيلوني"},  # folded: also finds بيلونى
        {"outlet": "النهار"},
        {"doc": "en-border-1"},
        {"since": "2024-10-18", "until": "2024-10-18"},
        {"speaker": "sp1", "lang": "ar"},
    ],
)
def test_api_export_applies_the_filters_of_the_statement_list(
    api: httpx.Client, filters: dict[str, str]
) -> None:
    exported = _jsonl(api, **filters)
    everything = _jsonl(api)
    listed = api.get("/api/statements", params={"limit": 200, **filters}).json()["items"]
    assert _refs(exported) == _refs(listed)
    assert 0 < len(exported) < len(everything)


def test_api_export_search_filter_finds_both_arabic_spellings(api: httpx.Client) -> None:
    docs = {row["doc"] for row in _jsonl(api, q="بيلوني")}
    assert docs == {"ar-border-1", "ar-border-2"}


def test_api_export_statements_are_read_in_batches_without_loss(
    source: StoreSource, monkeypatch: pytest.MonkeyPatch
) -> None:
    whole = [(r["doc"], r["id"]) for r in source.export_statements(Query())]
    monkeypatch.setattr(_select, "EXPORT_BATCH", 2)
    batched = [(r["doc"], r["id"]) for r in source.export_statements(Query())]
    assert batched == whole and len(set(whole)) == len(whole) >= 5
    chunks = list(_export.csv_chunks(source.export_statements(Query()), size=2))
    text = "".join(chunks)
    assert len(chunks) > 2 and text.count("doc,statement,outlet") == 1


def test_api_export_claimreview_is_one_schema_org_review_per_claim(
    declared: httpx.Client,
) -> None:
    api = declared
    r = api.get("/api/export", params={"format": "claimreview"})
    assert r.headers["content-type"] == "application/ld+json"
    assert 'filename="khabar-claimreview.jsonld"' in r.headers["content-disposition"]
    reviews = r.json()
    claims = api.get("/api/claims").json()["items"]
    assert [review["identifier"] for review in reviews] == [c["id"] for c in claims]
    for review in reviews:
        assert review_problems(review) == []
        # khabar's own pages are named from the server's address
        assert review["url"] == f"{str(api.base_url).rstrip('/')}/claims/{review['identifier']}"
    (review,) = reviews
    assert review["claimReviewed"] == "عدد الجنود بلغ 12 ألف جندي"
    authors = {a["name"] for a in review["itemReviewed"]["author"]}
    assert authors == {"فيرجيل بيلوني"}
    assert review["khabar:stanceMix"]["unverified"] == ["Kestrel"]


def test_claimreview_shape_check_reports_a_rating_a_missing_url_and_a_wrong_type() -> None:
    review = {
        "@context": ["https://schema.org"],
        "@type": "ClaimReview",
        "claimReviewed": "x",
        "url": "/claims/c1",
        "author": {"@type": "Thing", "name": "x"},
        "reviewRating": {"@type": "Rating"},
    }
    found = review_problems(review)
    assert "review: ClaimReview must not have reviewRating" in found
    assert "review.url: '/claims/c1' is not a URL" in found
    assert "review: ClaimReview lacks itemReviewed" in found
    assert any(p.startswith("review.author: expected a node of type") for p in found)


def test_api_export_claimreview_keeps_only_matching_statements(declared: httpx.Client) -> None:
    api = declared
    confirmed = api.get("/api/export", params={"format": "claimreview", "stance": "confirm"})
    (review,) = confirmed.json()
    assert list(review["khabar:stanceMix"]) == ["confirm"]
    parts = [q for work in review["itemReviewed"]["appearance"] for q in work["hasPart"]]
    assert [q["identifier"] for q in parts] == ["ar-border-2/s1"]
    # the one denial in the ledger is in no claim cluster
    denied = api.get("/api/export", params={"format": "claimreview", "stance": "deny"})
    assert denied.json() == []


def test_api_export_unknown_format_is_a_json_422(api: httpx.Client) -> None:
    r = api.get("/api/export", params={"format": "xlsx"})
    assert r.status_code == 422
    assert "query.format" in r.json()["error"]["message"]


def test_api_export_is_in_the_checked_in_openapi_schema() -> None:
    docs = Path(__file__).resolve().parents[1] / "docs" / "openapi.json"
    operation = json.loads(docs.read_text(encoding="utf-8"))["paths"]["/api/export"]["get"]
    params = {p["name"] for p in operation["parameters"]}
    assert {"format", "bom", "q", "speaker", "stance", "outlet", "lang", "since"} <= params
    assert set(operation["responses"]["200"]["content"]) == {
        "application/x-ndjson",
        "text/csv",
        "application/ld+json",
    }
