"""One article as it arrives from any source, before extraction."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(slots=True)
class ArticleRecord:
    """An article to ingest: its text and what the source said about it.

    ``key`` names the document in every ledger view: the JSONL record ``id``, or the file
    name without its extension. ``origin`` says where this copy came from (a path, a URL,
    ``path#line``); the same text seen at two origins is one document with two sources.

    >>> ArticleRecord("flood-01", "قال المحافظ إن المياه انحسرت.").lang is None
    True
    """

    key: str
    text: str
    published: date | None = None
    url: str | None = None
    outlet: str | None = None
    lang: str | None = None  # None: detect from the text
    title: str | None = None
    origin: str = ""
