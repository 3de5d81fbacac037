"""What was published and what was said in it: «أصدرت الوزارة بيانًا قالت فيه …», «نشر
مقطعًا كتب تحته …»; narrator asides after a statement («، وهو ادعاء …»); and a few cues,
stances and subjects of wire copy («عدّ … أن», «داعيًا إلى «…»», «وقد يكون», «تتابع
الموقف», a family name alone after the verb)."""

from __future__ import annotations

import pytest

import khabar


def _statements(text: str) -> list[khabar.Statement]:
    return khabar.extract(text, lang="ar").statements


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("وأصدرت الوزارة بيانًا قالت فيه إن الحريق أُخمد بالكامل.", "الوزارة"),
        ("ونشرت الشركة تغريدة قالت فيها إن الخدمة عادت إلى العمل.", "الشركة"),
        ("وكتب الناشط أيمن الدبس منشورًا قال فيه إن الخدمة لم تعد.", "أيمن الدبس"),
    ],
)
def test_attribution_arabic_said_in_what_was_published_is_said_by_its_publisher(
    text: str, speaker: str
) -> None:
    sts = _statements(text)
    assert len(sts) == 1
    assert sts[0].speaker is not None and sts[0].speaker.name == speaker
    assert sts[0].content.text.startswith("إن ")


def test_attribution_arabic_said_in_a_post_with_a_handle_is_a_social_post() -> None:
    sts = _statements(
        "وكان القبطان أيمن الدبس قد نشر ليل الأحد على صفحته في «فيسبوك» (@mdabs) مقطعًا "
        "قصيرًا قال فيه إن المخزون «يكفي أربعة أيام»، وكتب تحته: «لسنا مجرمين»."
    )
    assert [s.kind for s in sts] == ["social_post", "social_post"]
    assert all(s.speaker is not None and s.speaker.name == "أيمن الدبس" for s in sts)


def test_attribution_arabic_place_before_the_verb_is_no_speaker() -> None:
    sts = _statements("وفوق الصورة كتبت تغريدة قالت فيها: «نودّع صديقة عزيزة».")
    assert all(s.speaker is None or "فوق" not in s.speaker.text for s in sts)


def test_attribution_arabic_narrator_word_for_the_claim_ends_the_content() -> None:
    sts = _statements(
        "وكانت المجموعة قد أعلنت الجمعة أنها سرّبت القائمة، وهو ادعاء وصفته الشركة بأنه «مبالغ فيه»."
    )
    assert sts[0].content.text == "أنها سرّبت القائمة"


def test_attribution_arabic_speaker_word_after_wahuwa_stays_in_the_content() -> None:
    sts = _statements("وقال الوزير إن الحادث عرضي، وهو أمر طبيعي في مثل هذه الظروف.")
    assert sts[0].content.text.endswith("في مثل هذه الظروف")


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("وقالت الوزارة إن البلاغ «مهم، وقد يكون دقيقًا في بعض جوانبه».", "hedged"),
        ("وقال المدير إن الحريق اندلع فجرًا، وقد تسبب في أضرار كبيرة.", "assert"),
        ("فقالت الشركة إنها «تتابع الموقف وتنتظر نتائج الفحص».", "investigating"),
        ("من جهته، عدّ النقيب أن ما حدث «درس صعب لكل الأطراف».", "assert"),
    ],
)
def test_attribution_arabic_stance_of_wire_phrases(text: str, stance: str) -> None:
    assert _statements(text)[0].stance == stance


def test_attribution_arabic_could_not_verify_keeps_min_in_the_content() -> None:
    sts = _statements("ولم تتمكن الوكالة من التحقق من تلك الرواية.")
    assert sts[0].stance == "unverified"
    assert sts[0].content.text == "من التحقق من تلك الرواية"


def test_attribution_arabic_outlet_told_after_an_in_phrase_is_no_part_of_the_speaker() -> None:
    sts = _statements("وقال موظف في العمادة للقناة إن كلمة المرور تسربت قبل أسبوع.")
    assert sts[0].speaker is not None and sts[0].speaker.text == "موظف في العمادة"


def test_attribution_arabic_adda_reports_only_before_anna() -> None:
    assert _statements("من جهتها، عدّت رئيسة الجمعية أن الاتفاق «خطوة متأخرة».")
    assert not _statements("وعدّت اللجنة الأصوات مرتين قبل أن تعلن أن النتيجة نهائية.")


def test_attribution_arabic_calling_for_a_quotation_is_a_statement() -> None:
    sts = _statements("وقال الوزير إن الوضع مستقر، داعيًا إلى «تحقيق شامل في الحادث».")
    assert [s.cue.text for s in sts] == ["وقال", "داعيًا"]
    sts = _statements("وقال الوزير إن الوضع مستقر، داعيًا إلى ضبط النفس.")
    assert [s.cue.text for s in sts] == ["وقال"]
    assert sts[0].content.text == "إن الوضع مستقر"


def test_attribution_arabic_shipping_line_declines() -> None:
    sts = _statements("وامتنعت خطوط النورس الجوية عن التعليق على أسباب التأخير.")
    assert sts[0].stance == "declined_to_comment"
    assert sts[0].speaker is not None and sts[0].speaker.text == "خطوط النورس الجوية"


def test_attribution_arabic_family_name_after_the_verb_is_the_next_cue_subject() -> None:
    sts = _statements(
        "ونقلت صحيفة «الأفق» عن مدير الشركة قوله إن الخسائر «كبيرة». "
        "ورفض الدبسي هذه الانتقادات، وقال: «من ينتقدنا عليه أن يقدّم البديل»."
    )
    assert sts[1].speaker is not None and sts[1].speaker.name == "الدبسي"


def test_attribution_arabic_dotted_handle_is_skipped_whole() -> None:
    sts = _statements(
        "وعلى «فيسبوك»، كتبت نهى القباني (@noha.qabbani) مساء أمس أن الأهالي «شكّلوا لجنة»."
    )
    assert sts[0].kind == "social_post"
    assert sts[0].content.text == "أن الأهالي «شكّلوا لجنة»"


def test_attribution_arabic_outlet_in_another_language_is_no_content() -> None:
    sts = _statements(
        "وقال المحافظ لصحيفة «الشاهد» الصادرة بالفرنسية يوم الأحد إن الوزارة «منفتحة على النقاش»."
    )
    assert sts[0].content.text == "إن الوزارة «منفتحة على النقاش»"


def test_attribution_arabic_object_after_an_adjunct_aside_is_the_denial() -> None:
    sts = _statements(
        "ونفى المدير التنفيذي للشركة، صخر الحمصي، في اتصال مع «الشاهد» صباح اليوم، علم "
        "المصنع بأي بلاغ، مضيفًا: «لو وصلنا بلاغ لأغلقنا الخط»."
    )
    assert [s.stance for s in sts] == ["deny", "conditional"]
    assert sts[0].content.text == "علم المصنع بأي بلاغ"


def test_attribution_arabic_subject_before_the_verb_leaves_the_noun_after_it_as_object() -> None:
    sts = _statements("لكن العتيبي اتهمت البلدية بإهمال الصيانة في الحي.")
    assert sts[0].speaker is not None and sts[0].speaker.text == "العتيبي"
    sts = _statements("فيما لم تؤكد الهيئة صحة الخبر حتى الآن.")
    assert sts[0].speaker is not None and sts[0].speaker.text == "الهيئة"


def test_attribution_arabic_clip_said_to_show_in_a_post_is_a_social_post() -> None:
    sts = _statements(
        "ونشرت صفحة «شباب الحي» على «فيسبوك» (@hay.youth) صباح اليوم مقطعًا قالت إنه يوثّق "
        "رجال إطفاء «يرشّون المياه»."
    )
    assert sts[0].kind == "social_post"


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("وأضافت الطبيبة: «نشتبه في أن مياه البئر ملوّثة».", "hedged"),
        ("وأعلنت الشرطة توقيف شخص يُشتبه في أنه سرق المعدات.", "assert"),
        ("وقالت المتحدثة إن اللجنة «غير قادرة حتى الآن على الجزم» بصحة التسجيل.", "cannot_confirm"),
    ],
)
def test_attribution_arabic_suspecting_and_not_able_to_confirm(text: str, stance: str) -> None:
    assert _statements(text)[0].stance == stance


def test_attribution_arabic_estimated_it_after_idh_is_a_statement() -> None:
    sts = _statements(
        "ولم يتسنَّ لـ«الشاهد» التحقق من عدد الشحنات، إذ قدّرها خبير في الميناء بنحو ثلاثين ألف طن."
    )
    assert [s.cue.text for s in sts] == ["قدّرها", "ولم يتسنَّ"]
    assert not _statements("وتعهد المجلس بتعويض قدرها ٥٠٠ ألف ريال لكل أسرة، قدرها الخبراء.")[1:]


def test_attribution_arabic_blaming_a_party_after_almasouliya() -> None:
    sts = _statements("وأقرّت الشركة بوجود خلل في الشحنة، محمّلةً المسؤولية لشركة التوريد.")
    assert [(s.cue.text, s.stance) for s in sts] == [("وأقرّت", "confirm"), ("محمّلةً", "assert")]
    assert sts[1].speaker is not None and sts[1].speaker.text == "الشركة"


def test_attribution_arabic_approving_is_no_admission() -> None:
    assert not _statements("وأقر مجلس الشيوخ، بأغلبية ستين صوتًا، الخطة الجديدة.")


def test_attribution_arabic_said_in_it_with_a_subject_after_it_keeps_that_subject() -> None:
    sts = _statements("وصدر بيان مشترك أكد فيه الطرفان على أهمية التعاون.")
    assert sts[0].speaker is not None and sts[0].speaker.text == "الطرفان"


def test_attribution_arabic_after_a_comma_fihi_is_no_published_thing_clause() -> None:
    sts = _statements(
        "رفعت الهيئة عدد الإصابات إلى أربعين، وفق بيان نشرته الليلة، ونفت فيه «أي تستر»."
    )
    assert sts[-1].stance == "deny"
    assert sts[-1].speaker is not None and sts[-1].speaker.text == "الهيئة"


def test_attribution_arabic_student_with_her_name_in_apposition() -> None:
    sts = _statements("وقالت طالبة في كلية الطب، هند الكبيسي، لـ«الشاهد» إنها تلقت رسائل مجهولة.")
    assert sts[0].speaker is not None and sts[0].speaker.name == "هند الكبيسي"


@pytest.mark.parametrize(
    "text",
    [
        "ونفى المدير التنفيذي للمصنع، أيمن داوود، في اتصال مع «الشاهد»، علم الإدارة بأي بلاغ.",
        "غير أن مديرة المكتب الإعلامي، كارلا مونتي، نفت أمس أن يكون التسجيل مفبركًا.",
    ],
)
def test_attribution_arabic_title_then_a_name_without_al_between_commas(text: str) -> None:
    sts = _statements(text)
    assert sts[0].speaker is not None
    assert sts[0].speaker.name in ("أيمن داوود", "كارلا مونتي")


def test_attribution_arabic_time_adjunct_between_commas_is_no_name() -> None:
    sts = _statements("وقالت رئيسة الرابطة، أمس الأحد، إن الوضع هادئ.")
    assert sts[0].speaker is not None and sts[0].speaker.name == "رئيسة الرابطة"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("وقال اللاعب سامر الكردي، عضو اللجنة، إن الفريق «يدفع الثمن».", "سامر الكردي"),
        ("وقالت الروائية هند الكبيسي إن الجائزة «تأخرت كثيرًا».", "هند الكبيسي"),
    ],
)
def test_attribution_arabic_unlisted_role_before_a_given_name(text: str, name: str) -> None:
    sts = _statements(text)
    assert sts[0].speaker is not None and sts[0].speaker.name == name


def test_attribution_arabic_audience_after_the_speaker_is_no_part_of_it() -> None:
    sts = _statements("وقال المتحدث باسم الجمعية للمحتجين إن المطالب «لم تتغير».")
    assert sts[0].speaker is not None and sts[0].speaker.text == "المتحدث باسم الجمعية"


@pytest.mark.parametrize(
    "text",
    [
        "وأضاف الكردي، بحسب ما أوردته إذاعة محلية عن اللقاء، أن العدد بلغ ألف مشترك.",
        "وأضاف الكردي، بحسب الصحيفة، أن السفينة «لن تغادر».",
    ],
)
def test_attribution_arabic_relay_aside_after_the_speaker_keeps_one_statement(text: str) -> None:
    sts = _statements(text)
    assert len(sts) == 1
    assert sts[0].cue.text == "وأضاف"
    assert sts[0].content.text.startswith("أن ")


def test_attribution_arabic_refraining_participle_declines() -> None:
    sts = _statements("وقالت الشركة إنها «تتعاون مع المحققين»، ممتنعةً عن التعليق بشأن مديرها.")
    assert [s.stance for s in sts] == ["assert", "declined_to_comment"]


def test_attribution_arabic_pledge_with_a_quoted_object_is_a_statement() -> None:
    sts = _statements("وقال المحافظ إن السوق «ستهدأ»، متعهدًا بعدم رفع الأسعار «ما دمت في منصبي».")
    assert [s.cue.text for s in sts] == ["وقال", "متعهدًا"]
    sts = _statements("وقال المحافظ إن السوق «ستهدأ»، متعهدًا بالعمل على تحسين الخدمات.")
    assert [s.cue.text for s in sts] == ["وقال"]


def test_attribution_arabic_earlier_on_a_day_is_an_adjunct() -> None:
    sts = _statements(
        "وكان العقيد سامر الكردي قد صرّح في وقت لاحق من يوم الخميس بأن الفرق أنهت عملها."
    )
    assert sts[0].speaker is not None and sts[0].speaker.name == "سامر الكردي"


def test_attribution_arabic_clause_opening_verb_that_spells_a_name_is_no_speaker() -> None:
    sts = _statements(
        "من جانبه، طالب الوزير أيمن الحلو بإقالة الوزير، معتبرًا في بيان أن «الحكومة تتهرب»."
    )
    assert sts[0].speaker is not None and sts[0].speaker.name == "أيمن الحلو"


def test_quantities_arabic_dual_of_floors() -> None:
    sts = _statements("وقالت المهندسة إن المالك أضاف طابقين دون ترخيص.")
    assert [q.value for q in sts[0].quantities] == [2]


@pytest.mark.parametrize("noun", ["مذكرة لعملائها", "نشرتها الدورية", "بلاغ صحفي"])
def test_attribution_arabic_memo_bulletin_and_communique_are_statement_adjuncts(noun: str) -> None:
    sts = _statements(f"وقالت وكالة التصنيف في {noun} إن التوقعات سلبية.")
    assert sts[0].speaker is not None and sts[0].speaker.text == "وكالة التصنيف"


def test_segment_a_word_ending_in_tanween_alif_ends_its_sentence() -> None:
    text = "وقال المدير إن المصنع لا يخفي شيئًا. وكانت النقابة قد نشرت بيانًا."
    doc = khabar.extract(text, lang="ar")
    assert [text[s.start : s.end] for s in doc.sentences] == [
        "وقال المدير إن المصنع لا يخفي شيئًا.",
        "وكانت النقابة قد نشرت بيانًا.",
    ]


def test_attribution_arabic_a_second_body_after_an_accusing_body_is_the_object() -> None:
    sts = _statements("واتهمت جمعية حماية وادي الريم مصنع شركة الأفق للأسمدة بتلويث المياه.")
    assert sts[0].speaker is not None and sts[0].speaker.text == "جمعية حماية وادي الريم"


@pytest.mark.parametrize(
    "text",
    [
        "وقال مسؤول إن اللجنة تراجع حاليًا عقود السنة الماضية.",
        "ونقلت الإذاعة عن مسؤول قوله إن الخبراء يبحثون في مصدر الشحنة.",
    ],
)
def test_attribution_arabic_bodies_reviewing_and_investigators_searching(text: str) -> None:
    assert _statements(text)[0].stance == "investigating"


def test_quantities_arabic_duals_of_boats_and_sailors() -> None:
    sts = _statements("وقال القائد إن زورقين اقتربا من الناقلة، وإن بحّارين أصيبا.")
    assert [q.value for q in sts[0].quantities] == [2, 2]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("وانهار الجسر فجرًا، بحسب حصيلة نشرتها هيئة الإسعاف عند الظهر.", "هيئة الإسعاف"),
        ("وتوقفت الرحلات مساء، وفقًا لما ذكرته رويترز.", "رويترز"),
    ],
)
def test_attribution_arabic_according_to_what_x_issued_names_x(text: str, speaker: str) -> None:
    sts = _statements(text)
    assert sts[0].speaker is not None and sts[0].speaker.text == speaker


def test_attribution_arabic_main_clause_subject_with_its_name_in_apposition() -> None:
    sts = _statements(
        "وردّت عميدة كلية الطب، الدكتورة هند الكبيسي، على الانتقاد بالقول إن «الأمر مختلف»، "
        "معتبرةً أن الشركة «تتهرب من المسؤولية»."
    )
    assert sts[-1].speaker is not None and sts[-1].speaker.name == "هند الكبيسي"


def test_attribution_arabic_unlisted_poster_named_before_a_bracketed_handle() -> None:
    sts = _statements(
        "وعلى «فيسبوك»، كتبت هيفين الزيباري (@hevin.azz) مساء أمس أن الأهالي «شكّلوا لجنة»."
    )
    assert sts[0].speaker is not None and sts[0].speaker.name == "هيفين الزيباري"
    assert sts[0].content.text == "أن الأهالي «شكّلوا لجنة»"
