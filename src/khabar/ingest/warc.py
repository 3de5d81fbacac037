"""Records from a WARC file (warcio): every HTML or text response is an article."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from khabar.ingest.sources import Failure, Item

TEXT_TYPES = ("text/html", "application/xhtml+xml", "text/plain")


def warc_records(path: Path, max_bytes: int) -> Iterator[Item]:
    """Each ``response`` record with an HTML or text body, named after its URL."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    from khabar.ingest.web import page_record

    with open(path, "rb") as fh:
        try:
            for number, rec in enumerate(ArchiveIterator(fh), 1):
                if rec.rec_type != "response" or rec.http_headers is None:
                    continue
                ctype = (rec.http_headers.get_header("Content-Type") or "").lower()
                if not ctype.startswith(TEXT_TYPES):
                    continue
                url = rec.rec_headers.get_header("WARC-Target-URI") or f"{path}#{number}"
                body = rec.content_stream().read(max_bytes + 1)
                yield page_record(body, url, max_bytes)
        except ArchiveLoadFailed as exc:
            yield Failure(str(path), f"not a readable WARC file: {exc}")
