"""Shared pieces of the rule-based attribution: tokens over normalised text and drafts.

Rules work on the normalised copy (``doc.norm.text``), token by token; a :class:`Draft`
holds normalised offsets and is turned into a :class:`~khabar.model.Statement` with original
offsets by the attribution component.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import compress, count, repeat
from operator import itemgetter
from typing import NamedTuple

TOKEN = re.compile(r"@\w+|\d+(?:[.,]\d+)*|\w+|[^\w\s]")
OPEN_QUOTES = frozenset('«“„"‹')
CLOSE_QUOTES = frozenset('»”"›“')
_QUOTE_MARKS = OPEN_QUOTES | CLOSE_QUOTES


class Token(NamedTuple):
    """A token of the normalised text (a tuple: cheap to make by the thousand)."""

    text: str
    start: int  # normalised offsets into the whole document
    end: int


def tokenize(text: str, base: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[base:end]`` with absolute offsets.

    >>> [t.text for t in tokenize("قال: «نعم»")]
    ['قال', ':', '«', 'نعم', '»']
    """
    stop = len(text) if end is None else end
    # the hot loop of attribution: built with map() rather than one Token(...) call per match
    found = list(TOKEN.finditer(text, base, stop))
    groups, starts, ends = (
        map(re.Match.group, found),
        map(re.Match.start, found),
        map(re.Match.end, found),
    )
    fields = zip(groups, starts, ends, strict=True)
    return list(map(tuple.__new__, repeat(Token), fields))


def quote_counts(toks: list[Token], start: int, end: int, punct: frozenset[str]) -> tuple[int, int]:
    """(quotations, quoted words) in ``toks[start:end]``: direct, mixed or indirect?

    >>> quote_counts(tokenize('إن "الوضع تحت السيطرة" اليوم'), 0, 7, frozenset())
    (1, 3)
    """
    texts = list(map(itemgetter(0), toks[start:end]))
    spans = words = 0
    inside = False
    after = 0  # the first token after the previous mark
    # only the marks change the state: the words between two marks are counted at once
    for k in compress(count(), map(_QUOTE_MARKS.__contains__, texts)):
        if inside:
            words += _words_in(texts, after, k, punct)
        t = texts[k]
        if t in OPEN_QUOTES and not inside:
            inside, spans = True, spans + 1
        elif t in CLOSE_QUOTES and inside:
            inside = False
        elif inside and t not in punct:
            words += 1
        after = k + 1
    if inside:
        words += _words_in(texts, after, len(texts), punct)
    return spans, words


def _words_in(texts: list[str], a: int, b: int, punct: frozenset[str]) -> int:
    """How many of ``texts[a:b]`` are not in ``punct``."""
    return b - a - sum(map(punct.__contains__, texts[a:b]))


@dataclass(slots=True)
class Draft:
    """A statement found by the rules, in normalised offsets."""

    cue: tuple[int, int]
    lemma: str
    content: tuple[int, int]
    speaker: tuple[int, int] | None = None
    speaker_type: str = "unknown"
    name: tuple[int, int] | None = None  # the proper-name part of the speaker phrase
    resolved_from: str | None = None
    via: tuple[int, int] | None = None
    via_type: str = "unknown"
    kind: str = "indirect"
    stance: str | None = None  # a stance fixed by the cue itself
    handle: str | None = None
    frame: list[tuple[int, int]] = field(default_factory=list)
    continues: bool = False  # continues the previous statement (dropped subject, participle)
    cls: str = "say"
    gender: str | None = None  # "f" | "m" when the cue or the speaker phrase shows it
    # «"…." She said …»: a quoted sentence before the subject, a statement of its own (tokens)
    own_quote: tuple[int, int] | None = None
