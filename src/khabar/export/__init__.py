"""Exports of the ledger: JSONL (the scoring contract), CSV, ClaimReview JSON-LD."""

from khabar.export._writers import CSV_FIELDS, claimreview, write_csv, write_jsonl

__all__ = ["CSV_FIELDS", "claimreview", "write_csv", "write_jsonl"]
