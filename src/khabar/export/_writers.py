"""Writers for ``khabar export --format jsonl|csv|claimreview``."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import Any, TextIO

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

# how each stance reads as a ClaimReview rating (what the speaker did with the claim)
STANCE_RATINGS = {
    "assert": "Asserted",
    "confirm": "Confirmed",
    "deny": "Denied",
    "cannot_confirm": "Cannot confirm",
    "unverified": "Not independently verified",
    "investigating": "Under investigation",
    "hedged": "Hedged",
    "conditional": "Conditional",
    "declined_to_comment": "Declined to comment",
}


def write_jsonl(rows: Iterable[dict[str, Any]], out: TextIO) -> int:
    """One JSON object per line; returns how many."""
    n = 0
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
        n += 1
    return n


def csv_row(row: dict[str, Any]) -> dict[str, Any]:
    """A flat CSV row of one export row.

    >>> csv_row({"doc": "d1", "id": "s1", "speaker": {"name": "سامي الحداد", "text": "الوزير",
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


def claimreview(claims: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """schema.org ClaimReview objects: one per claim cluster and statement in it.

    Each review records what one speaker did with the claim (asserted, denied, could not
    confirm…), in which outlet and when; khabar rates stances, not truth.
    """
    out: list[dict[str, Any]] = []
    for claim in claims:
        for st in claim["statements"]:
            review: dict[str, Any] = {
                "@context": "https://schema.org",
                "@type": "ClaimReview",
                "identifier": f"{claim['id']}/{st['doc']}/{st['statement']}",
                "claimReviewed": st["content"],
                "author": {"@type": "Organization", "name": "khabar ledger"},
                "reviewRating": {
                    "@type": "Rating",
                    "alternateName": STANCE_RATINGS.get(st["stance"], st["stance"]),
                },
                "itemReviewed": {
                    "@type": "Claim",
                    "author": {"@type": "Thing", "name": st.get("speaker") or "unknown"},
                    "appearance": {
                        "@type": "CreativeWork",
                        "identifier": st["doc"],
                        "publisher": {"@type": "Organization", "name": st.get("outlet") or ""},
                    },
                },
            }
            if st.get("date"):
                review["itemReviewed"]["datePublished"] = st["date"]
            out.append(review)
    return out
