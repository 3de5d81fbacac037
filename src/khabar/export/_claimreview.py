"""schema.org ``ClaimReview`` JSON-LD for one claim cluster of the ledger.

khabar does not rate claims true or false: it records who asserted a claim, who denied
it and who could not confirm it. So a review here has no ``reviewRating`` (schema.org and
Google's fact-check markup use it for a verdict, which we do not have); the stance mix is
given as text (``reviewBody``), as a map ``khabar:stanceMix`` and, statement by statement,
as ``Quotation`` parts of each article in which the claim appears (``khabar:stance``).
``docs/export.md`` describes every property.

>>> site = Site("https://ledger.example.org")
>>> review = claim_review(
...     {"id": "c1", "label": "عدد الجنود بلغ 12 ألف جندي", "statements": [
...         {"doc": "ar-1", "statement": "s1", "content": "عدد الجنود بلغ 12 ألف جندي",
...          "stance": "assert", "date": "2024-10-18",
...          "speaker": {"id": "sp1", "name": "فيرجيل بيلوني", "type": "person",
...                      "aliases": ["Virgil Belloni"]},
...          "document": {"id": "ar-1", "url": None, "published": "2024-10-19",
...                       "outlet": "الشرق", "lang": "ar", "title": None}}]},
...     site)
>>> review["itemReviewed"]["author"]
[{'@type': 'Person', 'name': 'فيرجيل بيلوني', 'alternateName': ['Virgil Belloni'], 'identifier': 'sp1'}]
>>> review["itemReviewed"]["appearance"][0]["url"]
'https://ledger.example.org/documents/ar-1'
>>> review["reviewBody"]
'Asserted by فيرجيل بيلوني.'
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, urlsplit

from khabar.errors import InputError

Row = dict[str, Any]

SCHEMA_ORG = "https://schema.org"
# khabar's own terms (the stances) in a namespace of their own, so JSON-LD tools keep them
# apart from schema.org's
KHABAR_VOCAB = "urn:khabar:vocab:"
CONTEXT: list[Any] = [SCHEMA_ORG, {"khabar": KHABAR_VOCAB}]

# schema.org type of each ledger speaker type; Claim.author and Quotation.spokenByCharacter
# take a Person or an Organization, so the speakers of unknown kind are given as a Person
# with a description saying what khabar knows
AGENT_TYPES = {
    "person": "Person",
    "organisation": "Organization",
    "government": "GovernmentOrganization",
    "outlet": "NewsMediaOrganization",
    "anonymous": "Person",
    "account": "Person",
    "unknown": "Person",
}
AGENT_DESCRIPTIONS = {
    "anonymous": "anonymous source",
    "account": "social media account",
    "unknown": "speaker of unknown kind",
}
# stances whose speaker puts the claim forward: they are the Claim's authors
AUTHOR_STANCES = ("assert", "confirm", "hedged", "conditional")
# how each stance reads in the review's text, in this order
STANCE_PHRASES = {
    "assert": "asserted by",
    "confirm": "confirmed by",
    "hedged": "put with reservations by",
    "conditional": "put conditionally by",
    "deny": "denied by",
    "cannot_confirm": "could not be confirmed by",
    "unverified": "not independently verified by",
    "investigating": "under investigation by",
    "declined_to_comment": "no comment from",
}


@dataclass(frozen=True, slots=True)
class Site:
    """Where the ledger's own pages are (``khabar serve``): the review's ``url`` is the
    claim page, and an article stored without a URL appears by its document page."""

    base_url: str = "http://127.0.0.1:8000"
    publisher: str = "khabar"

    def __post_init__(self) -> None:
        parts = urlsplit(self.base_url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise InputError(f"{self.base_url!r}: the base URL must be absolute http(s)")

    def page(self, kind: str, key: str) -> str:
        """The absolute URL of one ledger page.

        >>> Site("https://ledger.example.org/").page("documents", "تقرير 1")
        'https://ledger.example.org/documents/%D8%AA%D9%82%D8%B1%D9%8A%D8%B1%201'
        """
        return f"{self.base_url.rstrip('/')}/{kind}/{quote(key, safe='')}"


def claim_review(cluster: Row, site: Site) -> Row:
    """One ``ClaimReview`` for a claim cluster (the rows of
    :func:`khabar.export._clusters.claim_clusters`)."""
    statements = sorted(cluster["statements"], key=_chronological)
    days = [d for d in (_day(s) for s in statements) if d]
    text = cluster.get("label") or statements[0]["content"]
    appearances = _appearances(statements, site)
    claim: Row = {"@type": "Claim", "text": text}
    authors = _unique(
        _agent(s["speaker"])
        for s in statements
        if s["stance"] in AUTHOR_STANCES and s.get("speaker")
    )
    if authors:
        claim["author"] = authors
    if days:
        claim["datePublished"] = days[0]
    claim["firstAppearance"] = {"@type": "CreativeWork", "url": appearances[0]["url"]}
    claim["appearance"] = appearances
    mix = stance_mix(statements)
    review: Row = {
        "@context": CONTEXT,
        "@type": "ClaimReview",
        "url": site.page("claims", cluster["id"]),
        "identifier": cluster["id"],
        "claimReviewed": text,
        "author": {"@type": "Organization", "name": site.publisher, "url": site.base_url},
        "reviewBody": review_body(mix),
        "khabar:stanceMix": mix,
        "itemReviewed": claim,
    }
    if days:
        review["datePublished"] = days[-1]
        review["temporalCoverage"] = f"{days[0]}/{days[-1]}"
    return review


def stance_mix(statements: list[Row]) -> dict[str, list[str]]:
    """Who took which stance on the claim, stances in :data:`STANCE_PHRASES` order.

    >>> stance_mix([{"stance": "deny", "speaker": {"name": "وزارة الدفاع"}},
    ...             {"stance": "assert", "speaker": None}])
    {'assert': ['unnamed speaker'], 'deny': ['وزارة الدفاع']}
    """
    mix: dict[str, list[str]] = {}
    for s in statements:
        who = (s.get("speaker") or {}).get("name") or "unnamed speaker"
        names = mix.setdefault(s["stance"], [])
        if who not in names:
            names.append(who)
    order = list(STANCE_PHRASES)
    return dict(sorted(mix.items(), key=lambda kv: order.index(kv[0]) if kv[0] in order else 99))


def review_body(mix: dict[str, list[str]]) -> str:
    """The stance mix as one English sentence (names as written).

    >>> review_body({"assert": ["Virgil Belloni"], "unverified": ["Kestrel"]})
    'Asserted by Virgil Belloni; not independently verified by Kestrel.'
    """
    parts = [
        f"{STANCE_PHRASES.get(stance, stance)} {', '.join(names)}" for stance, names in mix.items()
    ]
    sentence = "; ".join(parts)
    return sentence[:1].upper() + sentence[1:] + "."


def _chronological(s: Row) -> tuple[str, str, str]:
    return (_day(s) or "9999-12-31", s["doc"], s["statement"])


def _day(s: Row) -> str | None:
    """The day a statement was made: its own date, else its article's publication day."""
    day: str | None = s.get("date") or s["document"].get("published")
    return day


def _agent(speaker: Row | None) -> Row:
    """A schema.org Person or Organization for a ledger speaker."""
    if not speaker:
        return {"@type": "Person", "name": "unnamed speaker", "description": "speaker not named"}
    kind = speaker.get("type") or "unknown"
    node: Row = {"@type": AGENT_TYPES.get(kind, "Person"), "name": speaker["name"]}
    if speaker.get("aliases"):
        node["alternateName"] = list(speaker["aliases"])
    if speaker.get("id"):
        node["identifier"] = speaker["id"]
    if kind in AGENT_DESCRIPTIONS or kind not in AGENT_TYPES:
        node["description"] = AGENT_DESCRIPTIONS.get(kind, "speaker of unknown kind")
    return node


def _unique(nodes: Any) -> list[Row]:
    """``nodes`` without repeats (same identifier, or same type and name), in order."""
    seen: set[tuple[str, str]] = set()
    out = []
    for node in nodes:
        key = (node.get("identifier") or node["@type"], node["name"])
        if key not in seen:
            seen.add(key)
            out.append(node)
    return out


def _appearances(statements: list[Row], site: Site) -> list[Row]:
    """One CreativeWork per article carrying the claim, in order of first statement, each
    with its statements as Quotation parts."""
    works: dict[str, Row] = {}
    for s in statements:
        doc = s["document"]
        work = works.get(doc["id"])
        if work is None:
            work = works[doc["id"]] = _work(doc, site)
        work["hasPart"].append(_quotation(s))
    return list(works.values())


def _work(doc: Row, site: Site) -> Row:
    """An article as a schema.org CreativeWork; its own URL if it has an absolute http(s)
    one, else its page in the ledger."""
    url = doc.get("url")
    if not (url and urlsplit(url).scheme in ("http", "https") and urlsplit(url).netloc):
        url = site.page("documents", doc["id"])
    work: Row = {"@type": "CreativeWork", "url": url, "identifier": doc["id"]}
    if doc.get("title"):
        work["headline"] = doc["title"]
    if doc.get("published"):
        work["datePublished"] = doc["published"]
    if doc.get("lang"):
        work["inLanguage"] = doc["lang"]
    if doc.get("outlet"):
        work["publisher"] = {"@type": "Organization", "name": doc["outlet"]}
    work["hasPart"] = []
    return work


def _quotation(s: Row) -> Row:
    """One statement as a schema.org Quotation, with the speaker's stance."""
    quote_: Row = {
        "@type": "Quotation",
        "identifier": f"{s['doc']}/{s['statement']}",
        "text": s["content"],
        "spokenByCharacter": _agent(s.get("speaker")),
        "khabar:stance": s["stance"],
    }
    if s.get("date"):
        quote_["dateCreated"] = s["date"]
    return quote_
