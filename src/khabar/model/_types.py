"""Dataclasses of the data model. Offsets always index the original document text."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from khabar.text.normalise import NormalizedText

KINDS = ("direct", "indirect", "mixed", "social_post")
STANCES = (
    "assert",
    "confirm",
    "deny",
    "cannot_confirm",
    "unverified",
    "investigating",
    "hedged",
    "conditional",
    "declined_to_comment",
)
VAGUE_AMOUNTS = ("dozens", "hundreds", "thousands", "tens_of_thousands")
SPEAKER_TYPES = (
    "person",
    "organisation",
    "government",
    "outlet",
    "anonymous",
    "account",
    "unknown",
)


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of the original text: ``doc.text[start:end] == text``."""

    start: int
    end: int
    text: str


@dataclass(slots=True)
class Mention:
    """A phrase that names or describes a possible speaker, e.g. «وزير الخارجية هاني النجار»."""

    start: int
    end: int
    text: str
    type: str = "unknown"
    name: str | None = None  # the proper-name part, when there is one


@dataclass(slots=True)
class Speaker:
    """Who made a statement: the mention in the text and the fullest name it resolves to."""

    text: str
    start: int | None
    end: int | None
    name: str | None
    type: str = "unknown"
    resolved_from: str | None = None  # title | pronoun | dropped_subject | None


@dataclass(frozen=True, slots=True)
class Cue:
    """The reporting expression (قال، أكد أن، "said", "according to")."""

    text: str
    start: int
    end: int
    lemma: str


@dataclass(slots=True)
class Quantity:
    """A number in a statement: ``value`` is None for vague amounts (``vague`` set)."""

    value: float | int | None
    text: str
    start: int
    end: int
    unit: str | None = None
    vague: str | None = None
    approx: str | None = None  # about | more_than | less_than | up_to | None


@dataclass(slots=True)
class DateRef:
    """A time expression and the calendar day it resolves to (None when unresolved)."""

    text: str
    start: int
    end: int
    value: date | None


@dataclass(slots=True)
class Statement:
    """One attributed statement."""

    id: str
    cue: Cue
    content: Span
    speaker: Speaker | None = None
    via: Speaker | None = None
    kind: str = "indirect"
    stance: str = "assert"
    date: date | None = None
    date_text: str | None = None
    quantities: list[Quantity] = field(default_factory=list)
    handle: str | None = None
    sentence: int = 0
    # internal hints passed between components; not part of the output contract
    hints: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class Document:
    """An article and everything the pipeline found in it."""

    text: str
    lang: str = "ar"
    published: date | None = None
    norm: NormalizedText | None = None
    sentences: list[Span] = field(default_factory=list)
    paragraphs: list[Span] = field(default_factory=list)
    quotes: list[Span] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    dates: list[DateRef] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    done: set[str] = field(default_factory=set)  # attributes assigned so far

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    def span(self, start: int, end: int) -> Span:
        """The span of the original text between two offsets."""
        return Span(start, end, self.text[start:end])

    def sentence_index(self, offset: int) -> int:
        """Index of the sentence that holds ``offset`` (0 when there are none)."""
        for i, s in enumerate(self.sentences):
            if s.start <= offset < s.end:
                return i
        return max(0, len(self.sentences) - 1)
