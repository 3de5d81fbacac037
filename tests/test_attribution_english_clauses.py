"""English attribution: subjects behind relative and subordinate clauses, coordinated cues,
possessive titles, companies as "it", quoted fragments after "of", family-name particles."""

from __future__ import annotations

import khabar


def statements(text: str) -> list[khabar.Statement]:
    return khabar.extract(text, lang="en").statements


def test_a_subordinate_clause_after_the_content_does_not_steal_the_statement() -> None:
    sts = statements(
        "The mayor insisted on Monday that the bridge was safe, hours after residents "
        "accused him of ignoring the cracks."
    )
    assert sts[0].speaker is not None and sts[0].speaker.text == "The mayor"
    assert sts[0].content.text == "the bridge was safe"
    assert all(st.speaker is None or "after" not in st.speaker.text for st in sts)


def test_the_subject_before_a_relative_clause_with_an_apposition_inside() -> None:
    [st] = statements(
        "Nizar Odeh, who runs the Harbour Watch, a small charity that counts arrivals, "
        "said 40 boats had landed."
    )
    assert st.speaker is not None and st.speaker.text == "Nizar Odeh"


def test_a_long_anonymous_subject_before_who_asked_not_to_be_named() -> None:
    [st] = statements(
        "A teacher at Northfield Secondary School, who asked not to be named, "
        "said classes had been cancelled."
    )
    assert st.speaker is not None
    assert st.speaker.text == "A teacher at Northfield Secondary School, who asked not to be named"
    assert st.speaker.name == "A teacher at Northfield Secondary School"
    assert st.speaker.type == "anonymous"


def test_a_possessive_title_in_narration_is_the_she_of_the_next_statement() -> None:
    sts = statements(
        "The mayor said the roads were open. Karmin's transport minister, Lina Harb, "
        "was unconvinced. In an interview, she said the roads were still flooded."
    )
    assert sts[-1].speaker is not None and sts[-1].speaker.name == "Lina Harb"


def test_a_company_named_by_a_plural_trade_word_is_the_it_that_follows() -> None:
    sts = statements(
        "The agency said 30 people were hurt. Greenfield Dairies denied any fault. "
        "In a statement, it said its milk was safe."
    )
    assert sts[1].speaker is not None and sts[1].speaker.type == "organisation"
    assert sts[-1].speaker is not None and sts[-1].speaker.name == "Greenfield Dairies"


def test_a_quoted_fragment_after_accused_of_is_mixed() -> None:
    [st] = statements('She accused the council of "playing games with our homes".')
    assert st.kind == "mixed"


def test_a_cue_after_but_takes_the_subject_of_its_own_clause() -> None:
    sts = statements(
        "Economist Dalia Aziz said growth had slowed. Karmin's finance minister Omar Qutub "
        "welcomed the report but warned that deficits would rise."
    )
    assert sts[-1].speaker is not None and sts[-1].speaker.name == "Omar Qutub"


def test_a_family_name_with_al_gets_the_full_name_met_in_narration() -> None:
    sts = statements(
        "The deputy governor, Munir Al Salem, has been cautious. Asked about the budget, he "
        'said it was "too early to say". Mr Al Salem, whose office oversees the port, '
        'rejected claims of a cover-up. "Nothing was hidden," he said.'
    )
    assert sts[-1].speaker is not None and sts[-1].speaker.name == "Munir Al Salem"


def test_according_to_a_long_source_published_on_a_day() -> None:
    [st] = statements(
        "According to a report by the Eastbay Institute for Labour Market Studies published "
        "on Monday, one worker in five now holds two jobs."
    )
    assert (
        st.speaker is not None
        and st.speaker.text == "the Eastbay Institute for Labour Market Studies"
    )
    assert st.content.text == "one worker in five now holds two jobs"


def test_according_to_figures_compiled_by_names_the_compiler() -> None:
    [st] = statements(
        "Exports fell by a third, according to figures compiled by the port authority."
    )
    assert st.speaker is not None and st.speaker.text == "the port authority"


def test_calling_them_a_quote_is_a_second_statement_but_calling_for_is_not() -> None:
    sts = statements(
        'The mayor dismissed reports that the dam had cracked, calling them "idle gossip".'
    )
    assert [st.cue.text for st in sts] == ["dismissed", "calling"]
    assert sts[1].kind == "mixed" and "idle gossip" in sts[1].content.text
    sts = statements("The union rejected the offer, calling for new talks.")
    assert [st.cue.text for st in sts] == ["rejected"]


def test_working_with_investigators_is_not_investigating() -> None:
    [st] = statements('He said the airline was "cooperating fully" with investigators.')
    assert st.stance == "assert"
    [st] = statements("He said the airline was investigating the delay.")
    assert st.stance == "investigating"


def test_an_adverb_between_subject_and_cue_is_not_part_of_the_speaker() -> None:
    now = statements("The dockers' union now says nine of its members were hurt.")
    assert now[0].speaker is not None and now[0].speaker.text == "The dockers' union"
    assert now[0].content.text == "nine of its members were hurt"
    again = statements("Mayor Hana Lutz again denied any wrongdoing.")
    assert again[0].speaker is not None and again[0].speaker.text == "Mayor Hana Lutz"
    assert again[0].stance == "deny"


def test_insisted_again_and_repeated_on_a_day_report_their_that_clause() -> None:
    [st] = statements("Mayor Hana Lutz insisted again that the water was safe.")
    assert st.speaker is not None and st.speaker.text == "Mayor Hana Lutz"
    assert st.content.text == "the water was safe"
    [st] = statements("The rail authority repeated on Monday that no freight had been lost.")
    assert st.speaker is not None and st.speaker.text == "The rail authority"
    assert st.content.text == "no freight had been lost"
    assert (
        statements("After repeated warnings, the plant closed. The choir repeated the hymn.") == []
    )


def test_a_time_clause_after_a_tail_attribution_is_not_the_content() -> None:
    [st] = statements(
        "Water has returned to most homes, the city utility said on Monday, "
        "three days after a pipe burst under the main square."
    )
    assert st.speaker is not None and st.speaker.text == "the city utility"
    assert st.content.text == "Water has returned to most homes"


def test_which_says_a_count_and_which_has_denied_that_are_statements() -> None:
    [st] = statements(
        "The farmers' union, which says at least 300 farms were flooded, called for compensation."
    )
    assert st.speaker is not None and st.speaker.text == "The farmers' union"
    assert st.content.text == "at least 300 farms were flooded"
    sts = statements(
        "The rail authority, which has denied that any freight was lost, "
        "said it was reviewing the logs."
    )
    assert [(st.content.text, st.stance) for st in sts] == [
        ("any freight was lost", "deny"),
        ("it was reviewing the logs", "investigating"),
    ]
    assert statements("The firm, which claims damages of $5m, filed suit.") == []


def test_a_pluperfect_cue_inside_what_was_said_is_not_a_second_statement() -> None:
    [st] = statements(
        "But the head of the teachers' union, Omar Nassif, said his members "
        "had warned the ministry about the roof."
    )
    assert st.speaker is not None and st.speaker.text.endswith("Omar Nassif")
    assert st.content.text == "his members had warned the ministry about the roof"


def test_a_tail_attribution_with_an_acronym_in_brackets() -> None:
    [st] = statements(
        "A cracked valve, not vandalism, caused the flooding, the Northern Water Board (NWB) "
        "said in a report released on Monday."
    )
    assert st.speaker is not None and st.speaker.text == "the Northern Water Board (NWB)"
    assert st.content.text == "A cracked valve, not vandalism, caused the flooding"


def test_investigators_were_looking_at_is_investigating_but_a_deficit_is_not() -> None:
    [st] = statements(
        'Mayor Hana Lutz told reporters that engineers were looking at "unusual readings".'
    )
    assert st.stance == "investigating"
    [st] = statements("The mayor said the city was looking at a deficit of $4m.")
    assert st.stance == "assert"


def test_according_to_a_statement_posted_by_someone_names_its_author() -> None:
    sts = statements(
        "The gang has doubled its demand to $2 million, according to a statement posted "
        "online on Monday by its spokesman, who uses the name Abu Tamer. "
        "He said the captives were safe."
    )
    assert sts[0].speaker is not None and sts[0].speaker.text == "its spokesman"
    assert sts[0].content.text == "The gang has doubled its demand to $2 million"
    assert sts[1].speaker is not None and sts[1].speaker.name == "its spokesman"
    assert (
        statements("The gang has doubled its demand, according to a statement posted online.") == []
    )


def test_the_agent_of_a_passive_in_narration_is_the_he_of_the_next_sentence() -> None:
    sts = statements(
        "Officials said the strike was over. That claim was disputed by Sheikh Amin Nassif, "
        'a tribal elder who speaks for the miners. He told local radio that "nobody has gone '
        'back to work", though he said talks were continuing.'
    )
    assert [st.speaker.name if st.speaker else None for st in sts[1:]] == ["Amin Nassif"] * 2


def test_a_part_of_the_day_after_the_weekday_is_no_part_of_the_content() -> None:
    import datetime

    doc = khabar.extract(
        "The Harbour Front, as the group calls itself, said in a message on Telegram "
        "on Friday evening that the ships would stay.",
        lang="en",
        published=datetime.date(2026, 9, 19),
    )
    [st] = doc.statements
    assert st.content.text == "the ships would stay"
    assert st.date == datetime.date(2026, 9, 18)


def test_a_source_with_any_adjective_is_anonymous() -> None:
    sts = statements(
        "Two guards were suspended, a diplomatic source told the Harbour Courier on Monday. "
        "A well-placed military source said the order came from the capital."
    )
    assert [st.speaker.type for st in sts if st.speaker is not None] == ["anonymous"] * 2


def test_directorates_foundations_and_observatories_are_organisations() -> None:
    sts = statements(
        "The General Directorate of Customs said 12 lorries were seized. "
        "The Maribel Foundation for Rural Health said it would send two clinics. "
        "The Tarn Rights Observatory said 40 people were detained."
    )
    assert [st.speaker.type for st in sts if st.speaker is not None] == ["organisation"] * 3


def test_an_organisation_named_with_the_article_keeps_it_in_its_name() -> None:
    doc = khabar.extract(
        "Two bridges were closed, the Roads Maintenance Authority said on Monday. "
        "Repairs will take a week, it said.",
        lang="en",
    )
    names = [st.speaker.name for st in doc.statements if st.speaker is not None]
    assert names == ["the Roads Maintenance Authority", "the Roads Maintenance Authority"]


def test_a_participle_cue_after_a_determiner_and_an_adjective_is_a_noun() -> None:
    [st] = statements("She denied that her office had received any written warning from residents.")
    assert st.content.text == "her office had received any written warning from residents"


def test_a_committee_concluded_is_a_report_but_a_match_concluded_is_not() -> None:
    sts = statements(
        "The dam was safe, an independent review panel concluded on Monday. "
        "The season concluded with a cup final."
    )
    assert [(st.cue.text, st.speaker.text if st.speaker else None) for st in sts] == [
        ("concluded", "an independent review panel")
    ]
    assert sts[0].speaker is not None and sts[0].speaker.type == "organisation"


def test_according_to_the_report_names_the_report_but_a_statement_stays_a_document() -> None:
    sts = statements(
        "Water levels rose by two metres, according to the report. "
        "The road was reopened, according to a statement."
    )
    assert [st.speaker.text for st in sts if st.speaker is not None] == ["the report"]


def test_a_time_adjunct_between_the_subject_and_its_verb_is_not_the_speaker() -> None:
    sts = statements(
        "Housing Minister Lina Farouqi on Tuesday denied that inspections had been skipped. "
        '"Nobody cut corners," she told reporters.'
    )
    assert [st.speaker.name for st in sts if st.speaker is not None] == ["Lina Farouqi"] * 2


def test_an_acronym_in_brackets_inside_an_apposition_before_a_relative_clause() -> None:
    [st] = statements(
        "Omar Haddadin, chief executive of Basalt Quarrying Company (BQC), which runs the site "
        "above the town, said the blasts were within legal limits."
    )
    assert st.speaker is not None and st.speaker.name == "Omar Haddadin"


def test_an_organisation_name_joined_by_and_is_one_speaker() -> None:
    [st] = statements(
        "The Ministry of Water and Irrigation said it would review the permits of all wells."
    )
    assert st.speaker is not None
    assert st.speaker.text == st.speaker.name == "The Ministry of Water and Irrigation"


def test_and_after_a_place_starts_the_next_subject() -> None:
    [st] = statements("Years after Karantina and Ms Odeh agreed, the minister confirmed the deal.")
    assert st.speaker is not None and st.speaker.text == "the minister"


def test_say_before_a_number_word_opens_a_clause() -> None:
    [st] = statements("Parents' groups say four papers were leaked, not two.")
    assert st.speaker is not None and st.speaker.text == "Parents' groups"
    assert st.content.text == "four papers were leaked, not two"


def test_was_unable_to_independently_verify_is_unverified() -> None:
    [st] = statements("The Beacon was unable to independently verify the driver's account.")
    assert st.stance == "unverified" and st.speaker is not None
    assert st.speaker.text == "The Beacon"


def test_a_cue_inside_a_relative_clause_in_the_middle_of_the_content_is_part_of_it() -> None:
    [st] = statements(
        "The mayor acknowledged on Friday that the tunnel, which she had said on Monday was "
        "safe, had also been flooded."
    )
    assert st.content.text.endswith("had also been flooded")


def test_a_relative_clause_that_ends_the_sentence_is_a_statement() -> None:
    sts = statements("The mayor announced a new tunnel, which she said would cost 40 million.")
    assert [st.cue.text for st in sts] == ["announced", "said"]
