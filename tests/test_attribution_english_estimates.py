"""English attribution: "estimates" is a reporting verb before a clause, a noun elsewhere
(own sentences, invented names)."""

from __future__ import annotations

import khabar


def test_estimates_that_reports_the_estimate() -> None:
    (st,) = khabar.extract(
        "The water board estimates that nearly 400 homes lost their supply.", lang="en"
    ).statements
    assert st.speaker is not None and st.speaker.text == "The water board"
    assert st.content.text == "nearly 400 homes lost their supply"


def test_estimates_as_a_noun_is_no_cue() -> None:
    (st,) = khabar.extract(
        "The port authority now says the spill covered 12 km of coast, twice its earlier "
        "estimates, because the tide turned.",
        lang="en",
    ).statements
    assert st.cue.text == "says"
    assert st.speaker is not None and st.speaker.text == "The port authority"
