"""Arabic object-taking cues after a statement adjunct: «في بيان مقتضب» ends before «أي …»
and «في بيان أمس» ends after its time word, so the object is the content (invented sentences,
added after the blind7 evaluation)."""

from __future__ import annotations

import khabar


def by_cue(text: str) -> dict[str, khabar.Statement]:
    return {st.cue.text: st for st in khabar.extract(text, lang="ar").statements}


def test_any_after_a_brief_statement_opens_the_denied_object() -> None:
    sts = by_cue(
        "ونفت هيئة الموانئ في بيان مقتضب أي تأخير في تفريغ الشحنات، مؤكدةً أن «العمل يسير "
        "وفق الجدول»."
    )
    assert sts["ونفت"].content.text == "أي تأخير في تفريغ الشحنات"
    assert sts["ونفت"].stance == "deny"
    assert sts["مؤكدةً"].speaker is not None and sts["مؤكدةً"].speaker.text == "هيئة الموانئ"


def test_any_is_never_part_of_the_speaker() -> None:
    (st,) = khabar.extract("ونفت البلدية أي تقصير في صيانة الجسر.", lang="ar").statements
    assert st.speaker is not None and st.speaker.text == "البلدية"
    assert st.content.text == "أي تقصير في صيانة الجسر"


def test_a_time_word_closes_the_statement_adjunct_before_the_object() -> None:
    sts = by_cue(
        "وأعلنت مديرية الصحة في بيان أمس زيادة عدد المصابين إلى تسعة عشر، مشيرةً إلى أن "
        "ثلاثة منهم غادروا المستشفى."
    )
    assert sts["وأعلنت"].content.text.startswith("زيادة عدد المصابين إلى تسعة عشر")
    assert sts["مشيرةً"].speaker is not None
    assert sts["مشيرةً"].speaker.text == "مديرية الصحة"


def test_a_statement_issued_on_a_date_still_runs_to_its_complementiser() -> None:
    (st,) = khabar.extract(
        "وقالت الهيئة في بيان نشرته أمس وكالة الأنباء المحلية إن الطريق أعيد فتحه.", lang="ar"
    ).statements
    assert st.speaker is not None and st.speaker.text == "الهيئة"
    assert st.content.text == "إن الطريق أعيد فتحه"
