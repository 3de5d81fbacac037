"""English attribution: speakers before and after the cue, quotes, pronouns, stance cues."""

from __future__ import annotations

import khabar


def statements(text: str) -> list[khabar.Statement]:
    return khabar.extract(text, lang="en").statements


def test_svo_said_that_with_time_adjunct() -> None:
    [st] = statements("Health Minister Omar Farid said on Monday that the outbreak was contained.")
    assert st.speaker is not None and "Omar Farid" in st.speaker.text
    assert st.content.text.startswith("the outbreak")


def test_quote_first_then_speaker_is_direct() -> None:
    [st] = statements('"We will rebuild every house," Mayor Lina Tannous told reporters.')
    assert st.kind == "direct"
    assert st.speaker is not None and "Lina Tannous" in st.speaker.text
    assert st.content.text.startswith("We will rebuild")


def test_pronoun_resolves_to_last_speaker_of_that_gender() -> None:
    sts = statements(
        "Nadia Karam, a spokeswoman for the agency, said the roads were closed. "
        "Police chief Tom Hale said patrols had doubled. She added that food was arriving."
    )
    assert sts[-1].speaker is not None and sts[-1].speaker.name is not None
    assert "Nadia Karam" in sts[-1].speaker.name


def test_outlet_could_not_verify_is_unverified() -> None:
    [st] = statements("The Daily Ledger could not independently verify the video.")
    assert st.stance == "unverified"
    assert st.speaker is not None and st.speaker.text == "The Daily Ledger"


def test_according_to_puts_content_before() -> None:
    [st] = statements("Prices could rise by 5 percent, according to Jane Doe, an economist.")
    assert st.speaker is not None and st.speaker.text.startswith("Jane Doe")
    assert st.content.text.startswith("Prices could rise")
    assert st.stance == "hedged"


def test_denied_gives_deny() -> None:
    [st] = statements("The ministry denied that any staff had been arrested.")
    assert st.stance == "deny"


def test_embedded_source_speaks_via_the_reporter() -> None:
    [st] = statements("Councillor Ann Lee said a guard had told her that the gate was open.")
    assert st.speaker is not None and st.speaker.text == "a guard"
    assert st.via is not None and "Ann Lee" in st.via.text


def test_a_quote_only_sentence_continues_the_previous_quote() -> None:
    sts = statements('"We are working day and night," Mayor Tom Reed said. "Help is on the way."')
    assert len(sts) == 2
    assert sts[1].kind == "direct" and sts[1].content.text.startswith("Help is on the way")
    assert sts[1].speaker is not None and "Tom Reed" in (sts[1].speaker.name or "")


def test_long_relative_clause_between_speaker_and_said() -> None:
    [st] = statements(
        "A senior official, who spoke on condition that her name be withheld as she had no "
        "clearance to brief reporters, said the talks had collapsed."
    )
    assert st.speaker is not None and st.speaker.text.startswith("A senior official")


def test_a_quote_running_over_two_paragraphs_gives_one_statement_per_paragraph() -> None:
    sts = statements(
        '"We knew," the foreman said. "The rock was moving.\n\n'
        '"Nobody listened to us."\n\nThe company did not comment.'
    )
    assert [s.content.text for s in sts[1:]] == ["The rock was moving.", "Nobody listened to us."]
    assert all(s.kind == "direct" and s.speaker is not None for s in sts)
    assert sts[2].speaker is not None and sts[2].speaker.text == "the foreman"


def test_he_after_a_person_introduced_in_narration() -> None:
    sts = statements(
        "The deputy minister, Omar Tannous, has been more cautious. "
        'Asked about charges, he said it was "too early to say".'
    )
    assert sts[-1].speaker is not None and sts[-1].speaker.name == "Omar Tannous"


def test_date_adjunct_after_the_cue_is_not_content() -> None:
    [st] = statements("The central bank said on Wednesday it had raised rates.")
    assert st.content.text.startswith("it had raised")


def test_capitalised_cue_word_inside_a_name_is_not_a_cue() -> None:
    sts = statements("The United States Geological Survey said the quake had a magnitude of 5.")
    assert len(sts) == 1 and sts[0].cue.text == "said"


def test_weak_cue_takes_a_clause_without_that() -> None:
    [st] = statements("The operator insisted it had paid every supplier on time.")
    assert st.speaker is not None and st.speaker.text == "The operator"
    assert st.content.text.startswith("it had paid")


def test_weak_cue_with_a_plain_object_is_not_a_statement() -> None:
    assert statements("The striker conceded a penalty in the second half.") == []


def test_told_reporters_then_a_clause_without_that() -> None:
    [st] = statements("Mayor Dina Farouk told reporters the bridge would reopen in May.")
    assert st.content.text.startswith("the bridge would reopen")


def test_content_before_tail_attribution_followed_by_a_subordinate_clause() -> None:
    [st] = statements(
        "Nurses will walk out on Friday, the health workers' union said on Monday, "
        "after talks with the board collapsed."
    )
    assert st.content.text.startswith("Nurses will walk out")
    assert st.speaker is not None and "union" in st.speaker.text


def test_dateline_with_a_spaced_hyphen_is_not_content() -> None:
    [st] = statements(
        "TEL HAMRA, May 3 (Hilltop Wire) - Ferries will stop running at noon, the port said."
    )
    assert st.content.text.startswith("Ferries will stop")


def test_content_stops_before_but_and_a_second_cue() -> None:
    first, second = statements(
        "The inspector said the crew had seen smoke but could not confirm whether it spread."
    )
    assert first.content.text == "the crew had seen smoke"
    assert second.stance == "cannot_confirm"


def test_passive_report_by_an_agent_is_hedged() -> None:
    [st] = statements("It was reported by regional radio that two dams had cracked.")
    assert st.speaker is not None and st.speaker.text == "regional radio"
    assert st.stance == "hedged"
    assert st.content.text.startswith("two dams")


def test_parenthetical_cue_inside_the_content() -> None:
    sts = statements(
        "Lawyer Omar Brik opened the hearing. Tenants, he argued, had never been warned."
    )
    assert sts[-1].speaker is not None and sts[-1].speaker.name == "Lawyer Omar Brik"
    assert "had never been warned" in sts[-1].content.text


def test_post_with_a_caption_after_a_colon() -> None:
    [st] = statements('Nour Salem posted a video on Instagram (@nour_s) with the caption: "Home."')
    assert st.kind == "social_post" and st.handle == "@nour_s"
    assert st.content.text.strip('"') == "Home."


def test_with_absolute_participle_names_its_own_speaker() -> None:
    [st] = statements(
        "The row reached the courts, with the tenants' association confirming that it had sued."
    )
    assert st.speaker is not None and st.speaker.text == "the tenants' association"
    assert st.content.text == "it had sued"


def test_accused_of_after_a_noun_is_not_a_cue() -> None:
    assert statements("A court jailed four men accused of smuggling fuel.") == []


def test_accused_someone_of_reports_what_follows() -> None:
    [st] = statements('Coach Hani Kurt accused the referee of "ruining the match" on Sunday.')
    assert st.speaker is not None and "Hani Kurt" in st.speaker.text
    assert st.kind == "mixed"
    assert st.content.text.startswith('"ruining the match"')


def test_pronoun_finds_a_person_introduced_with_a_relative_clause() -> None:
    sts = statements(
        "Prosecutors said the fraud ran for years. Omar Brik, who has been held since May, "
        "pleaded not guilty. In a letter, he said he had never signed the contracts."
    )
    assert sts[-1].speaker is not None and sts[-1].speaker.name == "Omar Brik"


def test_a_weak_cue_that_reports_nothing_does_not_cut_the_statement() -> None:
    [st] = statements(
        "He warned that airlines could cancel flights and jobs if the dispute continued past May."
    )
    assert st.content.text.endswith("continued past May")
    assert st.stance == "conditional"


def test_however_between_the_cue_and_that() -> None:
    [st] = statements("The coach conceded, however, that the team had played badly.")
    assert st.content.text == "the team had played badly"


def test_considering_is_investigating_and_appeared_is_hedged() -> None:
    first, second = statements(
        "An official said the board was considering a refund. "
        "A lawyer said the judge appeared irritated."
    )
    assert first.stance == "investigating"
    assert second.stance == "hedged"


def test_as_if_and_that_could_do_not_change_the_stance() -> None:
    first, second = statements(
        'Lina Osman said: "They act as if they won." '
        "Kamal Reda said there was nothing that could stop the vote."
    )
    assert first.stance == "assert"
    assert second.stance == "assert"


def test_a_statement_inside_a_which_clause_and_the_main_one() -> None:
    first, second = statements(
        "The port, which says the backlog is costing it $2 million a day, insisted it had hired staff."
    )
    assert first.speaker is not None and first.speaker.text == "The port"
    assert first.content.text == "the backlog is costing it $2 million a day"
    assert second.content.text.startswith("it had hired")


def test_a_relative_clause_with_a_plain_verb_is_not_a_statement() -> None:
    [st] = statements("Dalia Aziz, who had alleged fraud, told reporters that the vote was rigged.")
    assert st.speaker is not None and st.speaker.name == "Dalia Aziz"


def test_called_with_a_short_quotation_reports_and_a_plain_object_does_not() -> None:
    sts = statements(
        'The mayor called a meeting on Monday. Club president Omar Brik called the offer "an insult".'
    )
    [st] = sts
    assert st.speaker is not None and "Omar Brik" in st.speaker.text
    assert st.content.text == 'the offer "an insult"'


def test_participle_after_a_non_reporting_clause_speaks_for_its_subject() -> None:
    sts = statements(
        "Ali Noor said the port was open. "
        'Union vice-president Hana Ezz dismissed those figures as "invented", saying the '
        "cranes had stopped."
    )
    assert sts[-1].speaker is not None and sts[-1].speaker.name is not None
    assert "Hana Ezz" in sts[-1].speaker.name


def test_said_she_marks_the_speaker_feminine_for_a_later_she() -> None:
    sts = statements(
        "A ministry spokeswoman declined to comment. "
        "Rasha Omran, a vet, said she was not surprised. "
        '"Nobody wants the truth," she said.'
    )
    assert sts[-1].speaker is not None and sts[-1].speaker.name == "Rasha Omran"


def test_however_after_the_subject_is_not_part_of_the_speaker() -> None:
    [st] = statements("The union, however, said it would not back down.")
    assert st.speaker is not None and st.speaker.text == "The union"


def test_plural_present_and_went_on_to_say() -> None:
    first, second = statements(
        "Critics argue that the law is unfair. Ali Noor went on to say that it would pass."
    )
    assert first.speaker is not None and first.speaker.text == "Critics"
    assert second.cue.text == "went on to say"
    assert second.speaker is not None and second.speaker.text == "Ali Noor"


def test_neither_confirm_nor_deny_is_one_statement() -> None:
    [st] = statements("The minister said he could neither confirm nor deny the reports.")
    assert st.stance == "cannot_confirm"


def test_said_by_phone_is_a_report_not_a_passive() -> None:
    [st] = statements('"We did not see it coming," Hiba Saad said by phone.')
    assert st.speaker is not None and st.speaker.text == "Hiba Saad"


def test_speaker_after_said_at_the_end_of_the_sentence() -> None:
    [st] = statements("The inmate died in the prison hospital, said prison spokesman Al Qasim.")
    assert st.speaker is not None and st.speaker.name == "Al Qasim"
    assert st.content.text == "The inmate died in the prison hospital"


def test_said_after_an_apposition_still_takes_the_clause_after_it() -> None:
    [st] = statements("Hani Kurt, a coach, said the team stayed home.")
    assert st.speaker is not None and st.speaker.name == "Hani Kurt"
    assert st.content.text == "the team stayed home"


def test_the_month_may_is_not_a_hedge() -> None:
    [st] = statements("The bridge will reopen in May, the mayor said.")
    assert st.stance == "assert"


def test_states_and_notes_as_nouns_are_not_cues() -> None:
    assert statements("The quake was felt in the Gulf states of Oman and Qatar.") == []
