"""What a figure counts: units normalised across Arabic and English.

``unit_key`` maps a quantity's unit (as the extractor wrote it) to one key per counted thing,
so that «نازح», «النازحين», "displaced" and "displaced people" land on one timeline.
The table of concepts is language data in ``units.tsv`` (concept, then variants).

>>> unit_key("النازحين"), unit_key("displaced people")
('displaced', 'displaced')
>>> unit_key("حاويات"), unit_key("containers")
('container', 'container')
>>> unit_key("شخصًا"), unit_key("طنًا"), unit_key("حسابات")
('people', 'ton', 'account')
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from khabar.text import fold

_TABLE = Path(__file__).with_name("units.tsv")
_AR_PREFIX = re.compile(r"^(?:و|ف|ب|ل|ك)?(?:ال|لل)")
_AR_SUFFIX = re.compile(r"(?:ين|ون|ات|ان|ه|ا)$")


@lru_cache(maxsize=1)
def _concepts() -> dict[str, str]:
    table: dict[str, str] = {}
    for line in _TABLE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        concept, *variants = line.split("\t")
        for v in [concept, *variants]:
            for form in _forms(v):
                table.setdefault(form, concept)
    return table


def _forms(word: str) -> list[str]:
    """Lookup forms of one word: folded, without the article, without plural endings."""
    w = fold(word.strip())
    if not w:
        return []
    forms = [w]
    bare = _AR_PREFIX.sub("", w) if len(w) > 4 else w
    forms.append(bare)
    stem = _AR_SUFFIX.sub("", bare) if len(bare) > 4 else bare
    forms.append(stem)
    if not w.isascii() and bare.endswith("ا") and len(bare) >= 3:
        forms.append(bare[:-1])  # the accusative of a counted noun: «٣٧ شخصًا», «٢٠ طنًا»
    if w.isascii():
        forms.append(re.sub(r"(?:ies)$", "y", w))
        forms.append(re.sub(r"(?:es|s)$", "", w))
    return list(dict.fromkeys(f for f in forms if f))


def unit_key(unit: str) -> str:
    """One key per counted thing (a concept from units.tsv, else the folded stem)."""
    table = _concepts()
    words = re.findall(r"\w+|%", fold(unit))
    for word in words:
        for form in _forms(word):
            if form in table:
                return table[form]
    joined = " ".join(words)
    forms = _forms(joined)
    return forms[-1][:80] if forms else joined[:80]


# concepts of units.tsv that measure or price rather than count
_MEASURES = frozenset(
    "percent dollar euro riyal pound dinar ton hectare km metre barrel litre".split()
)
# "the number", «العدد» alone: a count named by what it refers to, not by what it counts
_COUNT_WORDS = re.compile(
    r"(?:^|\s)(?:(?:و|ف|ب)?(?:ال|لل)(?:عدد|رقم|حصيله|اجمالي|ارقام))(?:\s|$)"
    r"|\b(?:the|its|their|his|her|our|\w+'s) (?:\w+ )?(?:figure|number|toll|total|tally|count)\b"
    r"(?! of)"
)


_DURATIONS = frozenset("day week hour month year minute".split())


def is_duration(key: str) -> bool:
    """Whether a unit key is a span of time («يومين», "48 hours"): not a figure to track.

    >>> is_duration(unit_key("ساعة")), is_duration(unit_key("days")), is_duration("tent")
    (True, True, False)
    """
    return key in _DURATIONS


# what a stock or a reserve "suffices for" or "covers": a span of time that is a figure
_SUFFICES = re.compile(
    r"(?:^|\s)(?:و|ف)?(?:[يت]كفي(?:ان|ه|نا)?|[يت]غطي)\s+(?:\S+\s+){0,2}$"
    r"|\b(?:cover(?:s|ed|ing)?|suffic\w*|enough)\s+(?:\w+\s+){0,3}$"
)


def tracked_duration(content: str, number_text: str) -> bool:
    """Whether a span of time in a statement is itself a figure: what a stock lasts or
    covers («المخزون يكفي لستة أسابيع», "the reserve may cover less than three months").

    >>> tracked_duration("إن المخزون «يكفي لستة أسابيع على الأقل»", "ستة")
    True
    >>> tracked_duration("the stock is enough for about ten days", "ten")
    True
    >>> tracked_duration("he has played well in the last two weeks", "two")
    False
    >>> tracked_duration("ستُصرف التعويضات خلال خمسة أيام", "خمسة")
    False
    """
    at = content.find(number_text)
    if at < 0:
        return False
    before = re.sub(r"[«»\"“”]", " ", fold(content[:at]).lower())
    return bool(_SUFFICES.search(before if before.endswith(" ") else before + " "))


def is_count(key: str) -> bool:
    """Whether a unit key is a counted thing of ``units.tsv`` (not a measure or a price).

    >>> is_count("displaced"), is_count("percent"), is_count("يوم")
    (True, False, False)
    """
    return key in _concept_keys() and key not in _MEASURES


@lru_cache(maxsize=1)
def _concept_keys() -> frozenset[str]:
    return frozenset(_concepts().values())


def names_a_count(content: str) -> bool:
    """Whether a statement speaks of "the number" without saying of what.

    >>> names_a_count('إن العدد الحقيقي "تجاوز أربعمئة"'), names_a_count("the true figure is 500")
    (True, True)
    >>> names_a_count("the agency's tally rose to 75"), names_a_count("their count is 12")
    (True, True)
    >>> names_a_count("the number of patients rose to 90"), names_a_count("عدد المرضى ارتفع")
    (False, False)
    """
    return bool(_COUNT_WORDS.search(fold(content).lower()))
