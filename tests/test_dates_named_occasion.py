"""«جاء ذلك خلال …»: the sentence after a statement names the occasion, and its date is the
statement's when the statement has none of its own (invented sentences)."""

from __future__ import annotations

from datetime import date

import khabar

PUBLISHED = date(2030, 5, 9)  # a Thursday


def _dates(text: str) -> list[date | None]:
    return [st.date for st in khabar.extract(text, published=PUBLISHED, lang="ar").statements]


def test_the_occasion_after_dates_both_statements_of_the_sentence_before() -> None:
    text = (
        "وأكد المحافظ أن الجسر سيفتح قريبًا، مشددًا على أن الأعمال لن تتوقف. "
        "جاء ذلك خلال زيارة ميدانية قام بها مساء أمس."
    )
    assert _dates(text) == [date(2030, 5, 8), date(2030, 5, 8)]


def test_a_statement_with_its_own_date_keeps_it() -> None:
    text = "وأكد المحافظ يوم الثلاثاء أن الجسر سيفتح قريبًا. جاء ذلك خلال زيارة قام بها مساء أمس."
    assert _dates(text) == [date(2030, 5, 7)]


def test_a_sentence_that_names_no_occasion_dates_nothing() -> None:
    text = "وأكد المحافظ أن الجسر سيفتح قريبًا. وتفقد الوزير الموقع مساء أمس."
    assert _dates(text) == [None]


def test_a_continuation_by_the_same_title_with_a_name_keeps_the_date() -> None:
    text = (
        "ونفى الناطق باسم البلدية، في تصريح لـ«الياسمين» مساء أمس، أن تكون المياه ملوثة. "
        "وأضاف الناطق، سامح الدغمي، أن الفحوص ستعلن قريبًا."
    )
    assert _dates(text) == [date(2030, 5, 8), date(2030, 5, 8)]
