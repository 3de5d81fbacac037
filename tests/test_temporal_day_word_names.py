"""«اليوم» / "Today" that ends an outlet or programme name is not a date; elsewhere it is."""

from __future__ import annotations

from datetime import date

import pytest

from khabar.temporal import find_dates
from khabar.text import normalise

PUBLISHED = date(2026, 2, 4)


def date_texts(text: str, lang: str) -> list[str]:
    norm = normalise(text)
    return [t.ref.text for t in find_dates(norm, 0, len(text), lang, PUBLISHED)]


@pytest.mark.parametrize(
    "text",
    [
        "وصرح المحافظ لـ«صوت الجبل اليوم» بأن الطريق سيفتح",
        "وقال في حديث لصحيفة الوادي اليوم إن المشروع تأخر",
        "ونشر التقرير عبر موقع الريف اليوم مساء أمس الأول",
        "وذكرت مجلة «شباب اليوم» أن المهرجان ألغي",
        'ولم يتسن لـ"مرصد الساحل اليوم" التحقق من الرواية',
    ],
)
def test_arabic_day_word_inside_a_name_is_not_today(text: str) -> None:
    assert "اليوم" not in date_texts(text, "ar")


@pytest.mark.parametrize(
    "text",
    [
        "وقال الوزير اليوم إن الطريق سيفتح",
        "وأعلنت وكالة الأنباء اليوم أن الطريق سيفتح",
        "وقال المتحدث: «لن نتراجع عن قرارنا الذي أعلناه للناس منذ شهور حتى اليوم»",
        "وأكدت الشركة في بيان أصدرته اليوم أن الطريق سيفتح",
        "وقال المدير: «وصلت الشحنة اليوم».",
    ],
)
def test_arabic_day_word_outside_a_name_is_today(text: str) -> None:
    assert "اليوم" in date_texts(text, "ar")


def test_english_capitalised_today_after_a_name_is_not_a_date() -> None:
    assert date_texts("The mayor told Valley Today that the road would reopen.", "en") == []


def test_english_short_speech_quote_ending_in_today_is_a_date() -> None:
    assert date_texts('The mayor said: "We\'ll reopen today".', "en") == ["today"]


def test_english_today_in_a_sentence_is_a_date() -> None:
    assert date_texts("The mayor said today that the road would reopen.", "en") == ["today"]
    assert date_texts("Today the mayor said the road would reopen.", "en") == ["Today"]
