"""English "he"/"she": the newest compatible speaker, paragraph by paragraph (invented text)."""

from __future__ import annotations

import khabar


def speaker_names(text: str) -> list[str | None]:
    return [
        st.speaker.name if st.speaker is not None else None
        for st in khabar.extract(text, lang="en").statements
    ]


def test_she_is_the_speaker_named_in_her_paragraph_not_an_earlier_marked_woman() -> None:
    names = speaker_names(
        "The port's spokeswoman, Maren Holt, rejected the report. "
        '"There was no spill at all," she said.\n\n'
        "Tuva Brekke, a marine engineer at Fjordline Consulting, said both readings could "
        'hold. A seal "could have cracked in the cold", she said.'
    )
    assert names[-2:] == ["Tuva Brekke", "Tuva Brekke"]


def test_in_one_paragraph_a_marked_woman_stays_the_she() -> None:
    names = speaker_names(
        "Signe Dahl, a spokeswoman for the ferry line, said the crossings were cancelled. "
        "Ferry pilot Kim Aune said the swell was too high. She added that refunds were due."
    )
    assert names[-1] == "Signe Dahl"
