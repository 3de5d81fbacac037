"""English attribution: posts whose platform and handle stand between the cue and its content
(own sentences, invented names and accounts)."""

from __future__ import annotations

from datetime import date

import khabar


def _one(text: str) -> khabar.Statement:
    (st,) = khabar.extract(text, lang="en", published=date(2031, 3, 7)).statements
    return st


def test_posts_wrote_on_platform_with_handle_before_that() -> None:
    st = _one(
        "Harbour councillor Lotte Brandvik wrote on X (@lbrandvik) on Tuesday that "
        "the ferry timetable would be restored."
    )
    assert st.speaker is not None and st.speaker.text == "Harbour councillor Lotte Brandvik"
    assert st.content.text == "the ferry timetable would be restored"
    assert (st.kind, st.handle, st.date) == ("social_post", "@lbrandvik", date(2031, 3, 4))


def test_posts_dotted_handle_inside_a_longer_adjunct() -> None:
    st = _one(
        "Mirela Oprea, a nurse who was on the night shift, posted in a long Instagram story "
        "(@mirela.oprea.rn) on Monday that the ward had run out of saline."
    )
    assert st.content.text == "the ward had run out of saline"
    assert (st.kind, st.handle) == ("social_post", "@mirela.oprea.rn")


def test_posts_said_in_a_statement_on_platform_with_handle() -> None:
    st = _one(
        "The Orchard Theatre said in a message posted on Facebook (@orchardtheatre) on "
        "Sunday that the roof repairs were finished."
    )
    assert st.content.text == "the roof repairs were finished"
    assert (st.kind, st.handle) == ("social_post", "@orchardtheatre")


def test_posts_participle_without_comma_is_no_cue() -> None:
    (st,) = khabar.extract(
        "The rail operator denied that the level crossing lacked warning lights, saying "
        "the barriers had been tested in May.",
        lang="en",
    ).statements[:1]
    assert st.content.text == "the level crossing lacked warning lights"
