"""The served OpenAPI schema is the one checked into docs/openapi.json."""

from __future__ import annotations

import json
from pathlib import Path

import httpx

from khabar.web import EmptyLedger, create_app, openapi_document
from khabar.web._server import background_server

DOCS = Path(__file__).resolve().parents[1] / "docs" / "openapi.json"


def test_api_openapi_served_schema_matches_the_checked_in_file() -> None:
    with background_server(create_app(EmptyLedger())) as url:
        served = httpx.get(f"{url}/openapi.json").json()
    checked_in = json.loads(DOCS.read_text(encoding="utf-8"))
    assert served == checked_in, (
        "docs/openapi.json is stale: python -m khabar.web.openapi > docs/openapi.json"
    )
    assert DOCS.read_text(encoding="utf-8") == openapi_document()


def test_api_openapi_documents_the_write_token_on_write_endpoints_only() -> None:
    paths = json.loads(openapi_document())["paths"]
    secured = sorted(
        f"{method.upper()} {path}"
        for path, ops in paths.items()
        for method, op in ops.items()
        if op.get("security")
    )
    assert secured == ["POST /api/documents", "POST /api/extract"]
