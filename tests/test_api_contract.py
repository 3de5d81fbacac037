"""Contract tests generated from the OpenAPI schema (schemathesis) on a loopback server."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, settings

from khabar.web import create_app
from khabar.web._server import background_server
from web_ledger import FixtureLedger

DOCS = Path(__file__).resolve().parents[1] / "docs" / "openapi.json"
TOKEN = "contract-token"
schema = schemathesis.openapi.from_dict(json.loads(DOCS.read_text(encoding="utf-8")))


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    with background_server(create_app(FixtureLedger.build(), write_token=TOKEN)) as url:
        yield url


@schema.parametrize()
@settings(max_examples=8, deadline=None, suppress_health_check=list(HealthCheck))
def test_api_contract_every_endpoint_answers_as_documented(case, base_url: str) -> None:
    response = case.call(base_url=base_url, headers={"Authorization": f"Bearer {TOKEN}"})
    case.validate_response(response)
