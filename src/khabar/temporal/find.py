"""Find time expressions and resolve them against the publication date.

Rules (SPEC §1 dates), for a publication day P:

* a weekday alone («يوم الخميس», "on Thursday") is the most recent such day on or before P
  (P itself counts); marked past («الخميس الماضي», "last Thursday") it is the most recent one
  strictly before P — the newspaper reading; marked next («القادم», "next") the first after P;
* أمس/اليوم/أول أمس ("yesterday", "today") count from P, and win over a weekday that goes
  with them («أمس الأربعاء» is yesterday);
* an explicit date without a year takes the year that puts it on or before P; a Hijri date is
  converted with ``hijridate`` (Umm al-Qura), and moved by one day when a weekday beside it
  says so (moon sighting differs from the tables by a day);
* periods («الأسبوع الماضي», "earlier this week") keep their text with no day;
* with no publication date, everything relative stays unresolved.

>>> from datetime import date
>>> from khabar.text import normalise
>>> text = "قال الوزير أمس الأربعاء إن الاجتماع عقد في ٩ أيلول/سبتمبر ٢٠٢٥"
>>> [(t.ref.text, t.ref.value, t.form) for t in find_dates(normalise(text), 0, len(text), "ar", date(2025, 9, 11))]
[('أمس الأربعاء', datetime.date(2025, 9, 10), 'relative'), ('٩ أيلول/سبتمبر ٢٠٢٥', datetime.date(2025, 9, 9), 'explicit')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from hijridate import Gregorian, Hijri

from khabar.model import DateRef
from khabar.numbers.tokens import word_end
from khabar.numbers.wordfind import digit_starts
from khabar.temporal._names import day_word_in_name
from khabar.temporal._patterns import (
    NEXT_MARKS,
    PAST_MARKS,
    TRIGGER_CLITICS,
    Patterns,
    patterns,
    phrase_key,
)
from khabar.text import NormalizedText

FORMS = ("weekday", "relative", "explicit", "hijri", "vague")


@dataclass(frozen=True, slots=True)
class TimeExpr:
    """A time expression found in the text and its form (one of :data:`FORMS`)."""

    ref: DateRef
    form: str


def find_dates(
    norm: NormalizedText, start: int, end: int, lang: str, published: date | None
) -> list[TimeExpr]:
    """Time expressions in the original span ``[start, end)``, in text order."""
    pats = patterns(lang)
    found: list[tuple[int, int, date | None, str]] = []
    for ns, ne, kinds in _windows(norm.text, norm.to_norm(start), norm.to_norm(end), pats):
        found.extend(_matches(pats, norm, ns, ne, kinds, lang, published))
    out: list[TimeExpr] = []
    for a, b, value, form in _longest_first([f for f in found if f[1] > f[0]]):
        if value is not None and value.year < 1:
            value = None
        oa, ob = norm.to_orig_span(a, b)
        ob = word_end(norm.orig, ob)
        out.append(TimeExpr(DateRef(norm.orig[oa:ob], oa, ob, value), form))
    return out


def _matches(
    pats: Patterns,
    norm: NormalizedText,
    ns: int,
    ne: int,
    kinds: dict[str, int],
    lang: str,
    published: date | None,
) -> list[tuple[int, int, date | None, str]]:
    """The expressions of one window; a pattern only runs where its anchor word is, and no
    further than its matches can reach (``kinds``: see :func:`_windows`)."""
    found: list[tuple[int, int, date | None, str]] = []
    if "month" in kinds and ("digit" in kinds or _has_day_word(norm.text, ns, ne, pats)):
        for m in pats.explicit.finditer(norm.text, ns, ne):
            found.append(_explicit(m, pats, published, norm, lang))
    if "digit" in kinds and _has_date_separator(norm.text, ns, ne):
        for m in pats.numeric.finditer(norm.text, ns, ne):
            found.append((m.start(), m.end(), _numeric(m), "explicit"))
    if "weekday" in kinds:
        for m in pats.weekday.finditer(norm.text, ns, min(ne, kinds["weekday"])):
            if lang != "ar" or not _the_number_two(m, norm.text):
                found.append((*m.span("body"), _weekday(m, pats, published), _weekday_form(m)))
    if "relative" in kinds:
        for m in pats.relative.finditer(norm.text, ns, min(ne, kinds["relative"])):
            phrase = phrase_key(m.group("phrase"))
            if not _is_plain_day_word(m, phrase, norm.text) and not _names_a_day_in_name(
                m, phrase, norm
            ):
                found.append((*m.span("body"), *_relative(phrase, pats, published)))
    return found


def _has_day_word(text: str, start: int, end: int, pats: Patterns) -> bool:
    """``text[start:end]`` may hold an ordinal day («السادس عشر من رمضان»). An explicit date
    has a day: digits — the start of their run is an anchor of the window — or that word.

    >>> _has_day_word("في العاشر من رمضان", 0, 18, patterns("ar"))
    True
    """
    return any(text.find(word, start, end) >= 0 for word in pats.day_words)


def _has_date_separator(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` holds a «/» or a «-»: a numeric date (9/9/2025, 2025-09-09) can be
    there (two ``str.find`` in C instead of the numeric pattern tried at every position).

    >>> _has_date_separator("في 9/9/2025", 0, 11), _has_date_separator("قتل 12 شخصا", 0, 11)
    (True, False)
    """
    return text.find("/", start, end) >= 0 or text.find("-", start, end) >= 0


_REACH = 48  # characters around a trigger word that an expression can span
# a window: start, end, and each kind of anchor in it -> how far its pattern's matches reach
Window = tuple[int, int, dict[str, int]]


def _windows(text: str, start: int, end: int, pats: Patterns) -> list[Window]:
    """Stretches around the digits and words that can anchor a time expression.

    The full patterns are slow to try at every position of a long article, while finding the
    trigger words from the text's set of tokens (:class:`~khabar.numbers.wordfind.WordFinder`)
    is not; so the patterns only run near digits, weekday, month and relative words. A window
    ends at a word boundary, so a cut word never reads as a month name.

    Each window tells, for each kind of anchor in it, how far a match of its pattern can reach
    (:func:`_reach`): every weekday or relative expression holds an anchor word of its kind,
    and ends at most a few words after it, so its pattern need not run to the window's end.
    """
    hits = [(i, "digit", end) for i in digit_starts(text, start, end)]
    for i, word in pats.trigger_finder.candidates(text, start, end):
        if _whole_word(text, i, i + len(word)):
            hits.append((i, pats.triggers[word], _reach(text, i, end, pats.tails.get(word))))
    out: list[Window] = []
    for i, kind, reach in sorted(hits):
        a = max(start, i - _REACH)
        stop = min(end, i + 2 * _REACH)
        if out and a <= out[-1][1]:
            last = out[-1]
            last[2][kind] = max(reach, last[2].get(kind, reach))
            if stop > last[1]:  # a window ends at a space or at ``end``: else it holds this one
                out[-1] = (last[0], _to_space(text, stop, end), last[2])
        else:
            out.append((a, _to_space(text, stop, end), {kind: reach}))
    if out and out[-1][1] == end < len(text) and text[end].isalnum():
        # a word cut at ``end`` is whole to the patterns, which stop there, but no anchor to
        # _whole_word, which reads on: in the last window every pattern runs to the end
        last = out[-1]
        out[-1] = (last[0], end, dict.fromkeys(last[2], end))
    return out


def _reach(text: str, i: int, end: int, tail: int | None) -> int:
    """How far a match holding the anchor word at ``i`` can reach: to the end of the run of
    text that holds the word and of ``tail`` more runs (``end`` when ``tail`` is None).

    The cut falls before a space, where the patterns' lookaheads — «(?!\\w)», «(?=\\S)» — say
    the same of the space as of the end of the text, so every match is found as in the whole
    window, and none is cut short.

    >>> text = "قال أمس الأول إن"
    >>> text[: _reach(text, 4, len(text), 1)]
    'قال أمس الأول'
    """
    found = None if tail is None else _runs_after(tail).match(text, i, end)
    return end if found is None else found.end()


@cache
def _runs_after(tail: int) -> re.Pattern[str]:
    """The rest of a run of text and up to ``tail`` more runs."""
    return re.compile(rf"\S*(?:\s+\S+){{0,{tail}}}")


def _whole_word(text: str, a: int, b: int) -> bool:
    """``text[a:b]`` is a word, or a word after one clitic letter (وأمس، بالخميس is not)."""
    if b < len(text) and text[b].isalnum():
        return False
    if a == 0 or not text[a - 1].isalnum():
        return True
    return text[a - 1] in TRIGGER_CLITICS and (a == 1 or not text[a - 2].isalnum())


def _to_space(text: str, i: int, end: int) -> int:
    """The first space at or after ``i`` (or ``end``): a regex, not a loop over characters."""
    found = _NOT_SPACES.match(text, i, end)
    return i if found is None else found.end()


_NOT_SPACES = re.compile(r"\S*")  # «\S» is what str.isspace() is not


def _longest_first(
    found: list[tuple[int, int, date | None, str]],
) -> list[tuple[int, int, date | None, str]]:
    """Drop matches inside a longer one; keep text order."""
    kept: list[tuple[int, int, date | None, str]] = []
    for item in sorted(found, key=lambda f: (f[0], -(f[1] - f[0]))):
        if kept and item[0] < kept[-1][1]:
            continue
        kept.append(item)
    return kept


def _is_plain_day_word(m: re.Match[str], phrase: str, text: str) -> bool:
    """«اليوم التالي», «اليوم الوطني»: the day, not today (a weekday after it is today);
    ``phrase``: the lexicon key of the matched phrase."""
    if phrase != "اليوم":
        return False
    rest = text[m.end() : m.end() + 12].lstrip()
    return rest.startswith("ال")


def _names_a_day_in_name(m: re.Match[str], phrase: str, norm: NormalizedText) -> bool:
    """«بوابة النيل اليوم», "Egypt Today": the day word ends a name (:mod:`._names`)."""
    if phrase not in ("اليوم", "today"):
        return False
    return day_word_in_name(norm, *m.span("phrase"))


def _the_number_two(m: re.Match[str], text: str) -> bool:
    """A bare «الاثنين» that counts: after a definite dual («الموظفين الاثنين») or before
    tens («حيواناتها الاثنين والثلاثين»), it is two, not Monday.

    >>> from khabar.temporal._patterns import patterns
    >>> [_the_number_two(patterns("ar").weekday.search(t), t) for t in (
    ...     "ان الحارسين الاثنين اوقفا", "نقل الاثنين والثلاثين", "وصلوا يوم الاثنين",
    ...     "المهندسين الاثنين الماضي", "وقال رئيس البرلمان الاثنين")]
    [True, True, False, False, False]
    """
    if m.group("body") != m.group("wd") or m.group("mod") or not m.group("wd").endswith("ين"):
        return False
    if text.startswith(" وال", m.end()):
        return True
    start = m.start("body")
    before = text[max(0, start - 40) : start].rstrip().rsplit(maxsplit=1)  # the word before
    word = before[-1] if before else ""
    # a dual in -ين («الحارسين»), not a singular in -ان/-ين («البرلمان الاثنين»، «الدين»)
    return "ال" in word[:3] and word.endswith("ين") and len(word) >= 7


def _weekday_form(m: re.Match[str]) -> str:
    return "relative" if m.groupdict().get("rel") else "weekday"


def resolve_weekday(isoweekday: int, published: date, mark: str | None = None) -> date:
    """The day called ``isoweekday`` (Monday=1) as a report published on ``published`` means it.

    >>> resolve_weekday(6, date(2025, 3, 15))  # «يوم السبت» in a Saturday paper: that day
    datetime.date(2025, 3, 15)
    >>> resolve_weekday(3, date(2025, 3, 12), "الماضي")  # «الأربعاء الماضي» on a Wednesday
    datetime.date(2025, 3, 5)
    """
    back = (published.isoweekday() - isoweekday) % 7
    if mark in NEXT_MARKS:
        return published + timedelta(days=(isoweekday - published.isoweekday()) % 7 or 7)
    if mark in PAST_MARKS and back == 0:
        back = 7
    return published - timedelta(days=back)


def _weekday(m: re.Match[str], pats: Patterns, published: date | None) -> date | None:
    if published is None:
        return None
    rel = m.groupdict().get("rel")
    if rel:
        offset = pats.relative_offsets.get(phrase_key(rel))
        return None if offset is None else published + timedelta(days=offset)
    day = pats.weekdays[phrase_key(m.group("wd"))]
    return resolve_weekday(day, published, m.group("mod"))


def _relative(phrase: str, pats: Patterns, published: date | None) -> tuple[date | None, str]:
    offset = pats.relative_offsets.get(phrase)
    if offset is None:
        return None, "vague"
    if published is None:
        return None, "relative"
    return published + timedelta(days=offset), "relative"


def _explicit(
    m: re.Match[str], pats: Patterns, published: date | None, norm: NormalizedText, lang: str
) -> tuple[int, int, date | None, str]:
    a, b = m.span("body")
    groups = m.groupdict()
    mon_text = groups.get("mon") or groups.get("mon2") or ""
    month = pats.months[phrase_key(mon_text)]
    if (
        lang != "ar"
        and phrase_key(mon_text) in ("may", "march")
        and not _capitalised(norm, m, mon_text)
    ):
        return a, a, None, "explicit"  # "may" the verb: dropped by _longest_first as empty
    day_text = groups.get("day") or groups.get("day2")
    day = int(day_text) if day_text else pats.ordinal_days.get(phrase_key(groups.get("oday") or ""))
    year = int(groups["year"]) if groups.get("year") else None
    weekday = pats.weekdays.get(phrase_key(groups.get("wd") or ""))
    hijri = month.calendar == "hijri" or groups.get("era") == "ه"
    form = "hijri" if hijri else "explicit"
    if day is None:
        return a, b, None, form
    if groups.get("oday") and weekday is None and _after_definite_noun(norm.text, a):
        return a, a, None, form  # «النصف الثاني من رمضان»: an adjective, not a day
    if hijri:
        return a, b, _hijri(year, month.number, day, published, weekday), form
    return a, b, _gregorian(year, month.number, day, published), form


def _after_definite_noun(text: str, start: int) -> bool:
    words = text[max(0, start - 20) : start].split()
    return bool(words) and words[-1].startswith("ال")


def _capitalised(norm: NormalizedText, m: re.Match[str], mon_text: str) -> bool:
    group = "mon" if m.groupdict().get("mon") == mon_text else "mon2"
    start = norm.to_orig(m.start(group))
    return norm.orig[start : start + 1].isupper()


def _gregorian(year: int | None, month: int, day: int, published: date | None) -> date | None:
    """An explicit Gregorian day; without a year, the latest one on or before publication.

    >>> _gregorian(None, 9, 10, date(2025, 9, 11)), _gregorian(None, 12, 30, date(2025, 1, 5))
    (datetime.date(2025, 9, 10), datetime.date(2024, 12, 30))
    """
    if year is None:
        if published is None:
            return None
        year = published.year
        if _safe_date(year, month, day) is not None and date(year, month, day) > published:
            year -= 1
    return _safe_date(year, month, day)


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _hijri(
    year: int | None, month: int, day: int, published: date | None, weekday: int | None
) -> date | None:
    """A Hijri day in the Gregorian calendar (Umm al-Qura), checked against its weekday.

    >>> _hijri(1446, 9, 16, None, 7)  # الأحد السادس عشر من رمضان 1446
    datetime.date(2025, 3, 16)
    """
    try:
        if year is None:
            if published is None:
                return None
            year = Gregorian.fromdate(published).to_hijri().year
            if _from_hijri(year, month, day) > published:
                year -= 1
        value = _from_hijri(year, month, day)
    except (ValueError, OverflowError):
        return None
    if weekday is not None and value.isoweekday() != weekday:
        for shift in (-1, 1):
            if (value + timedelta(days=shift)).isoweekday() == weekday:
                return value + timedelta(days=shift)
    return value


def _from_hijri(year: int, month: int, day: int) -> date:
    return date(*Hijri(year, month, day).to_gregorian().datetuple())


def _numeric(m: re.Match[str]) -> date | None:
    """2025-09-09 or 9/9/2025 (day first, as Arabic and British papers write it)."""
    if m.group(1):
        return _safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    return _safe_date(int(m.group(6)), int(m.group(5)), int(m.group(4)))
