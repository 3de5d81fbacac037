"""The number and unit lexicons of ``lang/{ar,en}/numbers.tsv`` and ``units.tsv``, loaded once.

Every form is folded like the normalised text (:func:`khabar.text.fold`), so lookups work on
``doc.norm.text`` directly.

>>> lex = number_lexicon("ar")
>>> lex.words["ثلاثمايه"]
NumberWord(kind='cardinal', value=300)
>>> unit_lexicon("ar").lemma("قري")
'قرية'
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import NamedTuple

from khabar.lang import load_rows
from khabar.text import fold

LANGS = ("ar", "en")


class NumberWord(NamedTuple):
    """One entry of numbers.tsv: its kind and its value (a number or a vague label)."""

    kind: str
    value: float | int | str | None


@dataclass(frozen=True, slots=True)
class NumberLexicon:
    """Single number words by folded form, and the multi-word context phrases by kind."""

    words: dict[str, NumberWord]
    phrases: dict[str, tuple[str, ...]]  # approx_* / approx_after_* / name_head -> forms
    before: dict[str, str] = field(default_factory=dict)  # «نحو», "about" -> approx flag
    after: dict[str, str] = field(default_factory=dict)  # «على الأقل», "or more" -> flag

    def approx_before(self) -> dict[str, str]:
        """Folded phrase → approx flag, for the words that come before a number."""
        return self.before

    def approx_after(self) -> dict[str, str]:
        """Folded phrase → approx flag, for the words that come after a number."""
        return self.after


def _approx_flags(phrases: dict[str, tuple[str, ...]], after: bool) -> dict[str, str]:
    out: dict[str, str] = {}
    for kind, forms in phrases.items():
        if not kind.startswith("approx_") or kind.startswith("approx_after_") != after:
            continue
        flag = kind.removeprefix("approx_after_" if after else "approx_")
        for form in forms:
            out[form] = flag
    return out


@dataclass(frozen=True, slots=True)
class UnitLexicon:
    """Counted nouns: folded surface form → (lemma, kind)."""

    forms: dict[str, tuple[str, str]] = field(default_factory=dict)

    def lemma(self, folded: str) -> str | None:
        hit = self.forms.get(folded)
        return hit[0] if hit else None

    def kind(self, folded: str) -> str | None:
        hit = self.forms.get(folded)
        return hit[1] if hit else None


def _number(value: str) -> float | int | str | None:
    if not value:
        return None
    try:
        return int(value)
    except ValueError:
        pass
    try:
        return float(value)
    except ValueError:
        return value


@cache
def number_lexicon(lang: str) -> NumberLexicon:
    """The number words of ``lang`` ("ar" or "en")."""
    words: dict[str, NumberWord] = {}
    phrases: dict[str, list[str]] = {}
    for row in load_rows(lang, "numbers"):
        form, kind = fold(row[0]), row[1]
        value = row[2] if len(row) > 2 else ""
        if kind.startswith("approx") or kind == "name_head":
            phrases.setdefault(kind, []).append(form)
        else:
            words.setdefault(form, NumberWord(kind, _number(value)))
    frozen = {k: tuple(v) for k, v in phrases.items()}
    return NumberLexicon(
        words, frozen, _approx_flags(frozen, after=False), _approx_flags(frozen, after=True)
    )


@cache
def unit_lexicon(lang: str) -> UnitLexicon:
    """Counted nouns of ``lang``, with Arabic duals derived from each lemma."""
    forms: dict[str, tuple[str, str]] = {}
    for row in load_rows(lang, "units"):
        lemma, kind = row[0], row[1]
        surface = [lemma, *(f for f in (row[2].split(",") if len(row) > 2 else []) if f)]
        for form in surface:
            forms.setdefault(fold(form.strip()), (lemma, kind))
    return UnitLexicon(forms)


@cache
def dual_nouns(lang: str) -> dict[str, str]:
    """Arabic duals of the counted nouns (يومين → يوم، قريتين → قرية): folded dual → lemma.

    >>> dual_nouns("ar")["قريتين"]
    'قرية'
    """
    if lang != "ar":
        return {}
    listed = unit_lexicon(lang).forms  # a sound plural (مصابين) is not a dual
    out: dict[str, str] = {}
    for row in load_rows(lang, "units"):
        lemma, kind = row[0], row[1]
        if kind != "noun":
            continue
        stem = fold(lemma)
        if stem.endswith("ه"):
            stem = stem[:-1] + "ت"
        for ending in ("ين", "ان"):
            if stem + ending not in listed:
                out.setdefault(stem + ending, lemma)
    return out


@cache
def counted_predicates(lang: str) -> dict[str, str]:
    """Folded verb (or verbal noun) → the unit it gives a generic count (``«١٥٠٠ شخص فرّوا»``
    counts «نازح»); ``lang/<lang>/counted_predicates.tsv``.

    >>> counted_predicates("ar")["فروا"], counted_predicates("en")["fled"]
    ('نازح', 'displaced')
    """
    return {fold(r[0]): r[1] for r in load_rows(lang, "counted_predicates") if len(r) >= 2}
