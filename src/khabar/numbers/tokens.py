"""Tokens of a stretch of normalised text, with their normalised offsets.

A digit token keeps its group separators (10,000 · 10.000 · 10 000); after normalisation
Eastern digits and the Arabic separators (٬ ٫) are ASCII already.

>>> [(t.kind, t.text) for t in tokenize("نحو 10 000 شخص، و12%", 0, 20)]
[('word', 'نحو'), ('num', '10 000'), ('word', 'شخص'), ('sym', '،'), ('word', 'و'), ('num', '12'), ('sym', '%')]
"""

from __future__ import annotations

import re
from itertools import repeat
from operator import attrgetter, is_not
from re import Match
from typing import NamedTuple

# a grouped number (the same separator every three digits, then an optional decimal part),
# or a plain number with an optional decimal part
NUMBER = (
    r"\d{1,3}(?:(?P<sep>[,.\u00a0\u202f\u2009 ])\d{3}(?!\d))(?:(?P=sep)\d{3}(?!\d))*"
    r"(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
)
_TOKEN = re.compile(rf"(?P<num>{NUMBER})|(?P<word>[^\W\d_]+(?:['-][^\W\d_]+)*)|(?P<sym>[^\w\s])")


class Token(NamedTuple):
    """A word, a number or a symbol, at ``[start, end)`` of the normalised text (a named
    tuple: the windows of a long article hold thousands, and tuples are quick to make)."""

    kind: str  # num | word | sym
    text: str
    start: int
    end: int
    grouped: bool = False  # a number written with thousands separators


def tokenize(text: str, start: int, end: int) -> list[Token]:
    """Tokens of ``text[start:end]`` (offsets stay those of ``text``).

    Most runs of text between spaces are all letters: each is one word token, made here
    without the regex. The regex (:func:`regex_tokens`) reads the stretches of runs that hold
    anything else, whole, since a number may span a space («10 000»).
    """
    out: list[Token] = []
    pos = start  # where the next run is looked for
    mixed = -1  # where the stretch of other runs not yet read begins (-1: none)
    mixed_end = start
    for run in text[start:end].split():
        i = text.find(run, pos, end)  # only spaces lie between ``pos`` and the run
        pos = i + len(run)
        if not run.isalpha():
            mixed = i if mixed < 0 else mixed
            mixed_end = pos
            continue
        if mixed >= 0:
            out.extend(regex_tokens(text, mixed, mixed_end))
            mixed = -1
        out.append(_new_token(Token, ("word", run, i, pos, False)))
    if mixed >= 0:
        out.extend(regex_tokens(text, mixed, mixed_end))
    return out


_new_token = tuple.__new__  # Token(...) without the Python-level __new__ of a named tuple


def regex_tokens(text: str, start: int, end: int) -> list[Token]:
    """Tokens of ``text[start:end]`` read with the token regex at every position.

    Built with ``map`` in C rather than one ``Token(...)`` call per match: every alternative of
    the pattern is a named group, so ``lastgroup`` is the kind («sep» is inside «num» and never
    the last group to close), and only a number can have a separator.
    """
    found = list(_TOKEN.finditer(text, start, end))
    kinds = map(attrgetter("lastgroup"), found)
    texts, starts, ends = map(Match.group, found), map(Match.start, found), map(Match.end, found)
    grouped = map(is_not, map(Match.group, found, repeat("sep")), repeat(None))
    fields = zip(kinds, texts, starts, ends, grouped, strict=True)
    return list(map(tuple.__new__, repeat(Token), fields))


def digits_value(tok: Token, decimal_group: bool = False) -> int | float:
    """The value of a digit token; ``decimal_group`` reads «1.500» as 1.5 (before «مليون»).

    >>> digits_value(Token("num", "10.000", 0, 6, grouped=True)), digits_value(Token("num", "1,5", 0, 3))
    (10000, 1.5)
    """
    text = tok.text
    if tok.grouped and not decimal_group:
        body = text
        sep = next(c for c in text if not c.isdigit())
        whole, _, frac = _split_decimal(body, sep)
        value = float(whole.replace(sep, "") + ("." + frac if frac else ""))
    else:
        value = float(text.replace(",", ".").replace(" ", "").replace("\u00a0", ""))
    return int(value) if value.is_integer() else value


def _split_decimal(text: str, sep: str) -> tuple[str, str, str]:
    """Split «1,234.5» into ('1,234', '.', '5') when a different mark ends the number."""
    for mark in ".,":
        if mark != sep and mark in text:
            whole, _, frac = text.rpartition(mark)
            return whole, mark, frac
    return text, "", ""


_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u0640]*")


def word_end(text: str, end: int) -> int:
    """``end`` moved over the diacritics and tatweel that close a word («ألفاً», «هـ»).

    >>> text = "12 ألفاً"
    >>> text[: word_end(text, 7)]
    '12 ألفاً'
    """
    m = _MARKS.match(text, end)
    return m.end() if m else end
