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
