"""Batch sources: every input layout streams records with the documented field mapping."""

from __future__ import annotations

import gzip
import io
import json
import zipfile
from datetime import date
from pathlib import Path

import pytest

from khabar.batch import (
    Partition,
    RawRecord,
    decode_record,
    expand_sources,
    iter_json_array,
    iter_records,
    partition_units,
)
from khabar.errors import InputError


def records_of(*paths: Path) -> list[RawRecord]:
    return [r for unit in expand_sources(paths) for r in iter_records(unit)]


def article_json(i: int) -> dict[str, str]:
    return {
        "id": f"n{i}",
        "text": f"قال المتحدث باسم الوزارة إن الاجتماع رقم {i} انتهى.",
        "published": "2015-08-02",
        "url": f"https://example.org/{i}",
        "outlet": "okaz",
        "lang": "ar",
    }


def test_batch_sources_jsonl_records_keep_their_fields(tmp_path: Path) -> None:
    path = tmp_path / "news.jsonl"
    path.write_text("\n".join(json.dumps(article_json(i)) for i in range(3)) + "\n\n")
    articles = [decode_record(r) for r in records_of(path)]
    assert [a.id for a in articles] == ["n0", "n1", "n2"]
    first = articles[0]
    assert first.published == date(2015, 8, 2)
    assert (first.url, first.outlet, first.lang) == ("https://example.org/0", "okaz", "ar")
    assert first.where == f"{path}:1"


def test_batch_sources_jsonl_gz_streams_like_plain_jsonl(tmp_path: Path) -> None:
    path = tmp_path / "news.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        for i in range(5):
            fh.write(json.dumps(article_json(i), ensure_ascii=False) + "\n")
    assert [decode_record(r).id for r in records_of(path)] == [f"n{i}" for i in range(5)]


def test_batch_sources_truncated_gzip_ends_with_an_error_record(tmp_path: Path) -> None:
    data = gzip.compress(b"".join(json.dumps(article_json(i)).encode() + b"\n" for i in range(50)))
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(data[: len(data) // 2])
    records = records_of(path)
    assert records[-1].fmt == "error"
    with pytest.raises(InputError, match=r"cut\.jsonl\.gz"):
        decode_record(records[-1])


def test_batch_sources_saudinewsnet_layout_maps_title_content_source(tmp_path: Path) -> None:
    items = [
        {
            "source": "alriyadh",
            "url": "http://example.org/a",
            "date_extracted": "2015-08-03 10:11:12",
            "title": "الوزير يؤكد استمرار المحادثات",
            "author": "الرياض: مراسل",
            "content": "أكد الوزير أن المحادثات مستمرة.",
        },
        {"source": "okaz", "url": "", "date_extracted": "", "title": "", "content": "نص ثان"},
    ]
    path = tmp_path / "2015-08-03.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("2015-08-03.json", json.dumps(items, ensure_ascii=False, indent=4))
    first, second = (decode_record(r) for r in records_of(path))
    assert first.text == "الوزير يؤكد استمرار المحادثات\n\nأكد الوزير أن المحادثات مستمرة."
    assert (first.outlet, first.published, first.id) == (
        "alriyadh",
        date(2015, 8, 3),
        "2015-08-03-0",
    )
    assert first.where.endswith("2015-08-03.zip:2015-08-03.json#0")
    assert (second.text, second.published) == ("نص ثان", None)


def test_batch_sources_json_array_is_read_across_chunk_boundaries() -> None:
    items = [{"text": "قال " * (i * 5000), "n": 10**i} for i in range(6)]  # spans many 64 KB chunks
    stream = io.BytesIO(json.dumps(items, ensure_ascii=False).encode("utf-8"))
    assert list(iter_json_array(stream)) == items


def test_batch_sources_broken_json_array_names_the_place() -> None:
    stream = io.BytesIO(b'[{"text": "a"}, {"text": "b"} {"text": "c"}]')
    reader = iter_json_array(stream, "day.json")
    assert next(reader) == {"text": "a"}
    assert next(reader) == {"text": "b"}
    with pytest.raises(InputError, match=r"day.json: expected ',' or '\]'.* at character 30"):
        next(reader)


def test_batch_sources_folder_walks_sorted_and_dispatches_by_kind(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text("قال الوزير إن الجلسة انتهت.", encoding="utf-8")
    (tmp_path / "a.html").write_text("<html><body><p>أكد الرئيس أن الحوار مستمر.</p></body></html>")
    (tmp_path / ".hidden.txt").write_text("not an article")
    sub = tmp_path / "more"
    sub.mkdir()
    (sub / "c.jsonl").write_text(json.dumps(article_json(7)) + "\n")
    kinds = [(u.kind, u.path.name) for u in expand_sources([tmp_path])]
    assert kinds == [("loose", tmp_path.name), ("jsonl", "c.jsonl")]
    ids = [decode_record(r).id for r in records_of(tmp_path)]
    assert ids == ["a", "b", "n7"]


def test_batch_sources_missing_source_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"nope: no such file or folder"):
        list(expand_sources([tmp_path / "nope"]))


def test_batch_sources_warc_yields_html_responses_only(tmp_path: Path) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = tmp_path / "crawl.warc.gz"
    html = "<html><body><p>قال الوزير إن المحادثات مستمرة.</p></body></html>".encode("cp1256")
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for url, ctype, body in [
            ("https://example.org/news/1", "text/html; charset=windows-1256", html),
            ("https://example.org/logo.png", "image/png", b"\x89PNG\r\n"),
        ]:
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            record = writer.create_warc_record(
                url, "response", payload=io.BytesIO(body), length=len(body), http_headers=headers
            )
            writer.write_record(record)
    records = records_of(path)
    assert [r.url for r in records] == ["https://example.org/news/1"]
    article = decode_record(records[0])
    assert "قال الوزير" in article.text and article.id == "https://example.org/news/1"


def test_batch_sources_partitions_are_stable_and_bounded(tmp_path: Path) -> None:
    path = tmp_path / "news.jsonl"
    path.write_text("\n".join(json.dumps(article_json(i)) for i in range(7)))
    first = list(partition_units(expand_sources([path]), size=3))
    again = list(partition_units(expand_sources([path]), size=3))
    assert [len(p.records) for p in first] == [3, 3, 1]
    assert [(p.key, p.fingerprint) for p in first] == [(p.key, p.fingerprint) for p in again]
    assert len({p.key for p in first}) == 3


def test_batch_sources_partition_fingerprint_changes_with_content(tmp_path: Path) -> None:
    path = tmp_path / "news.jsonl"
    path.write_text(json.dumps(article_json(1)) + "\n")
    (before,) = partition_units(expand_sources([path]))
    path.write_text(json.dumps(article_json(1) | {"text": "نص آخر أطول من الأول بكثير"}) + "\n")
    (after,) = partition_units(expand_sources([path]))
    assert isinstance(before, Partition) and before.key == after.key
    assert before.fingerprint != after.fingerprint
