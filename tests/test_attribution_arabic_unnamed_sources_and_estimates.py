"""Unnamed sources described by a clause or a phrase, estimates with «قدّر», and «رأى» that
only sees (invented sentences, added after the blind11 and blind12 evaluations)."""

from __future__ import annotations

import khabar


def _statements(text: str) -> list[khabar.Statement]:
    return khabar.extract(text, lang="ar").statements


def test_an_unnamed_source_with_a_clause_in_ala_keeps_the_clause() -> None:
    (st,) = _statements(
        "وأفاد حارس يعمل على بوابة المرفأ منذ سنوات، طلب عدم ذكر اسمه، بأن الشاحنات «تدخل بلا تفتيش»."
    )
    assert st.speaker is not None and st.speaker.type == "anonymous"
    assert st.speaker.name == "حارس يعمل على بوابة المرفأ منذ سنوات"


def test_a_captain_in_the_company_is_an_unnamed_source() -> None:
    (st,) = _statements(
        "ونقلت صحيفة «المنارة الجديدة» عن قبطان في الأسطول أن الرحلات «زادت بلا مبرر»."
    )
    assert st.speaker is not None and st.speaker.name == "قبطان في الأسطول"
    assert st.speaker.type == "anonymous"


def test_an_accusative_source_with_its_ala_phrase_before_the_verb() -> None:
    (st,) = _statements("لكن مصدرًا مطلعًا على ملف الصفقة قال إن الأرقام غير دقيقة.")
    assert st.speaker is not None and st.speaker.type == "anonymous"
    assert st.speaker.text == "مصدرًا مطلعًا على ملف الصفقة"


def test_an_estimate_of_a_measure_cuts_the_subject_before_it() -> None:
    (st,) = _statements("وقدّر مسؤول في الميناء عدد الحاويات العالقة بالمئات.")
    assert st.speaker is not None and st.speaker.name == "مسؤول في الميناء"
    assert st.content.text.startswith("عدد الحاويات")


def test_an_estimate_in_number_words() -> None:
    (st,) = _statements("وقدّرت مديرة الغابات غيداء الرواشدي المساحة المتضررة بألفي هكتار.")
    assert st.speaker is not None and st.speaker.name == "غيداء الرواشدي"
    assert st.content.text == "المساحة المتضررة بألفي هكتار"


def test_a_passive_estimate_has_no_speaker_and_no_statement() -> None:
    assert _statements("وحصلت العصابة على أموال قُدّرت بملايين الدنانير.") == []


def test_raa_without_that_or_a_quote_is_seeing() -> None:
    (st,) = _statements("وروى الشاهد أنه سمع صفيرًا ثم رأى دخانًا يتصاعد من المحرك.")
    assert st.content.text.endswith("ثم رأى دخانًا يتصاعد من المحرك")


def test_raa_with_a_quote_is_an_opinion() -> None:
    (st,) = _statements("ورأى الخبير «ضرورة مراجعة العقود كلها».")
    assert st.content.text == "«ضرورة مراجعة العقود كلها»"


def test_raa_before_a_time_clause_with_an_is_still_seeing() -> None:
    (st,) = _statements(
        "وروى الشاهد أنه سمع صفيرًا ثم رأى دخانًا يتصاعد، قبل أن يهبط القائد اضطراريًا."
    )
    assert st.content.text.endswith("قبل أن يهبط القائد اضطراريًا")


def test_the_language_of_an_outlet_is_no_spokeswoman() -> None:
    (st,) = _statements(
        "وكانت الباحثة غيداء الزعتري قد قالت لصحيفة «المنارة الجديدة» الناطقة بالإنجليزية إن المساحة أكبر."
    )
    assert st.speaker is not None and st.speaker.name == "غيداء الزعتري"


def test_a_correspondent_of_a_quoted_outlet_keeps_the_outlet() -> None:
    (st,) = _statements("وقال مراسل «المنارة الجديدة» إن الاعتصام انفض بهدوء.")
    assert st.speaker is not None and st.speaker.text == "مراسل «المنارة الجديدة»"
    assert st.content.text == "إن الاعتصام انفض بهدوء"


def test_a_spokesman_for_a_quoted_company_keeps_the_closing_mark() -> None:
    (st,) = _statements("ورفض متحدث باسم «المنارة الجديدة» التعليق على الرواية.")
    assert st.speaker is not None and st.speaker.text == "متحدث باسم «المنارة الجديدة»"


def test_the_impersonal_yurajjah_is_no_statement() -> None:
    assert _statements("ويُرجَّح أن يكون الأنبوب قد تصدّع بفعل البرد.") == []


def test_a_document_the_subject_issued_speaks_for_that_subject() -> None:
    first, second = _statements(
        "رفعت هيئة الطرق عدد الجسور المغلقة إلى سبعة، بحسب بيان نشرته ظهر اليوم، "
        "ونفت فيه «أي تأخير في أعمال الصيانة الدورية»."
    )
    assert first.speaker is not None and first.speaker.text == "هيئة الطرق"
    assert first.content.text.startswith("رفعت هيئة الطرق عدد الجسور")
    assert second.speaker is not None and second.speaker.text == "هيئة الطرق"


def test_a_quoted_platform_name_is_part_of_the_post_adjunct() -> None:
    (st,) = _statements(
        "وكتبت النائبة غيداء الزعتري على «فيسبوك» (@ghaida.z) مساء الأحد: «الأرقام ناقصة»."
    )
    assert st.kind == "social_post" and st.content.text == "«الأرقام ناقصة»"


def test_according_to_after_a_statement_names_its_relay() -> None:
    (st,) = _statements(
        "وتوقّع المدير أن تعود الرحلات إلى طبيعتها، بحسب ما نقله عنه موقع «المنارة الجديدة»."
    )
    assert st.speaker is not None and st.speaker.text == "المدير"
    assert st.via is not None and st.via.text == "موقع «المنارة الجديدة»"


def test_according_to_after_narration_is_the_statement() -> None:
    (st,) = _statements("ارتفع عدد الجسور المغلقة إلى سبعة، بحسب هيئة الطرق.")
    assert st.speaker is not None and st.speaker.text == "هيئة الطرق"
    assert st.via is None
