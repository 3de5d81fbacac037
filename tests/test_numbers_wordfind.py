"""WordFinder: the whole-word occurrences it lets through are exactly those of a naive scan;
digit_starts: the runs of digits are exactly those of a regex scan."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from khabar.numbers.wordfind import WordFinder, digit_starts

WORDS = ["ثلاث", "ثلاثه", "الف", "الاف", "واحد", "احد", "مليون", "ten", "a few", "$"]
CLITICS = "وبلفك"
PIECES = [
    *WORDS,
    *CLITICS,
    "ين",
    "ال",
    "x",
    " ",
    " ",
    "\u00a0",
    "،",
    ".",
    "(",
    ")",
    "_",
    "²",
    "5",
    "-",
]


def _whole(text: str, i: int, word: str) -> bool:
    """The boundary rule of the number anchors: a clitic may stick to the front."""
    after = i + len(word)
    if after < len(text) and text[after].isalpha():
        return False
    if not word[0].isalnum() or i == 0 or not text[i - 1].isalnum():
        return True
    return text[i - 1] in CLITICS and (i == 1 or not text[i - 2].isalnum())


def _naive(text: str, start: int, end: int) -> set[tuple[int, str]]:
    return {
        (i, w)
        for w in WORDS
        for i in range(start, end - len(w) + 1)
        if text.startswith(w, i) and _whole(text, i, w)
    }


FINDER = WordFinder(WORDS, CLITICS)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=30), st.data())
def test_candidates_hold_every_whole_word(pieces: list[str], data: st.DataObject) -> None:
    text = "".join(pieces)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    found = {(i, w) for i, w in FINDER.candidates(text, start, end) if _whole(text, i, w)}
    assert found == _naive(text, start, end)


def test_clitic_and_punctuation_do_not_hide_a_word() -> None:
    text = "قتل (ثلاثه) وبالف، ومليون-احد"
    found = {w for i, w in FINDER.candidates(text, 0, len(text)) if _whole(text, i, w)}
    assert found == {"ثلاثه", "مليون", "احد"}


def test_word_inside_a_longer_word_is_not_whole() -> None:
    text = "الافتتاح ثلاثين"
    assert not {(i, w) for i, w in FINDER.candidates(text, 0, len(text)) if _whole(text, i, w)}


DIGIT_PIECES = [
    "12",
    "3",
    "٣",
    "۵",
    "५",
    "²",
    "x",
    "قتل",
    "،",
    ".",
    "/",
    "-",
    " ",
    "\n",
    "\u00a0",
    "_",
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(DIGIT_PIECES), max_size=30), st.data())
def test_digit_starts_are_those_of_a_regex_scan(pieces: list[str], data: st.DataObject) -> None:
    text = "".join(pieces)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    expected = tuple(start + m.start() for m in re.finditer(r"\d+", text[start:end]))
    assert digit_starts(text, start, end) == expected
