"""A count whose unit is missing or generic takes the counted thing from its sentence:
«عدد X», "the number of X", the subject of a verb of level, a definite cardinal, a dual,
and the verb next to «شخص» / "people" (invented sentences)."""

from __future__ import annotations

import pytest

from khabar.numbers import find_quantities
from khabar.text import normalise


def units(text: str, lang: str) -> list[tuple[int | float | None, str | None]]:
    norm = normalise(text)
    return [(q.value, q.unit) for q in find_quantities(norm, 0, len(text), lang)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("أن عدد المفقودين في قرى الجبل الغربي بعد العاصفة ارتفع إلى ستين", [(60, "مفقود")]),
        ("إن حصيلة القتلى ارتفعت إلى ثلاثة وعشرين", [(23, "قتيل")]),
        ("أن عدد النازحين من ضفتي النهر بلغ ٧٠٠٠ شخص", [(7000, "نازح")]),
        ("أن الجنود الـ١٢ عادوا إلى الثكنة", [(12, "جندي")]),
        ("عن وفاة طفلين اثنين", [(2, "طفل")]),
        ("بأن قرابة ٩٠٠ شخص فرّوا من البلدة", [(900, "نازح")]),
        ("أن القصف أدى إلى نزوح ٣٠٠ شخص", [(300, "نازح")]),
    ],
)
def test_arabic_count_takes_its_counted_thing_from_the_sentence(
    text: str, expected: list[tuple[int, str]]
) -> None:
    assert units(text, "ar") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The number of students evacuated has risen to 85", [(85, "students")]),
        ("confirmed infections stood at about 640", [(640, "infections")]),
        ("the queue of stranded trucks had fallen to 230", [(230, "truck")]),
        ("a review of 19 damaged water towers", [(19, "towers")]),
        ("more than 2,000 people had been forced from their homes", [(2000, "displaced")]),
        ("the dam holds 3.5 billion cubic metres", [(3_500_000_000, "cubic metre")]),
        ("The death toll from the storm in the northern valley has risen to 23", [(23, "dead")]),
        ("the real toll is above 60", [(60, "dead")]),
    ],
)
def test_english_count_takes_its_counted_thing_from_the_sentence(
    text: str, expected: list[tuple[int | float, str]]
) -> None:
    assert units(text, "en") == expected


def test_a_number_after_another_number_does_not_borrow_a_distant_subject() -> None:
    assert units("ارتفع عدد القتلى إلى 40 بينهم 12", "ar") == [(40, "قتيل"), (12, None)]


def test_people_without_a_telling_verb_stay_people() -> None:
    assert units("hospitals treated about 80 people overnight", "en") == [(80, "person")]


def test_a_count_reaches_back_past_a_quotation_mark_and_a_long_subject() -> None:
    assert units('إن عدد المتضررين من القرار "تجاوز ثلاثين ألفًا"', "ar") == [(30000, "متضررين")]
    long = (
        "The number of children treated at the two district clinics after the gas leak "
        "near the old textile works has risen to 64"
    )
    assert units(long, "en") == [(2, "clinics"), (64, "child")]


def test_a_total_without_of_counts_what_its_sentence_counts() -> None:
    assert units("two more miners had died overnight, bringing the total to 14", "en")[-1] == (
        14,
        "dead",
    )
    assert units("Rescuers said 25 homes were flattened, bringing the total to 310", "en") == [
        (25, "home"),
        (310, "home"),
    ]


def test_a_quotation_closing_on_the_number_does_not_hide_its_noun() -> None:
    assert units("إن المستشفى استقبل «نحو ثلاثمئة» حالة اختناق", "ar") == [(300, "حالة")]
    assert units("بواقع ” 4 ” بمحافظة الشمال", "ar") == [(4, None)]
