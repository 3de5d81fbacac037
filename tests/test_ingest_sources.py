"""Ingest reads files, folders and JSONL; bad inputs are reported one by one, never fatal."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy.exc import OperationalError

from khabar.errors import StoreError
from khabar.ingest.runner import ingest_sources
from khabar.store import Store

AR = "قال وزير الصحة رياض كنعان إن عدد الإصابات بلغ 120 حالة."


def _jsonl(path: Path, records: list[dict[str, object]]) -> Path:
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n")
    return path


def test_ingest_folder_reports_bad_files_and_keeps_going(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "good.txt").write_text(AR, encoding="utf-8")
    (src / "empty.txt").write_text("   \n", encoding="utf-8")
    (src / "binary.txt").write_bytes(b"\x00\x01\x02PK\x03\x04" * 50)
    (src / "latin1.txt").write_bytes("café \xe9".encode("latin-1"))
    with Store.open(f"sqlite:///{tmp_path / 'l.db'}") as store:
        summary = ingest_sources([str(src)], store, quiet=True, link=False)
        assert summary.new == 1
        failed = {Path(f.origin).name: f.reason for f in summary.failed}
        assert set(failed) == {"empty.txt", "binary.txt", "latin1.txt"}
        assert "binary" in failed["binary.txt"] and "decode" in failed["latin1.txt"]
        assert store.document("good") is not None


def test_ingest_jsonl_twice_stores_nothing_twice(tmp_path: Path) -> None:
    records = [
        {"id": "n1", "text": AR, "published": "2025-03-01", "outlet": "الصباح"},
        {"id": "n2", "text": AR + " وأضاف أن الوضع تحت السيطرة."},
        {"id": "n3", "text": ""},
    ]
    path = _jsonl(tmp_path / "a.jsonl", records)
    with Store.open(f"sqlite:///{tmp_path / 'l.db'}") as store:
        first = ingest_sources([str(path)], store, quiet=True, link=False)
        second = ingest_sources([str(path)], store, quiet=True, link=False)
        assert (first.new, first.duplicate, len(first.failed)) == (2, 0, 1)
        assert (second.new, second.duplicate) == (0, 2)
        assert store.counts()["documents"] == 2
        assert store.document("n1")["published"] == "2025-03-01"  # type: ignore[index]


def test_ingest_killed_mid_run_resumes_without_loss_or_duplicates(tmp_path: Path) -> None:
    n = 400
    records = [{"id": f"d{i}", "text": f"{AR} (رقم {i})"} for i in range(n)]
    path = _jsonl(tmp_path / "many.jsonl", records)
    db = f"sqlite:///{tmp_path / 'l.db'}"
    cmd = [sys.executable, "-m", "khabar", "ingest", str(path), "--db", db, "-q", "--no-link"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:  # wait until some, not all, articles are in
        time.sleep(0.02)
        if (tmp_path / "l.db").exists():
            try:  # read only: the child is still creating and filling the store
                with Store.open(db, migrate=False) as store:
                    if store.counts()["documents"] >= 5:
                        break
            except (StoreError, OperationalError):
                continue  # not created yet
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    with Store.open(db) as store:
        partial = store.counts()["documents"]
    assert 0 < partial < n
    done = subprocess.run(cmd, capture_output=True, timeout=300)
    assert done.returncode == 0
    with Store.open(db) as store:
        assert store.counts()["documents"] == n
        assert sorted(r["doc"] for r in store.export_statements() if r["id"] == "s1") == sorted(
            f"d{i}" for i in range(n)
        )
