"""Ingest many sources into a store: one transaction per article, then incremental linking.

An article whose text is already stored is not extracted again (only its new source is
recorded), so an interrupted run simply resumes: what was committed is skipped, what was
not is done now.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from dataclasses import dataclass, field

from khabar.ingest.decode import MAX_BYTES
from khabar.ingest.record import ArticleRecord
from khabar.ingest.sources import Failure, iter_records
from khabar.model import Document
from khabar.store import Store

LINK_EVERY = 200  # link in batches so that a long run shows speakers/claims as it goes


@dataclass(slots=True)
class IngestSummary:
    """What one ingest run did."""

    new: int = 0
    duplicate: int = 0
    statements: int = 0
    failed: list[Failure] = field(default_factory=list)

    def lines(self) -> list[str]:
        """The end-of-run summary for people."""
        out = [
            f"ingested: {self.new} new, {self.duplicate} duplicate, {len(self.failed)} failed; "
            f"{self.statements} statements"
        ]
        out += [f"  failed: {f.origin}: {f.reason}" for f in self.failed]
        return out


def extract_record(record: ArticleRecord) -> Document:
    """Run the extractor on one record (its language and publication day as given)."""
    import khabar

    return khabar.extract(record.text, published=record.published, lang=record.lang or "auto")


def ingest_record(store: Store, record: ArticleRecord, summary: IngestSummary) -> None:
    """Extract and store one record (skipping extraction when its text is already stored)."""
    probe = Document(text=record.text)
    if store.has_hash(probe.sha256):
        store.add_document(record, probe)  # adds the source if it is a new one
        summary.duplicate += 1
        return
    doc = extract_record(record)
    _, is_new = store.add_document(record, doc)
    if is_new:
        summary.new += 1
        summary.statements += len(doc.statements)
    else:
        summary.duplicate += 1


def ingest_sources(
    sources: Iterable[str],
    store: Store,
    *,
    encoding: str | None = None,
    max_bytes: int = MAX_BYTES,
    quiet: bool = False,
    link: bool = True,
) -> IngestSummary:
    """Ingest every SOURCE (see :func:`khabar.ingest.sources.iter_records`) into ``store``."""
    from tqdm import tqdm

    summary = IngestSummary()
    show = not quiet and sys.stderr.isatty()
    bar = tqdm(desc="ingest", unit="article", disable=not show, file=sys.stderr, dynamic_ncols=True)
    try:
        for source in sources:
            for item in iter_records(source, encoding, max_bytes):
                _one(store, item, summary)
                bar.update(1)
                bar.set_postfix(new=summary.new, dup=summary.duplicate, failed=len(summary.failed))
                if link and summary.new and summary.new % LINK_EVERY == 0:
                    store.link_new()
    finally:
        bar.close()
    if link:
        store.link_new()
    return summary


def _one(store: Store, item: ArticleRecord | Failure, summary: IngestSummary) -> None:
    if isinstance(item, Failure):
        summary.failed.append(item)
        return
    try:
        ingest_record(store, item, summary)
    except (ValueError, RuntimeError, IndexError, KeyError, TypeError, AttributeError) as exc:
        # one article the extractor cannot handle must not stop a run of thousands
        summary.failed.append(Failure(item.origin or item.key, f"extraction failed: {exc!r}"))
