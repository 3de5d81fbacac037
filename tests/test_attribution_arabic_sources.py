"""Arabic sources: «بحسب بيان لـX صدر …» names X; a report or study speaks for its authors
(«وأشار التقرير إلى …»); «تمسّك بأن …» holds to a claim; a name that begins with «ل» after
«بحسب» keeps its letter (invented sentences, added after the blind6/blind9 evaluations)."""

from __future__ import annotations

import khabar


def _statements(text: str) -> list[khabar.Statement]:
    return khabar.extract(text, lang="ar").statements


def test_according_to_a_statement_by_a_body_names_the_body() -> None:
    [st] = _statements("وارتفع عدد المفقودين إلى تسعة، بحسب بيان لحرس الحدود صدر مساء أمس.")
    assert st.speaker is not None and st.speaker.text == "حرس الحدود"
    assert st.speaker.name == "حرس الحدود"


def test_according_to_a_ministry_after_its_lam_is_the_ministry() -> None:
    [st] = _statements("وبحسب بيان لوزارة الزراعة، فإن الأمطار أتلفت ألف دونم.")
    assert st.speaker is not None and st.speaker.name == "وزارة الزراعة"
    assert st.speaker.type == "government"


def test_according_to_a_person_whose_name_begins_with_lam() -> None:
    [st] = _statements("وبحسب لينا الخطيب، المتحدثة باسم البلدية، فإن الطريق أُغلق.")
    assert st.speaker is not None and st.speaker.name == "لينا الخطيب"


def test_a_report_points_to_a_quoted_finding() -> None:
    [st] = _statements("وأشار التقرير أيضًا إلى «إهمال واضح» في صيانة السد.")
    assert st.speaker is not None and st.speaker.text == "التقرير"
    assert st.content.text.startswith("«إهمال واضح»")


def test_holding_to_a_claim_with_bianna_is_a_statement() -> None:
    sts = _statements("وقالت الشركة إنها تحترم القرار، وتمسّكت بأن الرحلة كانت آمنة.")
    assert [st.cue.text for st in sts] == ["وقالت", "وتمسّكت"]
    assert sts[0].content.text == "إنها تحترم القرار"
    assert _statements("وتمسّك الفريق بالفوز حتى النهاية.") == []
