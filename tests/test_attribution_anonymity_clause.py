"""Anonymous sources: the anonymity clause stays in the speaker's text, the name is the
short phrase before it (Arabic and English)."""

from __future__ import annotations

import khabar


def speaker(text: str, lang: str) -> khabar.Speaker:
    [st] = khabar.extract(text, lang=lang).statements
    assert st.speaker is not None
    return st.speaker


def test_attribution_english_speaking_on_condition_of_anonymity_is_in_the_text() -> None:
    sp = speaker(
        "An engineer at the tram depot, speaking on condition of anonymity, "
        "said the brakes were worn.",
        "en",
    )
    assert sp.text == "An engineer at the tram depot, speaking on condition of anonymity"
    assert sp.name == "An engineer at the tram depot"
    assert sp.type == "anonymous"


def test_attribution_english_unpunctuated_who_asked_not_to_be_named() -> None:
    sp = speaker("A harbour pilot who asked not to be named said the channel was closed.", "en")
    assert sp.text == "A harbour pilot who asked not to be named"
    assert sp.name == "A harbour pilot"


def test_attribution_arabic_anonymity_aside_between_commas() -> None:
    sp = speaker("وقال مصدر في جمعية الصيادين، طلب عدم الكشف عن اسمه، إن قطار الضاحية توقف.", "ar")
    assert sp.text == "مصدر في جمعية الصيادين، طلب عدم الكشف عن اسمه"
    assert sp.name == "مصدر في جمعية الصيادين"
    assert sp.type == "anonymous"


def test_attribution_arabic_unpunctuated_anonymity_clause() -> None:
    sp = speaker("وأوضح موظف في مستودع الضاحية طلب عدم ذكر اسمه أن الرافعات متوقفة.", "ar")
    assert sp.text == "موظف في مستودع الضاحية طلب عدم ذكر اسمه"
    assert sp.name == "موظف في مستودع الضاحية"
    assert sp.type == "anonymous"


def test_attribution_arabic_relayed_source_keeps_its_anonymity_clause() -> None:
    [st] = khabar.extract(
        "ونقلت صحيفة «النورس» عن مسؤول أمني رفض الكشف عن اسمه قوله إن الطريق أغلق.", lang="ar"
    ).statements
    assert st.speaker is not None and st.speaker.name == "مسؤول أمني"
    assert st.speaker.text == "مسؤول أمني رفض الكشف عن اسمه"
