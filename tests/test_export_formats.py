"""export --format jsonl|csv|claimreview and figures --format json follow the contract."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from _ledger_articles import flood_ar, flood_en
from khabar.cli import main
from khabar.store import Store


def _store(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'l.db'}"
    with Store.open(url) as store:
        store.add_document(*flood_ar())
        store.add_document(*flood_en())
        store.link_new()
    return url


def test_export_jsonl_has_contract_fields(tmp_path: Path, capsys) -> None:
    url = _store(tmp_path)
    assert main(["export", "--format", "jsonl", "--db", url]) == 0
    rows = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert {r["doc"] for r in rows} == {"flood-ar", "flood-en"}
    for r in rows:
        assert {"doc", "outlet", "published", "url", "speaker_id", "claim_ids", "content"} <= set(r)
    assert rows[0]["speaker_id"] == rows[1]["speaker_id"]  # نديم الخيّاط = Nadim al-Khayyat


def test_export_figures_json_one_timeline_across_languages(tmp_path: Path, capsys) -> None:
    url = _store(tmp_path)
    assert main(["figures", "--format", "json", "--db", url]) == 0
    series = json.loads(capsys.readouterr().out)
    displaced = [s for s in series if {p["doc"] for p in s["points"]} == {"flood-ar", "flood-en"}]
    assert len(displaced) == 1
    points = displaced[0]["points"]
    assert [p["date"] for p in points] == ["2025-03-12", "2025-03-13"]
    assert [p["first"] for p in points] == [True, False]  # 2,000 first said in the Arabic one


def test_export_csv_and_claimreview(tmp_path: Path, capsys) -> None:
    url = _store(tmp_path)
    assert main(["export", "--format", "csv", "--db", url]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [r["doc"] for r in rows] == ["flood-ar", "flood-en"]
    assert main(["export", "--format", "claimreview", "--db", url]) == 0
    reviews = json.loads(capsys.readouterr().out)
    assert all(r["@type"] == "ClaimReview" for r in reviews)
