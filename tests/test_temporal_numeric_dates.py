"""Numeric dates are found wherever a separator is near, and digits alone never make one."""

from __future__ import annotations

from datetime import date

from khabar.temporal import find_dates
from khabar.temporal.find import _has_date_separator
from khabar.text import normalise


def _found(text: str) -> list[tuple[str, date | None]]:
    return [
        (t.ref.text, t.ref.value) for t in find_dates(normalise(text), 0, len(text), "ar", None)
    ]


def test_numeric_dates_in_both_orders_and_eastern_digits() -> None:
    text = "صدر القرار ١٢/٣/٢٠٢٥ ونشر في 2025-03-14 وقتل 40 شخصا"
    assert _found(text) == [("١٢/٣/٢٠٢٥", date(2025, 3, 12)), ("2025-03-14", date(2025, 3, 14))]


def test_digits_without_a_separator_are_no_date() -> None:
    assert _found("قتل 12 شخصا وأصيب 2025 آخرون في 3 مدن") == []


def test_separator_check_is_bounded_by_the_window() -> None:
    text = "12 3 2025 - بعد"
    assert not _has_date_separator(text, 0, 9)
    assert _has_date_separator(text, 0, len(text))
