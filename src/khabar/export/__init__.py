"""Exports of the ledger: JSONL (the scoring contract), CSV, ClaimReview JSON-LD.

The statements and claim clusters to export are chosen by a :class:`Query` (the filters of
the search page and the API) and read from the store a batch at a time.
"""

from khabar.export._claimreview import Site, claim_review
from khabar.export._clusters import claim_clusters
from khabar.export._select import Query, iter_statements
from khabar.export._writers import (
    CSV_FIELDS,
    claimreview,
    json_array_pieces,
    write_claimreview,
    write_csv,
    write_jsonl,
)

__all__ = [
    "CSV_FIELDS",
    "Query",
    "Site",
    "claim_clusters",
    "claim_review",
    "claimreview",
    "iter_statements",
    "json_array_pieces",
    "write_claimreview",
    "write_csv",
    "write_jsonl",
]
