"""The batch manifest: what a resumed run may skip, and the failures file rebuilt from it."""

from __future__ import annotations

import json
from pathlib import Path

from khabar.batch import Failure, Manifest, PartitionResult


def finished(key: str, fingerprint: str, documents: int, *failures: Failure) -> PartitionResult:
    return PartitionResult(key, fingerprint, failures=list(failures), documents=documents)


def test_batch_manifest_survives_a_torn_last_line(tmp_path: Path) -> None:
    path = tmp_path / "manifest.jsonl"
    manifest = Manifest.load(path)
    manifest.record(finished("news-00000", "f0", 200))
    manifest.record(finished("news-00001", "f1", 198))
    with path.open("a", encoding="utf-8") as fh:
        fh.write('{"partition": "news-00002", "fingerp')  # the client died mid-write

    again = Manifest.load(path)
    assert sorted(again.entries) == ["news-00000", "news-00001"]
    assert again.documents == 398


def test_batch_manifest_redoes_a_partition_whose_content_changed(tmp_path: Path) -> None:
    manifest = Manifest.load(tmp_path / "manifest.jsonl")
    manifest.record(finished("news-00000", "f0", 200))
    reloaded = Manifest.load(tmp_path / "manifest.jsonl")
    assert reloaded.is_done("news-00000", "f0")
    assert not reloaded.is_done("news-00000", "changed")
    assert not reloaded.is_done("news-00001", "f0")


def test_batch_manifest_failures_file_lists_each_failure_once(tmp_path: Path) -> None:
    path = tmp_path / "manifest.jsonl"
    bad = Failure("n7", "news.jsonl:8", "news.jsonl:8: not a JSON record: Expecting value")
    Manifest.load(path).record(finished("news-00000", "f0", 4, bad))
    manifest = Manifest.load(path)
    manifest.record(finished("news-00000", "f0", 4, bad))  # redone after a crash
    failures_file = tmp_path / "failures.jsonl"

    assert manifest.write_failures(failures_file) == 1
    rows = [json.loads(line) for line in failures_file.read_text(encoding="utf-8").splitlines()]
    assert rows == [bad.to_dict()]
