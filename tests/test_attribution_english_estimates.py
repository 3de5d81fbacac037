"""English attribution: "estimates" is a reporting verb before a clause, a noun elsewhere
(own sentences, invented names)."""

from __future__ import annotations

import khabar


def test_estimates_that_reports_the_estimate() -> None:
    (st,) = khabar.extract(
        "The water board estimates that about 12 tonnes of sand were dumped.", lang="en"
    ).statements
    assert st.speaker is not None and st.speaker.text == "The water board"
    assert st.content.text == "about 12 tonnes of sand were dumped"


def test_estimates_as_a_noun_is_no_cue() -> None:
    (st,) = khabar.extract(
        "The utility now says the outage hit about 3 million homes, double its initial "
        "estimates, because the fault spread.",
        lang="en",
    ).statements
    assert st.cue.text == "says"
    assert st.speaker is not None and st.speaker.text == "The utility"
