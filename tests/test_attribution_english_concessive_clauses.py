"""English attribution: «, though/although/but» + a named subject opens a clause of its own
(own sentences, invented names)."""

from __future__ import annotations

import khabar


def test_outlet_that_could_not_verify_after_though_is_its_own_statement() -> None:
    first, second = khabar.extract(
        "Tomas Brek, the ferry captain, said two crates had been lost overboard, though the "
        "Upland Courier could not verify the claim with the harbour office.",
        lang="en",
    ).statements
    assert first.speaker is not None and first.speaker.name == "Tomas Brek"
    assert first.content.text == "two crates had been lost overboard"
    assert second.speaker is not None and second.speaker.text == "the Upland Courier"
    assert second.cue.text == "could not verify"
    assert second.stance == "unverified"
    assert second.content.text == "could not verify the claim with the harbour office"


def test_a_pronoun_after_but_stays_inside_the_statement() -> None:
    (st,) = khabar.extract(
        "Tomas Brek said two crates had been lost, but he could not confirm their value.",
        lang="en",
    ).statements
    assert st.content.text == "two crates had been lost, but he could not confirm their value"


def test_though_is_no_part_of_the_next_speaker() -> None:
    statements = khabar.extract(
        "The mill said the drought had halved its harvest, though the growers' union said "
        "the loss was closer to a third.",
        lang="en",
    ).statements
    assert [s.speaker.text for s in statements if s.speaker] == [
        "The mill",
        "the growers' union",
    ]
