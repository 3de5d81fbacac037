"""Arabic dates: «وأضافت الهيئة» / «وأوضح المركز في البيان نفسه» after «هيئة …» / «مستشفى …»
named with a day goes on on the same occasion and takes its date (invented sentences, added
after the blind7 evaluation)."""

from __future__ import annotations

from datetime import date

import khabar


def test_the_definite_head_noun_continues_the_named_body_and_its_date() -> None:
    doc = khabar.extract(
        "قالت هيئة المياه في بيان أمس الثلاثاء إن الضخ توقف في ثلاثة أحياء. "
        "وأضافت الهيئة أن فرقها تعمل على إصلاح الخط الرئيسي.",
        published=date(2031, 3, 5),
        lang="ar",
    )
    first, second = doc.statements
    assert str(first.date) == "2031-03-04"
    assert second.speaker is not None and second.speaker.text == "الهيئة"
    assert str(second.date) == "2031-03-04"


def test_another_body_does_not_take_the_date() -> None:
    doc = khabar.extract(
        "قالت هيئة المياه في بيان أمس الثلاثاء إن الضخ توقف في ثلاثة أحياء. "
        "وأكدت الجامعة أن الدراسة مستمرة.",
        published=date(2031, 3, 5),
        lang="ar",
    )
    assert doc.statements[1].date is None
