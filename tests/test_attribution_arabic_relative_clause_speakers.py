"""A relative clause between the speaker and their words («وقال المدير الذي يشرف على … إن»,
«وقالت الجمعية، التي تأسست …، إنها …») describes the speaker: it is neither part of the
speaker's phrase nor the start of the content."""

from __future__ import annotations

import khabar


def _statements(text: str) -> list[khabar.Statement]:
    return khabar.extract(text, lang="ar").statements


def test_attribution_arabic_relative_clause_long_between_commas() -> None:
    sts = _statements(
        "وقالت الجمعية، التي تأسست قبل عشرين عامًا وتضم مئات المتطوعين في المحافظات الشمالية "
        "والجنوبية وتعمل في الإغاثة والتعليم، إنها وزعت ألف بطانية."
    )
    assert len(sts) == 1
    assert sts[0].speaker is not None and sts[0].speaker.text == "الجمعية"
    assert sts[0].content.text == "إنها وزعت ألف بطانية"


def test_attribution_arabic_relative_clause_unpunctuated_after_a_title() -> None:
    sts = _statements("وقال المدير الذي يشرف على المشروع منذ انطلاقه إن العمل سينتهي قريبًا.")
    assert len(sts) == 1
    assert sts[0].speaker is not None and sts[0].speaker.text == "المدير"
    assert sts[0].content.text == "إن العمل سينتهي قريبًا"


def test_attribution_arabic_relative_clause_unpunctuated_after_a_construct() -> None:
    sts = _statements(
        "وقال رئيس نادي الغوص الذي تولى منصبه قبل ثلاث سنوات بعد انتخابات شهدت منافسة "
        "شديدة إن الموسم يبدأ في موعده."
    )
    assert sts[0].speaker is not None and sts[0].speaker.text == "رئيس نادي الغوص"
    assert sts[0].content.text == "إن الموسم يبدأ في موعده"


def test_attribution_arabic_relative_clause_after_a_named_apposition_before_a_colon() -> None:
    sts = _statements(
        "وقال رئيس لجنة المياه، يوسف الحسوني، الذي يقود النقاش في المجلس: «الخطة صعبة التنفيذ»."
    )
    assert len(sts) == 1
    assert sts[0].speaker is not None and sts[0].speaker.name == "يوسف الحسوني"
    assert sts[0].kind == "direct"
    assert sts[0].content.text == "«الخطة صعبة التنفيذ»"


def test_attribution_arabic_relative_clause_with_a_comma_inside_is_not_skipped() -> None:
    # the clause «الذي …» ends at a comma: what follows is no longer the speaker's words
    sts = _statements("وقال المدير الذي زار الموقع، وهو مهندس، إن العمل متأخر.")
    assert sts[0].speaker is not None and sts[0].speaker.text.startswith("المدير")
    assert sts[0].content.text == "إن العمل متأخر"


def test_attribution_arabic_relative_clause_between_commas_then_an_addressee() -> None:
    sts = _statements(
        "وقال سامح الخرابشة، الذي غادر الشركة مطلع العام، لـ«صدى المدينة» إن العقود «وُقّعت على عجل»."
    )
    assert len(sts) == 1
    assert sts[0].speaker is not None and sts[0].speaker.text == "سامح الخرابشة"
    assert sts[0].content.text == "إن العقود «وُقّعت على عجل»"


def test_attribution_arabic_a_title_with_a_place_phrase_keeps_the_name_apart() -> None:
    sts = _statements("وقال المفتش السابق في دائرة الرقابة بالبلدية سامح القيسي إن الملف أُغلق.")
    assert sts[0].speaker is not None
    assert sts[0].speaker.text == "المفتش السابق في دائرة الرقابة بالبلدية سامح القيسي"
    assert sts[0].speaker.name == "سامح القيسي"


def test_attribution_arabic_a_long_title_with_a_quoted_body_keeps_the_name_apart() -> None:
    sts = _statements(
        "وأعلن رئيس فريق جمعية «أيادي الخير» في الإقليم سامح الدغمي أمس عن توزيع ألف سلة."
    )
    assert sts[0].speaker is not None and sts[0].speaker.name == "سامح الدغمي"
    assert sts[0].content.text.startswith("عن توزيع")


def test_attribution_arabic_a_cue_verb_with_its_object_inside_a_relative_clause() -> None:
    sts = _statements(
        "وقال الموظف الذي كشف المخالفة، في اتصال مع «صدى المدينة» شريطة عدم ذكر اسمه، "
        "إنه «نُقل إلى قسم آخر»."
    )
    assert [st.cue.text for st in sts] == ["وقال"]
    assert sts[0].speaker is not None and sts[0].speaker.text == "الموظف"
    assert sts[0].content.text == "إنه «نُقل إلى قسم آخر»"


def test_attribution_arabic_a_relative_clause_that_reports_is_a_statement() -> None:
    sts = _statements("وتوترت العلاقات مع البلدة التي يقول كثيرون في المنطقة إنها ملاذ للمهربين.")
    assert [st.cue.text for st in sts] == ["يقول"]
    assert sts[0].content.text == "إنها ملاذ للمهربين"


def test_attribution_arabic_a_circumstantial_clause_after_the_speaker_is_no_name() -> None:
    sts = _statements('"انتظرنا عامًا كاملًا"، قالت الممرضة ترانيم الخرابشة وهي تغالب دموعها.')
    assert sts[0].speaker is not None and sts[0].speaker.name == "ترانيم الخرابشة"
    sts = _statements("وقال سامح القيسي وهو نائب رئيس النادي إن الموسم انتهى.")
    assert sts[0].speaker is not None and sts[0].speaker.text == "سامح القيسي"
    assert sts[0].content.text == "إن الموسم انتهى"


def test_attribution_arabic_the_addressee_after_a_name_is_not_part_of_it() -> None:
    sts = _statements("وقال المحافظ سامح القيسي للصحفيين إن الطريق سيفتح غدًا.")
    assert sts[0].speaker is not None and sts[0].speaker.name == "سامح القيسي"


def test_attribution_arabic_a_continuation_verb_takes_a_name_between_commas() -> None:
    sts = _statements("وأضاف الناطق، سامح الخرابشة، أن الامتحانات ستعاد.")
    assert sts[0].speaker is not None and sts[0].speaker.name == "سامح الخرابشة"
