"""What runs on a Dask worker: one partition in, its documents and failures out.

Tasks are pure: they read nothing but their partition and write nothing, so when Dask runs
one again (its worker died) nothing is duplicated; only the client records results. The
pipeline is built once per worker process (:func:`khabar.load_pipeline` is cached, and
:class:`WarmPipeline` builds it when the worker starts), never once per article.
"""

from __future__ import annotations

import os
import socket
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from khabar.batch._partition import Partition
from khabar.batch._records import Article, RawRecord, decode_record
from khabar.errors import InputError
from khabar.model import Document


@dataclass(frozen=True, slots=True)
class Failure:
    """A record that could not be extracted, and why."""

    id: str
    where: str
    reason: str

    def to_dict(self) -> dict[str, str]:
        return {"id": self.id, "where": self.where, "reason": self.reason}


@dataclass(slots=True)
class Extracted:
    """One extracted article: its record metadata and the document with its statements.

    ``vectors`` holds each statement's raw e5 vector as the store keeps it
    (:func:`khabar.ledger.vectors.pack`) when the worker embedded them, else nothing;
    ``content_vectors`` the same for the contents alone.
    """

    article: Article
    document: Document
    vectors: list[bytes] = field(default_factory=list)  # packed e5 vector per statement
    content_vectors: list[bytes] = field(default_factory=list)  # of the contents alone

    def to_dict(self) -> dict[str, Any]:
        """A shard line: the SPEC §1 object plus the record's id, place, url and outlet.

        >>> from datetime import date
        >>> from khabar.model import Document
        >>> art = Article("n1", "قال", "a.jsonl:1", date(2015, 8, 2), None, "okaz", "ar")
        >>> line = Extracted(art, Document("قال", "ar", date(2015, 8, 2))).to_dict()
        >>> line["id"], line["outlet"], line["doc"]["published"], line["statements"]
        ('n1', 'okaz', '2015-08-02', [])
        """
        from khabar.model import document_to_dict

        art = self.article
        line: dict[str, Any] = {
            "id": art.id,
            "where": art.where,
            "url": art.url,
            "outlet": art.outlet,
            "published": art.published.isoformat() if art.published else None,
        }
        line.update(document_to_dict(self.document))
        return line


@dataclass(slots=True)
class PartitionResult:
    """Everything a worker found in one partition.

    ``extracted`` is empty when the worker wrote the documents into the store itself
    (``stored_by_worker``); ``documents`` and ``statements`` count them either way.
    """

    key: str
    fingerprint: str
    extracted: list[Extracted] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    documents: int = 0
    statements: int = 0
    seconds: float = 0.0
    cpu_seconds: float = 0.0  # CPU time of the worker process on this partition
    worker: str = ""
    stored_by_worker: bool = False

    @property
    def records(self) -> int:
        return self.documents + len(self.failures)


def extract_partition(
    partition: Partition,
    encoding: str | None = None,
    store_url: str | None = None,
    embed: bool = False,
) -> PartitionResult:
    """Decode and extract every record of a partition; a bad record becomes a failure.

    With ``embed`` the worker also computes the statement vectors that linking needs
    (:func:`embed_statements`), so the client does not embed them one document at a time.
    With ``store_url`` the worker writes the documents into that store itself, in one
    transaction (PostgreSQL: many writers scale, and the store keeps one document per text,
    so a task that Dask runs twice stores nothing twice) and returns only the counts.

    >>> from khabar.batch._records import RawRecord
    >>> good = RawRecord("a.txt", "a", "file", "قال الوزير إن المحادثات مستمرة".encode())
    >>> empty = RawRecord("b.txt", "b", "file", b"  ")
    >>> result = extract_partition(Partition("p-00000", (good, empty)))
    >>> [e.article.id for e in result.extracted], [f.reason for f in result.failures]
    (['a'], ['b.txt: empty article (no text)'])
    """
    started, cpu_started = time.perf_counter(), time.process_time()
    result = PartitionResult(partition.key, partition.fingerprint, worker=_worker_name())
    for raw in partition.records:
        outcome = extract_record(raw, encoding)
        if isinstance(outcome, Failure):
            result.failures.append(outcome)
        else:
            result.extracted.append(outcome)
            result.documents += 1
            result.statements += len(outcome.document.statements)
    if embed:
        embed_statements(result.extracted)
    if store_url is not None:
        from khabar.batch._store_sink import worker_store, write_partition

        write_partition(worker_store(store_url), result.extracted)
        result.extracted, result.stored_by_worker = [], True
    result.seconds = time.perf_counter() - started
    result.cpu_seconds = time.process_time() - cpu_started
    return result


def embed_statements(extracted: Sequence[Extracted]) -> None:
    """Set each article's ``vectors``: its statements embedded in one batch per partition.

    >>> from khabar.model import Document
    >>> art = Article("n1", "لا تصريح هنا", "a.jsonl:1", None, None, None, "ar")
    >>> done = [Extracted(art, Document("لا تصريح هنا", "ar"))]
    >>> embed_statements(done)
    >>> done[0].vectors
    []
    """
    from khabar.ledger.claims import claim_content, claim_context
    from khabar.ledger.vectors import embed, pack

    statements = [(item, st) for item in extracted for st in item.document.statements]
    texts = [
        claim_context(it.document.text, st.content.start, st.content.end) for it, st in statements
    ]
    texts += [claim_content(st.content.text) for _, st in statements]
    rows = iter(embed(texts))
    for item in extracted:
        item.vectors = [pack(next(rows)) for _ in item.document.statements]
    for item in extracted:
        item.content_vectors = [pack(next(rows)) for _ in item.document.statements]


def extract_record(raw: RawRecord, encoding: str | None = None) -> Extracted | Failure:
    """One record through decoding and the default pipeline."""
    import khabar

    try:
        article = decode_record(raw, encoding)
        document = khabar.extract(article.text, published=article.published, lang=article.lang)
    except InputError as exc:
        return Failure(raw.default_id, raw.where, str(exc))
    except Exception as exc:  # a bug on one article must not stop a run of millions
        return Failure(raw.default_id, raw.where, f"extraction failed: {type(exc).__name__}: {exc}")
    return Extracted(article, _slim(document))


def _slim(doc: Document) -> Document:
    """The document without the pipeline's working data, to keep results small on the wire."""
    return Document(
        text=doc.text,
        lang=doc.lang,
        published=doc.published,
        statements=doc.statements,
        warnings=doc.warnings,
    )


def _worker_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


def warm_pipeline() -> int:
    """Build this process's pipeline now (not with its first article); returns the pid."""
    import khabar

    khabar.load_pipeline()
    return os.getpid()
