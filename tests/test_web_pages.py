"""Pages over a real SQLite ledger store, checked at the HTTP level (no browser needed)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from khabar.web import create_app
from khabar.web._server import background_server
from khabar.web._store_source import StoreSource
from web_ledger import AR_2, HOSTILE, fixture_store

TOKEN = "pages-token"


@pytest.fixture(scope="module")
def web(tmp_path_factory: pytest.TempPathFactory) -> Iterator[httpx.Client]:
    db = Path(tmp_path_factory.mktemp("web")) / "ledger.db"
    store = fixture_store(f"sqlite:///{db}")
    app = create_app(StoreSource(store), write_token=TOKEN)
    with background_server(app) as url, httpx.Client(base_url=url, timeout=60) as client:
        yield client
    store.close()


def test_web_hostile_article_is_escaped_everywhere(web: httpx.Client) -> None:
    html = web.get("/documents/hostile").text
    assert "<script>window" not in html and "<img src=x" not in html
    assert "&lt;script&gt;window.__pwned = 1&lt;/script&gt;" in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html  # the title
    assert "<b>Evil</b>" not in web.get("/speakers").text


def test_web_article_marks_arabic_text_right_to_left(web: httpx.Client) -> None:
    html = web.get("/documents/ar-border-2").text
    assert re.search(r'<article id="article-text"[^>]* lang="ar" dir="rtl"', html)
    english = web.get("/documents/en-border-1").text
    assert re.search(r'<article id="article-text"[^>]* dir="ltr"', english)


def test_web_search_folds_arabic_spelling_variants(web: httpx.Client) -> None:
    for spelling in ("بيلوني", "بيلونى"):
        html = web.get("/search", params={"q": spelling}).text
        assert "/documents/ar-border-1#st-s1" in html
        assert "/documents/ar-border-2#st-s1" in html


def test_web_search_filters_by_stance_and_language(web: httpx.Client) -> None:
    html = web.get("/search", params={"stance": "deny"}).text
    assert "/documents/ar-border-1#st-s2" in html
    assert "ar-border-2" not in html
    english = web.get("/api/statements", params={"lang": "en", "limit": 50}).json()
    assert {s["doc"] for s in english["items"]} == {"en-border-1", "hostile"}


def test_web_speaker_page_joins_spellings_across_languages(web: httpx.Client) -> None:
    speakers = web.get("/api/speakers", params={"q": "Belloni"}).json()["items"]
    belloni = speakers[0]
    assert {"فيرجيل بيلوني", "فرجيل بيلونى", "Virgil Belloni"} <= set(belloni["aliases"])
    html = web.get(f"/speakers/{belloni['id']}").text
    for doc in ("ar-border-1", "ar-border-2", "en-border-1"):
        assert f"/documents/{doc}#st-s1" in html


def test_web_ingest_preview_shows_statements_before_saving(web: httpx.Client) -> None:
    refused = web.post("/ingest/preview", data={"token": "wrong", "text": AR_2})
    assert refused.status_code == 401
    text = HOSTILE + "\nقال المتحدث سليم الخوري إن الجسر مغلق."
    preview = web.post("/ingest/preview", data={"token": TOKEN, "text": text})
    assert preview.status_code == 200
    assert "save to the ledger" in preview.text and "الخوري" in preview.text
    assert "<script>window" not in preview.text
    assert web.get("/api/documents", params={"q": "الخوري"}).json()["total"] == 0


def test_web_ingest_save_stores_and_redirects_to_the_article(web: httpx.Client) -> None:
    text = "قالت الوزيرة ليلى الشامي إن الميناء سيفتح غداً."
    saved = web.post("/ingest/save", data={"token": TOKEN, "text": text, "outlet": "الميدان"})
    assert saved.status_code == 303
    page = web.get(saved.headers["location"])
    assert page.status_code == 200 and "الميناء" in page.text
    again = web.post("/ingest/save", data={"token": TOKEN, "text": text})
    assert again.headers["location"] == saved.headers["location"]


def test_web_figure_plot_is_an_svg_with_every_value(web: httpx.Client) -> None:
    series = web.get("/api/figures").json()["items"][0]
    svg = web.get(f"/figures/{series['id']}/plot.svg")
    assert svg.headers["content-type"].startswith("image/svg+xml")
    assert svg.text.lstrip().startswith("<svg")
    for point in series["points"]:
        assert f">{point['value']:,}<" in svg.text  # labelled, readable without hovering


def test_web_search_offers_the_results_as_downloads_with_its_filters(web: httpx.Client) -> None:
    html = web.get("/search", params={"q": "بيلونى", "lang": "ar", "offset": "0"}).text
    links = dict(re.findall(r'<a href="(/api/export\?[^"]+)" download>(\w+)</a>', html))
    assert sorted(links.values()) == ["CSV", "ClaimReview", "JSONL"]
    csv_link = next(href for href, name in links.items() if name == "CSV")
    r = web.get(csv_link.replace("&amp;", "&"))
    assert r.status_code == 200 and r.content.startswith(b"\xef\xbb\xbf")
    rows = r.content.decode("utf-8-sig").splitlines()[1:]
    assert len(rows) == 2 and all("بيلون" in row for row in rows)
    assert "download all" not in web.get("/search", params={"q": "nothing-like-this"}).text
