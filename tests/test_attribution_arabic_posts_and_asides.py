"""Arabic: posts that carry only a picture, platform handles in parentheses, asides before
«عن التعليق», «بيّن» after a report with a relative clause, accusative unnamed sources and
quoted organisation names (invented sentences, added after the blind9 evaluation)."""

from __future__ import annotations

import khabar


def _statements(text: str) -> list[khabar.Statement]:
    return khabar.extract(text, lang="ar").statements


def test_a_post_of_a_picture_is_no_statement_but_the_words_after_it_are() -> None:
    sts = _statements(
        "وكانت رابطة «الزعتري» قد نشرت في حسابها على منصة إكس (@zaatari_league) يوم الأحد "
        'صورة لشاحنة متوقفة، وكتبت: "هذه الشاحنة لم تتحرك منذ شهر".'
    )
    assert [st.cue.text for st in sts] == ["وكتبت"]
    assert sts[0].speaker is not None and sts[0].speaker.text == "رابطة «الزعتري»"
    assert sts[0].speaker.name == "رابطة «الزعتري»"
    assert sts[0].handle == "@zaatari_league"


def test_a_picture_with_a_caption_after_a_colon_is_the_caption() -> None:
    [st] = _statements("ونشرت الجمعية على صفحتها صورة للطابور مرفقة بتعليق: «طابور منذ الفجر».")
    assert st.content.text == "«طابور منذ الفجر»"


def test_an_aside_between_commas_before_declining_to_comment() -> None:
    [st] = _statements(
        "امتنعت شركة «الدرع» للنقل، المتعاقدة مع البلدية منذ عامين، عن التعليق على أسباب التأخير."
    )
    assert st.stance == "declined_to_comment"
    assert st.speaker is not None and st.speaker.text == "شركة «الدرع» للنقل"


def test_bayyana_after_a_report_with_a_relative_clause() -> None:
    [st] = _statements(
        "وبيّن التقرير، الذي حصلت «الياسمين» على نسخة منه، أن الأبواب «لم تكن مقفلة»."
    )
    assert st.speaker is not None and st.speaker.text == "التقرير"
    assert st.content.text == "أن الأبواب «لم تكن مقفلة»"


def test_an_unnamed_source_in_the_accusative_after_ghayra_anna() -> None:
    [st] = _statements("غير أن مصدراً في البلدية قال إن الملف أُغلق.")
    assert st.speaker is not None and st.speaker.text == "مصدراً في البلدية"


def test_a_guard_who_asked_not_to_be_named_is_the_speaker() -> None:
    [st] = _statements(
        "غير أن سائقاً في الشركة، تحدث لـ«الياسمين» مشترطاً عدم نشر اسمه، قال إن الأقفال «مكسورة»."
    )
    assert st.speaker is not None and st.speaker.text.startswith("سائقاً في الشركة")
