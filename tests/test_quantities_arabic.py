"""Quantities in Arabic statement contents (invented sentences)."""

from __future__ import annotations

import pytest

from khabar.components.dates import dates_in
from khabar.model import Quantity
from khabar.numbers import find_quantities
from khabar.text import normalise


def quantities(text: str) -> list[Quantity]:
    norm = normalise(text)
    found = find_quantities(norm, 0, len(text), "ar", exclude=dates_in(norm, 0, len(text), "ar"))
    for q in found:
        assert text[q.start : q.end] == q.text
    return found


def values(text: str) -> list[int | float | str | None]:
    return [q.value if q.value is not None else q.vague for q in quantities(text)]


@pytest.mark.parametrize(
    "written",
    ["10,000", "10.000", "10 000", "١٠٬٠٠٠", "۱۰۰۰۰", "١٠٠٠٠", "10 آلاف", "عشرة آلاف", "عشرة الاف"],
)
def test_ten_thousand_in_every_spelling(written: str) -> None:
    assert values(f"وصل عدد المتطوعين إلى {written} متطوع") == [10_000]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("سجلت الفرق 1.5 مليون زائر", 1_500_000),
        ("تضرر ١٢ ألف منزل", 12_000),
        ("نقلت ٣ آلاف خيمة", 3000),
        ("بلغت الخسائر 2,5 مليار", 2_500_000_000),
        ("استقبلت المدينة 1.500 مليون سائح", 1_500_000),
    ],
)
def test_digits_with_scale_words(text: str, value: int) -> None:
    assert values(text) == [value]


def test_counted_noun_is_the_unit_and_is_normalised() -> None:
    found = quantities("أجلت السلطات ثلاث قرى و٤٠ عائلة و٢٠٠ جندي وعشرات المصابين")
    assert [(q.value or q.vague, q.unit) for q in found] == [
        (3, "قرية"),
        (40, "عائلة"),
        (200, "جندي"),
        ("dozens", "مصاب"),
    ]


@pytest.mark.parametrize(
    ("text", "vague"),
    [
        ("استقبل المستشفى عشرات الجرحى", "dozens"),
        ("نزح مئات السكان", "hundreds"),
        ("يقيم الآلاف في الخيام", "thousands"),
        ("فر آلاف المدنيين", "thousands"),
        ("تظاهر عشرات الآلاف في الساحة", "tens_of_thousands"),
        ("وصل بضعة آلاف من الزوار", "thousands"),
    ],
)
def test_vague_amounts(text: str, vague: str) -> None:
    [q] = quantities(text)
    assert (q.value, q.vague) == (None, vague)


def test_range_gives_two_values_with_the_shared_scale() -> None:
    found = quantities("يتراوح عدد المقاتلين بين 10 و12 ألفاً")
    assert [q.value for q in found] == [10_000, 12_000]
    assert [q.text for q in found] == ["10", "12 ألفاً"]


def test_range_in_words() -> None:
    assert values("ما بين عشرة واثني عشر ألف جندي") == [10_000, 12_000]


@pytest.mark.parametrize(
    ("text", "approx"),
    [
        ("ستصرف تعويضات لنحو ثلاثة آلاف أسرة", "about"),
        ("قتل حوالي 40 شخصاً", "about"),
        ("تضرر قرابة ٥٠٠ منزل", "about"),
        ("انتظرت أكثر من مئتي شاحنة", "more_than"),
        ("عزلت ثلاث قرى على الأقل", "more_than"),
        ("لا يتجاوز العدد ألفي شخص", None),
        ("عدد النازحين لا يتجاوز ألفي شخص", "up_to"),
        ("سقط 12 قتيلاً", None),
    ],
)
def test_approximation_flags(text: str, approx: str | None) -> None:
    assert [q.approx for q in quantities(text)][-1:] == [approx]


def test_percent_and_currency() -> None:
    found = quantities(
        "أعادت الشركة تشغيل ٨٠٪ من أنظمتها وخسرت خمسة عشر مليون دولار و63.1 في المئة"
    )
    assert [(q.value, q.unit) for q in found] == [(80, "%"), (15_000_000, "USD"), (63.1, "%")]


def test_hours_are_a_quantity_but_clock_times_are_not() -> None:
    assert [(q.value, q.unit) for q in quantities("سنبلغ العملاء خلال ٤٨ ساعة")] == [(48, "ساعة")]
    assert quantities("بدأ الاجتماع الساعة 10:30 صباحاً") == []


@pytest.mark.parametrize(
    "text",
    [
        "نفذت الشركة الجسر عام 2019",
        "وقع الهجوم في 9 أيلول/سبتمبر 2025",
        "اتصلوا على الرقم 0123456789",
        "وصل في اليوم الأول والثاني",
        "ناقشت مجموعة 5+1 ومؤتمر جنيف 1 القرار 2216 مع الدول الست",
        "أبلغه أحد المسعفين",
        "احتفلت بالذكرى الـ50 لتأسيسها",
    ],
)
def test_not_quantities(text: str) -> None:
    assert quantities(text) == []


def test_duals_of_counted_nouns_count_two() -> None:
    assert [(q.value, q.unit) for q in quantities("وزعنا السلال خلال يومين في مركزين")] == [
        (2, "يوم"),
        (2, "مركز"),
    ]


def test_sound_plural_is_not_read_as_a_dual() -> None:
    assert quantities("استقبل المستشفى مصابين من القرية") == []


def test_values_are_ints_when_whole() -> None:
    assert all(isinstance(q.value, int) for q in quantities("بلغ 1.5 مليون و10.000 و٣٠٠"))


def test_a_million_and_half_a_million_is_one_sum_but_not_in_a_range() -> None:
    assert values("انقطعت المياه عن مليون ونصف مليون منزل") == [1_500_000]
    assert values("تضرر نحو مليونين ونصف مليون شخص") == [2_500_000]
    assert values("يتراوح العدد بين مليون ونصف مليون") == [1_000_000, 500_000]


def test_a_definite_round_number_after_a_verb_of_passing_or_nearing() -> None:
    assert values("قال إن عدد المصابين يتجاوز الثمانين") == [80]
    assert values("قال إن عدد المفقودين قارب المئة") == [100]
    assert values("بلغ التضخم ٢٠ في المئة") == [20]
    assert values("احتفلت المدينة بالذكرى الثمانين لتأسيسها") == []


def test_a_definite_cardinal_after_a_definite_noun_counts_that_noun() -> None:
    found = quantities(
        "قال المحافظ إن البحارة السبعة وصلوا، وإن الصيادين الأربعة ما زالوا في المستشفى"
    )
    assert [(q.value, q.text) for q in found] == [(7, "السبعة"), (4, "الأربعة")]
    assert found[0].unit is not None and found[0].unit.startswith("بحار")
    # a nisba adjective between them: the noun before it is the counted thing
    assert [q.value for q in quantities("أغلقت السلطات المحطات الساحلية الثلاث")] == [3]
    # ordinals (السادسة، الثالث) and a group's name are not counts
    assert quantities("افتتحت الدورة السادسة للمعرض في الطابق الثالث") == []
