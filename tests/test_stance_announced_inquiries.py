"""Stance: an announced inquiry or examination is ``investigating`` (own sentences)."""

from __future__ import annotations

import khabar


def stance_of(text: str, lang: str) -> str:
    (st,) = khabar.extract(text, lang=lang).statements
    return st.stance


def test_stance_inquiry_committee_in_construct_is_investigating() -> None:
    assert stance_of("وأعلن المحافظ تشكيل لجنة تحقيق من ثلاثة مهندسين.", "ar") == "investigating"
    assert stance_of("وقالت الوزارة إنها شكلت لجنة تقصي حقائق.", "ar") == "investigating"


def test_stance_a_committee_that_is_no_inquiry_stays_assert() -> None:
    assert stance_of("وأعلن المحافظ تشكيل لجنة إغاثة للمتضررين.", "ar") == "assert"


def test_stance_would_examine_or_review_is_investigating() -> None:
    text = 'The regulator said its inspectors would "examine the grain silos" this month.'
    assert stance_of(text, "en") == "investigating"
    assert stance_of("The council said it would review the contracts.", "en") == "investigating"


def test_stance_a_past_review_stays_assert() -> None:
    assert stance_of("The council said the contracts were fair.", "en") == "assert"


def test_stance_could_not_see_the_documents_is_unverified() -> None:
    doc = khabar.extract(
        "وقالت النائبة إنها سلّمت الوثائق إلى النيابة. "
        "ولم يتسنَّ لـ«صدى الوادي» الاطلاع على العقود المذكورة.",
        lang="ar",
    )
    last = doc.statements[-1]
    assert last.stance == "unverified"
    assert last.content.text == "الاطلاع على العقود المذكورة"
    assert last.speaker is not None and last.speaker.text == "صدى الوادي"


def test_ordering_an_inquiry_is_investigating() -> None:
    for text in (
        "وقال المحافظ إنه أمر بفتح تحقيق في انقطاع المياه.",
        "وقال المحافظ إنه أمر بإجراء تحقيق في انقطاع المياه.",
    ):
        assert khabar.extract(text, lang="ar").statements[0].stance == "investigating"


def test_analysing_samples_is_investigating() -> None:
    st = khabar.extract(
        "The mayor said engineers were analysing samples from the wells.", lang="en"
    )
    assert st.statements[0].stance == "investigating"


def test_tracing_and_auditing_are_investigating() -> None:
    (st,) = khabar.extract(
        "A senior official said auditors were tracing payments to two shell firms.", lang="en"
    ).statements
    assert st.stance == "investigating"
