"""English attribution: clauses around a cue that are not statements of their own (a cue
with its object gapped in a contact relative clause, a comparison after the attribution),
infinitive contents, names a speaker gives itself, first-person confirmation.

Invented sentences (written after the blind7 evaluation; no name from any evaluation set).
"""

from __future__ import annotations

from datetime import date

import khabar


def statements(text: str, published: date | None = None) -> list[khabar.Statement]:
    return khabar.extract(text, lang="en", published=published).statements


def test_a_cue_in_a_contact_relative_clause_after_a_number_is_no_statement() -> None:
    [st] = statements(
        "About 2,000 homes lost power in the storm at Eastvale, the Regional Grid Office said "
        "on Friday, far more than the 300 the utility first reported.",
        published=date(2026, 3, 7),
    )
    assert st.speaker is not None and st.speaker.text == "the Regional Grid Office"
    assert st.cue.text == "said"
    assert st.date == date(2026, 3, 6)


def test_a_comparison_after_a_tail_attribution_is_no_part_of_the_content() -> None:
    [st] = statements(
        "About 2,000 homes lost power in the storm at Eastvale, the Regional Grid Office said "
        "on Friday, far more than the 300 the utility first reported."
    )
    assert st.content.text == "About 2,000 homes lost power in the storm at Eastvale"
    [st] = statements("Exports fell to 40 tonnes, the bureau said, down from 65 a year earlier.")
    assert st.content.text == "Exports fell to 40 tonnes"


def test_a_cue_gapped_after_a_noun_does_not_cut_an_unverified_statement() -> None:
    [st] = statements(
        "The Corvenna Tribune could not independently verify the claim or the authenticity "
        "of a video the group posted."
    )
    assert st.stance == "unverified"
    assert st.content.text.startswith("could not independently verify the claim")
    assert st.content.text.endswith("the group posted")


def test_a_preposition_before_the_subject_is_no_gapped_object() -> None:
    [st] = statements("Asked about the tariff, a spokesman for the governor declined to comment.")
    assert st.stance == "declined_to_comment"
    assert st.speaker is not None and st.speaker.text == "a spokesman for the governor"


def test_claimed_to_reports_an_infinitive_clause() -> None:
    [st] = statements("The Fenwick crew has claimed to have found 40 tonnes of scrap.")
    assert st.cue.text == "claimed"
    assert st.content.text == "to have found 40 tonnes of scrap"


def test_vowed_to_an_addressee_is_not_an_infinitive_content() -> None:
    [st] = statements("Mayor Ilse Tovar vowed to the crowd that the market would reopen.")
    assert st.content.text == "the market would reopen"


def test_a_name_the_speaker_calls_itself_names_the_speaker() -> None:
    [st] = statements(
        "The hacking group, which calls itself Grey Heron, has claimed to hold the archive."
    )
    assert st.speaker is not None and st.speaker.text == "The hacking group"
    assert st.speaker.name == "Grey Heron"
    assert st.content.text == "to hold the archive"


def test_we_have_confirmed_that_in_a_quotation_is_confirm() -> None:
    [st] = statements(
        '"We have confirmed that the pipe burst under the school," Wendel Pellam, the city '
        "engineer, told reporters."
    )
    assert st.stance == "confirm"


def test_we_cannot_confirm_stays_cannot_confirm() -> None:
    [st] = statements('"We cannot confirm that the pipe burst," Wendel Pellam told reporters.')
    assert st.stance == "cannot_confirm"


def test_confirmed_cases_in_a_quotation_stay_an_assertion() -> None:
    [st] = statements('"We have confirmed 12 cases in Brennick," Wendel Pellam told reporters.')
    assert st.stance == "assert"


def test_a_name_and_apposition_before_two_coordinated_verbs_speak_for_the_second() -> None:
    sts = statements(
        "The council said the rents would rise. Hala Dunmore, director of the Tenants' Forum, "
        'welcomed the review but said it "must not become a delay". She said the forum had '
        "counted 341 evictions."
    )
    assert sts[1].speaker is not None and sts[1].speaker.name == "Hala Dunmore"
    assert sts[2].speaker is not None and sts[2].speaker.name == "Hala Dunmore"


def test_a_quotation_that_ends_an_unquoted_clause_keeps_the_clause() -> None:
    sts = statements(
        "Mayor Orlin Quillon said on Monday he would stay. Rumours that he might step down were "
        '"pure fiction", he said.',
        published=date(2026, 5, 6),
    )
    assert sts[-1].content.text == 'Rumours that he might step down were "pure fiction"'
    assert sts[-1].kind == "mixed"
    assert sts[-1].stance == "assert"  # the modal is the rumour's, not the mayor's
    assert sts[-1].date == date(2026, 5, 4)


def test_a_quotation_opening_the_sentence_stays_direct() -> None:
    sts = statements('Mayor Orlin Quillon spoke. "We will stay," he said.')
    assert sts[-1].content.text == "We will stay,"
    assert sts[-1].kind == "direct"


def test_a_day_inside_the_speakers_relative_clause_is_not_the_statements_day() -> None:
    [st] = statements(
        'The Harbour Union, which struck last Monday, wrote on X on Friday: "We will talk."',
        published=date(2026, 5, 20),
    )
    assert st.date == date(2026, 5, 15)


def test_it_in_the_next_sentence_goes_on_with_the_day_of_the_statement_before() -> None:
    sts = statements(
        "The water authority said on Tuesday it would review the billing complaints. It "
        "declined to comment on whether any refunds would be paid.",
        published=date(2026, 5, 14),
    )
    assert sts[-1].stance == "declined_to_comment"
    assert sts[-1].speaker is not None and sts[-1].speaker.resolved_from == "pronoun"
    assert sts[-1].date == date(2026, 5, 12)
