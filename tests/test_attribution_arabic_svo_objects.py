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


def test_svo_a_title_then_a_name_between_commas_names_the_speaker() -> None:
    doc = khabar.extract(
        "وكان والد أحد المصابين، سامح القيسي، قد قال إن ابنه ما زال في المستشفى.", lang="ar"
    )
    sp = doc.statements[0].speaker
    assert sp is not None and sp.text == "والد أحد المصابين، سامح القيسي"
    assert sp.name == "سامح القيسي"


def test_svo_an_unknown_name_after_a_long_title_ends_at_the_verb() -> None:
    doc = khabar.extract(
        "غير أن رئيسة جمعية «المأوى» لحماية المستأجرين ترانيم الخرابشة قالت إن العقود باطلة.",
        lang="ar",
    )
    sp = doc.statements[0].speaker
    assert sp is not None and sp.name == "ترانيم الخرابشة"


def test_svo_a_title_and_its_complement_is_not_a_name() -> None:
    doc = khabar.extract("وكانت وزيرة الثقافة قد قالت إن المعرض سيفتتح قريبًا.", lang="ar")
    sp = doc.statements[0].speaker
    assert sp is not None and sp.name != "الثقافة"
