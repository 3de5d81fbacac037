"""SVO with a known subject before the cue: the unknown word after the cue (and a time
adjunct) opens the object, and a lone adverb before إن/أن is skipped (invented sentences,
added after the blind8 evaluation)."""

from __future__ import annotations

import khabar


def test_a_verbal_noun_with_ala_after_the_cue_is_the_object() -> None:
    sts = khabar.extract(
        "مديرية الصحة العامة أعلنت أمس الخميس العثور على طفل مفقود، مشيرةً إلى أن حالته مستقرة.",
        lang="ar",
    ).statements
    assert [st.cue.text for st in sts] == ["أعلنت", "مشيرةً"]
    for st in sts:
        assert st.speaker is not None and st.speaker.text == "مديرية الصحة العامة"
    assert sts[0].content.text == "العثور على طفل مفقود"


def test_an_adverb_after_an_svo_cue_is_no_speaker() -> None:
    (st,) = khabar.extract(
        "بل إن رئيس الاتحاد قال صراحة إن الموسم لن يستأنف قبل الربيع.", lang="ar"
    ).statements
    assert st.speaker is not None and st.speaker.text == "رئيس الاتحاد"
    assert st.content.text == "إن الموسم لن يستأنف قبل الربيع"


def test_an_accusative_adverb_before_ila_anna() -> None:
    (st,) = khabar.extract(
        "وكانت وكالة التصنيف أشارت سابقًا إلى أن العجز سيتراجع.", lang="ar"
    ).statements
    assert st.speaker is not None and st.speaker.text == "وكالة التصنيف"
    assert st.content.text == "أن العجز سيتراجع"


def test_a_family_name_after_the_cue_is_still_the_speaker() -> None:
    (st,) = khabar.extract("وقال الدهامشة على هامش الندوة إن التسوية وشيكة.", lang="ar").statements
    assert st.speaker is not None and st.speaker.text == "الدهامشة"
