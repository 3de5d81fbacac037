"""Arabic attribution: this sentence → this speaker, cue, content, kind and stance."""

from __future__ import annotations

import khabar


def first(text: str) -> khabar.Statement:
    doc = khabar.extract(text, lang="ar")
    assert doc.statements, f"no statement in {text!r}"
    return doc.statements[0]


def test_vso_speaker_with_title_and_name_then_direct_quote() -> None:
    st = first("وقال الناطق باسم الجيش سعيد الخطيب في بيان: «قواتنا تتقدم في الشمال».")
    assert st.speaker is not None and st.speaker.name == "سعيد الخطيب"
    assert st.kind == "direct"
    assert "قواتنا تتقدم" in st.content.text


def test_svo_speaker_before_the_verb_after_a_conjunction() -> None:
    st = first("لكن مدير المستشفى رامي حداد قال إن الإمدادات نفدت.")
    assert st.speaker is not None and "رامي حداد" in st.speaker.text
    assert st.content.text == "إن الإمدادات نفدت"
    assert st.kind == "indirect"


def test_dropped_subject_takes_the_previous_speaker_of_the_same_gender() -> None:
    doc = khabar.extract(
        "وقالت الوزيرة هدى سالم إن الوضع مستقر. وقال المحافظ فادي جابر إن الطرق مقطوعة. "
        "وأضافت أن المساعدات وصلت.",
        lang="ar",
    )
    last = doc.statements[-1]
    assert last.speaker is not None and last.speaker.name == "هدى سالم"
    assert last.speaker.resolved_from == "dropped_subject"


def test_denial_cue_gives_deny_stance_and_object_content() -> None:
    st = first("ونفت الشركة وجود أي تسريب للبيانات.")
    assert st.stance == "deny"
    assert st.content.text.startswith("وجود")


def test_relayed_statement_has_speaker_and_via() -> None:
    st = first("ونقلت وكالة الأنباء المحلية عن مصدر أمني قوله إن الهجوم فشل.")
    assert st.speaker is not None and "مصدر أمني" in st.speaker.text
    assert st.via is not None and "وكالة الأنباء" in st.via.text


def test_outlet_could_not_verify_is_unverified() -> None:
    st = first("ولم يتسنَّ لصحيفتنا التحقق من صحة هذه الأرقام.")
    assert st.stance == "unverified"
    assert st.speaker is not None and st.speaker.text == "صحيفتنا"


def test_mixed_quote_after_complementiser_and_conditional_stance() -> None:
    st = first('وقال الوزير إن "الرد سيكون قاسيا إذا تكرر الهجوم".')
    assert st.kind == "mixed"
    assert st.stance == "conditional"


def test_declined_to_comment_content_is_the_predicate() -> None:
    doc = khabar.extract("قال الوزير إن الخطة جاهزة. ورفض التعليق على تقارير الاستقالة.", lang="ar")
    st = doc.statements[-1]
    assert st.stance == "declined_to_comment"
    assert st.content.text.startswith("التعليق على")


def test_social_post_gets_handle() -> None:
    st = first("وكتب النائب مازن عيسى على حسابه في منصة إكس @MazenIssa: «لن نسكت».")
    assert st.kind == "social_post"
    assert st.handle == "@MazenIssa"


def test_headline_is_not_a_statement() -> None:
    doc = khabar.extract("الوزير يقول إن الأزمة انتهت\n\nقال الوزير إن الأزمة انتهت.", lang="ar")
    assert len(doc.statements) == 1


def test_post_text_in_the_next_paragraph_after_a_colon() -> None:
    doc = khabar.extract(
        "وكتب رئيس البلدية فارس نجم على منصة إكس (@FaresNajm) يوم الأحد:\n\n«الطرق مفتوحة الآن».",
        lang="ar",
    )
    st = doc.statements[0]
    assert st.kind == "social_post" and st.handle == "@FaresNajm"
    assert "الطرق مفتوحة" in st.content.text


def test_participle_after_a_non_reporting_verb_takes_that_clause_subject() -> None:
    doc = khabar.extract(
        "قالت الوكالة إن العدد ارتفع. غير أن المحافظ رامي سعد شكك في الأرقام، مؤكدًا أن العدد أقل.",
        lang="ar",
    )
    st = doc.statements[-1]
    assert st.speaker is not None and st.speaker.name == "رامي سعد"


def test_cue_inside_reported_content_is_not_a_new_statement() -> None:
    doc = khabar.extract(
        "ونقلت وكالة محلية عن مسؤول قوله إن التحقيقات تشير إلى أن المهاجمين دخلوا ليلا.", lang="ar"
    )
    assert len(doc.statements) == 1
    assert doc.statements[0].speaker is not None
    assert doc.statements[0].speaker.text == "مسؤول"


def test_aside_between_commas_is_not_the_speaker() -> None:
    st = first("وقال مصدر في الوزارة، طلب عدم نشر اسمه، إن القرار نهائي.")
    assert st.speaker is not None and st.speaker.text.startswith("مصدر في الوزارة")
    assert "القرار نهائي" in st.content.text


def test_transported_is_not_relayed_speech() -> None:
    doc = khabar.extract("ونقل المسعفون المصابين إلى المستشفى.", lang="ar")
    assert doc.statements == []


def test_title_alone_resolves_to_the_named_person_and_says_so() -> None:
    doc = khabar.extract(
        "قال وزير الصحة هشام الزين إن الوضع مستقر. وقال الوزير إن الفرق تعمل.", lang="ar"
    )
    st = doc.statements[-1]
    assert st.speaker is not None
    assert st.speaker.text == "الوزير" and st.speaker.name == "هشام الزين"
    assert st.speaker.resolved_from == "title"


def test_long_wire_title_before_the_name_is_one_speaker() -> None:
    st = first(
        "وأوضح وكيل وزارة الطاقة لشؤون التعدين المهندس فهد بن مساعد آل زامل، في تصريح "
        "للصحفيين، أن الفرق تعمل."
    )
    assert st.speaker is not None and st.speaker.name == "فهد بن مساعد آل زامل"


def test_preposition_ala_is_not_the_name_ali() -> None:
    st = first("وقال الوزير بسام قرة علي، خلال جولة تفقدية، إن المخزون يكفي.")
    assert st.speaker is not None and st.speaker.name == "بسام قرة علي"


def test_according_to_what_x_announced_takes_the_source() -> None:
    st = first("توفي ثلاثة عمال، بحسب ما أعلنته وزارة الصحة.")
    assert st.speaker is not None and st.speaker.text == "وزارة الصحة"


def test_post_caption_is_a_social_post_of_the_clause_subject() -> None:
    st = first(
        "أما المرشح سليم بن عاشور فقد اكتفى بتدوينة على صفحته (@SalimBA) جاء فيها: «شكرا للجميع»."
    )
    assert st.kind == "social_post" and st.handle == "@SalimBA"
    assert st.speaker is not None and st.speaker.name == "سليم بن عاشور"
