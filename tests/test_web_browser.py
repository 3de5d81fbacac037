"""The pages in Debian's chromium (Playwright): highlights, RTL, plot, search, hostile text.

Screenshots of each page go to ``artifacts/screenshots/`` for people to look at.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from khabar.web import create_app
from khabar.web._server import background_server
from khabar.web._store_source import StoreSource
from web_ledger import fixture_articles, fixture_store

CHROMIUM = "/usr/bin/chromium"
SHOTS = Path(__file__).resolve().parents[1] / "artifacts" / "screenshots"
LAUNCH_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
]  # fmt: skip

pytestmark = [
    pytest.mark.browser,
    pytest.mark.slow,
    pytest.mark.skipif(not os.path.exists(CHROMIUM), reason=f"{CHROMIUM} is not installed"),
]


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    db = Path(tmp_path_factory.mktemp("browser")) / "ledger.db"
    store = fixture_store(f"sqlite:///{db}")
    with background_server(create_app(StoreSource(store), write_token="tok")) as url:
        yield url
    store.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: Any, base_url: str) -> Iterator[Any]:
    context = browser.new_context(base_url=base_url, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    yield page
    context.close()


def shot(page: Any, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def marked_text(page: Any, role: str, sid: str) -> str:
    return "".join(page.locator(f'#article-text [data-{role}~="{sid}"]').all_text_contents())


@pytest.mark.parametrize("index", [0, 1, 2])
def test_browser_highlights_cover_exactly_the_statement_text(page: Any, index: int) -> None:
    meta, doc = fixture_articles()[index]
    page.goto(f"/documents/{meta['id']}")
    assert page.locator("#article-text").text_content() == doc.text
    for st in doc.statements:
        assert marked_text(page, "content", st.id) == st.content.text
        assert marked_text(page, "cue", st.id) == st.cue.text
        assert st.speaker is not None
        assert marked_text(page, "speaker", st.id) == st.speaker.text
    shot(page, f"article-{meta['id']}")


def test_browser_arabic_article_is_right_to_left_in_an_arabic_font(page: Any) -> None:
    page.goto("/documents/ar-border-1")
    style = page.eval_on_selector(
        "#article-text", "e => [getComputedStyle(e).direction, getComputedStyle(e).fontFamily]"
    )
    assert style[0] == "rtl"
    assert "Noto Naskh Arabic" in style[1]
    page.goto("/documents/en-border-1")
    assert page.eval_on_selector("#article-text", "e => getComputedStyle(e).direction") == "ltr"


def test_browser_clicking_a_statement_emphasises_its_span(page: Any) -> None:
    page.goto("/documents/ar-border-1")
    page.click('a.st-link[data-target="s2"]')
    active = page.locator("#article-text .hl.active")
    assert "".join(active.all_text_contents()) == "ونفتوزارة الدفاعتكون القوات قد عبرت النهر"
    assert page.locator('#article-text [data-content~="s2"]').first.is_visible()
    shot(page, "article-clicked-statement")


def test_browser_figures_plot_renders(page: Any) -> None:
    page.goto("/figures")
    with page.expect_navigation():
        page.click("table.figures a")
    width = page.eval_on_selector("#figure-plot", "img => img.complete && img.naturalWidth")
    assert width and width > 300
    assert page.locator("table.points tbody tr").count() == 3
    shot(page, "figure")


def test_browser_search_finds_both_spellings(page: Any) -> None:
    page.goto("/search")
    page.fill('.search-form input[name="q"]', "بيلوني")
    with page.expect_navigation():
        page.click(".search-form button")
    hrefs = page.eval_on_selector_all(
        "table.statements td a[href^='/documents/']", "as => as.map(a => a.getAttribute('href'))"
    )
    assert "/documents/ar-border-2#st-s1" in hrefs  # written بيلونى there
    assert "/documents/ar-border-1#st-s1" in hrefs
    shot(page, "search")


def test_browser_hostile_article_shows_as_text_and_runs_nothing(page: Any) -> None:
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto("/documents/hostile")
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.locator("#article-text img, #article-text script").count() == 0
    assert "<script>window.__pwned = 1</script>" in page.locator("#article-text").inner_text()
    assert page.locator("h1").inner_text() == "<script>alert(1)</script>"
    assert errors == []
    shot(page, "article-hostile")


def test_browser_speaker_claims_and_home_pages_render(page: Any) -> None:
    page.goto("/speakers")
    with page.expect_navigation():
        page.click("table.speakers a >> nth=0")
    assert page.locator("ul.aliases li").count() >= 3
    shot(page, "speaker")
    page.goto("/")
    shot(page, "home")
    page.goto("/ingest")
    page.fill('input[name="token"]', "tok")
    page.fill('textarea[name="text"]', "قال المتحدث سليم الخوري إن الجسر مغلق منذ يومين.")
    with page.expect_navigation():
        page.click("form.ingest button")
    assert page.locator("#article-text").get_attribute("dir") == "rtl"
    shot(page, "ingest-preview")
