"""Offsets are sacred: every span of every statement indexes the original text exactly."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import khabar
from khabar.model import Statement
from khabar.text import normalise

ARABIC_SAMPLE = (
    "وقالَت المتحدثـــة باسم الوزارة سلمى ناصر في مؤتمر صحفي: «نعمل على مدار الساعة».\n\n"
    "وأضافت أنّ ثلاثة آلاف شخص نزحوا.\u200f"
)


def spans_of(s: Statement) -> list[tuple[int | None, int | None, str]]:
    out = [(s.cue.start, s.cue.end, s.cue.text), (s.content.start, s.content.end, s.content.text)]
    for sp in (s.speaker, s.via):
        if sp is not None and sp.start is not None:
            out.append((sp.start, sp.end, sp.text))
    out += [(q.start, q.end, q.text) for q in s.quantities]
    return out


def assert_offsets(text: str) -> None:
    doc = khabar.extract(text)
    for s in doc.statements:
        for start, end, piece in spans_of(s):
            assert start is not None and end is not None
            assert text[start:end] == piece


def test_offsets_point_into_text_with_diacritics_tatweel_and_bidi_marks() -> None:
    doc = khabar.extract(ARABIC_SAMPLE)
    assert len(doc.statements) == 2
    assert_offsets(ARABIC_SAMPLE)


def test_normalise_maps_offsets_back_across_deleted_marks() -> None:
    text = "قالَ الوزيـــر"
    n = normalise(text)
    a, b = n.to_orig_span(n.text.index("الوزير"), len(n.text))
    assert text[a:b] == "الوزيـــر"


@settings(max_examples=400, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(list('قالتإنأ «»"“”:،.وزيرَّـ\u200f\n1٣ said that he')), max_size=120
    )
)
def test_extract_any_text_never_crashes_and_offsets_hold(text: str) -> None:
    assert_offsets(text)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=80))
def test_extract_any_unicode_never_crashes(text: str) -> None:
    assert_offsets(text)
