"""Arabic sources: «بحسب بيان لـX صدر …» names X; a report or study speaks for its authors
(«وأشار التقرير إلى …»); «تمسّك بأن …» holds to a claim; a name that begins with «ل» after
«بحسب» keeps its letter (invented sentences, added after the blind6/blind9 evaluations)."""

from __future__ import annotations

import khabar


def _statements(text: str) -> list[khabar.Statement]:
    return khabar.extract(text, lang="ar").statements


def test_according_to_a_statement_by_a_body_names_the_body() -> None:
    [st] = _statements("وارتفع عدد المفقودين إلى تسعة، بحسب بيان لحرس الحدود صدر مساء أمس.")
    assert st.speaker is not None and st.speaker.text == "حرس الحدود"
    assert st.speaker.name == "حرس الحدود"


def test_according_to_a_ministry_after_its_lam_is_the_ministry() -> None:
    [st] = _statements("وبحسب بيان لوزارة الزراعة، فإن الأمطار أتلفت ألف دونم.")
    assert st.speaker is not None and st.speaker.name == "وزارة الزراعة"
    assert st.speaker.type == "government"


def test_according_to_a_person_whose_name_begins_with_lam() -> None:
    [st] = _statements("وبحسب لينا العمري، المتحدثة باسم البلدية، فإن الطريق أُغلق.")
    assert st.speaker is not None and st.speaker.name == "لينا العمري"


def test_a_report_points_to_a_quoted_finding() -> None:
    [st] = _statements("وأشار التقرير أيضًا إلى «إهمال واضح» في صيانة السد.")
    assert st.speaker is not None and st.speaker.text == "التقرير"
    assert st.content.text.startswith("«إهمال واضح»")


def test_holding_to_a_claim_with_bianna_is_a_statement() -> None:
    sts = _statements("وقالت الشركة إنها تحترم القرار، وتمسّكت بأن الرحلة كانت آمنة.")
    assert [st.cue.text for st in sts] == ["وقالت", "وتمسّكت"]
    assert sts[0].content.text == "إنها تحترم القرار"
    assert _statements("وتمسّك الفريق بالفوز حتى النهاية.") == []


def test_an_addressee_after_qad_is_not_the_speaker_of_the_clause_before_it() -> None:
    [st] = _statements(
        "وكان عامل في المصنع، طلب عدم نشر هويته، قد أبلغ مجلة «الياسمين» الناطقة بالفرنسية "
        "أن الأبواب كانت مقفلة."
    )
    assert st.speaker is not None and st.speaker.text.startswith("عامل في المصنع")
    assert st.content.text == "أن الأبواب كانت مقفلة"


def test_a_family_name_before_what_others_reported_is_the_speaker_of_a_denial() -> None:
    sts = _statements(
        "ونفى القيسي ما نقلته صحيفة «الياسمين» عن شرطي من أن الأسد قُتل، مؤكداً أن الحراس «كانوا في مواقعهم»."
    )
    assert [st.speaker.text for st in sts if st.speaker is not None] == ["القيسي", "القيسي"]
    assert sts[0].content.text.startswith("ما نقلته")


def test_a_family_name_that_resolves_to_a_person_is_a_person() -> None:
    doc = khabar.extract(
        "وقال المحافظ سامي القيسي إن الطريق أُغلق. ونفى القيسي ما نقلته صحيفة «الياسمين» عن أهالٍ.",
        lang="ar",
    )
    assert [st.speaker.type for st in doc.statements if st.speaker] == ["person", "person"]


def test_as_a_body_announced_names_the_body() -> None:
    [st] = _statements("وأُغلق الطريق الساحلي صباح اليوم، حسبما أعلنت مديرية السير في المحافظة.")
    assert st.speaker is not None and st.speaker.text.startswith("مديرية السير")
    assert _statements("وأُغلق الطريق الساحلي، حسبما ورد في التقرير.") == []


def test_it_was_impossible_for_the_outlet_to_verify_is_unverified() -> None:
    [st] = _statements("وتعذّر على «الياسمين» التحقق من هذه الرواية.")
    assert st.stance == "unverified" and st.speaker is not None and st.speaker.text == "الياسمين"
    assert _statements("وتعذّر على الفرق الوصول إلى القرية.") == []


def test_a_reservation_added_with_mustadrikan_is_a_statement() -> None:
    sts = _statements("وقال رئيس النقابة إن السائقين «حذّروا طويلًا»، مستدركًا أن الإدارة كانت تعلم.")
    assert [st.cue.text for st in sts] == ["وقال", "مستدركًا"]
    assert sts[0].content.text == "إن السائقين «حذّروا طويلًا»"


def test_awradat_reports() -> None:
    [st] = _statements("وأوردت صحيفة «الياسمين» أن الوزير سيستقيل.")
    assert st.speaker is not None and st.speaker.text == "صحيفة «الياسمين»"
