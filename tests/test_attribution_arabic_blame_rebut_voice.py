"""Wire verbs of rebutting («دحض»), blaming («حمّل X المسؤولية»), voicing («أعرب عن قلقه من أن»)
and demanding («، مطالبًا بـ»); a participle after a relayed statement; a quotation after a
definite organisation. Every sentence is invented."""

from __future__ import annotations

import khabar


def _statements(text: str) -> list[tuple[str, str | None, str, str]]:
    doc = khabar.extract(text, lang="ar")
    return [
        (st.cue.text, st.speaker.text if st.speaker else None, st.stance, st.content.text)
        for st in doc.statements
    ]


def test_a_rebuttal_is_a_denial_of_what_was_said() -> None:
    text = "ودحض مدير المرفأ، القبطان وليد الشماع، ما تردد عن تسرب الوقود إلى الحوض."
    [(cue, speaker, stance, content)] = _statements(text)
    assert (cue, speaker, stance) == ("ودحض", "مدير المرفأ، القبطان وليد الشماع", "deny")
    assert content.startswith("ما تردد عن تسرب")


def test_a_rebuttal_as_a_noun_is_no_statement() -> None:
    text = "وكان لا بد من دحض الشائعات، كما قال المدير إن العمل مستمر."
    assert [cue for cue, *_ in _statements(text)] == ["قال"]


def test_blaming_a_quoted_cause_keeps_the_shared_subject() -> None:
    text = "ونفت البلدية أن تكون أهملت الصيانة، وحمّلت «أمطارًا غير مسبوقة» المسؤولية عن الانهيار."
    found = _statements(text)
    assert [(cue, speaker) for cue, speaker, *_ in found] == [
        ("ونفت", "البلدية"),
        ("وحمّلت", "البلدية"),
    ]
    assert found[1][3].startswith("«أمطارًا غير مسبوقة» المسؤولية")


def test_a_blaming_participle_is_a_statement_of_its_own() -> None:
    text = "وقال النائب مراد الكيلاني إن الطريق «خطير»، محمّلًا الوزارة المسؤولية عن الحادث."
    found = _statements(text)
    assert [cue for cue, *_ in found] == ["وقال", "محمّلًا"]
    assert found[0][3] == "إن الطريق «خطير»"
    assert found[1][1] == "النائب مراد الكيلاني"


def test_carrying_banners_is_no_blame() -> None:
    text = "وحمل المحتجون لافتات تطالب بالإفراج عن الموقوفين."
    assert _statements(text) == []


def test_voiced_concern_ends_the_speaker_before_an() -> None:
    text = "وأعربت رئيسة الجمعية، نوال الدباغ، عن خشيتها من أن تنقطع المياه عن المخيم."
    [(_, speaker, _, content)] = _statements(text)
    assert speaker == "رئيسة الجمعية، نوال الدباغ"
    assert content.startswith("عن خشيتها من أن تنقطع")


def test_a_given_name_that_looks_like_a_verb_is_no_cue() -> None:
    text = "وقال وزير الري يعرب السقا إن السد ممتلئ."
    [(_, speaker, _, _)] = _statements(text)
    assert speaker == "وزير الري يعرب السقا"


def test_a_demanding_participle_splits_the_statement() -> None:
    text = "وقالت النقابة إن الأجور متأخرة منذ شهرين، مطالبةً بصرفها قبل العيد."
    found = _statements(text)
    assert [(cue, content) for cue, _, _, content in found] == [
        ("وقالت", "إن الأجور متأخرة منذ شهرين"),
        ("مطالبةً", "بصرفها قبل العيد"),
    ]


def test_a_participle_after_a_relayed_statement_continues_its_source() -> None:
    text = (
        "ونقلت إذاعة «النخيل» عن وزير الزراعة طلال الزعيتر قوله إن «الميناء سيفتح غدًا»، "
        "مشددًا على أن السفن لن تتأخر."
    )
    doc = khabar.extract(text, lang="ar")
    assert [st.speaker.text for st in doc.statements if st.speaker] == [
        "وزير الزراعة طلال الزعيتر",
        "وزير الزراعة طلال الزعيتر",
    ]
    assert [st.via.text for st in doc.statements if st.via] == ["إذاعة «النخيل»"] * 2


def test_a_relay_through_a_specialised_site_reaches_its_source() -> None:
    text = "ونقل موقع «مسارات» المتخصص في أخبار الطيران عن مصدر في المطار أن الرحلات ستستأنف."
    [(cue, speaker, _, content)] = _statements(text)
    assert (cue, speaker) == ("ونقل", "مصدر في المطار")
    assert content == "أن الرحلات ستستأنف"


def test_a_quotation_after_a_definite_organisation_is_its_object() -> None:
    text = "ونفت الهيئة «أي تلاعب» في نتائج المناقصة."
    [(_, speaker, stance, content)] = _statements(text)
    assert (speaker, stance) == ("الهيئة", "deny")
    assert content.startswith("«أي تلاعب»")
