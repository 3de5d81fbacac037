"""English attribution: speakers after the content or behind a cited source — «…, said Dr X,
who runs …», «A bulletin by X, citing Y, said …», long hyphenated names before an apposition,
and the remarks that follow an attribution («, revising …», «, up from 90 announced on …»)
(own sentences, invented names)."""

from __future__ import annotations

import khabar


def _statements(text: str) -> list[khabar.Statement]:
    return khabar.extract(text, lang="en").statements


def test_tail_speakers_name_with_relative_clause_after_said() -> None:
    (st,) = _statements(
        "Four patients remain in intensive care, including a child of six, said Dr Lina "
        "Marouf, who runs the burns unit at Eastbrook Hospital."
    )
    assert st.speaker is not None and st.speaker.text == "Dr Lina Marouf"
    assert st.content.text == "Four patients remain in intensive care, including a child of six"


def test_tail_speakers_clause_after_said_is_no_speaker() -> None:
    (st,) = _statements(
        "A bulletin by the harbour radio station, citing a police source, said the depot "
        "held at least 300 barrels."
    )
    assert st.content.text == "the depot held at least 300 barrels"


def test_tail_speakers_citing_source_speaks_via_the_report() -> None:
    (st,) = _statements(
        "A bulletin by the harbour radio station Kessa FM, citing an unnamed police source, "
        "said the depot held at least 300 barrels."
    )
    assert st.speaker is not None and st.speaker.text == "an unnamed police source"
    assert st.via is not None and st.via.text == "the harbour radio station Kessa FM"
    assert st.speaker.type == "anonymous"


def test_tail_speakers_hyphenated_name_before_apposition() -> None:
    (st,) = _statements(
        "Dr al-Tayeb Abu el-Hassan, the director of the clinic, said the wards had reopened."
    )
    assert st.speaker is not None and st.speaker.text.startswith("Dr al-Tayeb Abu el-Hassan")
    assert st.content.text == "the wards had reopened"


def test_tail_speakers_participle_after_attribution_is_a_remark() -> None:
    (st,) = _statements(
        "The storm cut power to about 80,000 homes, the utility's director Ivo Brandt said "
        "on Friday, doubling the company's first estimate."
    )
    assert st.content.text == "The storm cut power to about 80,000 homes"


def test_tail_speakers_participle_after_a_figure_is_no_cue() -> None:
    (st,) = _statements(
        "In all, 212 people were treated, the health office said in its last count on "
        "Saturday, up from 190 announced on Thursday."
    )
    assert st.cue.text == "said"
    assert st.speaker is not None and st.speaker.text == "the health office"
    assert st.content.text == "In all, 212 people were treated"
