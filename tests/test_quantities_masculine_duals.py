"""Masculine duals of derived verbal nouns, «الاثنين» after a dual, and «الـN والـTENS»
after a noun (invented sentences, added after the blind10 evaluation)."""

from __future__ import annotations

from datetime import date

import khabar


def _quantities(text: str) -> list[tuple[float | None, str, str | None]]:
    doc = khabar.extract(text, lang="ar", published=date(2031, 3, 12))
    return [(q.value, q.text, q.unit) for st in doc.statements for q in st.quantities]


def test_the_dual_of_a_derived_verbal_noun_is_two() -> None:
    assert _quantities("قال السكان إنهم سمعوا «انفجارين» قرب السوق.") == [(2, "انفجارين", "انفجار")]
    assert _quantities("قالت اللجنة إن نتائج الاستطلاعين متقاربة.") == [
        (2, "الاستطلاعين", "استطلاع")
    ]


def test_a_sound_plural_or_a_definite_noun_in_yin_is_no_dual() -> None:
    assert _quantities("قال الوزير إن المهندسين والطيارين عادوا إلى العمل.") == []
    assert _quantities("قال المدير إن شركات التأمين لم تدفع بعد.") == []


def test_al_ithnayn_after_a_dual_counts_two_not_monday() -> None:
    doc = khabar.extract(
        "وقال المدير إن الحارسين الاثنين نُقلا إلى فرع آخر.", lang="ar", published=date(2031, 3, 12)
    )
    (st,) = doc.statements
    assert [(q.value, q.text) for q in st.quantities] == [(2, "الاثنين")]
    assert not doc.dates


def test_al_ithnayn_after_a_day_word_stays_monday() -> None:
    doc = khabar.extract(
        "وقال المدير إن المفتشين وصلوا يوم الاثنين.", lang="ar", published=date(2031, 3, 12)
    )
    assert [d.value for d in doc.dates] == [date(2031, 3, 10)]


def test_a_definite_unit_and_tens_after_a_noun_is_one_number() -> None:
    found = _quantities("وأعلن الوزير نقل الطلاب الثلاثة والعشرين إلى مدرسة أخرى.")
    assert [(v, t) for v, t, _ in found] == [(23, "الثلاثة والعشرين")]


def test_an_ordinal_with_tens_is_no_number() -> None:
    assert _quantities("وقال الوزير إن الدورة الثانية والعشرين افتتحت.") == []


def test_a_definite_feminine_dual_alone_is_two() -> None:
    assert _quantities("قال الطيار إن إحدى المروحيتين تعطلت.") == [(2, "المروحيتين", "مروحية")]


def test_a_feminine_dual_with_a_possessive_is_two() -> None:
    found = _quantities("نفت الشركة أن تكون شاحنتاها قد تأخرتا.")
    assert [(v, t) for v, t, _ in found] == [(2, "شاحنتاها")]


def test_the_adjective_of_a_definite_dual_counts_nothing_more() -> None:
    found = _quantities("قال الجيش إن الناقلتين العسكريتين وصلتا.")
    assert [(v, t) for v, t, _ in found] == [(2, "الناقلتين")]


def test_a_nisba_or_a_country_in_tin_is_no_dual() -> None:
    assert _quantities("قال الوزير إن البنية التحتية تضررت وإن الفتاة نجت.") == []
    assert _quantities("قال المدرب إن المنتخب سيواجه الأرجنتين.") == []


def test_feminine_units_in_the_accusative_with_tens() -> None:
    found = _quantities("وقالت المديرة إن المدرسة أجّلت تسعًا وثلاثين حصة.")
    assert [(v, t) for v, t, _ in found] == [(39, "تسعًا وثلاثين")]


def test_a_definite_teen_is_a_cardinal() -> None:
    found = _quantities(
        "وقال الوزير إن ثلاث حافلات تعطلت من مجموع الإحدى عشرة التي اشترتها البلدية."
    )
    assert [(v, t) for v, t, _ in found] == [(3, "ثلاث"), (11, "الإحدى عشرة")]


def test_al_ithnayn_after_a_singular_in_an_stays_monday() -> None:
    doc = khabar.extract(
        "وقال رئيس البرلمان الاثنين إن الجلسة ستعقد غدًا.", lang="ar", published=date(2031, 3, 12)
    )
    assert [d.value for d in doc.dates] == [date(2031, 3, 10)]
    assert [q.value for st in doc.statements for q in st.quantities] == []
