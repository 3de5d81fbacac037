"""Number words: newspaper forms, and num2words as an oracle (parse(num2words(n)) == n)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from num2words import num2words

from khabar.numbers import parse_words
from khabar.text import fold


def read(text: str, lang: str = "ar") -> int | float | None:
    tokens = fold(text).replace(",", " , ").split()
    found = parse_words(tokens, 0, lang)
    assert found is not None, text
    assert found.length == len(tokens), f"{text!r} read only {found.length} tokens"
    return found.value


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("ألف ومئتي", 1200),
        ("ثلاثمئة", 300),
        ("ثلاثمائة", 300),
        ("ثلاث مئة", 300),
        ("خمسمائة", 500),
        ("خمسة عشر مليون", 15_000_000),
        ("خمسةَ عشرَ مليوناً", 15_000_000),
        ("ثلاثة آلاف وخمسمئة", 3500),
        ("ثلاثة الاف وخمسمئة", 3500),
        ("ألفي", 2000),
        ("ألفين", 2000),
        ("ألفان", 2000),
        ("عشرة آلاف", 10_000),
        ("مئة وعشرين", 120),
        ("مائة و عشرون", 120),
        ("ثلاثين ألفاً", 30_000),
        ("مليونين", 2_000_000),
        ("ثلاثة ملايين", 3_000_000),
        ("أحد عشر ألف", 11_000),
        ("إحدى عشرة", 11),
        ("اثنا عشر", 12),
        ("اثنتي عشرة", 12),
        ("خمسة وعشرون", 25),
        ("مئتا ألف", 200_000),
        ("نصف مليون", 500_000),
        ("ربع مليون", 250_000),
        ("بثلاثة آلاف", 3000),
        ("ثلاثة ملايين وخمسمئة ألف", 3_500_000),
    ],
)
def test_arabic_newspaper_number_words(words: str, value: int) -> None:
    assert read(words) == value


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("ten thousand", 10_000),
        ("two", 2),
        ("forty-five", 45),
        ("one hundred and twenty", 120),
        ("a million", 1_000_000),
        ("half a million", 500_000),
        ("three hundred thousand", 300_000),
        ("twelve million, three hundred and five", 12_000_305),
    ],
)
def test_english_number_words(words: str, value: int) -> None:
    assert read(words, "en") == value


@pytest.mark.parametrize(
    ("words", "vague"),
    [
        ("عشرات", "dozens"),
        ("مئات", "hundreds"),
        ("آلاف", "thousands"),
        ("الآلاف", "thousands"),
        ("بضعة آلاف", "thousands"),
        ("عشرات الآلاف", "tens_of_thousands"),
        ("عشرات الالاف", "tens_of_thousands"),
    ],
)
def test_arabic_vague_amounts_have_a_label_and_no_value(words: str, vague: str) -> None:
    found = parse_words(fold(words).split(), 0, "ar")
    assert found is not None and found.value is None and found.vague == vague


def test_and_that_does_not_fit_ends_the_number() -> None:
    """«عشرة واثني عشر ألفاً» is a range (10 … 12,000), not 22,000."""
    found = parse_words(fold("عشرة واثني عشر ألفاً").split(), 0, "ar")
    assert found is not None and (found.value, found.length) == (10, 1)


def test_lone_teen_head_is_not_a_number() -> None:
    """«أحد» alone is "one of" / "anyone", never a quantity."""
    assert parse_words(["احد", "المسعفين"], 0, "ar") is None


# num2words (0.5.14) writes «… و ألف ألف …» for a thousands group of the form x01 with
# x > 0 (701,611 → «سبعمائة و ألف ألف و ستمائة و أحد عشر»): a defect, not a newspaper form,
# so those numbers are left out of the oracle test. num2words also writes «و» as a separate
# word and the bare duals «ألفا»، «مليونا» (2,000; 2,000,000), which papers write «ألفان/ألفين»;
# both spellings are read, and the newspaper ones are covered by the cases above.
def _oracle_words(n: int, lang: str) -> list[str]:
    return fold(num2words(n, lang=lang)).replace(",", " , ").split()


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=0, max_value=10**8))
def test_arabic_reads_back_num2words(n: int) -> None:
    tokens = _oracle_words(n, "ar")
    if "الف الف" in " ".join(tokens):
        return
    found = parse_words(tokens, 0, "ar")
    assert found is not None and (found.value, found.length) == (n, len(tokens))


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=0, max_value=10**8))
def test_english_reads_back_num2words(n: int) -> None:
    tokens = _oracle_words(n, "en")
    found = parse_words(tokens, 0, "en")
    assert found is not None and (found.value, found.length) == (n, len(tokens))
