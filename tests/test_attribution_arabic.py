"""Arabic attribution: this sentence → this speaker, cue, content, kind and stance."""

from __future__ import annotations

import datetime

import khabar


def first(text: str) -> khabar.Statement:
    doc = khabar.extract(text, lang="ar")
    assert doc.statements, f"no statement in {text!r}"
    return doc.statements[0]


def test_vso_speaker_with_title_and_name_then_direct_quote() -> None:
    st = first("وقال الناطق باسم الجيش سعيد الزعبي في بيان: «قواتنا تتقدم في الشمال».")
    assert st.speaker is not None and st.speaker.name == "سعيد الزعبي"
    assert st.kind == "direct"
    assert "قواتنا تتقدم" in st.content.text


def test_svo_speaker_before_the_verb_after_a_conjunction() -> None:
    st = first("لكن مدير المستشفى رامي عبود قال إن الإمدادات نفدت.")
    assert st.speaker is not None and "رامي عبود" in st.speaker.text
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
        "وكتب رئيس البلدية طلال نجم على منصة إكس (@TalalNajm) يوم الأحد:\n\n«الطرق مفتوحة الآن».",
        lang="ar",
    )
    st = doc.statements[0]
    assert st.kind == "social_post" and st.handle == "@TalalNajm"
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
        "قال وزير الصحة وائل الطحان إن الوضع مستقر. وقال الوزير إن الفرق تعمل.", lang="ar"
    )
    st = doc.statements[-1]
    assert st.speaker is not None
    assert st.speaker.text == "الوزير" and st.speaker.name == "وائل الطحان"
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


def statements_ar(text: str) -> list[khabar.Statement]:
    return khabar.extract(text, lang="ar").statements


def test_a_foreign_name_spelled_like_a_verb_is_not_a_cue() -> None:
    st = first("وكشف وكيل اللاعب روي غاسبار أن موكله تلقى عرضين.")
    assert st.speaker is not None and "روي غاسبار" in st.speaker.text
    assert st.cue.text == "وكشف"
    assert st.content.text.startswith("أن موكله")


def test_an_anonymity_aside_with_a_mention_verb_is_not_a_cue() -> None:
    [st] = statements_ar("وقال موظف في المصنع، رفض ذكر اسمه، إن الرواتب تأخرت.")
    assert st.speaker is not None and st.speaker.text.startswith("موظف في المصنع")
    assert st.content.text == "إن الرواتب تأخرت"


def test_but_he_pointed_out_continues_the_same_speaker() -> None:
    sts = statements_ar(
        "وقال مدير المرفأ سليم داود إن العمل مستمر، لكنه أشار إلى أن الرافعات معطلة."
    )
    assert sts[-1].speaker is not None and sts[-1].speaker.name == "سليم داود"
    assert "الرافعات معطلة" in sts[-1].content.text


def test_topic_after_amma_is_the_subject_of_the_cue() -> None:
    st = first("أما رئيس البلدية وليد سمعان، فقد أكد أن المياه ستعود غدا.")
    assert st.speaker is not None and "وليد سمعان" in st.speaker.text


def test_attributing_a_cause_with_ila_is_a_statement() -> None:
    st = first("وعزا المحافظ نبيل عودة انقطاع الكهرباء إلى سرقة الكابلات.")
    assert st.speaker is not None and "نبيل عودة" in st.speaker.text
    assert "سرقة الكابلات" in st.content.text


def test_abstained_from_comment_declines_to_comment() -> None:
    st = first("وامتنع المتحدث باسم البلدية عن التعليق على قيمة العقد.")
    assert st.stance == "declined_to_comment"
    assert st.speaker is not None and st.speaker.text == "المتحدث باسم البلدية"


def test_zada_with_a_colon_continues_the_speaker() -> None:
    sts = statements_ar("وقال النائب حسن بدر إن القانون ناقص. وزاد: «سنطعن فيه أمام المحكمة».")
    assert sts[-1].kind == "direct"
    assert sts[-1].speaker is not None and sts[-1].speaker.name == "حسن بدر"


def test_bayyana_with_the_speaker_before_the_complementiser() -> None:
    st = first("وبيّن مدير المدرسة سمير خوري أن الدوام سيبدأ الأحد.")
    assert st.speaker is not None and "سمير خوري" in st.speaker.text


def test_a_bracketed_alias_belongs_to_the_speaker() -> None:
    doc = khabar.extract(
        "أكد الاتحاد العربي للسباحة (عاس) أمس تلقيه طلبا رسميا.",
        lang="ar",
        published=datetime.date(2026, 2, 11),
    )
    [st] = doc.statements
    assert st.speaker is not None and st.speaker.text.endswith("(عاس)")
    assert st.date == datetime.date(2026, 2, 10)


def test_stance_of_future_study_ongoing_inquiry_and_qad_with_a_review_verb() -> None:
    assert first("وقالت الوزارة إنها ستدرس الشكاوى.").stance == "investigating"
    assert first("وقالت الشرطة إن التحقيقات ما زالت جارية.").stance == "investigating"
    assert first("وقال مصدر إن اللجنة قد تنظر في الطلب.").stance == "hedged"


def test_ruling_out_is_hedged() -> None:
    assert first("واستبعد الوزير أن ترتفع الأسعار.").stance == "hedged"


def test_speaker_after_a_quote_runs_to_the_comma_with_unknown_words() -> None:
    st = first("«لم نر مطرا منذ سنوات»، يقول الحاج صالح العكور، وهو راع من القرية.")
    assert st.kind == "direct"
    assert st.speaker is not None and "صالح العكور" in st.speaker.text


def test_relayed_source_with_a_name_in_apposition() -> None:
    st = first("ونقلت وكالة «الأفق» عن مدير المستشفى، فادي سعد، قوله إن الأسرة ممتلئة.")
    assert st.speaker is not None and st.speaker.name == "فادي سعد"
    assert st.via is not None and "الأفق" in st.via.text
    assert st.content.text.startswith("إن الأسرة")


def test_a_title_with_two_portfolios_keeps_both() -> None:
    st = first("ونفى وزير التربية والتعليم العالي جميل زيدان وجود أي تسريب.")
    assert st.speaker is not None and st.speaker.name == "جميل زيدان"
    assert st.content.text.startswith("وجود")


def test_a_refusal_then_fima_keeps_the_outlet_unverified() -> None:
    sts = statements_ar(
        "وامتنعت الشركة عن التعليق على الأرقام، فيما لم يتسنَّ لـ«الرصد» التحقق منها."
    )
    assert [s.stance for s in sts] == ["declined_to_comment", "unverified"]
    assert sts[0].content.text == "التعليق على الأرقام"


def test_according_to_what_a_source_said_is_one_statement() -> None:
    [st] = statements_ar("وحسب ما أفاد به مصدر أمني، فإن الطريق سيفتح غدا.")
    assert st.speaker is not None and st.speaker.text.startswith("مصدر أمني")


def test_speaker_with_a_relative_clause_before_the_colon() -> None:
    st = first("وقال المسافر سالم نمر، الذي ينتظر منذ أمس في المطار: «لا أحد يجيبنا».")
    assert st.kind == "direct"
    assert st.speaker is not None and "سالم نمر" in st.speaker.text


def test_an_aside_then_an_addressee_with_a_quoted_paper() -> None:
    [st] = statements_ar("وقال موظف سابق، رفض الكشف عن هويته، لصحيفة «المرصد» إن الرواتب تأخرت.")
    assert st.content.text == "إن الرواتب تأخرت"


def test_could_not_verify_with_a_long_quoted_outlet_name() -> None:
    [st] = statements_ar("ولم يتسنَّ لـ«بوابة الواحة اليوم» التحقق من صحة الصور.")
    assert st.stance == "unverified"
    assert st.speaker is not None and "بوابة الواحة اليوم" in st.speaker.text


def test_an_ordinal_after_a_title_is_part_of_the_speaker() -> None:
    sts = statements_ar("وطعن محامي المتهم الأول في الحكم، معتبرا أن الأدلة ضعيفة.")
    assert sts[-1].speaker is not None
    assert sts[-1].speaker.text.startswith("محامي المتهم الأول")


def test_participle_with_a_place_adjunct_before_a_colon_quote_is_direct() -> None:
    sts = statements_ar("وطالب المدعي العام بالسجن، قائلا أمام المحكمة: «هذه جريمة منظمة».")
    assert sts[-1].kind == "direct"
    assert sts[-1].content.text.strip("«»") == "هذه جريمة منظمة"


def test_it_seems_with_a_conjunction_is_hedged() -> None:
    st = first("ويبدو أن الشركة تتجه إلى البيع، بحسب ما أفادت به مصادر مطلعة.")
    assert st.stance == "hedged"


def test_continuation_verb_then_qaailan_and_a_colon_quote() -> None:
    sts = statements_ar("وقال المدير إن الوضع صعب. وأردف قائلاً: «الأيام المقبلة أصعب».")
    assert sts[-1].kind == "direct"
    assert sts[-1].speaker is not None and sts[-1].speaker.text == "المدير"


def test_in_his_speech_is_an_adjunct_not_part_of_the_speaker() -> None:
    st = first("وأشار الوزير سليم نصار في كلمته خلال افتتاح المعرض إلى أن الصادرات زادت.")
    assert st.speaker is not None and st.speaker.text == "الوزير سليم نصار"


def test_an_organisation_is_not_renamed_after_its_spokesman() -> None:
    sts = statements_ar(
        "وأكد المتحدث باسم وزارة النقل العقيد رامز عيد أن الطرق سالكة. "
        "وبحسب بيان صادر عن الوزارة، فإن الرحلات ستستأنف غدا."
    )
    assert sts[-1].speaker is not None and sts[-1].speaker.name in (None, "الوزارة")


def test_an_unpunctuated_anonymity_clause_then_an_addressee() -> None:
    [st] = statements_ar("وقال مصدر أمني طلب عدم الكشف عن هويته لوكالة «النبأ» إن الهجوم أحبط.")
    assert st.speaker is not None and st.speaker.name == "مصدر أمني"
    assert st.speaker.text == "مصدر أمني طلب عدم الكشف عن هويته"  # the clause, not the addressee
    assert st.content.text == "إن الهجوم أحبط"


def test_fi_hin_before_the_cue_is_a_report() -> None:
    st = first("في حين قال المتحدث إن الحدود ستبقى مفتوحة.")
    assert st.speaker is not None and st.speaker.text == "المتحدث"


def test_a_question_with_tasaala_is_direct_speech() -> None:
    st = first("وتساءل النائب: «أين ذهبت الأموال؟».")
    assert st.kind == "direct"
    assert st.speaker is not None and st.speaker.text == "النائب"


def test_dun_meaning_without_is_not_a_post() -> None:
    assert statements_ar("وغادر الوفد دون أن يعلن أي موقف.") == []


def test_fahasb_meaning_only_is_not_according_to() -> None:
    assert statements_ar("ولا يفيد الشاي الجسم فحسب، بل يحمي البشرة أيضا.") == []


def test_a_long_quotation_after_the_cue_is_content_not_a_quoted_name() -> None:
    sts = statements_ar(
        "وقال الوزير إن الأمر خطير. وأضاف «إنه أمر محزن لا يمكن قبوله في أي مدينة»."
    )
    assert sts[-1].speaker is not None and sts[-1].speaker.text == "الوزير"
    assert "أمر محزن" in sts[-1].content.text


def test_an_adverb_between_the_cue_and_the_subject_is_skipped() -> None:
    st = first("وأكدت أيضا دراسة حديثة أن النوم يحسن الذاكرة.")
    assert st.speaker is not None and st.speaker.text == "دراسة حديثة"


def test_an_honorific_pronoun_takes_the_named_person() -> None:
    sts = statements_ar("وقال الأمير سالم بن فهد إن الخطة جاهزة. وقال سموه إن التنفيذ سيبدأ.")
    assert sts[-1].speaker is not None and sts[-1].speaker.name == "سالم بن فهد"


def test_a_quoted_department_inside_a_title() -> None:
    st = first('وقال مدير الطوارئ بـ"صحة المدينة" سعيد نمر: إن الفرق جاهزة.')
    assert st.speaker is not None and "سعيد نمر" in st.speaker.text
    assert st.content.text.startswith("إن الفرق")


def test_according_to_with_a_lam_prefixed_source() -> None:
    [st] = statements_ar("ووفقا لحسابات الشركة، ارتفعت الأرباح.")
    assert st.speaker is not None and st.speaker.text == "حسابات الشركة"
    assert st.content.text == "ارتفعت الأرباح"


def test_an_adverb_before_the_cue_is_not_the_subject() -> None:
    st = first("ومؤخرا أعلن زعيمان محليان أنهما سيتحالفان.")
    assert st.speaker is not None and st.speaker.text == "زعيمان محليان"


def test_idh_opens_a_clause_so_the_subject_is_after_it() -> None:
    st = first("السيارة أرخص من الفندق إذ تعتبر الشركة أنها لا تكلف كثيرا.")
    assert st.speaker is not None and st.speaker.text == "الشركة"


def test_a_club_is_an_organisation_speaker() -> None:
    st = first("أعلن نادي الصقور عن فتح باب الترشح.")
    assert st.speaker is not None and st.speaker.text == "نادي الصقور"
    assert st.speaker.type == "organisation"


def test_his_lawyer_is_the_lawyer_named_earlier() -> None:
    sts = statements_ar(
        "وقال محامي المتهم الأول، الأستاذ ممدوح نمر، إن موكله بريء. "
        "وأجلت المحكمة الجلسة، فيما رفض محاميه التعليق على أنباء التسوية."
    )
    assert sts[-1].stance == "declined_to_comment"
    assert sts[-1].speaker is not None and sts[-1].speaker.name == "ممدوح نمر"


def test_definite_subject_then_definite_object_of_a_denial() -> None:
    st = first("ونفت الشركة الاتهامات.")
    assert st.speaker is not None and st.speaker.text == "الشركة"
    assert st.content.text == "الاتهامات" and st.stance == "deny"
    st = first("ونفى المتحدث الرسمي الأنباء المتداولة.")
    assert st.speaker is not None and st.speaker.text == "المتحدث الرسمي"


def test_kadhab_as_a_noun_and_tasaala_about_are_not_statements() -> None:
    assert statements_ar("والأمر ليس كذب وإنما هو سوء فهم.") == []
    assert statements_ar("وتساءل المواطن سالم عن سبب توقف المقاول عن العمل.") == []


def test_a_title_apposition_after_a_named_speaker_keeps_the_name() -> None:
    st = first('وكشف فادي سمعان، الرئيس التنفيذي لشركة "ميناء" للشحن، أن الخسائر كبيرة.')
    assert st.speaker is not None
    assert st.speaker.name == "فادي سمعان"


def test_a_named_apposition_after_a_title_gives_the_name() -> None:
    st = first("قال محافظ الإقليم، نادر سليم، إن الوضع مستقر.")
    assert st.speaker is not None
    assert st.speaker.name == "نادر سليم"


def test_an_organisation_with_a_quoted_name_keeps_its_whole_name() -> None:
    st = first("وقالت شبكة «نبراس» لمراقبة الانتخابات إن التصويت جرى بهدوء.")
    assert st.speaker is not None
    assert st.speaker.name == "شبكة «نبراس» لمراقبة الانتخابات"
