"""API errors are JSON with a message that says what was wrong; bodies are size-capped."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from khabar.web import create_app
from khabar.web._server import background_server
from web_ledger import FixtureLedger

TOKEN = "t0ken"


@pytest.fixture(scope="module")
def api() -> Iterator[httpx.Client]:
    app = create_app(FixtureLedger.build(), write_token=TOKEN, max_body_bytes=10_000)
    with background_server(app) as url, httpx.Client(base_url=url, timeout=30) as client:
        yield client


def test_api_unknown_id_is_a_json_404_naming_it(api: httpx.Client) -> None:
    for path, what in [
        ("/api/documents/no-such-doc", "no-such-doc"),
        ("/api/speakers/sp999", "sp999"),
        ("/api/documents/ar-border-1/statements/s99", "s99"),
    ]:
        r = api.get(path)
        assert r.status_code == 404
        assert r.headers["content-type"] == "application/json"
        assert what in r.json()["error"]["message"]


def test_api_bad_parameter_is_a_json_422_naming_the_field(api: httpx.Client) -> None:
    r = api.get("/api/statements", params={"stance": "shouted", "limit": 5})
    assert r.status_code == 422
    error = r.json()["error"]
    assert "query.stance" in error["message"]
    assert error["details"][0]["loc"] == "query.stance"


def test_api_body_over_the_limit_is_refused_with_413(api: httpx.Client) -> None:
    big = {"text": "قال الوزير إن " * 2000}
    r = api.post("/api/extract", json=big, headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 413
    assert "10,000 bytes" in r.json()["error"]["message"]


def test_api_streamed_body_over_the_limit_is_refused_with_413(api: httpx.Client) -> None:
    def chunks() -> Iterator[bytes]:
        yield b'{"text": "'
        for _ in range(20):
            yield b"x" * 1000
        yield b'"}'

    r = api.post(
        "/api/extract",
        content=chunks(),
        headers={"Authorization": f"Bearer {TOKEN}", "content-type": "application/json"},
    )
    assert r.status_code == 413


def test_web_responses_carry_a_strict_content_security_policy(api: httpx.Client) -> None:
    for path in ("/", "/api/documents", "/documents/hostile", "/missing-page"):
        csp = api.get(path).headers["content-security-policy"]
        assert "script-src 'self'" in csp and "object-src 'none'" in csp


def test_web_error_pages_are_html_and_escaped(api: httpx.Client) -> None:
    r = api.get("/documents/<img src=x onerror=alert(1)>")
    assert r.status_code == 404
    assert r.headers["content-type"].startswith("text/html")
    assert "<img src=x" not in r.text
    assert "&lt;img src=x onerror=alert(1)&gt;" in r.text
