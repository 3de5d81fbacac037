"""Holders of a title whose given name no list knows, «النائبة عن …», and ranks with a full
stop in English (invented sentences, added after the blind11 and blind12 evaluations)."""

from __future__ import annotations

import khabar


def _one(text: str, lang: str) -> khabar.Statement:
    (st,) = khabar.extract(text, lang=lang).statements
    return st


def test_an_unlisted_given_name_with_a_nisba_family_name_after_a_title() -> None:
    st = _one("ورفضت وكيلة الوزارة غيداء الزعتري الإدلاء بأي تقدير.", "ar")
    assert st.speaker is not None and st.speaker.name == "غيداء الزعتري"
    assert st.stance == "declined_to_comment"


def test_an_object_with_a_nationality_adjective_is_no_name() -> None:
    st = _one("أعلن رئيس الاتحاد القاري دعم الإيطالي ماركو بلان لرئاسة الاتحاد.", "ar")
    assert st.speaker is not None and st.speaker.text == "رئيس الاتحاد القاري"


def test_a_member_for_a_district_then_her_name_before_the_verb() -> None:
    st = _one(
        'غير أن النائبة عن دائرة الساحل غيداء الزعتري كتبت على صفحتها: "الأرقام ناقصة".', "ar"
    )
    assert st.speaker is not None and st.speaker.name == "غيداء الزعتري"


def test_a_member_for_a_district_named_between_commas() -> None:
    st = _one("ورأت النائبة عن الدائرة، غيداء الزعتري، أن الاستجابة «جاءت متأخرة».", "ar")
    assert st.speaker is not None and st.speaker.name == "غيداء الزعتري"


def test_a_topic_with_an_unlisted_name_before_fa() -> None:
    st = _one("أما رئيسة لجنة التدقيق غيداء الزعتري، فأكدت أن الحسابات «ناقصة».", "ar")
    assert st.speaker is not None and st.speaker.name == "غيداء الزعتري"


def test_a_rank_with_a_full_stop_does_not_end_the_sentence() -> None:
    st = _one("The road was reopened on Sunday, police spokesman Maj. Tawfiq Qurashi said.", "en")
    assert st.speaker is not None and st.speaker.text == "police spokesman Maj. Tawfiq Qurashi"
    assert st.content.text == "The road was reopened on Sunday"


def test_a_name_after_the_title_after_a_quote_joins_the_speaker() -> None:
    st = _one('"The ward is full," said the clinic\'s director, Maysoon Tabbaa.', "en")
    assert st.speaker is not None and st.speaker.text == "the clinic's director, Maysoon Tabbaa"


def test_a_name_apposed_to_a_description_is_the_speakers_name() -> None:
    st = _one("An aviation consultant, Dr Maysoon Tabbaa, said the checks were late.", "en")
    assert st.speaker is not None and st.speaker.name == "Dr Maysoon Tabbaa"


def test_an_adverb_after_the_subject_is_no_part_of_the_speaker() -> None:
    st = _one("وأعلن وزير الزراعة غيداء الزعتري أيضًا أن الطريق سيفتح.", "ar")
    assert st.speaker is not None and st.speaker.text == "وزير الزراعة غيداء الزعتري"
