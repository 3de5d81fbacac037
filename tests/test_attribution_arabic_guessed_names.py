"""Arabic speakers: words after a title that no lexicon knows are a name only when the
statement's frame follows them, not the verb's object (invented sentences)."""

from __future__ import annotations

import khabar


def first(text: str) -> khabar.Statement:
    doc = khabar.extract(text, lang="ar")
    assert doc.statements, f"no statement in {text!r}"
    return doc.statements[0]


def test_a_verbal_noun_and_its_complement_after_a_title_are_the_object() -> None:
    st = first("وأعلن المحافظ فتح تحقيق في انهيار الجدار، وأمر بإخلاء المبنى.")
    assert st.speaker is not None and st.speaker.text == "المحافظ"
    assert st.content.text.startswith("فتح تحقيق في انهيار الجدار")
    assert st.stance == "investigating"


def test_an_object_after_a_two_word_title_is_not_its_name() -> None:
    st = first("وأعلن رئيس البلدية تعليق الدراسة في المدارس الابتدائية.")
    assert st.speaker is not None and st.speaker.text == "رئيس البلدية"
    assert st.content.text == "تعليق الدراسة في المدارس الابتدائية"


def test_an_unknown_name_before_a_statement_adjunct_or_content_stays_a_name() -> None:
    st = first("وقال مدير المصنع سفين ياكوب في مؤتمر صحفي إن الإنتاج توقف.")
    assert st.speaker is not None and st.speaker.name == "سفين ياكوب"
    st = first("وأكد مدير المصنع سفين ياكوب في مدينة الميناء أن الإنتاج توقف.")
    assert st.speaker is not None and "سفين ياكوب" in st.speaker.text
    assert st.content.text == "أن الإنتاج توقف"
