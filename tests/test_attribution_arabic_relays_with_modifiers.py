"""Arabic relayed statements (نقل … عن …): an adjective phrase or «ذاتها» between the reporter
and «عن», a long anonymity aside before «قوله», and a pluperfect «وكانت X قد نقلت عن …»
(invented sentences, added after the blind7 evaluation)."""

from __future__ import annotations

import khabar


def relayed(text: str) -> khabar.Statement:
    (st,) = khabar.extract(text, lang="ar").statements
    return st


def test_an_adjective_phrase_after_the_reporter_keeps_the_relay() -> None:
    st = relayed(
        "ونقلت صحيفة «صدى الجبل» الناطقة بالفرنسية عن رئيس نقابة الصيادين نمير الصنوبري "
        "قوله إن الموسم خسر نصف محصوله."
    )
    assert st.speaker is not None and st.speaker.text.endswith("نمير الصنوبري")
    assert st.via is not None and st.via.text.startswith("صحيفة «صدى الجبل»")
    assert st.content.text == "إن الموسم خسر نصف محصوله"


def test_the_same_agency_then_a_long_anonymity_aside() -> None:
    st = relayed(
        "ونقلت الصحيفة ذاتها عن مهندس في دائرة الجمارك، طلب عدم الكشف عن اسمه خوفًا من الفصل، "
        "قوله إن الشحنة دخلت دون تفتيش."
    )
    assert st.speaker is not None and st.speaker.name == "مهندس في دائرة الجمارك"
    assert st.speaker.text == "مهندس في دائرة الجمارك، طلب عدم الكشف عن اسمه"
    assert st.content.text == "إن الشحنة دخلت دون تفتيش"


def test_a_pluperfect_relay_names_the_reporter_before_the_verb() -> None:
    st = relayed(
        "وكانت «الساحل اليوم» قد نقلت يوم الأحد عن مهندس في البلدية أن الجسر يحتاج إلى ترميم."
    )
    assert st.speaker is not None and st.speaker.text == "مهندس في البلدية"
    assert st.via is not None and "الساحل اليوم" in st.via.text
    assert st.content.text == "أن الجسر يحتاج إلى ترميم"


def test_carrying_people_somewhere_is_still_no_relay() -> None:
    doc = khabar.extract("ونقلت سيارات الإسعاف المصابين إلى مستشفى المدينة.", lang="ar")
    assert doc.statements == []
