"""English "a few hundred", "several thousand" are vague amounts, labelled like «مئات»/«آلاف»."""

from __future__ import annotations

import pytest

from khabar.numbers import find_quantities
from khabar.numbers.words import parse_words
from khabar.text import normalise


def vague_of(text: str, lang: str) -> list[tuple[str | None, str]]:
    found = find_quantities(normalise(text), 0, len(text), lang)
    return [(q.vague, q.text) for q in found if q.value is None]


@pytest.mark.parametrize(
    ("text", "label", "phrase"),
    [
        ("she said a few hundred nurses had walked out", "hundreds", "a few hundred"),
        ("he said several thousand tickets were refunded", "thousands", "several thousand"),
        ("officials said a few thousand homes lost power", "thousands", "a few thousand"),
        ("he said several hundred trucks were waiting", "hundreds", "several hundred"),
        ("the agency said hundreds of families had left", "hundreds", "hundreds"),
        ("the agency said thousands of families had left", "thousands", "thousands"),
    ],
)
def test_english_vague_amount_has_the_label_of_its_magnitude(
    text: str, label: str, phrase: str
) -> None:
    assert vague_of(text, "en") == [(label, phrase)]


def test_english_vague_label_matches_the_arabic_one() -> None:
    english = parse_words("a few hundred".split(), 0, "en")
    arabic = parse_words(normalise("بضع مئات").text.split(), 0, "ar")
    assert english is not None and arabic is not None
    assert english.vague == arabic.vague == "hundreds"


def test_a_few_without_a_magnitude_is_no_quantity() -> None:
    assert find_quantities(normalise("a few nurses walked out"), 0, 23, "en") == []


@pytest.mark.parametrize(
    "text",
    [
        "he said several hundred thousand people had fled",
        "he said several million dollars had been lost",
        "she said a few billion had been pledged",
    ],
)
def test_vague_amount_without_a_label_gives_no_wrong_number(text: str) -> None:
    assert [q.value for q in find_quantities(normalise(text), 0, len(text), "en")] == []
