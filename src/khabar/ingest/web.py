"""Records from a URL: an article page, or a feed whose entries are articles."""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import urlsplit

from khabar.errors import KhabarError
from khabar.ingest.decode import read_article
from khabar.ingest.fetch import FetchPolicy, fetch
from khabar.ingest.record import ArticleRecord
from khabar.ingest.sources import Failure, Item, parse_day

FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/xml", "text/xml")


def url_records(url: str, max_bytes: int, policy: FetchPolicy | None = None) -> Iterator[Item]:
    """Fetch ``url`` safely; a feed yields its entries, a page yields itself."""
    policy = policy or FetchPolicy(max_bytes=max_bytes)
    try:
        page = fetch(url, policy)
    except KhabarError as exc:
        yield Failure(url, str(exc))
        return
    if page.content_type.split(";")[0].strip().lower() in FEED_TYPES or _looks_like_feed(page.body):
        from khabar.ingest.feeds import feed_records

        yield from feed_records(page.body, page.url, max_bytes=max_bytes, policy=policy)
        return
    yield page_record(page.body, page.url, max_bytes)


def _looks_like_feed(body: bytes) -> bool:
    head = body[:512].lstrip().lower()
    return head.startswith(b"<?xml") and (b"<rss" in body[:2048] or b"<feed" in body[:2048])


def page_record(body: bytes, url: str, max_bytes: int, key: str | None = None) -> Item:
    """One fetched page as a record named after the last part of its path."""
    try:
        decoded = read_article(body, url, None, max_bytes)
    except KhabarError as exc:
        return Failure(url, str(exc))
    if not decoded.text.strip():
        return Failure(url, "empty: no text in the page")
    return ArticleRecord(
        key=key or url_key(url),
        text=decoded.text,
        published=parse_day(decoded.published),
        url=url,
        outlet=urlsplit(url).hostname,
        title=decoded.title,
        origin=url,
    )


def url_key(url: str) -> str:
    """A document name for a URL: its last path part without extension, else the host.

    >>> url_key("https://news.example/2024/10/flood-report.html")
    'flood-report'
    """
    parts = urlsplit(url)
    last = parts.path.rstrip("/").rsplit("/", 1)[-1]
    return last.split(".")[0] or parts.hostname or url
