"""Write endpoints need the bearer token; reads are open unless a read token is set."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from khabar.web import create_app
from khabar.web._server import background_server
from web_ledger import FixtureLedger

TOKEN = "test-write-token"
ARTICLE = {"text": "قال الوزير إن المحادثات مستمرة.", "published": "2024-10-19"}


@pytest.fixture(scope="module")
def ledger() -> FixtureLedger:
    return FixtureLedger.build()


@pytest.fixture(scope="module")
def api(ledger: FixtureLedger) -> Iterator[httpx.Client]:
    with (
        background_server(create_app(ledger, write_token=TOKEN)) as url,
        httpx.Client(base_url=url, timeout=30) as client,
    ):
        yield client


@pytest.mark.parametrize("path", ["/api/extract", "/api/documents"])
@pytest.mark.parametrize("header", [None, "Bearer wrong-token", f"Basic {TOKEN}", "Bearer"])
def test_api_write_without_the_right_token_is_refused(
    api: httpx.Client, ledger: FixtureLedger, path: str, header: str | None
) -> None:
    before = len(ledger.added)
    headers = {"Authorization": header} if header else {}
    r = api.post(path, json=ARTICLE, headers=headers)
    assert r.status_code == 401
    assert r.headers["www-authenticate"] == "Bearer"
    assert "write token" in r.json()["error"]["message"]
    assert len(ledger.added) == before


def test_api_extract_with_the_token_returns_the_spec_object(api: httpx.Client) -> None:
    r = api.post("/api/extract", json=ARTICLE, headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 200
    body = r.json()
    assert body["doc"]["lang"] == "ar"
    assert body["doc"]["chars"] == len(ARTICLE["text"])
    for st in body["statements"]:
        for role in ("cue", "content"):
            assert ARTICLE["text"][st[role]["start"] : st[role]["end"]] == st[role]["text"]


def test_api_add_document_with_the_token_stores_the_record(
    api: httpx.Client, ledger: FixtureLedger
) -> None:
    record = {**ARTICLE, "id": "minister-talks", "outlet": "الشرق"}
    r = api.post("/api/documents", json=record, headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 201
    assert r.json()["id"] == "minister-talks"
    assert ledger.added[-1]["text"] == ARTICLE["text"]
    assert ledger.added[-1]["outlet"] == "الشرق"


def test_api_writes_are_disabled_without_a_configured_token() -> None:
    app = create_app(FixtureLedger.build(), write_token=None)
    with background_server(app) as url:
        r = httpx.post(f"{url}/api/extract", json=ARTICLE, headers={"Authorization": "Bearer x"})
    assert r.status_code == 403
    assert "disabled" in r.json()["error"]["message"]


def test_api_read_token_protects_reads_when_configured() -> None:
    app = create_app(FixtureLedger.build(), write_token=TOKEN, read_token="reader")
    with background_server(app) as url:
        assert httpx.get(f"{url}/api/speakers").status_code == 401
        assert httpx.get(f"{url}/speakers").status_code == 401
        ok = httpx.get(f"{url}/api/speakers", headers={"Authorization": "Bearer reader"})
        also = httpx.get(f"{url}/api/speakers", headers={"Authorization": f"Bearer {TOKEN}"})
    assert ok.status_code == 200 and ok.json()["total"] == 3
    assert also.status_code == 200


def test_api_reads_are_open_by_default(api: httpx.Client) -> None:
    assert api.get("/api/documents").status_code == 200
    assert api.get("/documents/ar-border-1").status_code == 200
