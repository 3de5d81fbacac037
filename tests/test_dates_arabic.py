"""Arabic time expressions resolved against the publication date (invented sentences)."""

from __future__ import annotations

from datetime import date

import pytest

from khabar.temporal import TimeExpr, find_dates
from khabar.text import normalise

SATURDAY = date(2025, 3, 15)


def found(text: str, published: date | None = SATURDAY) -> list[TimeExpr]:
    out = find_dates(normalise(text), 0, len(text), "ar", published)
    for t in out:
        assert text[t.ref.start : t.ref.end] == t.ref.text
    return out


def only(text: str, published: date | None = SATURDAY) -> tuple[str, date | None]:
    [t] = found(text, published)
    return t.ref.text, t.ref.value


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("قال الوزير يوم الخميس إن", "يوم الخميس", date(2025, 3, 13)),
        ("قال الوزير الخميس إن", "الخميس", date(2025, 3, 13)),
        ("أعلن، يوم السبت، أن", "يوم السبت", SATURDAY),  # publication day counts
        ("صرح الأربعاء الماضي بأن", "الأربعاء الماضي", date(2025, 3, 12)),
        ("صرح السبت الماضي بأن", "السبت الماضي", date(2025, 3, 8)),  # strictly before
        ("سيزور الأحد القادم", "الأحد القادم", date(2025, 3, 16)),
        ("سيزور السبت المقبل", "السبت المقبل", date(2025, 3, 22)),
        ("كتب مساء الاثنين", "مساء الاثنين", date(2025, 3, 10)),
    ],
)
def test_weekdays(text: str, expr: str, value: date) -> None:
    assert only(text) == (expr, value)


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("قال أمس إن", "أمس", date(2025, 3, 14)),
        ("قال أمس الجمعة إن", "أمس الجمعة", date(2025, 3, 14)),
        ("قال أمس الأربعاء إن", "أمس الأربعاء", date(2025, 3, 14)),  # yesterday wins
        ("أعلن اليوم السبت", "اليوم السبت", SATURDAY),
        ("أعلن اليوم أن", "اليوم", SATURDAY),
        ("قال أول أمس", "أول أمس", date(2025, 3, 13)),
        ("قال أمس الأول", "أمس الأول", date(2025, 3, 13)),
        ("كتب مساء أمس", "مساء أمس", date(2025, 3, 14)),
        ("وقال وأمس", "أمس", date(2025, 3, 14)),
    ],
)
def test_relative_days(text: str, expr: str, value: date) -> None:
    assert only(text) == (expr, value)


def test_periods_keep_their_text_without_a_day() -> None:
    assert only("قال الأسبوع الماضي إن") == ("الأسبوع الماضي", None)


def test_the_day_after_is_not_today() -> None:
    assert found("في اليوم التالي للهجوم") == []


def test_no_publication_date_leaves_relative_dates_unresolved() -> None:
    assert only("قال يوم الخميس إن", None) == ("يوم الخميس", None)
    assert only("قال أمس إن", None) == ("أمس", None)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("الثلاثاء ٩ أيلول/سبتمبر ٢٠٢٥", date(2025, 9, 9)),
        ("9 أيلول/سبتمبر 2025", date(2025, 9, 9)),
        ("18 أكتوبر/تشرين الأول 2024", date(2024, 10, 18)),
        ("3 تشرين الثاني 2024", date(2024, 11, 3)),
        ("12 كانون الثاني 2025", date(2025, 1, 12)),
        ("٥ شباط ٢٠٢٥", date(2025, 2, 5)),
        ("7 آذار", date(2025, 3, 7)),
        ("3 جانفي 2025", date(2025, 1, 3)),
        ("14 فيفري", date(2025, 2, 14)),
        ("1 أوت 2024", date(2024, 8, 1)),
        ("20 أبريل", date(2024, 4, 20)),  # no year: the last 20 April on or before publication
        ("الخامس من مارس", date(2025, 3, 5)),
        ("2025-03-01", date(2025, 3, 1)),
    ],
)
def test_explicit_gregorian_dates(text: str, value: date) -> None:
    assert only(f"صدر البيان في {text}")[1] == value


def test_hijri_dates_convert_with_their_weekday() -> None:
    text = "في بيان صدر مساء الأحد السادس عشر من رمضان 1446 هـ"
    assert only(text) == ("مساء الأحد السادس عشر من رمضان 1446 هـ", date(2025, 3, 16))
    assert only("في 5 شوال 1446") == ("5 شوال 1446", date(2025, 4, 3))


def test_hijri_date_without_year_takes_the_last_one_before_publication() -> None:
    assert only("في 10 رمضان", date(2025, 3, 18))[1] == date(2025, 3, 10)


def test_ordinal_adjective_is_not_a_day() -> None:
    assert found("مع حلول النصف الثاني من شهر رمضان") == []


def test_month_names_that_are_ordinary_words_need_a_day() -> None:
    assert found("زار آب ابنه في صفر من الأيام") == []
