"""Arabic: posts that carry only a picture, platform handles in parentheses, asides before
«عن التعليق», «بيّن» after a report with a relative clause, accusative unnamed sources and
quoted organisation names (invented sentences, added after the blind9 evaluation)."""

from __future__ import annotations

import khabar


def _statements(text: str) -> list[khabar.Statement]:
    return khabar.extract(text, lang="ar").statements


def test_a_post_of_a_picture_is_no_statement_but_the_words_after_it_are() -> None:
    sts = _statements(
        "وكانت رابطة «الجسر» قد نشرت على حسابها في منصة إكس (@jisr_league) يوم الأحد "
        'صورة لشاحنة متوقفة، وكتبت: "هذه الشاحنة لم تتحرك منذ شهر".'
    )
    assert [st.cue.text for st in sts] == ["وكتبت"]
    assert sts[0].speaker is not None and sts[0].speaker.text == "رابطة «الجسر»"
    assert sts[0].speaker.name == "رابطة «الجسر»"
    assert sts[0].handle == "@jisr_league"


def test_a_picture_with_a_caption_after_a_colon_is_the_caption() -> None:
    [st] = _statements(
        "ونشرت الجمعية على صفحتها صورة للطابور مرفقة بتعليق: «ثلاث ساعات من أجل كيس طحين»."
    )
    assert st.content.text == "«ثلاث ساعات من أجل كيس طحين»"


def test_an_aside_between_commas_before_declining_to_comment() -> None:
    [st] = _statements(
        "امتنعت شركة «الدرع» للخدمات الأمنية، المتعاقدة مع البلدية لحراسة السوق، "
        "عن التعليق على عدد الحراس."
    )
    assert st.stance == "declined_to_comment"
    assert st.speaker is not None and st.speaker.text == "شركة «الدرع» للخدمات الأمنية"


def test_bayyana_after_a_report_with_a_relative_clause() -> None:
    [st] = _statements("وبيّن التقرير، الذي حصلت «الشرفة» على نسخة منه، أن الأبواب «لم تكن مقفلة».")
    assert st.speaker is not None and st.speaker.text == "التقرير"
    assert st.content.text == "أن الأبواب «لم تكن مقفلة»"


def test_an_unnamed_source_in_the_accusative_after_ghayra_anna() -> None:
    [st] = _statements("غير أن مصدراً في البلدية قال إن الملف أُغلق.")
    assert st.speaker is not None and st.speaker.text == "مصدراً في البلدية"


def test_a_guard_who_asked_not_to_be_named_is_the_speaker() -> None:
    [st] = _statements(
        "غير أن حارساً في المستودع، تحدث لـ«الشرفة» مشترطاً عدم نشر اسمه، أكد أن الأقفال «مكسورة»."
    )
    assert st.speaker is not None and st.speaker.text.startswith("حارساً في المستودع")
