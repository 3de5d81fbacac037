"""English attribution: participles after a clause that reports nothing, and remarks after the
cue (own sentences, invented names)."""

from __future__ import annotations

import khabar


def only(text: str) -> khabar.Statement:
    (st,) = khabar.extract(text, lang="en").statements
    return st


def test_participle_after_an_irregular_past_speaks_for_its_subject() -> None:
    st = only(
        'Brackenfield Analytics cut its forecast for the port on Monday, saying the losses "may '
        'widen further".'
    )
    assert st.speaker is not None and st.speaker.text == "Brackenfield Analytics"
    assert st.content.text == 'the losses "may widen further"'
    assert st.stance == "hedged"


def test_participle_after_a_common_noun_subject() -> None:
    st = only(
        "The airline cancelled all flights on Friday, saying that the storm made landing unsafe."
    )
    assert st.speaker is not None and st.speaker.text == "The airline"


def test_a_passive_subject_is_no_speaker_of_the_participle() -> None:
    st = only("The plan was welcomed by the mayor, who spoke at the hall, saying it would help.")
    assert st.speaker is None or st.speaker.text != "The plan"


def test_without_clause_after_a_trailing_cue_leaves_the_sentence_before_as_content() -> None:
    st = only(
        "Police have arrested two men over the fire, a spokeswoman for the city police said, "
        "without giving their names."
    )
    assert st.content.text == "Police have arrested two men over the fire"
    assert st.speaker is not None and st.speaker.text == "a spokeswoman for the city police"
