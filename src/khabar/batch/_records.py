"""Records as read from a source, and how a worker turns one into an article.

Sources do as little as possible on the client: a loose file travels as its bytes, a JSONL
line as its raw bytes; decoding, JSON parsing and HTML extraction happen on the worker, one
record at a time, so that one bad record fails alone (:class:`~khabar.errors.InputError`
naming the record and what is wrong) and never the whole partition.

Field mapping of JSON records (JSONL lines, JSON article lists in zip archives):

=========== =================================================== ==========================
Article     JSON field (first one present)                       SaudiNewsNet
=========== =================================================== ==========================
id          ``id``; else the record's place in its file          ``2015-07-21.json#17``
text        ``text`` or ``content``; ``title`` is prepended as   ``title`` + ``content``
            its own paragraph when the text does not start with
            it
published   ``published``, ``date``, ``date_extracted`` (the     ``date_extracted``
            first 10 characters, YYYY-MM-DD)
url         ``url``                                              ``url``
outlet      ``outlet``, ``source``                               ``source`` (e.g. alriyadh)
lang        ``lang`` (``ar``/``en``); else detected              detected (Arabic)
=========== =================================================== ==========================
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

from khabar.errors import InputError
from khabar.ingest.decode import MAX_BYTES, read_article

RecordFormat = Literal["file", "jsonl", "fields", "error"]


@dataclass(frozen=True, slots=True)
class RawRecord:
    """One record as a source yields it, before any decoding.

    ``fmt`` says what ``data``/``fields`` hold: ``file`` the bytes of a text or HTML article,
    ``jsonl`` the bytes of one JSON line, ``fields`` an already parsed JSON object, ``error``
    the reason (UTF-8) why a source could not yield this record.
    ``where`` names the record for people (``corpus.jsonl:17``); ``default_id`` is its id
    when the record carries none.
    """

    where: str
    default_id: str
    fmt: RecordFormat
    data: bytes = b""
    fields: Mapping[str, Any] | None = None
    encoding: str | None = None  # a charset the source declares (HTTP header in a WARC)
    url: str | None = None

    @property
    def size(self) -> int:
        """Rough size in bytes, to keep partitions bounded."""
        if self.fields is not None:
            return sum(len(str(v)) for v in self.fields.values())
        return len(self.data)


@dataclass(frozen=True, slots=True)
class Article:
    """One decoded article, ready for :func:`khabar.extract`."""

    id: str
    text: str
    where: str
    published: date | None = None
    url: str | None = None
    outlet: str | None = None
    lang: str = "auto"
    title: str | None = None


def decode_record(raw: RawRecord, encoding: str | None = None) -> Article:
    """The article a raw record holds, or :class:`InputError` saying why there is none.

    >>> raw = RawRecord("a.jsonl:1", "a-1", "jsonl",
    ...                 '{"id": "x7", "text": "قال الوزير", "published": "2015-08-02"}'.encode())
    >>> art = decode_record(raw)
    >>> art.id, art.text, art.published
    ('x7', 'قال الوزير', datetime.date(2015, 8, 2))
    """
    if raw.fmt == "error":
        raise InputError(raw.data.decode("utf-8", "replace"))
    if raw.fmt == "file":
        article = _from_file(raw, encoding)
    elif raw.fmt == "jsonl":
        article = _from_fields(raw, _parse_json_line(raw))
    else:
        article = _from_fields(raw, raw.fields or {})
    if not article.text.strip():
        raise InputError(f"{raw.where}: empty article (no text)")
    return article


def _from_file(raw: RawRecord, encoding: str | None) -> Article:
    decoded = read_article(raw.data, raw.where, raw.encoding or encoding, MAX_BYTES)
    return Article(
        id=raw.default_id,
        text=decoded.text,
        where=raw.where,
        published=_parse_date(decoded.published, raw.where, strict=False),
        url=raw.url,
        title=decoded.title,
    )


def _parse_json_line(raw: RawRecord) -> Mapping[str, Any]:
    try:
        line = raw.data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{raw.where}: JSONL line is not UTF-8 (byte {raw.data[exc.start]:#04x} "
            f"at offset {exc.start})"
        ) from exc
    try:
        value = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(
            f"{raw.where}: not a JSON record: {exc.msg} at column {exc.colno}"
        ) from exc
    if not isinstance(value, dict):
        raise InputError(
            f"{raw.where}: a JSON record must be an object, not {type(value).__name__}"
        )
    return value


def _from_fields(raw: RawRecord, fields: Mapping[str, Any]) -> Article:
    text = _first_str(fields, "text", "content")
    if text is None:
        raise InputError(f"{raw.where}: record has no 'text' (or 'content') string")
    title = _first_str(fields, "title")
    if title and title.strip() and not text.lstrip().startswith(title.strip()):
        text = f"{title.strip()}\n\n{text}"
    lang = _first_str(fields, "lang")
    return Article(
        id=str(fields.get("id") or raw.default_id),
        text=text,
        where=raw.where,
        published=_parse_date(
            _first_str(fields, "published", "date", "date_extracted"), raw.where, strict=True
        ),
        url=_first_str(fields, "url") or raw.url,
        outlet=_first_str(fields, "outlet", "source"),
        lang=lang if lang in ("ar", "en") else "auto",
        title=title.strip() if title and title.strip() else None,
    )


def _first_str(fields: Mapping[str, Any], *names: str) -> str | None:
    for name in names:
        value = fields.get(name)
        if isinstance(value, str):
            return value
    return None


def _parse_date(value: str | None, where: str, strict: bool) -> date | None:
    """The YYYY-MM-DD date a field starts with; a bad date is an error only when ``strict``."""
    if not value or not value.strip():
        return None
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError as exc:
        if not strict:
            return None
        raise InputError(f"{where}: 'published' is not a YYYY-MM-DD date: {value[:40]!r}") from exc
