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
        "Tamer Odeh, managing director of Selwan Builders, which widened the ring road in 2024, "
        "said his firm would cooperate fully."
    )
    assert names(text) == ["Tamer Odeh"]


def test_who_said_after_according_to_a_name_and_its_apposition() -> None:
    text = (
        "The cables were rated for heavy loads, according to Rana Bawab, a professor of "
        "civil engineering at Dunmore University, who said the welds had given way "
        "first."
    )
    sts = statements(text)
    assert [st.speaker.name if st.speaker else None for st in sts] == ["Rana Bawab"] * 2
    assert sts[1].speaker is not None and not sts[1].speaker.text.startswith("according")


def test_a_passive_report_with_an_agent_and_a_relative_clause_after_it() -> None:
    sts = statements(
        "A review of the tender was announced on Tuesday by the state audit court, "
        "which said two clerks from the tax office and the port had been suspended."
    )
    assert [(st.cue.text, st.content.text) for st in sts] == [
        ("was announced", "A review of the tender"),
        ("said", "two clerks from the tax office and the port had been suspended"),
    ]
    assert {st.speaker.name for st in sts if st.speaker} == {"the state audit court"}


def test_a_passive_without_an_agent_reports_nothing() -> None:
    assert statements("The road was reported closed.") == []


def test_he_after_an_organisation_is_the_person_its_statement_opened_with() -> None:
    text = (
        "Nader Qubti quit the board on Sunday night, his office said. Speaking to "
        "reporters, he said he had acted in good faith."
    )
    assert names(text) == ["his office", "Nader Qubti"]


def test_he_is_still_the_person_who_spoke_when_one_did() -> None:
    text = (
        "Minister Fadi Harb said the budget was ready. Omar Nadim left the cabinet on Friday, "
        "the ministry said. He said the budget would pass."
    )
    assert names(text)[-1] == "Fadi Harb"


def test_his_office_said_makes_the_person_it_names_the_next_he() -> None:
    text = (
        "Minister Fadi Harb said the budget was ready. Omar Nadim left the cabinet on Friday, "
        "his office said. He said he had acted in good faith."
    )
    assert names(text)[-1] == "Omar Nadim"


def test_days_after_a_tail_attribution_leaves_the_content_before_it() -> None:
    [st] = statements(
        "The port's director, Omar Nadim, has been dismissed, the cabinet announced on Sunday, "
        "weeks after he promised reforms."
    )
    assert st.content.text == "The port's director, Omar Nadim, has been dismissed"


def test_confirming_that_after_a_tail_attribution_is_a_second_statement() -> None:
    sts = statements(
        "The lottery lost 90 million dinars last year, the audit office said in a report on "
        "Wednesday, confirming that two directors had hidden their stakes."
    )
    assert [(st.cue.text, st.stance) for st in sts] == [
        ("said", "assert"),
        ("confirming", "confirm"),
    ]
    assert sts[1].speaker is not None and sts[1].speaker.name == "the audit office"


def test_claims_after_a_rejecting_verb_is_its_object_not_a_cue() -> None:
    sts = statements(
        'The bakery said it "firmly rejects" claims that its ovens had been left '
        "unattended for hours."
    )
    assert [st.cue.text for st in sts] == ["said"]
    assert sts[0].content.text.startswith('it "firmly rejects" claims that')


def test_said_it_rejected_gives_one_statement_of_the_outer_speaker() -> None:
    [st] = statements("The bakery said it rejected claims that its ovens had been left unattended.")
    assert st.cue.text == "rejected" and st.stance == "deny"
    assert st.speaker is not None and st.speaker.name == "The bakery"
