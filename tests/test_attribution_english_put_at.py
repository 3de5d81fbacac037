"""English attribution: «put the bill at "close to …"» reports a figure, by
«one of them», an anonymous source; «the likely cost» is an estimate, not a hedge
(own sentences, invented names)."""

from __future__ import annotations

import khabar


def test_one_of_them_puts_a_quoted_range() -> None:
    statements = khabar.extract(
        "Two people familiar with the matter told the Gazette the deal was close. One of them "
        'put the likely payout at "somewhere between $40 million and $55 million".',
        lang="en",
    ).statements
    first, second = statements
    assert first.speaker is not None and first.speaker.type == "anonymous"
    assert second.speaker is not None and second.speaker.text == "One of them"
    assert second.speaker.type == "anonymous"
    assert second.cue.text == "put"
    assert second.stance == "assert"
    assert [q.value for q in second.quantities] == [40_000_000, 55_000_000]


def test_put_the_number_at_close_to() -> None:
    (st,) = khabar.extract(
        'The port chief put the number of containers lost at "close to 300".', lang="en"
    ).statements
    assert st.content.text == 'the number of containers lost at "close to 300"'


def test_likely_before_a_verb_still_hedges() -> None:
    (st,) = khabar.extract(
        "The union said the strike would likely last a week.", lang="en"
    ).statements
    assert st.stance == "hedged"
