"""Arabic amounts: a half or a quarter joined to a scale word («مليون ونصف», «مليوناً ونصف
المليون») adds that part of the scale (num2words: 1,500,000), and «واحد» after a singular
counted noun («جريحاً واحداً») is one of it (invented sentences, added after the blind8
evaluation)."""

from __future__ import annotations

import pytest

from khabar.numbers import find_quantities
from khabar.text import normalise


def found(text: str) -> list[tuple[int | float | None, str | None]]:
    return [(q.value, q.unit) for q in find_quantities(normalise(text), 0, len(text), "ar")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("وقالت البلدية إنها أنفقت مليوناً ونصف المليون درهم على الجسر", 1_500_000),
        ("وقالت البلدية إنها أنفقت مليون ونصف درهم على الجسر", 1_500_000),
        ("وقالت البلدية إنها أنفقت ألفاً ونصف الألف درهم على الجسر", 1_500),
        ("وقالت البلدية إنها أنفقت مليونين ونصف المليون درهم على الجسر", 2_500_000),
        ("وقالت البلدية إنها أنفقت أربعة آلاف وربع درهم على الجسر", 4_250),
        ("وقالت البلدية إنها أنفقت نصف المليون درهم على الجسر", 500_000),
    ],
)
def test_a_half_joined_to_a_scale_adds_half_the_scale(text: str, value: int) -> None:
    assert found(text) == [(value, "درهم")]


def test_half_of_another_scale_is_a_number_of_its_own() -> None:
    assert [v for v, _ in found("وقدّر الكلفة بمليون ونصف مليار")] == [1_000_000, 500_000_000]


def test_one_after_a_singular_counted_noun_is_one_of_it() -> None:
    assert found("وأسفر الانفجار عن جريحاً واحداً وأربعة قتلى") == [(1, "جريح"), (4, "قتيل")]
    assert found("وسُجّلت إصابة واحدة في الحي الشرقي") == [(1, "إصابة")]


def test_one_after_a_time_word_or_alone_is_no_figure() -> None:
    assert found("وأنجز الفريق الترميم في شهر واحد") == []
    assert found("وقال إن واحداً من العمال غادر") == []
