"""Arabic speakers in Gulf wire style: long titles that end on an honorific and a name no list
knows, titles with «على» or a quoted programme name, and «بقوله»/«بالقول» after an object
(invented sentences)."""

from __future__ import annotations

import khabar


def statements(text: str) -> list[khabar.Statement]:
    doc = khabar.extract(text, lang="ar")
    assert doc.statements, f"no statement in {text!r}"
    return doc.statements


def test_an_unknown_word_after_an_honorific_at_the_end_of_a_long_title_is_the_name() -> None:
    st = statements(
        "أعرب رئيس مجلس الإدارة والمدير العام للهيئة العامة للسياحة الشيخ جسار المطوع "
        "عن أمله في نجاح الموسم، مؤكدا أن الفنادق جاهزة."
    )[0]
    assert st.speaker is not None and st.speaker.name == "جسار المطوع"
    assert st.content.text == "أن الفنادق جاهزة"


def test_an_adjective_after_an_honorific_like_title_is_not_a_name() -> None:
    st = statements("وقال المستشار القانوني للنقابة إن الدعوى قائمة.")[0]
    assert st.speaker is not None and st.speaker.text == "المستشار القانوني للنقابة"
    assert st.speaker.name != "القانوني"


def test_a_supervisor_title_keeps_its_complement_in_ala_and_its_name() -> None:
    st = statements(
        "وأوضح المشرف العام على برنامج التشجير في الأمانة المهندس ضاري العنزي "
        "أن المرحلة الأولى شملت ثلاثة أحياء."
    )[0]
    assert st.speaker is not None and st.speaker.name == "ضاري العنزي"
    assert st.speaker.text.startswith("المشرف العام على برنامج التشجير")
    assert st.content.text == "أن المرحلة الأولى شملت ثلاثة أحياء"


def test_an_abbreviated_honorific_inside_a_field_of_expertise_keeps_the_name() -> None:
    st = statements("وقال الباحث في علوم البحار د. وضاح بن ناصر إن الشعاب تضررت.")[0]
    assert st.speaker is not None and st.speaker.name == "وضاح بن ناصر"


def test_a_quoted_programme_name_inside_a_title_before_a_name_is_part_of_the_speaker() -> None:
    st = statements(
        "وتوقع المدير التنفيذي لمبادرة «دروب الندى» سامر الدوسري، أن تسهم الاتفاقية في "
        "مضاعفة عدد المتطوعين."
    )[0]
    assert st.speaker is not None and st.speaker.name == "سامر الدوسري"
    assert st.content.text.startswith("أن تسهم الاتفاقية")


def test_by_saying_after_the_verbs_object_opens_the_content() -> None:
    st = statements(
        "ويصف الناشط الحقوقي لؤي الكناني الأوضاع في المخيم بقوله «الوضع لا يحتمل الانتظار»."
    )[0]
    assert st.speaker is not None and st.speaker.name == "لؤي الكناني"
    assert st.content.text.strip("«»") == "الوضع لا يحتمل الانتظار"
    st = statements("وعلق المتحدث باسم الشرطة على ذلك بالقول: إن التحقيق ما زال في بدايته.")[0]
    assert st.speaker is not None and st.speaker.text == "المتحدث باسم الشرطة"
    assert "التحقيق ما زال في بدايته" in st.content.text


def test_scripture_quoted_with_bi_qawlihi_taala_is_not_the_speakers_statement() -> None:
    doc = khabar.extract("واستشهد الخطيب في ختام كلمته بقوله تعالى في محكم التنزيل.", lang="ar")
    assert all("تعالى" not in st.content.text for st in doc.statements)


def test_a_government_noun_after_the_subject_of_a_call_is_its_object() -> None:
    sts = statements("ودعا اتحاد مربي النحل الحكومة إلى التدخل، وقال في بيان له: «الخسائر فادحة».")
    said = [st for st in sts if st.cue.text == "وقال"]
    assert said and said[0].speaker is not None
    assert said[0].speaker.text == "اتحاد مربي النحل"


def test_for_his_part_closes_a_long_title_before_the_content() -> None:
    st = statements(
        "أوضح المشرف على البرنامج وعضو هيئة الخبراء في الجامعة الدكتور ناصح العلوي "
        "من جانبه أن البرنامج أنشئ قبل عامين."
    )[0]
    assert st.speaker is not None and st.speaker.name == "ناصح العلوي"
    assert st.content.text == "أن البرنامج أنشئ قبل عامين"


def test_a_cue_after_a_relative_pronoun_takes_the_noun_before_it_as_speaker() -> None:
    sts = statements("والتقى الوزير بالسفير الذي أكد أن بلاده تدعم خطة الإعمار.")
    assert sts[0].speaker is not None and sts[0].speaker.text == "السفير"
    assert sts[0].content.text == "أن بلاده تدعم خطة الإعمار"


def test_a_definite_institution_has_no_unknown_name_after_it() -> None:
    sts = statements("وأعلنت الوزارة تعليق الرحلات، حيث قال المتحدث باسمها إن القرار مؤقت.")
    assert sts[0].speaker is not None and sts[0].speaker.text == "الوزارة"
    assert sts[0].content.text == "تعليق الرحلات"
    assert sts[1].speaker is not None and sts[1].speaker.text == "المتحدث باسمها"
    assert sts[1].content.text == "إن القرار مؤقت"


def test_an_institution_named_after_a_person_is_named_by_the_whole_phrase() -> None:
    st = statements("وقالت حملة المرشح الفائز فؤاد بن صالح إن النتائج نهائية.")[0]
    assert st.speaker is not None and st.speaker.type == "organisation"
    assert st.speaker.name == "حملة المرشح الفائز فؤاد بن صالح"
