"""Find the lexicon words of a text without one scan of the text per word.

The date and quantity finders only run near the words that can start a number or a time
expression («ثلاثه»، «الخميس», "million"). Searching the whole text once per lexicon word
costs a few hundred scans of every article. Instead, the words that can occur at all are
found first from the set of the text's tokens (``str.split`` and set lookups, in C), and only
those few are searched for.

A listed word of letters can only be a whole word where it is a whole token of letters (once
punctuation is stripped from its ends), or such a token after one clitic letter; in the few
tokens with digits or punctuation inside («و3», «ل"عين») a trie regex of the words finds them. Words that are not all letters ("$", "a few") are always
searched for.

>>> finder = WordFinder(["ثلاث", "ثلاثه", "الف"], clitics="وب")
>>> text = "ثلاثه الف وثلاثين (الفين)"
>>> sorted(finder.candidates(text, 0, len(text)))
[(0, 'ثلاثه'), (6, 'الف'), (19, 'الف')]

Candidates are every occurrence of a word that may be whole somewhere in the text (here
«الف»), so callers check the word boundaries they need: the one at 19 starts «الفين».
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from collections.abc import Set as AbstractSet
from functools import lru_cache
from itertools import chain, filterfalse, repeat
from typing import NamedTuple


class WordFinder:
    """Every occurrence of the listed words that can be a whole word in a given text.

    ``clitics`` are the one-letter prefixes a word may carry and still count (و، ب …).
    """

    __slots__ = ("_form_keys", "_forms", "_others", "_trie")

    def __init__(self, words: Iterable[str], clitics: str) -> None:
        listed = sorted(set(words))
        letters = [w for w in listed if w.isalpha()]
        # a token form -> the listed words it shows: ثلاثه -> (ثلاثه,), وثلاثه -> (ثلاثه,); one
        # dictionary for the bare and the cliticised forms, so that the text's tokens are
        # looked up once
        forms: dict[str, tuple[str, ...]] = {w: (w,) for w in letters}
        for form, word in ((c + w, w) for c in clitics for w in letters):
            forms[form] = (*forms.get(form, ()), word)
        self._forms = forms
        # a frozenset, so that ``tokens & …`` walks the text's few tokens (with the dict's
        # keys view, the intersection costs three times as much)
        self._form_keys = frozenset(forms)
        self._others = tuple(w for w in listed if w and not w.isalpha())
        trie = trie_regex(letters) if letters else "(?!)"
        before = rf"(?<![^\W_])|(?<=[{re.escape(clitics)}])" if clitics else r"(?<![^\W_])"
        # the trie first: most positions fail on their first character
        self._trie = re.compile(rf"(?=({trie}))(?:{before})")

    def candidates(self, text: str, start: int, end: int) -> Iterator[tuple[int, str]]:
        """``(position, word)`` of each occurrence, wholly inside ``text[start:end]``, of the
        words that :meth:`present` finds, and of the words that are not all letters."""
        for word in (*sorted(self.present(text, start, end)), *self._others):
            i = text.find(word, start, end)
            while i >= 0:
                yield i, word
                i = text.find(word, i + len(word), end)

    def present(self, text: str, start: int, end: int) -> set[str]:
        """The listed words of letters that may be whole words in ``text[start:end]``.

        >>> sorted(WordFinder(["الف", "مليون"], "و").present("نحو والف، و3 مليون", 0, 18))
        ['الف', 'مليون']
        """
        tokens, mixed, _ = _tokens(text, start, end)
        found = set(chain.from_iterable(map(self._forms.__getitem__, tokens & self._form_keys)))
        if mixed:
            found.update(m.group(1) for m in self._trie.finditer(mixed))
        return found


class _Tokens(NamedTuple):
    """What the finders need of the tokens of a stretch of text."""

    words: AbstractSet[str]  # the distinct tokens, also with punctuation stripped from their ends
    mixed: str  # the stripped ones that hold something else than letters, joined by spaces
    other_digits: bool  # a decimal digit other than 0-9 is there (٣ that normalising left, ५)


@lru_cache(maxsize=4)
def _tokens(text: str, start: int, end: int) -> _Tokens:
    """The tokens of ``text[start:end]`` (cached: the date and the quantity finders ask for the
    same text; the set is theirs to read only, not copied into a frozenset)."""
    raw = set(text[start:end].split())
    rough = list(filterfalse(str.isalpha, raw))  # the few with punctuation or digits
    stripped = set(map(str.strip, rough, repeat(_PUNCTUATION, len(rough))))
    others = list(filterfalse(str.isalpha, stripped))
    numerals = list(filter(str.isdigit, others))
    mixed = " ".join(filterfalse(str.isdigit, others))
    raw.update(stripped)  # one set built, not a union and then its copy
    # a digit is no space nor punctuation: it is in one of the numerals or in ``mixed``
    other_digits = not all(map(str.isascii, numerals)) or bool(_OTHER_DIGIT.search(mixed))
    return _Tokens(raw, mixed, other_digits)


# ``\d+`` in a form the regex engine scans for quickly (it starts with a character class)
_DIGITS = re.compile(r"\d\d*")
# the same for 0-9 only: a range is quicker to test than the Unicode class of digits
_ASCII_DIGITS = re.compile(r"[0-9][0-9]*")
_OTHER_DIGIT = re.compile(r"[^\D0-9]")


@lru_cache(maxsize=4)
def digit_starts(text: str, start: int, end: int) -> tuple[int, ...]:
    """Where each run of digits in ``text[start:end]`` begins (cached like the tokens).

    >>> digit_starts("قتل 12 و٣ في 2025", 0, 17)
    (4, 8, 13)
    """
    digits = _DIGITS if _tokens(text, start, end).other_digits else _ASCII_DIGITS
    return tuple(map(re.Match.start, digits.finditer(text, start, end)))


# stripped from both ends of a token first: none of them is a letter or digit, so a word of
# letters is whole at the start or the end of a token exactly when it is once they are gone
_PUNCTUATION = "()[]{}«»\"'،,.;:؛؟?!-–—…/\\“”‘’*#%"


_Node = dict[str, "_Node"]  # next character -> subtree; "" marks the end of a word


def trie_regex(words: Iterable[str], space: str | None = None) -> str:
    """A regex for exactly ``words``, as a trie: at each position one branch per next character
    instead of one per word. ``space``, when given, is what a space in a word matches.

    Alternatives are tried longest first, like a flat alternation sorted by length, but
    without trying every word at every position of the text.

    >>> trie_regex(["ab", "abc", "ad"])
    'a(?:bc?|d)'
    >>> trie_regex(["اول امس", "اول"], space="[ ]+")
    'اول(?:[ ]+امس)?'
    """
    root: _Node = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _node_pattern(root, space)


def _node_pattern(node: _Node, space: str | None) -> str:
    branches = [
        (space if c == " " and space else re.escape(c)) + _node_pattern(child, space)
        for c, child in sorted(node.items())
        if c
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" not in node:
        return body
    if len(branches) == 1 and len(body) > 1:
        body = "(?:" + body + ")"
    return body + "?"
