"""Quantities in English statement contents (invented sentences)."""

from __future__ import annotations

import pytest

from khabar.components.dates import dates_in
from khabar.model import Quantity
from khabar.numbers import find_quantities
from khabar.text import normalise


def quantities(text: str) -> list[Quantity]:
    norm = normalise(text)
    found = find_quantities(norm, 0, len(text), "en", exclude=dates_in(norm, 0, len(text), "en"))
    for q in found:
        assert text[q.start : q.end] == q.text
    return found


def test_digits_words_and_units() -> None:
    found = quantities("rescuers moved 12,000 people and two children from 40 homes")
    assert [(q.value, q.unit) for q in found] == [(12_000, "person"), (2, "child"), (40, "home")]


def test_scale_words_and_currency() -> None:
    found = quantities("the insurer could lose $15 million, or 1.5 million euros")
    assert [(q.value, q.text, q.unit) for q in found] == [
        (15_000_000, "$15 million", "USD"),
        (1_500_000, "1.5 million", "EUR"),
    ]


def test_ten_thousand_in_words() -> None:
    assert [q.value for q in quantities("ten thousand volunteers signed up")] == [10_000]


def test_of_the_fourteen_villages() -> None:
    assert [q.value for q in quantities("water has receded from 9 of the 14 villages")] == [9, 14]


@pytest.mark.parametrize(
    ("text", "vague"),
    [
        ("dozens of people were hurt", "dozens"),
        ("hundreds of trucks waited", "hundreds"),
        ("thousands fled the city", "thousands"),
        ("tens of thousands of people marched", "tens_of_thousands"),
    ],
)
def test_vague_amounts(text: str, vague: str) -> None:
    [q] = quantities(text)
    assert (q.value, q.vague) == (None, vague)


def test_hundreds_of_thousands_is_left_out_rather_than_mislabelled() -> None:
    assert quantities("hundreds of thousands of people fled") == []


def test_range_to_thousand() -> None:
    assert [q.value for q in quantities("between 10 to 12 thousand troops")] == [10_000, 12_000]


@pytest.mark.parametrize(
    ("text", "approx"),
    [
        ("close to 3,000 cases", "about"),
        ("about 80 people", "about"),
        ("more than 1,500 people", "more_than"),
        ("losses of up to $40 million", "up_to"),
        ("fewer than 20 trucks", "less_than"),
        ("exactly 20 trucks", None),
    ],
)
def test_approximation_flags(text: str, approx: str | None) -> None:
    [q] = quantities(text)
    assert q.approx == approx


def test_percentages() -> None:
    found = quantities("turnout was 63.1% and unemployment 12 percent")
    assert [(q.value, q.unit) for q in found] == [(63.1, "%"), (12, "%")]


@pytest.mark.parametrize(
    "text",
    [
        "the company built the bridge in 2019",
        "the meeting starts at 10:30",
        "on June 3, 2025, the talks ended",
        "one of the officials said",
        "Resolution 2216 and the Group 5+1",
        "it came 1st in the 2nd round",
    ],
)
def test_not_quantities(text: str) -> None:
    assert quantities(text) == []


def test_a_plural_not_in_the_lexicon_counts_before_a_stop_word_or_a_comma() -> None:
    found = quantities(
        "rescuers reached 17 miners who had been trapped, and 2,400 acres, they said"
    )
    assert [(q.value, q.unit) for q in found] == [(17, "miners"), (2_400, "acres")]


def test_a_stop_word_after_the_number_is_not_a_unit() -> None:
    assert [q.unit for q in quantities("the figure rose to 31 as rescuers dug")] == [None]


def test_a_decimal_scaled_value_has_no_float_noise() -> None:
    (q,) = quantities("reserves fell to $17.1 billion")
    assert q.value == 17_100_000_000 and isinstance(q.value, int)
