"""Normalise a copy of the text for matching while keeping every offset exact.

Two kinds of change are made:

* one-to-one substitutions (أ إ آ ٱ → ا, ى → ي, ة → ه, ؤ → و, ئ → ي, ڤ → ف, Eastern and
  Persian digits → ASCII, lower case): positions do not move;
* deletions (harakat/diacritics, tatweel, zero-width and bidi controls): recorded as runs, so
  that a normalised offset maps back to the original with one binary search;
* in a text that opens a quotation with two backticks (Penn Treebank style, as in corpora
  tokenised for NLP: «``We will rebuild,'' said the mayor.»), ````` → “ and ``''`` → ” (one
  of the two characters is deleted), so the quotation reads like any other.

>>> n = normalise("قالَ الوزيـــر")
>>> n.text
'قال الوزير'
>>> n.to_orig_span(4, 10)
(5, 14)
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

_SUBST_FROM = "أإآٱىةؤئڤ٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٫٬"
_SUBST_TO = "ااااي" + "هويف" + "0123456789" + "0123456789" + ".,"
_TABLE = str.maketrans(_SUBST_FROM, _SUBST_TO)
_PAIRS = tuple(zip(_SUBST_FROM, _SUBST_TO, strict=True))
# below this length one ``str.translate`` is quicker than a ``str.replace`` per pair
_SHORT = 24

# harakat, superscript alef, Quranic marks, tatweel, zero-width and bidi controls, BOM
_REMOVABLE_CHARS = (
    "[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640"
    "\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\u00ad]"
)
# runs of them: ``[…][…]*`` is ``[…]+``, written to start with the character class, which the
# regex engine scans for in C instead of trying the repeat at every position (2.5x quicker)
REMOVABLE = re.compile(_REMOVABLE_CHARS + _REMOVABLE_CHARS + "*")


def fold(text: str) -> str:
    """Fold a string the same way as :func:`normalise` (for lexicons and queries).

    >>> fold("إبراهيم الصبّاغ")
    'ابراهيم الصباغ'
    """
    return _lower(REMOVABLE.sub("", substitute(text)))


def substitute(text: str) -> str:
    """The one-to-one substitutions of the module docstring (``text.translate`` of them).

    ``str.translate`` looks every character up in a dict when the text is not ASCII (slow on
    a whole article); the substitutions' source characters are not among their targets, so
    one ``str.replace`` per source character present gives the same string much quicker.

    >>> substitute("أعلنت الهيئة ٣ قرارات")
    'اعلنت الهييه 3 قرارات'
    """
    if len(text) < _SHORT:
        return text.translate(_TABLE)
    for source, target in _PAIRS:
        if source in text:
            text = text.replace(source, target)
    return text


# «``We will rebuild,'' said the mayor.»: Penn Treebank quotation marks; two apostrophes
# close a quotation only when they do not follow a digit (5'10'' is a height)
_PTB_OPEN = "``"
_PTB_CLOSE = re.compile(r"(?<!\d)''")


def typewriter_quotes(text: str) -> str:
    """Penn Treebank quotation marks as curly quotes with a zero-width space (which
    :func:`normalise` deletes) inside the quotation, so every position keeps its place and a
    span that takes in a mark takes in both of its characters; other texts unchanged.

    >>> typewriter_quotes("``We will rebuild,'' said the mayor.") == "“\u200bWe will rebuild,\u200b” said the mayor."
    True
    >>> typewriter_quotes("He is 5'10'' tall.")
    "He is 5'10'' tall."
    """
    if _PTB_OPEN not in text:
        return text
    return _PTB_CLOSE.sub("\u200b”", text.replace(_PTB_OPEN, "“\u200b"))


def _lower(text: str) -> str:
    low = text.lower()
    if len(low) == len(text):
        return low
    # a few characters lower-case to two (İ): keep positions by taking the first one
    return "".join(c.lower()[:1] for c in text)


@dataclass(slots=True)
class NormalizedText:
    """A normalised copy of ``orig`` and the map back to original offsets."""

    orig: str
    text: str
    _norm_pos: list[int] = field(default_factory=list)  # where a deletion run was (norm index)
    _shift: list[int] = field(default_factory=list)  # cumulative deleted chars after it
    _run_start: list[int] = field(default_factory=list)  # orig index where the run began

    def to_orig(self, i: int) -> int:
        """Original offset of the normalised character at ``i`` (a start offset)."""
        k = bisect_right(self._norm_pos, i) - 1
        return i if k < 0 else i + self._shift[k]

    def to_orig_end(self, i: int) -> int:
        """Original offset for an exclusive end at normalised ``i`` (skips trailing deletions)."""
        if i <= 0:
            return 0
        return self.to_orig(i - 1) + 1

    def to_orig_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalised ``[start, end)`` to the original text."""
        if end <= start:
            s = self.to_orig(start)
            return s, s
        return self.to_orig(start), self.to_orig_end(end)

    def to_norm(self, orig_offset: int) -> int:
        """Normalised offset of an original offset (deleted characters map forward)."""
        k = bisect_right(self._run_start, orig_offset) - 1
        if k < 0:
            return orig_offset
        prev_shift = self._shift[k - 1] if k > 0 else 0
        run_len = self._shift[k] - prev_shift
        run_start = self._run_start[k]
        if orig_offset < run_start + run_len:  # inside a deleted run
            return run_start - prev_shift
        return orig_offset - self._shift[k]


def normalise(text: str) -> NormalizedText:
    """Normalise ``text`` (see the module docstring) and keep the offset map."""
    sub = typewriter_quotes(_lower(substitute(text)))
    norm_pos: list[int] = []
    shifts: list[int] = []
    run_starts: list[int] = []
    pieces: list[str] = []
    shift = 0
    last = 0
    for m in REMOVABLE.finditer(sub):
        a, b = m.span()
        pieces.append(sub[last:a])
        norm_pos.append(a - shift)
        run_starts.append(a)
        shift += b - a
        shifts.append(shift)
        last = b
    if not norm_pos:
        return NormalizedText(text, sub)
    pieces.append(sub[last:])
    return NormalizedText(text, "".join(pieces), norm_pos, shifts, run_starts)
