"""Who posted («وكتب المسعف X على صفحته …»), withholding a confirmation («امتنع عن تأكيد»), the
party an outlet tried to reach («حاولت الصحيفة الاتصال بـX، غير أنه امتنع …») and a name by
filiation («… بنت …») as a clause's subject. Every sentence is invented."""

from __future__ import annotations

import khabar


def _speakers(text: str) -> list[tuple[str, str | None, str]]:
    doc = khabar.extract(text, lang="ar")
    return [
        (st.cue.text, st.speaker.text if st.speaker else None, st.stance) for st in doc.statements
    ]


def test_a_poster_no_lexicon_knows_is_who_wrote_on_the_page() -> None:
    text = (
        "وأضاف المدير أن العمل مستمر. وكتب المصوّر ربيع الشامي على صفحته في «فيسبوك» "
        "(@rabie.sh) مساء أمس أن الجسر «تصدّع من جديد»."
    )
    doc = khabar.extract(text, lang="ar")
    post = doc.statements[1]
    assert post.speaker is not None and post.speaker.text == "المصوّر ربيع الشامي"
    assert post.kind == "social_post"
    assert post.content.text == "أن الجسر «تصدّع من جديد»"


def test_a_definite_role_then_a_name_is_the_speaker() -> None:
    text = "وقال المسعف هاني قرقش إن الطريق كان مغلقًا."
    assert _speakers(text) == [("وقال", "المسعف هاني قرقش", "assert")]


def test_refraining_from_confirming_a_figure_cannot_confirm_it() -> None:
    text = "وامتنع الناطق باسم الشرطة، المقدم نزار الشوبكي، عن تأكيد الحصيلة التي نشرتها الجمعية."
    assert _speakers(text) == [
        ("وامتنع", "الناطق باسم الشرطة، المقدم نزار الشوبكي", "cannot_confirm")
    ]


def test_refraining_from_comment_is_still_declining() -> None:
    assert _speakers("وامتنعت البلدية عن التعليق.") == [
        ("وامتنعت", "البلدية", "declined_to_comment")
    ]


def test_the_party_an_outlet_tried_to_reach_declines() -> None:
    text = (
        "وقال موظف في الميناء إن الشحنة فاسدة. وسعت «النجم» إلى التواصل مع صاحب الشركة مراد "
        "العلي، غير أنه رفض الإدلاء بأي تصريح، واكتفى بالقول إن «القضاء سيحسم الأمر»."
    )
    found = _speakers(text)
    assert found[1:] == [
        ("رفض", "صاحب الشركة مراد العلي", "declined_to_comment"),
        ("واكتفى بالقول", "صاحب الشركة مراد العلي", "assert"),
    ]


def test_a_name_by_filiation_is_the_subject_a_later_verb_shares() -> None:
    text = (
        "وقالت البلدية إن المياه صالحة للشرب. وفي المخيم، رفضت الغالية بنت سيدي العودة إلى "
        "خيمتها، ونفت أن تكون المياه صالحة."
    )
    assert _speakers(text)[1] == ("ونفت", "الغالية بنت سيدي", "deny")


def test_a_given_name_with_the_article_before_wad_starts_the_name() -> None:
    text = (
        "قال مدير المستشفى، الدكتور الطاهر ود النعيم، إن الأسرّة ممتلئة.\n\n"
        "«لا مكان لمريض جديد»، قال ود النعيم للإذاعة."
    )
    doc = khabar.extract(text, lang="ar")
    assert [st.speaker.name for st in doc.statements if st.speaker] == [
        "الطاهر ود النعيم",
        "الطاهر ود النعيم",
    ]


def test_a_title_then_a_name_by_filiation_is_the_clause_subject() -> None:
    text = "وردّ النائب ضيفان ود بشير على الوزير، نافيًا أن تكون الأرض مصادرة."
    doc = khabar.extract(text, lang="ar")
    assert [st.speaker.text for st in doc.statements if st.speaker] == ["النائب ضيفان ود بشير"]


def test_a_bare_refusal_is_the_whole_predicate() -> None:
    text = "وحاولت «الأفق» الاتصال بصاحب المصنع فؤاد نمر، غير أنه امتنع عن التعليق."
    st = khabar.extract(text, lang="ar").statements[-1]
    assert (st.stance, st.content.text) == ("declined_to_comment", "امتنع عن التعليق")


def test_a_quoted_venue_name_leaves_a_statement_indirect() -> None:
    text = "وقالت المديرية إن عشرين شخصًا أصيبوا بعد العشاء في مطعم «ليالي الشرق» ليل الجمعة."
    assert khabar.extract(text, lang="ar").statements[0].kind == "indirect"


def test_refusing_to_answer_is_declining_and_a_lone_family_name_declines() -> None:
    text = "وعند الاتصال به، رفض الدوسري الإجابة عن أسئلة الصحيفة."
    assert _speakers(text) == [("رفض", "الدوسري", "declined_to_comment")]


def test_names_a_refusal_is_about_are_no_anonymous_source() -> None:
    text = "وقالت الهيئة إنها تتابع الملف، بينما رفض المدرب التعليق على أسماء اللاعبين."
    assert _speakers(text)[1] == ("رفض", "المدرب", "declined_to_comment")


def test_an_outlet_told_in_an_interview_is_not_the_subject() -> None:
    text = "لكن المحافظ رياض حيدر نفى في حديث لـ«نبض الوادي» وجود أي تلوث في المياه."
    assert _speakers(text) == [("نفى", "المحافظ رياض حيدر", "deny")]


def test_function_words_are_no_given_names() -> None:
    text = (
        "من ناحيته، عدّ نقيب الصيادلة وائل حتر قرار الإغلاق «ظالمًا»، متسائلًا: «من سيعوّض الخسائر؟»."
    )
    [(cue, speaker, _)] = _speakers(text)
    assert cue == "متسائلًا" and speaker is not None and speaker.startswith("نقيب الصيادلة وائل حتر")


def test_a_time_adjunct_before_the_page_is_no_poster() -> None:
    text = "وقال الوزير إن الطريق مغلق. وكتب عند الثامنة من مساء اليوم على حسابه أن الطريق «فُتح»."
    doc = khabar.extract(text, lang="ar")
    assert all(st.speaker is None or "الثامنة" not in st.speaker.text for st in doc.statements)
