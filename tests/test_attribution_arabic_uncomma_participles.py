"""A participle with no comma before it reports words when its opener follows right away
(«مكتفيًا بالقول إن», «مشيرًا إلى أن»): a statement by the clause's subject; right after a cue
verb that has not opened its words yet it only says how that verb spoke («وتابع قائلًا إن»)."""

from __future__ import annotations

import khabar


def _statements(text: str) -> list[khabar.Statement]:
    return khabar.extract(text, lang="ar").statements


def test_attribution_arabic_uncomma_iktifa_participle_is_the_subjects_statement() -> None:
    sts = _statements("وغادر المسؤول القاعة مكتفيًا بالقول إن الوضع تحت السيطرة.")
    assert len(sts) == 1
    assert sts[0].cue.text == "مكتفيًا بالقول"
    assert sts[0].speaker is not None and sts[0].speaker.text == "المسؤول"
    assert sts[0].content.text == "إن الوضع تحت السيطرة"


def test_attribution_arabic_uncomma_feminine_participle_after_a_place() -> None:
    sts = _statements("وخرجت المديرة وضاح الزهيري من الاجتماع مكتفية بالقول إن القرار يصدر غدًا.")
    assert [s.cue.text for s in sts] == ["مكتفية بالقول"]
    assert sts[0].speaker is not None and sts[0].speaker.name == "وضاح الزهيري"


def test_attribution_arabic_uncomma_participle_with_ila_anna() -> None:
    sts = _statements(
        "وافتتح مدير التعليم ماهر الشلبي المدرسة الجديدة مشيرًا إلى أن الدراسة تبدأ الأحد."
    )
    assert len(sts) == 1
    assert sts[0].speaker is not None and sts[0].speaker.name == "ماهر الشلبي"
    assert sts[0].content.text == "أن الدراسة تبدأ الأحد"


def test_attribution_arabic_uncomma_participle_after_a_cue_is_its_manner() -> None:
    sts = _statements("وتابع مدير التعليم ماهر الشلبي قائلًا إن الحافلات جاهزة.")
    assert [s.cue.text for s in sts] == ["وتابع"]
    assert sts[0].content.text == "إن الحافلات جاهزة"


def test_attribution_arabic_uncomma_adjective_is_no_participle() -> None:
    assert _statements("وسجلت المدينة إصابة مؤكدة واحدة أمس.") == []


def test_attribution_arabic_uncomma_iktifa_after_a_refusal_is_a_statement() -> None:
    sts = _statements(
        "ورفض المصدر إعطاء تفاصيل عن الحافلات مكتفيًا بالقول إنها «أكبر قافلة حتى الآن»."
    )
    assert sts[-1].cue.text == "مكتفيًا بالقول"
    assert sts[-1].content.text == "إنها «أكبر قافلة حتى الآن»"
