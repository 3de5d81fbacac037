"""Inside one article, «الشركة» / "the ministry" alone is the one company / ministry it names.

An article writes «شركة "قنديلة" للطيران» once (as a speaker, or inside a title: «الرئيس
التنفيذي لشركة "قنديلة" للطيران») and then «قالت الشركة …». Across articles the bare head
word says nothing, so the linker reads it as the article's one organisation with that head.
Precision first: no mapping when the article names two organisations with that head.

>>> from khabar.ledger.speakers import Alias
>>> text = 'وقال الرئيس التنفيذي لشركة "قنديلة" للطيران إن … وأضافت الشركة أن …'
>>> org_full_names([Alias("الشركة", "organisation")], text)
{'الشركة': 'شركة "قنديلة" للطيران'}
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Protocol

from khabar.ledger.names import (
    HEAD_KINDS,
    HEAD_ORG_CONCEPTS,
    given_names,
    is_arabic,
    is_title,
    org_concepts,
    specific,
)
from khabar.text import fold

_LATIN_ARTICLE = frozenset({"the", "a", "an"})
_AR_PREFIXES = ("ال", "لل", "وال", "بال")
_PHRASE_WORDS = 3  # words after the head word that may name the organisation
_AR_STOP = frozenset(
    "ان انه انها بان لان الي علي عن من في قد ما لا لم لن مع بعد قبل منذ حتي التي الذي".split()
)
_BOUNDARY = re.compile(r"[.،,:؛;!?؟()\n]")
_WORD = re.compile(r"[\w\u064b-\u0652\u0640]+")  # a word with its diacritics and tatweel


class _Named(Protocol):
    @property
    def name(self) -> str: ...

    @property
    def group(self) -> str: ...


def org_full_names(aliases: Sequence[_Named], text: str = "") -> dict[str, str]:
    """Bare organisation heads of one article («الهيئة», "the company") mapped to the one
    organisation of the article with that head (among its speakers, else in its text)."""
    out: dict[str, str] = {}
    for alias in aliases:
        if alias.group != "org":
            continue
        head = bare_head(alias.name)
        if head is None:
            continue
        found = _among_speakers(head, aliases) or _in_text(head, alias.name, text)
        if len(found) == 1:
            out[alias.name] = next(iter(found.values()))
    return out


def bare_head(name: str) -> str | None:
    """The organisation concept of a name that is nothing but its head word, else None.

    >>> bare_head("الهيئة"), bare_head("the ministry"), bare_head("هيئة الطيران المدني")
    ('authority', 'ministry', None)
    """
    words = [w for w in re.findall(r"\w+", fold(name).lower()) if w not in _LATIN_ARTICLE]
    if len(words) != 1:
        return None
    concepts = org_concepts(words[0])
    if len(concepts) != 1:
        return None
    concept = next(iter(concepts))
    return concept if concept in HEAD_ORG_CONCEPTS else None


def _among_speakers(head: str, aliases: Sequence[_Named]) -> dict[frozenset[str], str]:
    found: dict[frozenset[str], str] = {}
    for other in aliases:
        if other.group == "org" and bare_head(other.name) is None:
            concepts = org_concepts(other.name)
            kinds = HEAD_KINDS.get(head, frozenset())
            # "the airline pilots' union" is a union, not an airline
            other_heads = (concepts & HEAD_ORG_CONCEPTS) - kinds - {head}
            kind = head in concepts or bool(concepts & kinds and not other_heads)
            if kind and len(specific(concepts)) >= 2:
                found.setdefault(specific(concepts), other.name)
    return _widest(found)


def _in_text(head: str, name: str, text: str) -> dict[frozenset[str], str]:
    """«شركة X …» phrases of an Arabic text whose head is ``head`` and that name someone."""
    if not text or not is_arabic(name):
        return {}
    word = _unprefixed(fold(name))
    words = _folded_words(text)
    found: dict[frozenset[str], str] = {}
    for k, (a, _, folded) in enumerate(words):
        if folded != word and not (folded[:1] in "وبل" and folded[1:] == word):
            continue
        following = words[k + 1 : k + 1 + _PHRASE_WORDS]
        phrase = _trim(text, a + len(folded) - len(word), following, head)
        if phrase is not None:
            found.setdefault(specific(org_concepts(phrase)), phrase)
    return _widest(found)


@lru_cache(maxsize=8)
def _folded_words(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, folded form) of every word of an article, read once for all its aliases."""
    return tuple((m.start(), m.end(), fold(m.group())) for m in _WORD.finditer(text))


def _unprefixed(word: str) -> str:
    for prefix in _AR_PREFIXES:
        if word.startswith(prefix) and len(word) > len(prefix) + 2:
            return word[len(prefix) :]
    return word


def _trim(
    text: str, start: int, following: Sequence[tuple[int, int, str]], head: str
) -> str | None:
    """The organisation named from ``start`` (its head word) on: the head, the words of its
    name up to its proper name, and lexicon words or proper names right after it
    («شركة "قنديلة" للطيران»); None when nothing that names one follows the head."""
    best: str | None = None
    previous_end = start
    for begin, end, folded in following:
        if _BOUNDARY.search(text, previous_end, begin):
            break  # «… اتفاقًا. وقالت»: a sentence or clause mark ends the name
        previous_end = end
        concepts = org_concepts(folded)
        proper = any(c.startswith("~") for c in concepts)
        if not concepts or folded in _AR_STOP or (proper and len(folded) < 3):
            break  # a function word or a number ends the name
        if folded[:1] == "و" and org_concepts(folded[1:]) & HEAD_ORG_CONCEPTS:
            break  # «… وشركة …»: another organisation starts
        candidate = text[start:end]
        if _names_one(org_concepts(candidate), head):
            best = candidate
    return best


def _names_one(concepts: frozenset[str], head: str) -> bool:
    """Whether a phrase with this head names one organisation: a proper name, or two words
    of a name besides its head («هيئة مرفأ الزيتون الجنوبية»), not a head alone."""
    if head not in concepts:
        return False
    return any(c.startswith("~") for c in concepts) or len(specific(concepts) - {head}) >= 2


def _widest(found: dict[frozenset[str], str]) -> dict[frozenset[str], str]:
    """Drop concept sets contained in another one (one organisation written twice)."""
    return {k: v for k, v in found.items() if not any(k < other for other in found)}


def short_org_names(aliases: Sequence[_Named], text: str = "") -> dict[str, str]:
    """A one-word alias that is the proper name of the one organisation its article names
    ("Tarvo" after "Tarvo Steel", "Qalaat" in an article about "Qalaat National Bank").

    >>> from khabar.ledger.speakers import Alias
    >>> short_org_names([Alias("Halden Dairies", "organisation"), Alias("Halden", "person")])
    {'Halden': 'Halden Dairies'}
    >>> short_org_names([Alias("Tarvo", "person")], "Tarvo Steel said … Tarvo added")
    {'Tarvo': 'Tarvo Steel'}
    """
    named = {a.name: org_concepts(a.name) for a in aliases if a.group == "org"}
    out: dict[str, str] = {}
    for alias in aliases:
        words = [w for w in _WORD.findall(alias.name) if w.lower() not in _LATIN_ARTICLE]
        if len(words) != 1 or is_title(words[0]) or fold(words[0]) in given_names():
            continue
        proper = org_concepts(words[0])
        if len(proper) != 1 or not next(iter(proper)).startswith("~"):
            continue
        found = {name for name, c in named.items() if _proper(c) == proper and len(c) > 1}
        if not found and text and not is_arabic(words[0]):
            found = _named_in_latin_text(words[0], proper, text)
        if len(found) == 1:
            out[alias.name] = found.pop()
    return out


def _proper(concepts: frozenset[str]) -> frozenset[str]:
    return frozenset(c for c in concepts if c.startswith("~"))


def _named_in_latin_text(word: str, proper: frozenset[str], text: str) -> set[str]:
    """ "Qalaat National Bank": the word followed by capitalised organisation words."""
    found = set()
    for m in re.finditer(rf"\b{re.escape(word)}((?:\s+[A-Z][\w'’-]+){{1,3}})", text):
        phrase = m.group(0)
        concepts = org_concepts(phrase)
        heads = concepts & (HEAD_ORG_CONCEPTS | HEAD_KINDS["company"])
        if _proper(concepts) == proper and heads:
            found.add(phrase)
    return found
