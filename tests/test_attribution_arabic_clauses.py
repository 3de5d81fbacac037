"""Arabic attribution: participles of cause, refusal and ruling out; «وصف … بأن»; asides
before the content; witnesses and kin as speakers; unknown definite subjects; «أما … فقد»."""

from __future__ import annotations

import datetime

import khabar


def statements_ar(text: str, published: datetime.date | None = None) -> list[khabar.Statement]:
    return khabar.extract(text, lang="ar", published=published).statements


def test_aziyan_attributes_a_cause_as_a_second_statement() -> None:
    sts = statements_ar('وقال المدير إن الإنتاج تراجع، عازياً ذلك إلى "نقص المواد الخام".')
    assert len(sts) == 2
    assert sts[0].content.text == "إن الإنتاج تراجع"
    assert "نقص المواد الخام" in sts[1].content.text
    assert sts[1].speaker is not None and sts[1].speaker.text == "المدير"


def test_rafidan_with_comment_declines_but_rafidan_with_charges_does_not() -> None:
    sts = statements_ar("وقال الناطق إن اللجنة تواصل عملها، رافضاً التعليق على نتائج التفتيش.")
    assert [st.stance for st in sts] == ["assert", "declined_to_comment"]
    assert sts[1].content.text == "التعليق على نتائج التفتيش"
    sts = statements_ar("وقال الناطق إن اللجنة تواصل عملها، رافضاً الاتهامات الموجهة إليها.")
    assert all(st.stance != "declined_to_comment" for st in sts)


def test_mustabiidan_rules_out_with_a_hedge() -> None:
    sts = statements_ar("وقالت الطبيبة إن الحالات مستقرة، مستبعدةً انتقال العدوى إلى المدارس.")
    assert sts[-1].stance == "hedged"
    assert sts[-1].content.text.startswith("انتقال العدوى")


def test_wasafa_with_a_dropped_subject_keeps_the_clause_subject() -> None:
    sts = statements_ar('ونفت البلدية صحة التقارير، ووصفت الصور المتداولة بأنها "مفبركة بالكامل".')
    assert len(sts) == 2
    assert sts[1].speaker is not None and sts[1].speaker.text == "البلدية"
    assert sts[1].content.text.startswith("بأنها") and sts[1].kind == "mixed"


def test_wasafa_with_a_named_subject_and_an_object() -> None:
    [st] = statements_ar("ووصف رئيس البلدية سمير عواد الخطة بأنها طموحة.")
    assert st.speaker is not None and st.speaker.name == "سمير عواد"
    assert st.content.text == "بأنها طموحة"


def test_wasafa_with_a_name_between_commas_after_the_title() -> None:
    [st] = statements_ar("ووصفت رئيسة جمعية السكان، وجدان السويلمي، ما جرى بأنه «تقصير فادح».")
    assert st.speaker is not None and st.speaker.name == "وجدان السويلمي"
    assert st.content.text == "بأنه «تقصير فادح»"


def test_wasafa_passes_a_quoted_name_inside_the_title() -> None:
    [st] = statements_ar("ووصف رئيس نادي «الشعلة» للرماية، خلدون القطان، القرار بأنه متسرّع.")
    assert st.speaker is not None and st.speaker.name == "خلدون القطان"
    assert st.content.text == "بأنه متسرّع"


def test_wasafa_without_bianna_is_not_a_statement() -> None:
    assert statements_ar("ووصف الطبيب العلاج للمريض.") == []


def test_a_participle_aside_before_the_colon_of_a_quote() -> None:
    [st] = statements_ar(
        "وقال المتحدث باسم الهلال رائد سليم، متحدثاً من موقع الحادث: «الفرق تعمل بلا توقف»."
    )
    assert st.speaker is not None and st.speaker.name == "رائد سليم"
    assert st.kind == "direct" and "الفرق تعمل" in st.content.text


def test_an_anonymity_aside_after_a_prepositional_phrase() -> None:
    [st] = statements_ar("وأكد مصدر مطلع على الملف، طلب عدم ذكر اسمه، أن الاتفاق بات وشيكاً.")
    assert st.speaker is not None and st.speaker.text.startswith("مصدر مطلع")
    assert st.content.text == "أن الاتفاق بات وشيكاً"


def test_an_adjunct_between_commas_is_not_an_aside_that_swallows_the_content() -> None:
    sts = statements_ar(
        "ونفى الوزير، في اتصال مع الصحيفة، أن يكون قد التقى الوفد، وقال: «لا علم لي بذلك»."
    )
    assert len(sts) == 2
    assert "التقى الوفد" in sts[0].content.text and "لا علم لي" not in sts[0].content.text


def test_a_parent_reports_what_a_teacher_told_him() -> None:
    [st] = statements_ar(
        "وقال والد إحدى الطالبات، سامر نجم، إن معلمة في المدرسة أبلغته بأن الصف أُغلق."
    )
    assert st.speaker is not None and st.speaker.text == "معلمة في المدرسة"
    assert st.via is not None and "سامر نجم" in st.via.text
    assert st.content.text == "الصف أُغلق"


def test_an_unknown_definite_subject_before_a_verbal_noun_object() -> None:
    [st] = statements_ar("وأكد المتحف الوطني للآثار فقدان قطع نادرة من مخازنه.")
    assert st.speaker is not None and st.speaker.text == "المتحف الوطني للآثار"
    assert st.content.text.startswith("فقدان قطع")
    [st] = statements_ar("وأكد الالتزام بالاتفاق.")
    assert st.speaker is None or st.speaker.text != "الالتزام"


def test_a_quoted_company_name_after_li_stays_in_the_speaker() -> None:
    [st] = statements_ar("ونفى المدير التنفيذي لشركة «نسيم» وليد حمدان أن تكون الشحنة فاسدة.")
    assert st.speaker is not None and st.speaker.name == "وليد حمدان"
    assert st.content.text == "أن تكون الشحنة فاسدة" and st.kind == "indirect"


def test_first_person_narajjih_is_hedged_and_opening_an_inquiry_is_investigating() -> None:
    [st] = statements_ar("وقال المهندس: «نرجّح أن يكون العطل في المحول الرئيسي».")
    assert st.stance == "hedged"
    [st] = statements_ar("وقالت النيابة إنها فتحت تحقيقاً في ملابسات الحريق.")
    assert st.stance == "investigating"
    [st] = statements_ar("وقال إن الشرطة فتحت الطريق أمام السيارات.")
    assert st.stance == "assert"


def test_amma_topic_without_a_comma_and_its_participle_share_speaker_and_date() -> None:
    sts = statements_ar(
        'أما الوزيرة ريم سعد فقد قالت أمس إن الخطة جاهزة، مضيفة أنها "ستنفذ خلال شهر".',
        published=datetime.date(2026, 3, 11),
    )
    assert [st.speaker.name if st.speaker else None for st in sts] == ["ريم سعد", "ريم سعد"]
    assert [st.date for st in sts] == [datetime.date(2026, 3, 10)] * 2
    [st] = statements_ar("أما الوزير فقال إن الخطة جاهزة.")
    assert st.speaker is not None and st.speaker.text == "الوزير"


def test_a_plea_in_court_with_dafaa_is_a_statement_but_paying_is_not() -> None:
    [st] = statements_ar("ودفعت هيئة الدفاع بعدم اختصاص المحكمة بنظر الدعوى.")
    assert st.speaker is not None and st.speaker.text == "هيئة الدفاع"
    assert st.content.text == "بعدم اختصاص المحكمة بنظر الدعوى"
    assert statements_ar("ودفع النادي ثمانية ملايين دينار للتعاقد مع المدرب.") == []
    assert statements_ar("والبلدية تدفع بآليات إضافية إلى الأحياء المغمورة.") == []


def test_a_name_with_abd_before_the_comma_of_an_apposition() -> None:
    [st] = statements_ar("ودفع وكيل الشركة، الأستاذ نبيل عبد الرزاق، ببطلان إجراءات الحجز.")
    assert st.speaker is not None and st.speaker.name == "نبيل عبد الرزاق"
    assert st.content.text == "ببطلان إجراءات الحجز"


def test_a_statement_in_a_relative_clause_wasafaha_x_bianna() -> None:
    sts = statements_ar(
        "ورفعت الحكومة أسعار الخبز، في خطوة وصفها نواب المعارضة بأنها «ضربة للفقراء»."
    )
    assert sts[-1].speaker is not None and sts[-1].speaker.text == "نواب المعارضة"
    assert sts[-1].content.text == "بأنها «ضربة للفقراء»" and sts[-1].kind == "mixed"


def test_a_quoted_programme_name_before_the_colon_is_frame_with_its_date() -> None:
    [st] = statements_ar(
        "وقالت الوزيرة في لقاء مع برنامج «صباح الخير» الذي تبثه إذاعة «الجنوب»، مساء أمس: "
        "«لن نرفع الأسعار».",
        published=datetime.date(2026, 5, 6),
    )
    assert st.content.text == "«لن نرفع الأسعار»" and st.kind == "direct"
    assert st.date == datetime.date(2026, 5, 5)


def test_a_post_introduced_by_katabat_fiha_starts_after_the_colon() -> None:
    [st] = statements_ar(
        "وردّ النائب بتغريدة على منصة «إكس» من حسابه @SamerNajm_MP كتب فيها صباح الخميس:\n"
        "«لن نصمت بعد اليوم».",
        published=datetime.date(2026, 5, 9),
    )
    assert st.kind == "social_post" and st.content.text == "«لن نصمت بعد اليوم»"
    assert st.date == datetime.date(2026, 5, 7)


def test_a_prediction_verb_asserts_as_the_dev_set_labels_predictions() -> None:
    # the dev gold labels «… ونتوقع أن يرتفع العدد» assert and "say they expect … if …"
    # conditional: a prediction is not a hedge (SPEC: may/ربما/قد + present)
    [st] = statements_ar("وتوقع البنك المركزي أن يتراجع التضخم خلال العام المقبل.")
    assert st.stance == "assert"
    [st] = statements_ar("وتوقع البنك المركزي أن يتراجع التضخم إذا استقر سعر النفط.")
    assert st.stance == "conditional"


def test_a_headline_of_two_sentences_gives_no_statement() -> None:
    sts = statements_ar(
        "ارتفاع عدد المصابين إلى ٥٠.. والوزارة تؤكد السيطرة\n\nوقال الوزير إن الوضع مستقر."
    )
    assert [st.cue.text for st in sts] == ["وقال"]


def test_arjaa_splits_the_subject_from_the_thing_explained() -> None:
    sts = statements_ar(
        "وأرجع المصرف الانخفاض إلى «تسديد قروض قديمة»، نافياً أن يكون قد باع احتياطيه."
    )
    assert [st.speaker.text if st.speaker else None for st in sts] == ["المصرف", "المصرف"]
    assert sts[0].content.text == "الانخفاض إلى «تسديد قروض قديمة»"


def test_azahu_with_an_object_pronoun_has_the_whole_subject_before_ila() -> None:
    [st] = statements_ar("وارتفع سعر الذهب أمس، وهو ما عزاه تجار في سوق المدينة إلى الطلب الموسمي.")
    assert st.speaker is not None and st.speaker.text == "تجار في سوق المدينة"
    assert st.content.text == "إلى الطلب الموسمي"


def test_qaddara_reports_an_estimate_but_a_passive_tuqaddar_does_not() -> None:
    [st] = statements_ar(
        "وقدّرت نقابة المزارعين الخسائر التي لحقت بالمحاصيل بنحو ثلاثة ملايين دينار."
    )
    assert st.speaker is not None and st.speaker.text == "نقابة المزارعين"
    assert st.content.text.startswith("الخسائر التي لحقت")
    assert [q.value for q in st.quantities] == [3000000]
    assert statements_ar("وحققت الشركة أرباحاً تقدر بنحو مليون دينار.") == []
    assert statements_ar("وقدّر الجميع جهود فرق الإنقاذ.") == []


def test_a_member_for_a_province_named_by_a_construct_before_the_name() -> None:
    [st] = statements_ar("واتهم النائب عن محافظة الساحل سامر بن خليل النجدي الحكومة بالتقصير.")
    assert st.speaker is not None and st.speaker.name == "سامر بن خليل النجدي"
    assert st.content.text == "الحكومة بالتقصير"


def test_a_ministry_of_a_named_country_keeps_its_fi_phrase() -> None:
    sts = statements_ar(
        "ونفت وزارة الداخلية في كارمين، يوم السبت، الاتهامات، مؤكدةً أن الحدود هادئة."
    )
    assert [st.speaker.text if st.speaker else None for st in sts] == [
        "وزارة الداخلية في كارمين"
    ] * 2
    [st] = statements_ar("وقالت الوزارة في بيان إن الحدود هادئة.")
    assert st.speaker is not None and st.speaker.text == "الوزارة"


def test_a_family_name_confirming_what_someone_else_said() -> None:
    [st] = statements_ar("وأكد الزعبي ما أفاد به مصدر في الوزارة بشأن تأجيل الامتحانات.")
    assert st.speaker is not None and st.speaker.text == "الزعبي"
    assert st.stance == "confirm" and st.content.text.startswith("ما أفاد به")


def test_the_same_arabic_speaker_named_again_in_the_next_sentence_keeps_the_day() -> None:
    sts = statements_ar(
        "أعلن المصرف المركزي يوم الاثنين أن الاحتياطي تراجع. "
        "وأرجع المصرف الانخفاض إلى تسديد الديون. "
        "وقالت النقابة إن الأجور لم تُدفع.",
        published=datetime.date(2026, 6, 3),
    )
    assert [st.date for st in sts] == [datetime.date(2026, 6, 1)] * 2 + [None]


def test_mararan_is_not_the_speaker_of_a_repeated_confirmation() -> None:
    [st] = statements_ar("وكانت وزيرة المالية قد أكدت مرارًا أن الدين تراجع.")
    assert st.speaker is not None and st.speaker.text == "وزيرة المالية"
    assert "الدين تراجع" in st.content.text


def test_a_subject_before_lam_yastabid_is_the_speaker_not_its_object() -> None:
    sts = statements_ar(
        "لكن رئيس البلدية سامر الحلو لم يستبعد فرضية الحريق، وقال إن الأمر قد يكون مدبرًا."
    )
    assert [st.speaker.text if st.speaker else None for st in sts] == [
        "رئيس البلدية سامر الحلو"
    ] * 2
    assert sts[0].content.text == "فرضية الحريق" and sts[0].stance == "hedged"
    [st] = statements_ar("ولم يستبعد المحافظ أن تتأجل الانتخابات.")
    assert st.speaker is not None and st.speaker.text == "المحافظ" and st.stance == "hedged"


def test_ma_idha_is_whether_not_a_condition() -> None:
    [st] = statements_ar("وقالت النقابة إنها لا تعرف ما إذا كانت الإدارة ستوافق.")
    assert st.stance == "assert"
    [st] = statements_ar("وقال الوزير إن الأسعار سترتفع إذا استمر الجفاف.")
    assert st.stance == "conditional"


def test_a_second_wa_innaha_clause_that_cannot_confirm_is_its_own_statement() -> None:
    sts = statements_ar(
        "قال الناطق باسم البلدية إن «المياه صالحة للشرب»، وإنه لا يمكنه تأكيد عدد المصابين."
    )
    assert [(st.content.text, st.stance) for st in sts] == [
        ("إن «المياه صالحة للشرب»", "assert"),
        ("عدد المصابين", "cannot_confirm"),
    ]
    assert sts[1].speaker is not None and sts[1].speaker.text == "الناطق باسم البلدية"
    assert sts[1].cue.text == "لا يمكنه تأكيد"


def test_khalusat_ila_anna_reports_a_finding_without_the_occasion_aside() -> None:
    [st] = statements_ar(
        "خلصت لجنة التحقيق البرلمانية في حريق السوق المركزي إلى أن «الإهمال» تسبب في الكارثة، "
        "وذلك في تقريرها النهائي."
    )
    assert st.speaker is not None
    assert st.speaker.text == "لجنة التحقيق البرلمانية في حريق السوق المركزي"
    assert st.content.text == "أن «الإهمال» تسبب في الكارثة"
    assert statements_ar("خلص الطلاب من الامتحانات.") == []


def test_renewing_announcing_and_fixing_participles_continue_the_speaker() -> None:
    sts = statements_ar(
        "وقال المتحدث باسم الجيش العقيد سامر الحلو إن «الوضع تحت السيطرة»، "
        "مجددًا التأكيد على أن القوات «لن تنسحب»."
    )
    assert [st.cue.text for st in sts] == ["وقال", "مجددًا"]
    assert sts[1].speaker is not None and sts[1].speaker.text.endswith("سامر الحلو")
    sts = statements_ar(
        "وقالت الوزيرة إن الجسر آمن، معلنةً تشكيل لجنة فنية للتحقيق في أسباب الحادث."
    )
    assert [st.stance for st in sts] == ["assert", "investigating"]
    sts = statements_ar(
        "وأعلن الهلال الأحمر انتهاء عمليات الإغاثة، مثبتًا عدد الضحايا عند ٣٠ قتيلاً."
    )
    assert [st.content.text for st in sts] == ["انتهاء عمليات الإغاثة", "عدد الضحايا عند ٣٠ قتيلاً"]
    [st] = statements_ar("وقال الوزير مجددًا إن الخطة ستنجح.")
    assert st.cue.text == "وقال"


def test_ayy_after_a_denial_is_its_object_not_its_speaker() -> None:
    sts = statements_ar("وقال المتحدث إن الضربة خاطئة، لكنه نفى مجددًا أي استهداف متعمد.")
    assert sts[-1].speaker is not None and sts[-1].speaker.text == "المتحدث"
    assert sts[-1].content.text == "أي استهداف متعمد" and sts[-1].stance == "deny"


def test_an_unpunctuated_anonymity_clause_ends_the_speaker_before_bianna() -> None:
    [st] = statements_ar(
        "وأفاد مصدر في الشرطة طلب عدم نشر اسمه بأن اللصوص فروا على الأرجح إلى الحدود."
    )
    assert st.speaker is not None and st.speaker.name == "مصدر في الشرطة"
    assert st.speaker.text == "مصدر في الشرطة طلب عدم نشر اسمه"
    assert st.content.text == "بأن اللصوص فروا على الأرجح إلى الحدود"
    assert st.stance == "hedged"


def test_an_outlet_in_quotes_after_li_is_the_addressee_not_part_of_the_speaker() -> None:
    [st] = statements_ar(
        "وقال الحلو لـ«صوت المدينة» في اتصال هاتفي من البلدة: «العمال بخير، والإنتاج متوقف»."
    )
    assert st.speaker is not None and st.speaker.text == "الحلو"
    assert st.kind == "direct"
    [st] = statements_ar("وقال المدير لـ«صوت المدينة» في اتصال هاتفي: «العمال بخير».")
    assert st.speaker is not None and st.speaker.text == "المدير"
    [st] = statements_ar("وقال مدير الطوارئ بـ«صحة المدينة» سعيد نمر إن الوضع مستقر.")
    assert st.speaker is not None and st.speaker.text == "مدير الطوارئ بـ«صحة المدينة» سعيد نمر"
