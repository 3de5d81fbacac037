"""`khabar extract` on good and bad input: JSON contract, clear errors, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from khabar.cli import main

ARTICLE = "قال وزير المالية خالد يوسف يوم الخميس إن العجز تراجع.\n"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_extract_json_contract_has_doc_and_statements(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    f = tmp_path / "a.txt"
    f.write_text(ARTICLE, encoding="utf-8")
    code, out, _ = run(capsys, "extract", str(f), "--published", "2024-10-19")
    data = json.loads(out)
    assert code == 0
    assert data["doc"]["lang"] == "ar" and data["doc"]["chars"] == len(ARTICLE)
    st = data["statements"][0]
    assert ARTICLE[st["content"]["start"] : st["content"]["end"]] == st["content"]["text"]
    assert st["speaker"]["name"] == "خالد يوسف"


def test_extract_empty_file_gives_zero_statements_and_warning(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    f = tmp_path / "empty.txt"
    f.write_text("  \n", encoding="utf-8")
    code, out, err = run(capsys, "extract", str(f))
    assert code == 0 and json.loads(out)["statements"] == []
    assert "empty" in err


def test_extract_undecodable_bytes_names_offset_and_suggests_encoding(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    f = tmp_path / "old.txt"
    f.write_bytes(ARTICLE.encode("cp1256"))
    code, _, err = run(capsys, "extract", str(f))
    assert code == 2
    assert "offset 0" in err and "--encoding" in err and "old.txt" in err


def test_extract_cp1256_with_encoding_option(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    f = tmp_path / "old.txt"
    f.write_bytes(ARTICLE.encode("cp1256"))
    code, out, _ = run(capsys, "extract", str(f), "--encoding", "cp1256")
    assert code == 0 and json.loads(out)["statements"]


def test_extract_utf16_with_bom_is_read(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "u16.txt"
    f.write_bytes(ARTICLE.encode("utf-16"))
    code, out, _ = run(capsys, "extract", str(f))
    assert code == 0 and json.loads(out)["statements"]


def test_extract_binary_junk_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "junk.bin"
    f.write_bytes(bytes(range(256)) * 4)
    code, _, err = run(capsys, "extract", str(f))
    assert code == 2 and "binary" in err


def test_extract_too_large_is_refused_with_the_limit(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    f = tmp_path / "big.txt"
    f.write_text(ARTICLE * 100, encoding="utf-8")
    code, _, err = run(capsys, "extract", str(f), "--max-bytes", "1000")
    assert code == 2 and "limit" in err


def test_extract_broken_html_gives_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "page.html"
    f.write_text("<html><body><p>" + ARTICLE + "<div><p>unclosed", encoding="utf-8")
    code, out, _ = run(capsys, "extract", str(f))
    assert code == 0 and json.loads(out)["statements"]


def test_extract_table_format_prints_speaker(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    f = tmp_path / "a.txt"
    f.write_text(ARTICLE, encoding="utf-8")
    code, out, _ = run(capsys, "extract", str(f), "--format", "table", "--no-bidi")
    assert code == 0 and "خالد يوسف" in out and "1 statements" in out
