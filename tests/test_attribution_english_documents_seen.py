"""English attribution: «according to a memo seen/obtained by X»: the document is the
source, X only saw it; «compiled by X» still names the author (own sentences, invented names)."""

from __future__ import annotations

import khabar


def speaker_of(text: str) -> str:
    (st,) = khabar.extract(text, lang="en").statements
    assert st.speaker is not None
    return st.speaker.text


def test_a_report_obtained_by_an_outlet_is_the_source() -> None:
    text = (
        "A pump at the eastern station failed twice in March, according to a "
        "water board report obtained by the Upland Courier."
    )
    assert speaker_of(text) == "a water board report"


def test_records_obtained_by_an_outlet_are_the_source() -> None:
    text = "The depot sold 40 lorries last year, according to tax records obtained by the Courier."
    assert speaker_of(text) == "tax records"


def test_figures_compiled_by_an_agency_speak_for_it() -> None:
    text = (
        "The plant lost power twice last spring, according to data compiled by the grid operator."
    )
    assert speaker_of(text) == "the grid operator"
