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
