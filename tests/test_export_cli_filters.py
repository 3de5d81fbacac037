"""khabar export --format jsonl|csv|claimreview with the filters of the search page and the
API: the CLI selects exactly what ``GET /api/export`` and ``/api/statements`` select."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from _export_ledger import RIVER, TROOPS, export_store, speaker_of
from khabar.cli import main
from khabar.export import Query, _select, iter_statements
from khabar.store import Store
from khabar.web import create_app
from khabar.web._server import background_server
from khabar.web._store_source import StoreSource


@pytest.fixture(scope="module")
def ledger(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Store]]:
    url = f"sqlite:///{tmp_path_factory.mktemp('cli-export') / 'ledger.db'}"
    store = export_store(url)
    yield url, store
    store.close()


@pytest.fixture(scope="module")
def api(ledger: tuple[str, Store]) -> Iterator[httpx.Client]:
    with (
        background_server(create_app(StoreSource(ledger[1]))) as base,
        httpx.Client(base_url=base, timeout=30) as client,
    ):
        yield client


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    assert main(["export", *args]) == 0
    return capsys.readouterr().out


def refs(rows: list[dict[str, Any]]) -> list[tuple[str, str]]:
    return sorted((row["doc"], row["id"]) for row in rows)


def filters(store: Store) -> list[dict[str, str]]:
    belloni = f"sp{speaker_of(store, 'Virgil Belloni')}"
    return [
        {"q": "بيلونى"},  # folded: finds بيلوني too
        {"q": "troops border"},
        {"speaker": belloni},
        {"stance": "deny"},
        {"outlet": "النهار"},
        {"lang": "en"},
        {"since": "2024-10-19"},
        {"until": "2024-10-18"},
        {"since": "2024-10-18", "until": "2024-10-20", "lang": "ar"},
    ]


OPTIONS = {"q": "--query"}


def test_export_cli_filters_select_what_the_api_selects(
    ledger: tuple[str, Store], api: httpx.Client, capsys: pytest.CaptureFixture[str]
) -> None:
    url, store = ledger
    everything = refs([json.loads(x) for x in cli(capsys, "--db", url).splitlines()])
    assert len(everything) == 6
    for given in filters(store):
        args = [a for k, v in given.items() for a in (OPTIONS.get(k, f"--{k}"), v)]
        rows = [json.loads(x) for x in cli(capsys, "--db", url, *args).splitlines()]
        listed = api.get("/api/statements", params={**given, "limit": 200}).json()["items"]
        exported = api.get("/api/export", params={**given, "format": "jsonl"}).text
        assert refs(rows) == refs(listed) == refs([json.loads(x) for x in exported.splitlines()])
        assert 0 < len(rows) < len(everything), given


def test_export_cli_query_finds_both_arabic_spellings(
    ledger: tuple[str, Store], capsys: pytest.CaptureFixture[str]
) -> None:
    rows = [json.loads(x) for x in cli(capsys, "--db", ledger[0], "-q", "بيلوني").splitlines()]
    assert refs(rows) == [("ar-1", "s1"), ("ar-2", "s1")]


def test_export_cli_csv_keeps_arabic_and_adds_a_bom_when_asked(
    ledger: tuple[str, Store], capsys: pytest.CaptureFixture[str]
) -> None:
    url = ledger[0]
    plain = cli(capsys, "--db", url, "--format", "csv", "--lang", "ar")
    assert not plain.startswith("\ufeff")
    assert cli(capsys, "--db", url, "--format", "csv", "--lang", "ar", "--bom") == "\ufeff" + plain
    table = list(csv.DictReader(io.StringIO(plain)))
    assert [(r["doc"], r["statement"]) for r in table] == [
        ("ar-1", "s1"),
        ("ar-1", "s2"),
        ("ar-2", "s1"),
    ]
    assert table[0]["content"] == "نحو 10 آلاف جندي انتشروا على الحدود"
    assert table[0]["url"] == "https://example.org/a/1"


def test_export_cli_claimreview_is_what_the_api_sends(
    ledger: tuple[str, Store], api: httpx.Client, capsys: pytest.CaptureFixture[str]
) -> None:
    base = str(api.base_url).rstrip("/")
    for given in ({}, {"stance": "deny"}, {"q": "Kestrel"}):
        args = [a for k, v in given.items() for a in (OPTIONS.get(k, f"--{k}"), v)]
        out = cli(capsys, "--db", ledger[0], "--format", "claimreview", "--base-url", base, *args)
        sent = api.get("/api/export", params={**given, "format": "claimreview"}).json()
        assert json.loads(out) == sent
    texts = {r["claimReviewed"] for r in json.loads(out)}
    assert texts == {TROOPS}
    everything = cli(capsys, "--db", ledger[0], "--format", "claimreview")
    assert {r["claimReviewed"] for r in json.loads(everything)} == {TROOPS, RIVER}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--since", "19/10/2024"], "--since '19/10/2024': not a date"),
        (["--format", "claimreview", "--base-url", "ledger.local"], "must be absolute"),
    ],
)
def test_export_cli_bad_options_are_clear_errors(
    ledger: tuple[str, Store], capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    assert main(["export", "--db", ledger[0], *args]) == 2
    assert message in capsys.readouterr().err


def test_export_cli_streams_statements_a_batch_at_a_time(
    ledger: tuple[str, Store], monkeypatch: pytest.MonkeyPatch
) -> None:
    store = ledger[1]
    whole = [(r["doc"], r["id"]) for r in iter_statements(store, Query())]
    batches = []
    real = _select.with_lang

    def counting(conn: Any, rows: Any) -> Any:
        batches.append(len(rows))
        return real(conn, rows)

    monkeypatch.setattr(_select, "with_lang", counting)
    batched = [(r["doc"], r["id"]) for r in iter_statements(store, Query(), batch=4)]
    assert batched == whole and len(set(whole)) == 6
    assert batches == [4, 2]  # never more than one batch read at once


def test_export_cli_writes_nothing_half_for_an_empty_selection(
    ledger: tuple[str, Store], capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli(capsys, "--db", ledger[0], "-q", "nothing-matches-this") == ""
    out = cli(capsys, "--db", ledger[0], "--format", "claimreview", "--outlet", "none")
    assert json.loads(out) == []


def test_export_cli_claimreview_warns_when_its_links_are_local(
    ledger: tuple[str, Store], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("KHABAR_BASE_URL", raising=False)
    assert main(["export", "--db", ledger[0], "--format", "claimreview"]) == 0
    assert "pass --base-url" in capsys.readouterr().err
    base = ["--base-url", "https://ledger.example.org"]
    assert main(["export", "--db", ledger[0], "--format", "claimreview", *base]) == 0
    assert "pass --base-url" not in capsys.readouterr().err
