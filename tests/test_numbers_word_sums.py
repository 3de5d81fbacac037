"""Arabic amounts in words: «ألفًا و…» is a thousand, «مليار و٢٠٠ مليون» one sum."""

from __future__ import annotations

import pytest

from khabar.numbers import find_quantities
from khabar.text import normalise


def values(text: str, lang: str = "ar") -> list[int | float | None]:
    return [q.value for q in find_quantities(normalise(text), 0, len(text), lang)]


def test_accusative_thousand_before_and_a_number_is_one_thousand() -> None:
    assert values("وأعلنت اللجنة تسجيلها ألفًا وثلاثمئة وعشرين مخالفة") == [1320]


def test_dual_construct_thousand_before_a_noun_is_two_thousand() -> None:
    assert values("وقال إن ألفا متطوع شاركوا") == [2000]


@pytest.mark.parametrize(
    ("text", "lang", "total"),
    [
        ("وقال إن الكلفة بلغت مليارًا و٤٠٠ مليون دينار", "ar", 1_400_000_000),
        ("وأوضح أن العجز بلغ ٣ مليارات و٧٥٠ مليون درهم", "ar", 3_750_000_000),
        ("the bill reached 2 billion and 300 million dollars", "en", 2_300_000_000),
    ],
)
def test_larger_and_smaller_scale_joined_by_and_are_one_sum(
    text: str, lang: str, total: int
) -> None:
    assert values(text, lang) == [total]


def test_between_two_scales_is_a_range_not_a_sum() -> None:
    assert values("وقدر الخسائر بين مليار و٨٠٠ مليون دولار") == [1_000_000_000, 800_000_000]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("وقال إن الفرق ستعمل خلال الأشهر الثلاثة المقبلة", 3, "شهر"),
        ("وأكد أن العمال الأربعة غادروا المستشفى", 4, "عامل"),
        ("وحذر من أن الحرارة قد تتجاوز عتبة الخمسين درجة", 50, None),
    ],
)
def test_definite_cardinal_after_a_counted_plural_or_a_bound_counts(
    text: str, value: int, unit: str | None
) -> None:
    found = find_quantities(normalise(text), 0, len(text), "ar")
    assert [q.value for q in found] == [value]
    assert unit is None or found[0].unit == unit


@pytest.mark.parametrize(
    "text",
    ["وقال في افتتاح الدورة الأربعين للمجلس إن", "وأشار إلى المادة الـ٣٠ من الدستور"],
)
def test_definite_number_as_an_ordinal_is_not_a_quantity(text: str) -> None:
    assert values(text) == []


def test_definite_digits_after_a_counted_plural_count() -> None:
    assert values("وقال إن العمال الـ٢٣ خرجوا سالمين") == [23]
