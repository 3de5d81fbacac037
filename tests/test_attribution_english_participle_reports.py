"""English attribution: participles after a statement that report on their own («…,
declining to say …», «…, describing X as "…"», «…, repeating that …»), by the same speaker
(own sentences, invented names)."""

from __future__ import annotations

import khabar


def test_declining_to_say_is_a_refusal_of_the_same_speaker() -> None:
    first, second = khabar.extract(
        'A spokesman, Ivo Marren, said the lender "will pay every claim once the audit ends", '
        "declining to say whether the storm could delay the refund.",
        lang="en",
    ).statements
    assert first.content.text == 'the lender "will pay every claim once the audit ends"'
    assert second.speaker is not None and second.speaker.name == "Ivo Marren"
    assert second.cue.text == "declining to say"
    assert second.stance == "declined_to_comment"
    assert second.content.text == ("declining to say whether the storm could delay the refund")


def test_declining_to_comment_after_an_organisation() -> None:
    first, second = khabar.extract(
        "The ferry line confirmed on Friday that three crossings had been cancelled, declining "
        "to comment on why.",
        lang="en",
    ).statements
    assert first.content.text == "three crossings had been cancelled"
    assert second.speaker is not None and second.speaker.text == "The ferry line"
    assert second.content.text == "declining to comment on why"


def test_describing_as_a_quotation_after_a_tail_attribution() -> None:
    first, second = khabar.extract(
        "The council has agreed to halve the proposed levy, Mayor Ana Brill "
        'said on Friday, describing the deal as "hard but fair" after a week of protests.',
        lang="en",
    ).statements
    assert first.content.text == "The council has agreed to halve the proposed levy"
    assert second.cue.text == "describing"
    assert second.speaker is not None and second.speaker.name == "Ana Brill"
    assert second.content.text == 'the deal as "hard but fair"'


def test_while_repeating_that_is_the_same_speaker() -> None:
    first, second = khabar.extract(
        '"We are checking reports that a patrol lost its way," spokesman Colonel Ivo Rask '
        'said on Sunday, while repeating that "the guards acted on their own".',
        lang="en",
    ).statements
    assert first.kind == "direct"
    assert second.cue.text == "repeating"
    assert second.speaker is not None and second.speaker.name == "Ivo Rask"
    assert second.content.text == '"the guards acted on their own"'


def test_repeating_an_object_reports_nothing() -> None:
    statements = khabar.extract(
        "The minister spoke for an hour, while repeating the same slogans.", lang="en"
    ).statements
    assert statements == []


def test_acknowledged_for_the_first_time_that() -> None:
    (st,) = khabar.extract(
        "The governor conceded for the first time that the plan was drafted by a consultant.",
        lang="en",
    ).statements
    assert st.stance == "confirm"
    assert st.content.text == "the plan was drafted by a consultant"
