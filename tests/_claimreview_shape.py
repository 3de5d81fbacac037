"""What a ClaimReview export must look like: schema.org types and ranges, Google's
fact-check markup's required and recommended properties (bar ``reviewRating``: khabar gives
no verdict), ISO dates and absolute URLs.

Sources: schema.org/ClaimReview, /Claim, /Quotation (property ranges); Google Search Central
"Fact check (ClaimReview) structured data" (required: claimReviewed, reviewRating, url;
recommended: author, datePublished, itemReviewed, and on the Claim: author, appearance,
datePublished, firstAppearance).
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit

from khabar.model import STANCES

ORGANIZATIONS = ("Organization", "GovernmentOrganization", "NewsMediaOrganization")
AGENTS = ("Person", *ORGANIZATIONS)
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

# type -> property -> (expected, required); expected is a type tuple or a literal kind
SHAPES: dict[str, dict[str, tuple[Any, bool]]] = {
    "ClaimReview": {
        "claimReviewed": ("Text", True),
        "url": ("URL", True),
        "author": (ORGANIZATIONS, True),
        "datePublished": ("Date", True),
        "reviewBody": ("Text", True),
        "itemReviewed": (("Claim",), True),
    },
    "Claim": {
        "text": ("Text", True),
        "author": (AGENTS, False),
        "datePublished": ("Date", True),
        "firstAppearance": (("CreativeWork",), True),
        "appearance": (("CreativeWork",), True),
    },
    "CreativeWork": {
        "url": ("URL", True),
        "datePublished": ("Date", False),
        "publisher": (ORGANIZATIONS, False),
        "hasPart": (("Quotation",), False),
    },
    "Quotation": {
        "text": ("Text", True),
        "identifier": ("Text", True),
        "spokenByCharacter": (AGENTS, True),
        "dateCreated": ("Date", False),
        "khabar:stance": ("Stance", True),
    },
    **{agent: {"name": ("Text", True), "alternateName": ("Text", False)} for agent in AGENTS},
}
FORBIDDEN = {"ClaimReview": ("reviewRating",)}  # we rate no claim true or false


def problems(node: Any, expected: Any, where: str) -> list[str]:
    """What is wrong with ``node`` (or each item of a list) as a value of ``expected``."""
    if isinstance(node, list):
        if not node:
            return [f"{where}: empty list"]
        return [p for i, item in enumerate(node) for p in problems(item, expected, f"{where}[{i}]")]
    if isinstance(expected, str):
        return _literal(node, expected, where)
    if not isinstance(node, dict) or node.get("@type") not in expected:
        return [f"{where}: expected a node of type {'/'.join(expected)}, got {node!r}"]
    kind = node["@type"]
    out = [
        f"{where}: {kind} must not have {prop}" for prop in FORBIDDEN.get(kind, ()) if prop in node
    ]
    for prop, (types, required) in SHAPES[kind].items():
        if prop in node:
            out += problems(node[prop], types, f"{where}.{prop}")
        elif required:
            out.append(f"{where}: {kind} lacks {prop}")
    return out


def _literal(value: Any, kind: str, where: str) -> list[str]:
    ok = isinstance(value, str) and value.strip() != ""
    if ok and kind == "URL":
        parts = urlsplit(value)
        ok = parts.scheme in ("http", "https") and bool(parts.netloc)
    elif ok and kind == "Date":
        ok = bool(ISO_DATE.match(value))
    elif ok and kind == "Stance":
        ok = value in STANCES
    return [] if ok else [f"{where}: {value!r} is not a {kind}"]


def review_problems(review: Any) -> list[str]:
    """Everything wrong with one exported ClaimReview."""
    out = problems(review, ("ClaimReview",), "review")
    context = review.get("@context") if isinstance(review, dict) else None
    if not (isinstance(context, list) and context[:1] == ["https://schema.org"]):
        out.append(f"review: @context must start with https://schema.org, got {context!r}")
    return out
