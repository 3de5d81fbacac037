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


def test_posts_she_wrote_after_her_post_quotes_the_post() -> None:
    sts = khabar.extract(
        "The nurse Mirela Oprea wrote on Instagram (@mirela.rn) on Monday that the ward had "
        'reopened. "We worked through the night to make it happen," she wrote.',
        lang="en",
    ).statements
    assert [(s.kind, s.handle) for s in sts] == [("social_post", "@mirela.rn")] * 2


def test_posts_she_wrote_without_a_post_before_stays_direct() -> None:
    sts = khabar.extract(
        'The minister said the road was closed. "We are sorry," she wrote.', lang="en"
    ).statements
    assert sts[1].kind == "direct"


def test_posts_content_first_then_author_and_handle() -> None:
    (st,) = khabar.extract(
        "The final three patients have gone home, the ward's head nurse, Ines Varga, wrote on "
        "X (@ivarga_rn) on Sunday evening.",
        lang="en",
    ).statements
    assert st.content.text == "The final three patients have gone home"
    assert (st.kind, st.handle) == ("social_post", "@ivarga_rn")


def test_handle_in_brackets_after_the_day_of_a_post() -> None:
    (st,) = khabar.extract(
        "Beekeeper Ada Morrow, whose videos drew wide attention, wrote on Friday "
        '(@ada_hives) that inspectors had taken two hives and "left no paperwork".',
        published="2024-05-10",
        lang="en",
    ).statements
    assert st.kind == "social_post"
    assert st.handle == "@ada_hives"
    assert st.speaker is not None and st.speaker.text == "Beekeeper Ada Morrow"
    assert str(st.date) == "2024-05-10"
    assert st.content.text == 'inspectors had taken two hives and "left no paperwork"'
