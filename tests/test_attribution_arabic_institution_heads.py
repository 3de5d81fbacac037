"""Institutions whose head word opens a speaker phrase in wire copy («ديوان …», «جهاز …»,
«قيادة …», «القوات …»), also after a time adjunct and before a plain object; a construct
after «لـ» stays in the name (invented sentences, added after the blind8 evaluation)."""

from __future__ import annotations

import khabar


def _one(text: str) -> khabar.Statement:
    (st,) = khabar.extract(text, lang="ar").statements
    return st


def test_a_bureau_between_commas_then_an_object() -> None:
    st = _one("أعلن ديوان المحاسبة العامة، صباح الثلاثاء، بدء مراجعة شاملة لعقود الطاقة.")
    assert st.speaker is not None and st.speaker.text == "ديوان المحاسبة العامة"
    assert st.content.text == "بدء مراجعة شاملة لعقود الطاقة"


def test_an_agency_then_a_time_adjunct_then_an_object() -> None:
    st = _one("أعلن جهاز الدفاع المدني مساء اليوم السبت انتشال ثلاث جثث من تحت الأنقاض.")
    assert st.speaker is not None and st.speaker.text == "جهاز الدفاع المدني"
    assert st.content.text == "انتشال ثلاث جثث من تحت الأنقاض"


def test_a_command_speaks_as_an_institution() -> None:
    st = _one("وقالت قيادة القوات البحرية إن الدوريات مستمرة قرب الجزر.")
    assert st.speaker is not None and st.speaker.text == "قيادة القوات البحرية"
    assert st.speaker.type != "person"


def test_a_construct_after_la_stays_in_the_speaker() -> None:
    st = _one("وأكدت الأمانة العامة لاتحاد كتاب المدن الساحلية أن المهرجان سيقام في موعده.")
    assert st.speaker is not None
    assert st.speaker.text == "الأمانة العامة لاتحاد كتاب المدن الساحلية"


def test_a_post_adjunct_is_no_part_of_the_institution() -> None:
    st = _one("وأعلنت القيادة العامة للحرس الوطني في حسابها على منصة إكس إصابة جنديين في الاشتباك.")
    assert st.speaker is not None and st.speaker.text == "القيادة العامة للحرس الوطني"
