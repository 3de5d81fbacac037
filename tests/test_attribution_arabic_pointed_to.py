"""«وأشار X إلى + noun phrase»: an indirect statement whose content is the noun phrase after
«إلى»; «أشار إلى أن …» keeps its complementiser; the present «تشير الأرقام إلى …» (said of
things) is no statement."""

from __future__ import annotations

import khabar


def _statements(text: str) -> list[khabar.Statement]:
    return khabar.extract(text, lang="ar").statements


def test_attribution_arabic_pointed_to_a_noun_phrase() -> None:
    sts = _statements("وأشار الوزير إلى ارتفاع عدد المصابين إلى ٤٠ شخصًا.")
    assert len(sts) == 1
    assert sts[0].speaker is not None and sts[0].speaker.text == "الوزير"
    assert sts[0].kind == "indirect"
    assert sts[0].content.text == "ارتفاع عدد المصابين إلى ٤٠ شخصًا"


def test_attribution_arabic_pointed_to_with_a_long_title_then_a_participle() -> None:
    sts = _statements(
        "وأشار مدير الدفاع المدني إلى تضرر عشرات المنازل في القرى المجاورة، مؤكدًا أن الفرق تعمل."
    )
    assert [s.cue.text for s in sts] == ["وأشار", "مؤكدًا"]
    assert sts[0].speaker is not None and sts[0].speaker.text == "مدير الدفاع المدني"
    assert sts[0].content.text == "تضرر عشرات المنازل في القرى المجاورة"
    assert sts[1].speaker is not None and sts[1].speaker.text == "مدير الدفاع المدني"


def test_attribution_arabic_pointed_to_that_keeps_the_complementiser() -> None:
    sts = _statements("وأشارت المتحدثة باسم البلدية ريم الخشبي إلى أن الطرق مغلقة.")
    assert sts[0].speaker is not None and sts[0].speaker.name == "ريم الخشبي"
    assert sts[0].content.text == "أن الطرق مغلقة"


def test_attribution_arabic_present_pointing_of_things_is_no_statement() -> None:
    assert _statements("وتشير الأرقام إلى تراجع المبيعات هذا العام.") == []
