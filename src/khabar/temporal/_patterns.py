"""Regular expressions for time expressions, built once from ``lang/{ar,en}`` data.

All patterns run on the normalised text (folded Arabic, lower case, ASCII digits).

>>> bool(patterns("ar").explicit.search("الثلاثاء 9 ايلول/سبتمبر 2025"))
True
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from khabar.lang import load_rows
from khabar.numbers.wordfind import WordFinder, trie_regex
from khabar.text import fold

_AR_TIME_OF_DAY = ("مساء", "صباح", "ظهر", "فجر", "ليل", "ليله", "عصر", "ظهيره", "منتصف ليل")
_AR_PAST = ("الماضي", "الفايت", "المنصرم", "السابق")
_AR_NEXT = ("المقبل", "القادم")
_EN_PAST = ("last", "past")
_EN_NEXT = ("next", "coming")
_EN_TIME_OF_DAY = ("morning", "afternoon", "evening", "night")
# words of multi-word phrases too common to be worth a window (the other words anchor them)
_NOT_TRIGGERS = frozenset(
    {"هذا", "the", "this", "before", "day", "الاول", "الثاني", "الاخر", "الاولي", "الثانيه"}
)
TRIGGER_CLITICS = "وفبل"  # one-letter clitics a trigger word may carry (وأمس، فالخميس)
PAST_MARKS = frozenset(_AR_PAST + _EN_PAST)
NEXT_MARKS = frozenset(_AR_NEXT + _EN_NEXT)


@dataclass(frozen=True, slots=True)
class Month:
    calendar: str  # gregorian | hijri
    number: int


@dataclass(frozen=True, slots=True)
class Patterns:
    """The compiled patterns of one language and the tables their groups are read with."""

    explicit: re.Pattern[str]
    weekday: re.Pattern[str]
    relative: re.Pattern[str]
    numeric: re.Pattern[str]
    same_occasion: re.Pattern[str]  # «الحوار نفسه», "the same hearing"
    same_occasion_words: tuple[str, ...]  # the longest word of each of its forms (نفسه, same)
    months: dict[str, Month]
    weekdays: dict[str, int]
    relative_offsets: dict[str, int | None]  # None: a period, not a day
    ordinal_days: dict[str, int]
    day_words: tuple[str, ...]  # the first word of each ordinal day («السادس» of «السادس عشر»)
    triggers: dict[str, str]  # anchor word -> the pattern it anchors (month|weekday|relative)
    trigger_finder: WordFinder  # finds the trigger words in one pass
    # weekday and relative anchor words -> how many runs of text (see :func:`_tails`) a match
    # of their pattern goes on for after the one that holds them
    tails: dict[str, int]


# the forms one part of a pattern takes, and whether a match must have that part
Slot = tuple[tuple[str, ...], bool]


def _alt(forms: list[str]) -> str:
    """A regex alternation, longest first, any run of spaces matching a space.

    Built as a trie (:func:`trie_regex`), which tries the same alternatives in the same order
    as a flat alternation sorted by length when the forms are single-spaced words, and is much
    quicker on long texts; other forms get the flat alternation.
    """
    if all(f == " ".join(f.split()) for f in forms):
        return trie_regex(forms, space=r"\s+")
    ordered = sorted(set(forms), key=len, reverse=True)
    return "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in ordered)


def _key(form: str) -> str:
    return " ".join(form.split())


@cache
def patterns(lang: str) -> Patterns:
    """The patterns of ``lang`` ("ar" or "en"; anything else reads as English)."""
    lang = "ar" if lang == "ar" else "en"
    months = {fold(r[0]): Month(r[1], int(r[2])) for r in load_rows(lang, "months")}
    weekdays = {fold(r[0]): int(r[1]) for r in load_rows(lang, "weekdays")}
    rows = load_rows(lang, "relative_dates")
    relative = {
        fold(r[0]): (None if r[1] == "vague" else int(r[1])) for r in rows if r[1] != "same"
    }
    same_forms = [fold(r[0]) for r in rows if r[1] == "same"]
    same = _alt(same_forms)
    ordinals = _ordinal_days() if lang == "ar" else {}
    build = _arabic if lang == "ar" else _english
    explicit, weekday, rel, slots = build(months, weekdays, relative, ordinals)
    numeric = re.compile(
        r"(?<![\w/.-])(?:(\d{4})-(\d{1,2})-(\d{1,2})|(\d{1,2})/(\d{1,2})/(\d{4}))(?![\w/])"
    )
    same_occasion = re.compile(rf"(?<!\w)(?:{same})(?!\w)")
    triggers = {
        w: kind
        for kind, forms in (("relative", relative), ("month", months), ("weekday", weekdays))
        for form in forms
        for w in form.split()
        if len(w) > 2 and w not in _NOT_TRIGGERS
    }
    return Patterns(
        explicit,
        weekday,
        rel,
        numeric,
        same_occasion,
        tuple(max(form.split(), key=len) for form in same_forms),
        months,
        weekdays,
        relative,
        ordinals,
        tuple(sorted({form.split()[0] for form in ordinals})),
        triggers,
        WordFinder(triggers, TRIGGER_CLITICS),
        {word: n for kind in slots for word, n in _tails(slots[kind], kind, triggers).items()},
    )


def _tails(slots: list[Slot], kind: str, triggers: dict[str, str]) -> dict[str, int]:
    """For each anchor word of ``kind``, the most runs of text (what lies between two spaces)
    that a match of the pattern made of ``slots`` goes on for after the run holding the word.

    The words of a form are matched one per run («\\s+» between them), so a match holding the
    anchor «امس» of «أمس الأول» ends at the latest one run after it. When some match may hold
    no anchor word of ``kind`` (a form of every required part lacks one), nothing is bounded.

    >>> slots = [(("مساء",), False), (("امس", "اول امس", "امس الاول"), True)]
    >>> _tails(slots, "relative", {"امس": "relative", "مساء": "relative"})
    {'مساء': 2, 'امس': 1}
    >>> _tails(slots, "relative", {"مساء": "relative"})
    {}
    """
    if not any(
        required and all(_holds(f, kind, triggers) for f in forms) for forms, required in slots
    ):
        return {}
    out: dict[str, int] = {}
    for k, (forms, _) in enumerate(slots):
        later = sum(max(len(f.split()) for f in more) for more, _ in slots[k + 1 :])
        for form in forms:
            words = form.split()
            for j, word in enumerate(words):
                if triggers.get(word) == kind:
                    out[word] = max(out.get(word, 0), len(words) - 1 - j + later)
    return out


def _holds(form: str, kind: str, triggers: dict[str, str]) -> bool:
    """``form`` has an anchor word of ``kind``."""
    return any(triggers.get(word) == kind for word in form.split())


def _ordinal_days() -> dict[str, int]:
    """السادس عشر → 16, الحادي والعشرين → 21, العاشر → 10 (folded)."""
    units: dict[str, int] = {}
    for row in load_rows("ar", "numbers"):
        if row[1] == "ordinal":
            units[fold(row[0])] = int(row[2])
    out: dict[str, int] = {}
    for form, value in units.items():
        out[form] = value
        if value < 10:
            out[f"{form} عشر"] = value + 10
            out[f"{form} والعشرين"] = value + 20
            if value == 1:
                out[f"{form} والثلاثين"] = 31
    return out


def _arabic(
    months: dict[str, Month],
    weekdays: dict[str, int],
    relative: dict[str, int | None],
    ordinals: dict[str, int],
) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], dict[str, list[Slot]]]:
    wd = _alt(list(weekdays))
    mon = _alt(list(months))
    tod = _alt(list(_AR_TIME_OF_DAY))
    rel_days = tuple(
        f for f, off in relative.items() if (off is not None and off < 0) or f == "اليوم"
    )
    reldays = _alt(list(rel_days))
    mod = _alt(list(_AR_PAST + _AR_NEXT))
    day = rf"(?:ال)?(?P<day>\d{{1,2}})|(?P<oday>{_alt(list(ordinals))})"
    lead = r"(?<!\w)(?:[وفب](?=\S))?"
    weekday = (
        rf"(?:(?:{tod})\s+)?(?:(?P<rel>{reldays})\s+)?(?:يوم\s+)?(?P<wd>{wd})"
        rf"(?:\s+(?P<mod>{mod}))?"
    )
    explicit = (
        rf"{lead}(?P<body>(?:{weekday}\s*[،,]?\s*)?(?:{day})\s+(?:من\s+)?(?:شهر\s+)?(?P<mon>{mon})"
        rf"(?:\s*[/(]\s*(?P<mon2>{mon})\s*\)?)?"
        rf"(?:\s*[،,]?\s*(?:(?:من\s+)?(?:عام|العام|سنه)\s+)?(?P<year>\d{{4}})"
        rf"(?:\s*(?P<era>ه|م)(?!\w))?)?)(?!\w)"
    )
    weekday_only = rf"{lead}(?P<body>{weekday})(?!\w)"
    rel = rf"{lead}(?P<body>(?:(?:{tod})\s+)?(?P<phrase>{_alt(list(relative))}))(?!\w)"
    slots: dict[str, list[Slot]] = {  # the parts of the weekday and relative patterns, in order
        "weekday": [
            (_AR_TIME_OF_DAY, False),
            (rel_days, False),
            (("يوم",), False),
            (tuple(weekdays), True),
            (_AR_PAST + _AR_NEXT, False),
        ],
        "relative": [(_AR_TIME_OF_DAY, False), (tuple(relative), True)],
    }
    return re.compile(explicit), re.compile(weekday_only), re.compile(rel), slots


def _english(
    months: dict[str, Month],
    weekdays: dict[str, int],
    relative: dict[str, int | None],
    ordinals: dict[str, int],
) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], dict[str, list[Slot]]]:
    wd = _alt(list(weekdays))
    mon = _alt(list(months))
    mods = (*_EN_PAST, *_EN_NEXT, "this")
    mod = _alt(list(mods))
    tod = "|".join(_EN_TIME_OF_DAY)
    weekday = rf"(?:(?P<mod>{mod})\s+)?(?P<wd>{wd})(?:\s+(?:{tod}))?"
    sfx = r"(?:st|nd|rd|th)?"
    explicit = (
        rf"(?<!\w)(?P<body>(?:(?P<wd>{wd}),?\s+)?"
        rf"(?:(?P<mon>{mon})\.?\s+(?P<day>\d{{1,2}}){sfx}(?!\d)"
        rf"|(?:the\s+)?(?P<day2>\d{{1,2}}){sfx}\s+(?:of\s+)?(?P<mon2>{mon})\.?)"
        rf"(?:,?\s+(?P<year>\d{{4}}))?)(?![\w])"
    )
    weekday_only = rf"(?<!\w)(?P<body>{weekday})(?!\w)"
    rel = rf"(?<!\w)(?P<body>(?P<phrase>{_alt(list(relative))}))(?!\w)"
    slots: dict[str, list[Slot]] = {  # the parts of the weekday and relative patterns, in order
        "weekday": [(mods, False), (tuple(weekdays), True), (_EN_TIME_OF_DAY, False)],
        "relative": [(tuple(relative), True)],
    }
    return re.compile(explicit), re.compile(weekday_only), re.compile(rel), slots


def phrase_key(text: str) -> str:
    """The lexicon key of a matched phrase (runs of spaces made single)."""
    return _key(text)
