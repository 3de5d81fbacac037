"""A short quotation right after a noun that takes a name («قطار «…»», «حملة «…»», «باسم «…»»)
is a name, not the speaker's words: the statement stays ``indirect`` (SPEC §1 kind; invented
sentences, added after the blind7 evaluation)."""

from __future__ import annotations

import khabar


def kind_of(text: str) -> str:
    (st,) = khabar.extract(text, lang="ar").statements
    return st.kind


def test_a_quoted_train_name_leaves_the_statement_indirect() -> None:
    text = "أعلنت السلطات صباح اليوم توقف قطار الشحن «نجمة الساحل» عن العمل قرب الغدير."
    assert kind_of(text) == "indirect"
    assert kind_of("وقالت البلدية إن حملة «دفء الشتاء» وزعت ألف بطانية.") == "indirect"
    assert kind_of("وأوضح المدير أن المشروع أطلق تحت اسم «مرفأ الغدير الجديد».") == "indirect"


def test_a_quoted_predicate_after_a_definite_noun_stays_mixed() -> None:
    assert kind_of("وقال المتحدث إن الشركة «تتعاون مع المحققين بالكامل».") == "mixed"


def test_a_quoted_predicate_after_a_subject_in_construct_stays_mixed() -> None:
    assert kind_of("وقال المتحدث إن قطار الشحن «لم يتجاوز السرعة المقررة».") == "mixed"
