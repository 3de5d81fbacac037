"""Writers for ``khabar export --format jsonl|csv|claimreview``: each writes rows as they
come, so an export of any size streams."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from typing import Any, TextIO

from khabar.export._claimreview import Site, claim_review

CSV_FIELDS = (
    "doc",
    "statement",
    "outlet",
    "published",
    "url",
    "speaker_id",
    "speaker",
    "speaker_type",
    "via",
    "cue",
    "kind",
    "stance",
    "date",
    "content",
    "quantities",
    "claim_ids",
)


def write_jsonl(rows: Iterable[dict[str, Any]], out: TextIO) -> int:
    """One JSON object per line; returns how many."""
    n = 0
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
        n += 1
    return n


def csv_row(row: dict[str, Any]) -> dict[str, Any]:
    """A flat CSV row of one export row.

    >>> csv_row({"doc": "d1", "id": "s1", "speaker": {"name": "هاني النجار", "text": "الوزير",
    ...          "type": "person"}, "via": None, "cue": {"text": "قال"}, "kind": "indirect",
    ...          "stance": "assert", "date": None, "content": {"text": "…"},
    ...          "quantities": [{"value": 2000, "text": "ألفي"}], "claim_ids": ["c1"]})["quantities"]
    '2000'
    """
    speaker = row.get("speaker") or {}
    via = row.get("via") or {}
    quantities = [
        str(q["value"] if q.get("value") is not None else q.get("vague")) for q in row["quantities"]
    ]
    return {
        "doc": row["doc"],
        "statement": row["id"],
        "outlet": row.get("outlet"),
        "published": row.get("published"),
        "url": row.get("url"),
        "speaker_id": row.get("speaker_id"),
        "speaker": speaker.get("name") or speaker.get("text"),
        "speaker_type": speaker.get("type"),
        "via": via.get("name") or via.get("text"),
        "cue": row["cue"]["text"],
        "kind": row["kind"],
        "stance": row["stance"],
        "date": row.get("date"),
        "content": row["content"]["text"],
        "quantities": "; ".join(quantities),
        "claim_ids": " ".join(row.get("claim_ids") or []),
    }


def write_csv(rows: Iterable[dict[str, Any]], out: TextIO) -> int:
    """Statements as CSV with a header (UTF-8; open it in a spreadsheet as UTF-8)."""
    writer = csv.DictWriter(out, fieldnames=CSV_FIELDS)
    writer.writeheader()
    n = 0
    for row in rows:
        writer.writerow(csv_row(row))
        n += 1
    return n


def claimreview(clusters: Iterable[dict[str, Any]], site: Site) -> Iterator[dict[str, Any]]:
    """One schema.org ClaimReview per claim cluster (see :mod:`khabar.export._claimreview`)."""
    for cluster in clusters:
        yield claim_review(cluster, site)


def json_array_pieces(items: Iterable[dict[str, Any]]) -> Iterator[str]:
    """A JSON array, one piece per item (the brackets ride with the first and the last), so
    that it can be written or streamed as the items come.

    >>> list(json_array_pieces([{"n": 1}, {"n": 2}]))
    ['[\\n', '{"n": 1}', ',\\n{"n": 2}', '\\n]\\n']
    """
    yield "[\n"
    for n, item in enumerate(items):
        yield (",\n" if n else "") + json.dumps(item, ensure_ascii=False)
    yield "\n]\n"


def write_claimreview(reviews: Iterable[dict[str, Any]], out: TextIO) -> int:
    """ClaimReview objects as one JSON array, written one review at a time; returns how many.

    >>> import io
    >>> buf = io.StringIO()
    >>> write_claimreview([{"@type": "ClaimReview"}], buf), buf.getvalue()
    (1, '[\\n{"@type": "ClaimReview"}\\n]\\n')
    """
    pieces = 0
    for piece in json_array_pieces(reviews):
        out.write(piece)
        pieces += 1
    return pieces - 2
