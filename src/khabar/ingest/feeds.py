"""Records from an RSS or Atom feed (feedparser).

An entry with a substantial body (``content`` or a long ``summary``) is ingested as it is;
otherwise its link is fetched safely and the page's main text is used.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from khabar.errors import KhabarError
from khabar.ingest.record import ArticleRecord
from khabar.ingest.sources import Failure, Item, parse_day

MIN_BODY_CHARS = 400  # a shorter summary is a teaser: fetch the article itself


def feed_records(data: bytes, origin: str, max_bytes: int, policy: Any = None) -> Iterator[Item]:
    """Each entry of the feed in ``data`` as a record (or a failure)."""
    import feedparser

    parsed = feedparser.parse(data)
    if not parsed.entries:
        reason = "not an RSS/Atom feed" if parsed.get("bozo") else "a feed with no entries"
        yield Failure(origin, reason)
        return
    outlet = parsed.feed.get("title")
    for number, entry in enumerate(parsed.entries, 1):
        yield _entry_record(entry, f"{origin}#{number}", outlet, max_bytes, policy)


def _entry_record(entry: Any, origin: str, outlet: str | None, max_bytes: int, policy: Any) -> Item:
    link = entry.get("link")
    body = _entry_body(entry)
    published = parse_day(entry.get("published") or entry.get("updated"))
    if published is None and entry.get("published_parsed"):
        y, m, d = entry.published_parsed[:3]
        published = parse_day(f"{y:04d}-{m:02d}-{d:02d}")
    key = str(entry.get("id") or link or origin)
    if len(body) < MIN_BODY_CHARS and link:
        from khabar.ingest.fetch import FetchPolicy, fetch
        from khabar.ingest.web import page_record

        try:
            page = fetch(link, policy or FetchPolicy(max_bytes=max_bytes))
        except KhabarError as exc:
            return Failure(origin, str(exc))
        item = page_record(page.body, page.url, max_bytes)
        if isinstance(item, ArticleRecord):
            item.published = item.published or published
            item.outlet = outlet or item.outlet
        return item
    if not body.strip():
        return Failure(origin, "empty: the entry has no text and no link")
    title = entry.get("title")
    text = f"{title}\n\n{body}" if title and not body.startswith(title) else body
    return ArticleRecord(
        key, text, published, url=link, outlet=outlet, title=title, origin=link or origin
    )


def _entry_body(entry: Any) -> str:
    from khabar.ingest.decode import html_to_text, looks_like_html

    contents = [c.get("value", "") for c in entry.get("content", [])]
    raw = max(contents, key=len) if contents else entry.get("summary", "")
    if not raw:
        return ""
    return html_to_text(raw).text if looks_like_html(raw) or "<" in raw else str(raw)
