"""A long title said first and named later under its head alone, and broadcasters as
addressees (invented sentences, added after the blind11 evaluation)."""

from __future__ import annotations

import khabar


def test_a_long_title_takes_the_name_given_later_under_its_head() -> None:
    doc = khabar.extract(
        "وذكر الناطق الإعلامي باسم هيئة الطيران المدني أن الرصيف أغلق. "
        "وأضاف الناطق، المقدم عدنان القحطاني، أن الإصلاح يستغرق يومين.",
        lang="ar",
    )
    first, second = doc.statements
    assert first.speaker is not None and first.speaker.name == "عدنان القحطاني"
    assert second.speaker is not None and second.speaker.name == "عدنان القحطاني"


def test_a_construct_title_is_not_named_by_a_shorter_head() -> None:
    doc = khabar.extract(
        "وقال رئيس الوزراء إن الحكومة مستعدة. وقال الرئيس عدنان القحطاني إن البلاد آمنة.",
        lang="ar",
    )
    first = doc.statements[0]
    assert first.speaker is not None and first.speaker.name != "عدنان القحطاني"


def test_the_state_television_is_an_addressee_not_part_of_the_name() -> None:
    (st,) = khabar.extract(
        "وقال وزير الزراعة عدنان القحطاني للتلفزيون الرسمي إن الطريق سيفتح غدًا.", lang="ar"
    ).statements
    assert st.speaker is not None and st.speaker.name == "عدنان القحطاني"
