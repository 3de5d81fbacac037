"""Arabic attribution: an organisation named by a proper noun without «ال», then the denied
object in construct (own sentences, invented names)."""

from __future__ import annotations

import khabar


def statements(text: str) -> list[khabar.Statement]:
    return khabar.extract(text, lang="ar").statements


def test_a_named_company_then_the_denied_account() -> None:
    (st,) = statements("ونفت شركة ميرال رواية الجمعية.")
    assert st.stance == "deny"
    assert st.speaker is not None and st.speaker.text == "شركة ميرال"
    assert st.content.text == "رواية الجمعية"


def test_a_chain_closed_by_a_definite_word_is_unchanged() -> None:
    (st,) = statements("ونفت هيئة الدواء رواية الجمعية.")
    assert st.speaker is not None and st.speaker.text == "هيئة الدواء"
    assert st.content.text == "رواية الجمعية"


def test_a_definite_subject_leaves_the_object_head_before_the_next_cue() -> None:
    sts = statements("ونفت الشركة رواية الجمعية، وقال مديرها العام سامر الدباغ إن المعدات سليمة.")
    denial = next(s for s in sts if s.stance == "deny")
    assert denial.speaker is not None and denial.speaker.text == "الشركة"
    assert denial.content.text == "رواية الجمعية"


def test_a_named_company_with_a_complement_before_the_next_cue() -> None:
    sts = statements(
        "ونفت شركة ميرال للأسمدة رواية الجمعية، وقال مديرها العام سامر الدباغ إن المعدات سليمة."
    )
    denial = next(s for s in sts if s.stance == "deny")
    assert denial.speaker is not None and denial.speaker.text == "شركة ميرال للأسمدة"
    assert denial.content.text == "رواية الجمعية"
    said = next(s for s in sts if s.content.text.startswith("إن"))
    assert said.speaker is not None and said.speaker.text == "مديرها العام سامر الدباغ"
