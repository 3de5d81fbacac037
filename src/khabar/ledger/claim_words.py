"""Concepts of frequent news words, shared by Arabic and English, for claim linking.

Two statements in different languages share no word, so the claim linker also compares
the concepts their words name: «فدية» and "ransom" are both ``=ransom``. The table is
language data in ``claim_words.tsv`` (a concept, then stems). A word names the concept of
the longest stem it starts with (a stem ending in ``$`` must be the whole word); Arabic
words are folded and lose a leading conjunction, preposition and article first, and may
lose one verb prefix (ي ت ن س) when nothing else matched.

>>> sorted(concepts("أن الشركة لم تدفع أي فدية للقراصنة"))
['=company', '=hack', '=pay', '=ransom']
>>> sorted(concepts("The company had not paid any ransom to the hackers"))
['=company', '=hack', '=pay', '=ransom']
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from khabar.text import fold

_TABLE = Path(__file__).with_name("claim_words.tsv")
_AR_PREFIX = re.compile(r"^(?:و|ف)?(?:لل|(?:ب|ك|ل)?ال)?")
_VERB_PREFIX = re.compile(r"^(?:س)?[يتن]")
_MARK = "="


@lru_cache(maxsize=1)
def _stems() -> tuple[dict[str, str], dict[str, str]]:
    """(stems a word may start with, whole words) → concept."""
    prefix: dict[str, str] = {}
    whole: dict[str, str] = {}
    for line in _TABLE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        concept, *stems = line.split("\t")
        for stem in stems:
            key = fold(stem.strip()).lower()
            if key.endswith("$"):
                whole.setdefault(key[:-1], concept)
            elif key:
                prefix.setdefault(key, concept)
    return prefix, whole


def concept_of(word: str) -> str | None:
    """The concept a folded, lower-case word names, or None.

    >>> concept_of("ransom"), concept_of("والفدية".replace("ة", "ه")), concept_of("stated")
    ('ransom', 'ransom', None)
    """
    prefix, whole = _stems()
    forms = [word]
    if "\u0600" <= word[:1] <= "\u06ff":
        bare = _AR_PREFIX.sub("", word)
        forms = [word, bare] if len(bare) >= 3 else [word]
        forms += [_VERB_PREFIX.sub("", f) for f in list(forms) if len(f) > 4]
    for form in forms:
        if form in whole:
            return whole[form]
        for end in range(len(form), 2, -1):
            if form[:end] in prefix:
                return prefix[form[:end]]
    return None


def concepts(text: str) -> frozenset[str]:
    """The concepts the words of a text name, each marked with a leading ``=``."""
    found = (concept_of(w) for w in re.findall(r"\w+", fold(text).lower()))
    return frozenset(_MARK + c for c in found if c is not None)
