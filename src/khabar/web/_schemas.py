"""Pydantic models of the REST API: they drive validation and the OpenAPI schema.

The statement model is the SPEC §1 object; documents, speakers, claims and figure
series carry stable ids (the ingest ``id`` of a document, the ledger's speaker and
claim ids), so a client can link them.
"""

from __future__ import annotations

from datetime import date
from typing import Generic, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, field_validator

Stance = Literal[
    "assert",
    "confirm",
    "deny",
    "cannot_confirm",
    "unverified",
    "investigating",
    "hedged",
    "conditional",
    "declined_to_comment",
]
Kind = Literal["direct", "indirect", "mixed", "social_post"]
Lang = Literal["ar", "en"]

T = TypeVar("T")


class _Model(BaseModel):
    model_config = ConfigDict(extra="ignore")


class SpanOut(_Model):
    text: str
    start: int
    end: int


class CueOut(SpanOut):
    lemma: str


class SpeakerRef(_Model):
    text: str
    start: int | None
    end: int | None
    name: str | None
    type: str
    resolved_from: str | None


class QuantityOut(SpanOut):
    value: float | int | None
    unit: str | None
    vague: str | None
    approx: str | None = None


class StatementOut(_Model):
    """One statement, as in SPEC §1."""

    id: str
    speaker: SpeakerRef | None
    via: SpeakerRef | None
    cue: CueOut
    content: SpanOut
    kind: Kind
    stance: Stance
    date: date | None
    date_text: str | None
    quantities: list[QuantityOut]
    handle: str | None
    sentence: int


class DocMeta(_Model):
    lang: str
    published: date | None
    sha256: str
    chars: int


class ExtractOut(_Model):
    """The SPEC §1 output of one article."""

    doc: DocMeta
    statements: list[StatementOut]
    warnings: list[str] = Field(default_factory=list)


class LedgerStatement(StatementOut):
    """A stored statement with its document's metadata and its ledger links."""

    doc: str
    outlet: str | None = None
    published: date | None = None
    url: str | None = None
    lang: str | None = None
    speaker_id: str | None = None
    claim_ids: list[str] = Field(default_factory=list)


class DocumentSummary(_Model):
    id: str
    title: str | None = None
    lang: str
    published: date | None = None
    outlet: str | None = None
    url: str | None = None
    sha256: str
    chars: int
    statement_count: int


class DocumentDetail(DocumentSummary):
    text: str
    statements: list[LedgerStatement]


class SpeakerSummary(_Model):
    id: str
    name: str
    type: str
    aliases: list[str]
    statement_count: int
    outlets: list[str] = Field(default_factory=list)
    langs: list[str] = Field(default_factory=list)


class SpeakerDetail(SpeakerSummary):
    statements: list[LedgerStatement]


class ClaimSummary(_Model):
    id: str
    text: str
    first_seen: date | None
    last_seen: date | None
    statement_count: int
    stances: dict[str, int]
    speakers: list[str] = Field(default_factory=list)
    outlets: list[str] = Field(default_factory=list)


class ClaimDetail(ClaimSummary):
    statements: list[LedgerStatement]


class FigurePoint(_Model):
    doc: str
    statement: str
    value: float | int | None
    vague: str | None
    date: date | None
    speaker_id: str | None
    speaker: str | None
    outlet: str | None
    stance: str
    first: bool


class FigureSeries(_Model):
    """A timeline of one counted thing (SPEC §2 ``khabar figures --format json``)."""

    id: str
    unit: str | None
    subject: str | None
    points: list[FigurePoint]


class Page(_Model, Generic[T]):
    """One page of results: ``items`` from ``offset``, ``total`` in all."""

    items: list[T]
    total: int
    limit: int
    offset: int


class ExtractIn(_Model):
    text: str = Field(min_length=1, description="the article text, as read")
    published: date | None = Field(None, description="YYYY-MM-DD; anchors relative dates")
    lang: Literal["auto", "ar", "en"] = "auto"

    @field_validator("published", mode="before")
    @classmethod
    def _iso_day_only(cls, value: object) -> object:
        # a JSON number is not a date (pydantic would read it as a Unix time)
        if value is not None and not isinstance(value, str | date):
            raise ValueError("must be a YYYY-MM-DD string")
        return value


class DocumentIn(ExtractIn):
    id: str | None = Field(None, max_length=200, description="stable id; default: content hash")
    url: str | None = Field(None, max_length=2000)
    outlet: str | None = Field(None, max_length=200)
    title: str | None = Field(None, max_length=500)


class DocumentCreated(_Model):
    id: str
    created: bool = Field(description="false when the same text was already stored")
    statement_count: int


class ErrorBody(_Model):
    status: int
    message: str
    details: list[dict[str, object]] = Field(default_factory=list)


class ErrorOut(_Model):
    """Every error of the API: ``{"error": {"status", "message", "details"}}``."""

    error: ErrorBody
