"""English: «She said.» and «"…." She said …» next to a quotation (invented text)."""

from __future__ import annotations

import khabar


def statements(text: str) -> list[khabar.Statement]:
    return khabar.extract(text, lang="en").statements


def test_a_bare_she_said_after_a_quote_paragraph_takes_the_quote_as_content() -> None:
    sts = statements(
        "Port captain Signe Solheim said the port would reopen on Monday.\n\n"
        '"We checked every crane. Nothing was damaged."\n\n'
        "She said."
    )
    assert [st.content.text for st in sts] == [
        "the port would reopen on Monday",
        "We checked every crane. Nothing was damaged.",
    ]
    last = sts[-1]
    assert last.kind == "direct" and last.cue.text == "said"
    assert last.speaker is not None and last.speaker.name == "Signe Solheim"


def test_a_bare_attribution_replaces_the_quote_continuation_it_names() -> None:
    sts = statements(
        '"The port is safe," port captain Signe Solheim said.\n\n'
        '"We checked every crane."\n\n'
        "She said."
    )
    assert [st.content.text for st in sts] == ["The port is safe,", "We checked every crane."]
    assert [st.id for st in sts] == ["s1", "s2"]


def test_she_said_with_a_clause_after_a_quoted_sentence_is_two_statements() -> None:
    sts = statements(
        '"We need the road reopened," regional manager Signe Solheim said. '
        '"The crews have worked nonstop." She said the depot would stay closed until Friday.'
    )
    assert [st.content.text for st in sts] == [
        "We need the road reopened,",
        "The crews have worked nonstop.",
        "the depot would stay closed until Friday",
    ]
    assert all(st.speaker is not None and st.speaker.name == "Signe Solheim" for st in sts)
    assert sts[1].kind == "direct" and sts[2].kind == "indirect"


def test_a_quote_then_lower_case_she_said_and_a_participle_stays_one_statement() -> None:
    sts = statements('"What am I supposed to tell them?" she said, pointing at the board.')
    assert [st.content.text for st in sts] == ["What am I supposed to tell them?"]
