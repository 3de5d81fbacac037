"""Digits with both a dot and a comma before a scale word: read, never a crash."""

from __future__ import annotations

import pytest

from khabar.numbers import find_quantities
from khabar.text import normalise


def _values(text: str, lang: str) -> list[int | float | None]:
    return [q.value for q in find_quantities(normalise(text), 0, len(text), lang)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("قال إن الكلفة بلغت 1.500 مليون ريال", "ar", 1_500_000),  # one mark: a decimal
        ("he said it cost 1,234.567 million dollars", "en", 1_234_567_000),
        ("وقال إن المشاريع تكلف ٢٫٥٠٠ مليار ريال", "ar", 2_500_000_000),
    ],
)
def test_scaled_digits_are_read(text: str, lang: str, expected: int) -> None:
    assert _values(text, lang) == [expected]


def test_dot_thousands_with_comma_decimal_is_the_european_reading() -> None:
    (value,) = _values("بتكلفة إجمالية قدرها 542.963,440 مليون ريال", "ar")
    assert value == pytest.approx(542_963.44 * 1_000_000)
