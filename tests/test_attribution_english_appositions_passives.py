"""English: the name before an apposition and a relative clause, a passive report with its
agent, "he" after an organisation's statement about a person, participle and interval
clauses after a tail attribution."""

from __future__ import annotations

import khabar


def statements(text: str) -> list[khabar.Statement]:
    return khabar.extract(text, lang="en").statements


def names(text: str) -> list[str | None]:
    return [st.speaker.name if st.speaker else None for st in statements(text)]


def test_a_name_apposition_and_relative_clause_before_said() -> None:
    text = (
        "Karim Odeh, chief executive of Selwan Builders, which repaired the bridge in 2024, "
        "said the company had nothing to hide."
    )
    assert names(text) == ["Karim Odeh"]


def test_who_said_after_according_to_a_name_and_its_apposition() -> None:
    text = (
        "The cables were rated for heavy loads, according to Rana Fakhoury, a professor of "
        "civil engineering at Dunmore University, who said corrosion alone could not explain "
        "the failure."
    )
    sts = statements(text)
    assert [st.speaker.name if st.speaker else None for st in sts] == ["Rana Fakhoury"] * 2
    assert sts[1].speaker is not None and not sts[1].speaker.text.startswith("according")


def test_a_passive_report_with_an_agent_and_a_relative_clause_after_it() -> None:
    sts = statements(
        "An inquiry into the fire was announced on Monday by the public prosecutor's office, "
        "which said two managers from the depot and the fire brigade had been questioned."
    )
    assert [(st.cue.text, st.content.text) for st in sts] == [
        ("was announced", "An inquiry into the fire"),
        ("said", "two managers from the depot and the fire brigade had been questioned"),
    ]
    assert {st.speaker.name for st in sts if st.speaker} == {"the public prosecutor's office"}


def test_a_passive_without_an_agent_reports_nothing() -> None:
    assert statements("The road was reported closed.") == []


def test_he_after_an_organisation_is_the_person_its_statement_opened_with() -> None:
    text = (
        "Nader Qubti resigned as chairman hours after the audit was published, his office "
        "said. In a short statement, he said he respected the auditors."
    )
    assert names(text) == ["his office", "Nader Qubti"]


def test_he_is_still_the_person_who_spoke_when_one_did() -> None:
    text = (
        "Minister Fadi Harb said the budget was ready. Omar Nadim resigned on Friday, the "
        "ministry said. He said the budget would pass."
    )
    assert names(text)[-1] == "Fadi Harb"


def test_his_office_said_makes_the_person_it_names_the_next_he() -> None:
    text = (
        "Minister Fadi Harb said the budget was ready. Omar Nadim resigned on Friday, his "
        "office said. He said he respected the auditors."
    )
    assert names(text)[-1] == "Omar Nadim"


def test_days_after_a_tail_attribution_leaves_the_content_before_it() -> None:
    [st] = statements(
        "The head of the agency, Omar Nadim, has resigned, the ministry announced on Monday, "
        "days after he vowed to stay."
    )
    assert st.content.text == "The head of the agency, Omar Nadim, has resigned"


def test_confirming_that_after_a_tail_attribution_is_a_second_statement() -> None:
    sts = statements(
        "The fund lost 90 million dinars on the bonds, the audit office said in its report on "
        "Thursday, confirming that the chairman had failed to declare his shares."
    )
    assert [(st.cue.text, st.stance) for st in sts] == [
        ("said", "assert"),
        ("confirming", "confirm"),
    ]
    assert sts[1].speaker is not None and sts[1].speaker.name == "the audit office"


def test_claims_after_a_rejecting_verb_is_its_object_not_a_cue() -> None:
    sts = statements(
        'The company said it "categorically rejects" claims that the sprinklers had been '
        "switched off for weeks."
    )
    assert [st.cue.text for st in sts] == ["said"]
    assert sts[0].content.text.startswith('it "categorically rejects" claims that')


def test_said_it_rejected_gives_one_statement_of_the_outer_speaker() -> None:
    [st] = statements(
        "The company said it rejected claims that the sprinklers had been switched off."
    )
    assert st.cue.text == "rejected" and st.stance == "deny"
    assert st.speaker is not None and st.speaker.name == "The company"
