"""English attribution: cues whose content is an object or a predicate rather than a «that»
clause — «put the number … at N», «blamed X for Y», «estimate that …», «declined on Tuesday
to comment», «insisted the depot "never …"» — and words that only look like cues (own
sentences, invented names)."""

from __future__ import annotations

import khabar


def _statements(text: str) -> list[khabar.Statement]:
    return khabar.extract(text, lang="en").statements


def test_object_cues_put_the_number_at_a_figure() -> None:
    (st,) = _statements(
        "The Lakeside Rights Centre put the number of people arrested since Sunday at 43, "
        "including six students."
    )
    assert st.cue.text == "put"
    assert st.speaker is not None and st.speaker.text == "The Lakeside Rights Centre"
    assert st.content.text.startswith("the number of people arrested since Sunday at 43")
    assert 43 in [q.value for q in st.quantities]


def test_object_cues_put_without_a_figure_is_no_cue() -> None:
    assert _statements("The council put the ferry plan on hold at its meeting.") == []


def test_object_cues_blamed_x_for_y() -> None:
    (st,) = _statements(
        "Marta Lind, head of the growers' union, blamed the ministry for sending pupils "
        "to schools without heating."
    )
    assert st.cue.text == "blamed"
    assert st.content.text == "the ministry for sending pupils to schools without heating"
    assert st.stance == "assert"


def test_object_cues_blamed_after_a_first_verb_is_its_own_statement() -> None:
    sts = _statements(
        "Mayor Ilse Krol said the bridge had been closed weeks before the flood, but blamed "
        "the river authority for the delay."
    )
    assert [s.cue.text for s in sts] == ["said", "blamed"]
    assert sts[0].content.text == "the bridge had been closed weeks before the flood"
    assert sts[1].content.text == "the river authority for the delay"


def test_object_cues_plural_subject_estimate_that() -> None:
    (st,) = _statements("Relief groups estimate that about 9,000 families have lost their homes.")
    assert st.speaker is not None and st.speaker.text == "Relief groups"
    assert st.content.text == "about 9,000 families have lost their homes"


def test_object_cues_declined_on_a_day_to_comment() -> None:
    (st,) = _statements(
        "The city prosecutor declined on Tuesday to comment on the inquiry, citing its secrecy."
    )
    assert st.stance == "declined_to_comment"
    assert st.speaker is not None and st.speaker.text == "The city prosecutor"
    assert st.content.text.startswith("to comment on the inquiry")


def test_object_cues_insisted_before_a_quoted_never_clause() -> None:
    sts = _statements(
        'Nils Aasen, the depot manager, insisted the depot "never stored more fuel than its '
        'permit allowed" and denied that crews had raised concerns.'
    )
    assert [s.cue.text for s in sts] == ["insisted", "denied"]
    assert sts[0].content.text == 'the depot "never stored more fuel than its permit allowed"'


def test_object_cues_calls_as_a_noun_does_not_cut_the_content() -> None:
    (st,) = _statements(
        "The water board said it could not confirm reports that hotline calls were left "
        "unheeded during the storm."
    )
    assert st.content.text.endswith("hotline calls were left unheeded during the storm")
    assert st.stance == "cannot_confirm"


def test_object_cues_unless_makes_the_content_conditional() -> None:
    (st,) = _statements(
        "Ferry crews will stop work on Monday unless the operator restores their overtime "
        "pay, the sailors' union warned."
    )
    assert st.stance == "conditional"


def test_object_cues_unless_after_an_imperative_or_a_reduced_clause_asserts() -> None:
    sts = _statements(
        'The council wrote on X: "Please avoid the bridge unless your trip is urgent." '
        "The gang posted that it would leak the files unless paid in bitcoin."
    )
    assert [s.stance for s in sts] == ["assert", "assert"]


def test_object_cues_it_after_the_civil_defence_is_that_body() -> None:
    sts = _statements(
        "Divers recovered two more bodies from the reservoir, the civil defence said on Monday. "
        "It put the number still unaccounted for at seven."
    )
    assert sts[1].cue.text == "put"
    assert sts[1].speaker is not None and sts[1].speaker.name == "the civil defence"
