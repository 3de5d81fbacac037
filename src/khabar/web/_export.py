"""``GET /api/export``: the CLI's exports (:mod:`khabar.export`) as HTTP responses.

JSONL and CSV are streamed a batch of statements at a time, ClaimReview (one JSON-LD
array, one review per claim cluster) a review at a time; everything is written by the same
writers as ``khabar export``, so the API and the CLI cannot drift apart.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from typing import Literal, TextIO

from khabar.export import Site, claimreview, json_array_pieces, write_csv, write_jsonl
from khabar.web._source import LedgerSource, Query, Row

ExportFormat = Literal["jsonl", "csv", "claimreview"]

MEDIA_TYPES: dict[ExportFormat, str] = {
    "jsonl": "application/x-ndjson",
    "csv": "text/csv; charset=utf-8",
    "claimreview": "application/ld+json",
}
FILE_NAMES: dict[ExportFormat, str] = {
    "jsonl": "khabar-statements.jsonl",
    "csv": "khabar-statements.csv",
    "claimreview": "khabar-claimreview.jsonld",
}
BATCH = 500  # statements written per streamed chunk
BOM = "\ufeff"  # lets Excel open a UTF-8 CSV as UTF-8 (Arabic intact)

Writer = Callable[[Iterable[Row], TextIO], int]


def batches(rows: Iterable[Row], size: int = BATCH) -> Iterator[list[Row]]:
    """``rows`` in lists of ``size`` (the last one shorter).

    >>> [len(b) for b in batches(({"n": i} for i in range(5)), 2)]
    [2, 2, 1]
    """
    it = iter(rows)
    while batch := list(islice(it, size)):
        yield batch


def written(writer: Writer, rows: Iterable[Row]) -> str:
    """What ``writer`` writes for ``rows``, as a string.

    >>> written(write_jsonl, [{"speaker": "هاني"}])
    '{"speaker": "هاني"}\\n'
    """
    out = io.StringIO(newline="")
    writer(rows, out)
    return out.getvalue()


def jsonl_chunks(rows: Iterable[Row], size: int = BATCH) -> Iterator[str]:
    """JSON Lines, one chunk per batch of statements."""
    for batch in batches(rows, size):
        yield written(write_jsonl, batch)


def csv_chunks(rows: Iterable[Row], bom: bool = False, size: int = BATCH) -> Iterator[str]:
    """CSV, one chunk per batch: the header (after a BOM if asked) once, then rows.

    ``write_csv`` writes its header on every call, so each later batch drops it.

    >>> "".join(csv_chunks([], bom=True)).startswith(BOM + "doc,statement,outlet")
    True
    """
    header = written(write_csv, [])
    yield (BOM if bom else "") + header
    for batch in batches(rows, size):
        yield written(write_csv, batch)[len(header) :]


def claimreview_chunks(source: LedgerSource, query: Query, site: Site) -> Iterator[str]:
    """The ClaimReview JSON-LD array for the claim clusters whose statements match
    ``query``, a review per chunk (clusters are read from the store a batch at a time).

    >>> from khabar.web._source import EmptyLedger
    >>> "".join(claimreview_chunks(EmptyLedger(), Query(), Site()))
    '[\\n\\n]\\n'
    """
    return json_array_pieces(claimreview(source.export_claims(query), site))


def content_disposition(fmt: ExportFormat) -> str:
    """The download header naming the file.

    >>> content_disposition("csv")
    'attachment; filename="khabar-statements.csv"'
    """
    return f'attachment; filename="{FILE_NAMES[fmt]}"'
