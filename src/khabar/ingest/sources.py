"""Turn ingest SOURCE arguments into article records: files, folders, JSONL, feeds, WARC, URLs.

Every source yields :class:`ArticleRecord` s or :class:`Failure` s; a bad file, line or
entry is one failure with a reason and never stops the others.

>>> import json, tempfile, os
>>> path = os.path.join(tempfile.mkdtemp(), "a.jsonl")
>>> with open(path, "w") as fh:
...     _ = fh.write(json.dumps({"id": "n1", "text": "قال الوزير إن…", "published": "2024-10-19"}))
>>> [r.key for r in iter_records(path)]
['n1']
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from khabar.errors import KhabarError
from khabar.ingest.decode import MAX_BYTES, read_article
from khabar.ingest.record import ArticleRecord

TEXT_SUFFIXES = {".txt", ".text", ".md", ".html", ".htm", ".xhtml"}
FEED_SUFFIXES = {".rss", ".atom", ".xml"}
WARC_SUFFIXES = (".warc", ".warc.gz")


@dataclass(frozen=True, slots=True)
class Failure:
    """An input that could not become an article, and why."""

    origin: str
    reason: str


Item = ArticleRecord | Failure


def iter_records(
    source: str, encoding: str | None = None, max_bytes: int = MAX_BYTES
) -> Iterator[Item]:
    """Records of one SOURCE argument (path, folder or URL)."""
    if source.startswith(("http://", "https://")) or "://" in source:
        from khabar.ingest.web import url_records

        yield from url_records(source, max_bytes=max_bytes)
        return
    path = Path(source)
    if path.is_dir():
        for child in sorted(path.rglob("*")):
            if child.is_file() and _ingestible(child):
                yield from _file_records(child, encoding, max_bytes)
    elif path.exists():
        yield from _file_records(path, encoding, max_bytes)
    else:
        yield Failure(source, "no such file, folder or URL")


def _ingestible(path: Path) -> bool:
    name = path.name.lower()
    if name.startswith("."):
        return False
    suffix = path.suffix.lower()
    return (
        suffix in TEXT_SUFFIXES
        or suffix in FEED_SUFFIXES
        or suffix == ".jsonl"
        or name.endswith(WARC_SUFFIXES)
    )


def _file_records(path: Path, encoding: str | None, max_bytes: int) -> Iterator[Item]:
    name = path.name.lower()
    try:
        if name.endswith(".jsonl"):
            yield from jsonl_records(path)
        elif name.endswith(WARC_SUFFIXES):
            from khabar.ingest.warc import warc_records

            yield from warc_records(path, max_bytes=max_bytes)
        elif path.suffix.lower() in FEED_SUFFIXES:
            from khabar.ingest.feeds import feed_records

            yield from feed_records(path.read_bytes(), str(path), max_bytes=max_bytes)
        else:
            yield file_record(path, encoding, max_bytes)
    except KhabarError as exc:
        yield Failure(str(path), str(exc))
    except OSError as exc:
        yield Failure(str(path), f"cannot read: {exc.strerror or exc}")


def file_record(path: Path, encoding: str | None = None, max_bytes: int = MAX_BYTES) -> Item:
    """One text or HTML file as a record named by its file name without extension."""
    with open(path, "rb") as fh:
        data = fh.read(max_bytes + 1)
    decoded = read_article(data, str(path), encoding, max_bytes)
    if not decoded.text.strip():
        return Failure(str(path), "empty: no text after decoding")
    return ArticleRecord(
        key=path.name.split(".")[0] or path.name,
        text=decoded.text,
        published=parse_day(decoded.published),
        title=decoded.title,
        origin=str(path),
    )


def jsonl_records(path: Path) -> Iterator[Item]:
    """Records ``{"id","text","published","url","outlet","lang"}``, one per line."""
    with open(path, encoding="utf-8", errors="strict") as fh:
        for number, line in enumerate(fh, 1):
            if line.strip():
                yield record_from_json(
                    line, f"{path}#{number}", default_key=f"{path.stem}-{number}"
                )


def record_from_json(line: str, origin: str, default_key: str) -> Item:
    """One JSONL line as a record, or a failure saying what is wrong with it."""
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        return Failure(origin, f"not JSON: {exc.msg} at column {exc.colno}")
    if not isinstance(obj, dict):
        return Failure(origin, "not a JSON object")
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        return Failure(origin, 'empty: no "text" in the record')
    return ArticleRecord(
        key=str(obj.get("id") or default_key),
        text=text,
        published=parse_day(obj.get("published")),
        url=_str_or_none(obj.get("url")),
        outlet=_str_or_none(obj.get("outlet")),
        lang=_str_or_none(obj.get("lang")),
        title=_str_or_none(obj.get("title")),
        origin=_str_or_none(obj.get("url")) or origin,
    )


def _str_or_none(value: Any) -> str | None:
    return str(value) if value not in (None, "") else None


def parse_day(value: Any) -> date | None:
    """The calendar day of an ISO date or timestamp (None when absent or unreadable).

    >>> parse_day("2024-10-19T08:30:00Z"), parse_day("yesterday")
    (datetime.date(2024, 10, 19), None)
    """
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def source_label(origin: str) -> str:
    """A short label of an origin for progress output."""
    return os.path.basename(origin.split("#", 1)[0]) or origin
