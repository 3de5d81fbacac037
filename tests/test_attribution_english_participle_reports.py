"""English attribution: participles after a statement that report on their own («…,
declining to say …», «…, describing X as "…"», «…, repeating that …»), by the same speaker
(own sentences, invented names)."""

from __future__ import annotations

import khabar


def test_declining_to_say_is_a_refusal_of_the_same_speaker() -> None:
    first, second = khabar.extract(
        'A spokesman, Ivo Marren, said the lender "will pay every claim once the audit ends", '
        "declining to say whether the flood question could delay a payout.",
        lang="en",
    ).statements
    assert first.content.text == 'the lender "will pay every claim once the audit ends"'
    assert second.speaker is not None and second.speaker.name == "Ivo Marren"
    assert second.cue.text == "declining to say"
    assert second.stance == "declined_to_comment"
    assert second.content.text == (
        "declining to say whether the flood question could delay a payout"
    )


def test_declining_to_comment_after_an_organisation() -> None:
    first, second = khabar.extract(
        "The ferry line confirmed on Monday that two crossings had been cancelled, declining "
        "to comment on the cause.",
        lang="en",
    ).statements
    assert first.content.text == "two crossings had been cancelled"
    assert second.speaker is not None and second.speaker.text == "The ferry line"
    assert second.content.text == "declining to comment on the cause"


def test_describing_as_a_quotation_after_a_tail_attribution() -> None:
    first, second = khabar.extract(
        "The board has voted to cut the planned fare rise from 30% to 15%, Mayor Ana Brill "
        'said on Monday, describing the compromise as "hard but fair" after a week of protests.',
        lang="en",
    ).statements
    assert first.content.text == "The board has voted to cut the planned fare rise from 30% to 15%"
    assert second.cue.text == "describing"
    assert second.speaker is not None and second.speaker.name == "Ana Brill"
    assert second.content.text == 'the compromise as "hard but fair"'


def test_while_repeating_that_is_the_same_speaker() -> None:
    first, second = khabar.extract(
        '"We are checking reports that a patrol lost its way," spokesman Colonel Ivo Rask '
        'said on Wednesday, while repeating that "no unit crossed the line under orders".',
        lang="en",
    ).statements
    assert first.kind == "direct"
    assert second.cue.text == "repeating"
    assert second.speaker is not None and second.speaker.name == "Ivo Rask"
    assert second.content.text == '"no unit crossed the line under orders"'


def test_repeating_an_object_reports_nothing() -> None:
    statements = khabar.extract(
        "The minister spoke for an hour, while repeating the same slogans.", lang="en"
    ).statements
    assert statements == []


def test_acknowledged_for_the_first_time_that() -> None:
    (st,) = khabar.extract(
        "The mayor acknowledged for the first time that the rise had been discussed with a lender.",
        lang="en",
    ).statements
    assert st.stance == "confirm"
    assert st.content.text == "the rise had been discussed with a lender"
