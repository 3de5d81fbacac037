"""English time expressions resolved against the publication date (invented sentences)."""

from __future__ import annotations

from datetime import date

import pytest

from khabar.temporal import find_dates, resolve_weekday
from khabar.text import normalise

THURSDAY = date(2025, 6, 5)


def only(text: str, published: date | None = THURSDAY) -> tuple[str, date | None]:
    [t] = find_dates(normalise(text), 0, len(text), "en", published)
    assert text[t.ref.start : t.ref.end] == t.ref.text
    return t.ref.text, t.ref.value


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("the company said on Wednesday that", "Wednesday", date(2025, 6, 4)),
        ("the minister said on Thursday that", "Thursday", THURSDAY),
        ("he said last Thursday that", "last Thursday", date(2025, 5, 29)),
        ("she will visit next Monday", "next Monday", date(2025, 6, 9)),
        ("he said on Tuesday night", "Tuesday night", date(2025, 6, 3)),
        ("officials said yesterday", "yesterday", date(2025, 6, 4)),
        ("officials said today", "today", THURSDAY),
        ("it said the day before yesterday", "the day before yesterday", date(2025, 6, 3)),
        ("on Tuesday, June 3, the group said", "Tuesday, June 3", date(2025, 6, 3)),
        ("on June 3 the group said", "June 3", date(2025, 6, 3)),
        ("on 3 June 2025 the group said", "3 June 2025", date(2025, 6, 3)),
        ("on June 3, 2024, the group said", "June 3, 2024", date(2024, 6, 3)),
        ("on December 30 the group said", "December 30", date(2024, 12, 30)),
    ],
)
def test_english_forms(text: str, expr: str, value: date) -> None:
    assert only(text) == (expr, value)


def test_periods_have_no_day() -> None:
    assert only("the agency said earlier this week") == ("earlier this week", None)
    assert only("he gave the figure last week") == ("last week", None)


def test_may_the_verb_is_not_a_month() -> None:
    assert find_dates(normalise("insurers may 3 times"), 0, 21, "en", THURSDAY) == []


def test_weekday_rule_counts_the_publication_day() -> None:
    assert resolve_weekday(THURSDAY.isoweekday(), THURSDAY) == THURSDAY
    assert resolve_weekday(THURSDAY.isoweekday(), THURSDAY, "last") == date(2025, 5, 29)
