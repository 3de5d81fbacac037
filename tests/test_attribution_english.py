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
    [st] = statements('"We will rebuild every house," Mayor Lina Haddad told reporters.')
    assert st.kind == "direct"
    assert st.speaker is not None and "Lina Haddad" in st.speaker.text
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
        "A senior official, who asked not to be named because he was not authorised to "
        "speak, said the talks had collapsed."
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
        "The deputy minister, Omar Haddad, has been more cautious. "
        'Asked about charges, he said it was "too early to say".'
    )
    assert sts[-1].speaker is not None and sts[-1].speaker.name == "Omar Haddad"


def test_date_adjunct_after_the_cue_is_not_content() -> None:
    [st] = statements("The central bank said on Wednesday it had raised rates.")
    assert st.content.text.startswith("it had raised")


def test_capitalised_cue_word_inside_a_name_is_not_a_cue() -> None:
    sts = statements("The United States Geological Survey said the quake had a magnitude of 5.")
    assert len(sts) == 1 and sts[0].cue.text == "said"
