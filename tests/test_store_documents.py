"""The store keeps each article once, with every source it came from, on SQLite and PostgreSQL."""

from __future__ import annotations

import json

from _ledger_articles import FLOOD_AR, flood_ar, flood_en
from khabar.store import Store


def test_store_add_document_returns_new_then_duplicate(db_url: str) -> None:
    with Store.open(db_url) as store:
        first = store.add_document(*flood_ar())
        again = store.add_document(*flood_ar())
        assert first[1] is True
        assert again == (first[0], False)
        assert store.counts()["documents"] == 1
        assert store.counts()["statements"] == 1


def test_store_same_text_from_two_urls_is_one_document_two_sources(db_url: str) -> None:
    with Store.open(db_url) as store:
        store.add_document(*flood_ar(url="https://a.example/x"))
        store.add_document(*flood_ar(url="https://b.example/y"))
        shown = store.document("flood-ar")
        assert shown is not None
        assert sorted(s["url"] for s in shown["sources"]) == [
            "https://a.example/x",
            "https://b.example/y",
        ]
        assert store.counts()["documents"] == 1


def test_store_has_hash_after_add(db_url: str) -> None:
    record, doc = flood_ar()
    with Store.open(db_url) as store:
        assert not store.has_hash(doc.sha256)
        store.add_document(record, doc)
        assert store.has_hash(doc.sha256)


def test_store_export_keeps_offsets_into_stored_text(db_url: str) -> None:
    with Store.open(db_url) as store:
        store.add_document(*flood_ar())
        store.add_document(*flood_en())
        rows = list(store.export_statements())
    assert [r["doc"] for r in rows] == ["flood-ar", "flood-en"]
    ar = rows[0]
    content = ar["content"]
    assert FLOOD_AR[content["start"] : content["end"]] == content["text"]
    assert ar["outlet"] == "الصباح" and ar["published"] == "2025-03-12"
    assert ar["quantities"][0]["value"] == 2000
    json.dumps(rows)  # the export rows are plain JSON


def test_store_reopen_keeps_data_and_does_not_remigrate(db_url: str) -> None:
    with Store.open(db_url) as store:
        store.add_document(*flood_ar())
    with Store.open(db_url) as store:
        assert store.counts()["documents"] == 1


def test_store_search_finds_arabic_without_diacritics_or_hamza(db_url: str) -> None:
    with Store.open(db_url) as store:
        store.add_document(*flood_ar())
        store.add_document(*flood_en())
        # the article writes الخيّاط with shadda and ألفي with hamza: folded search finds them
        hits = store.search("الخياط الفي")
        assert {h["doc"] for h in hits} == {"flood-ar"}
        assert store.search("displaced")[0]["doc"] == "flood-en"
        assert store.search("غير موجود") == []
