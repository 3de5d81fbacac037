"""Shortcuts of the date finder: the weekday and relative patterns stop a few words after
their anchor words (``tails``), and the explicit pattern runs only where a day can be (digits
or an ordinal word); what they find is exactly what the patterns find run over every window."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from khabar.temporal import find
from khabar.temporal._patterns import Patterns, patterns
from khabar.text import normalise

AR_WORDS = [
    *"أمس اليوم الليلة الماضية الخميس الأربعاء الجمعة الماضي المقبل يوم مساء صباح ليل".split(),
    *"أول من الأسبوع الشهر هذا في وقت سابق قبل أيام مطلع الجاري أيلول سبتمبر قال إن".split(),
    *"و ف ب وأمس بالخميس «اليوم» 9 2025 السادس عشر الحادي والعشرين من رمضان شوال".split(),
]
EN_WORDS = [
    *"today yesterday tonight last next this week month earlier morning night the day".split(),
    *"before monday friday sunday said on evening september 9 2025 recently Today".split(),
]
SEPARATORS = [" ", " ", " ", "\n\n\n", " " * 40, "\u00a0", "، ", ", ", ".", "«", "»", "_", "", ""]


def _pieces(words: list[str]) -> st.SearchStrategy[list[tuple[str, str]]]:
    return st.lists(st.tuples(st.sampled_from(words), st.sampled_from(SEPARATORS)), max_size=25)


def _found(text: str, start: int, end: int, lang: str) -> list[tuple[str, int, int, str]]:
    published = date(2025, 3, 15)
    return [
        (t.ref.text, t.ref.start, t.ref.end, t.form)
        for t in find.find_dates(normalise(text), start, end, lang, published)
    ]


@pytest.mark.parametrize("lang", ["ar", "en"])
@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_temporal_shortcuts_find_what_whole_windows_find(lang: str, data: st.DataObject) -> None:
    pieces = data.draw(_pieces(AR_WORDS if lang == "ar" else EN_WORDS))
    text = "".join(word + separator for word, separator in pieces)
    word_ends = [
        len("".join(w + s for w, s in pieces[:k])) + len(w) for k, (w, _) in enumerate(pieces)
    ]
    start = data.draw(st.integers(0, len(text)))
    # the stretch may end inside a run of text, right after a word: «الخميسالماضي»
    ends = [e for e in word_ends if e >= start] or [len(text)]
    end = data.draw(st.integers(start, len(text)) | st.sampled_from(ends))
    bounded = _found(text, start, end, lang)
    unbounded = dataclasses.replace(patterns(lang), tails={})
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(find, "patterns", lambda _lang: unbounded)
        mp.setattr(find, "_has_day_word", lambda *_: True)
        assert bounded == _found(text, start, end, lang)


def test_temporal_reach_of_a_weekday_is_its_next_word() -> None:
    pats: Patterns = patterns("ar")
    assert pats.tails["الخميس"] == 1  # «الخميس الماضي»
    assert pats.tails["اليوم"] == 0


def test_temporal_weekday_cut_by_the_end_of_a_stretch_is_found() -> None:
    text = "قال يوم الأربعاء إن الاجتماع عقد الخميسين"
    end = text.index("ين", text.index("الخميس"))  # the stretch ends inside «الخميسين»
    assert [t for t, *_ in _found(text, 0, end, "ar")] == ["يوم الأربعاء", "الخميس"]


def test_temporal_ordinal_day_without_digits_is_found() -> None:
    text = "وقال الوزير في السادس عشر من رمضان إن القافلة وصلت"
    assert [(t, form) for t, _, _, form in _found(text, 0, len(text), "ar")] == [
        ("السادس عشر من رمضان", "hijri")
    ]
