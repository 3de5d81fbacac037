"""An adverb or «did» between the subject and the cue is no part of the speaker (invented)."""

from __future__ import annotations

import pytest

import khabar


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Tolland Ferries initially suggested that all passengers book ahead.", "Tolland Ferries"),
        ("They did say that the ferry would run on Sunday.", "They"),
        ("Kai Oduya steadfastly denied that the ferry was late.", "Kai Oduya"),
        ("The port authority quickly said the boy was safe.", "The port authority"),
        ("Tolland Ferries has just confirmed that the route will close.", "Tolland Ferries"),
    ],
)
def test_attribution_english_adverb_before_cue_leaves_the_speaker(text: str, speaker: str) -> None:
    [st] = khabar.extract(text, lang="en").statements
    assert st.speaker is not None and st.speaker.text == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Renwick Kelly said the port was shut.", "Renwick Kelly"),
        ("The family said the boy was safe.", "The family"),
    ],
)
def test_attribution_english_names_and_nouns_in_ly_stay(text: str, speaker: str) -> None:
    [st] = khabar.extract(text, lang="en").statements
    assert st.speaker is not None and st.speaker.text == speaker
