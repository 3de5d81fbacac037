"""Campaigns and initiatives («حملة «…»», «المبادرة») speak as organisations; a later dropped
subject («وكتبت على حسابها …») continues them (invented sentences, added after the blind7
evaluation)."""

from __future__ import annotations

import khabar


def test_a_campaign_with_a_quoted_name_is_the_speaker() -> None:
    sts = khabar.extract(
        "من جهتها، اعتبرت حملة «دفء الشتاء» أن التوزيع «لم يصل إلى القرى»، وكتبت على حسابها "
        'في منصة إكس (@dif2_x) أمس: "البرد لا ينتظر".',
        lang="ar",
    ).statements
    assert [st.cue.text for st in sts] == ["اعتبرت", "وكتبت"]
    for st in sts:
        assert st.speaker is not None and st.speaker.text == "حملة «دفء الشتاء»"
    assert sts[1].kind == "social_post"


def test_the_initiative_is_an_organisation_speaker() -> None:
    (st,) = khabar.extract("وقالت المبادرة إن المتطوعين وصلوا إلى القرى.", lang="ar").statements
    assert st.speaker is not None and st.speaker.text == "المبادرة"
    assert st.speaker.type == "organisation"


def test_a_security_campaign_as_an_object_is_no_speaker() -> None:
    (st,) = khabar.extract(
        "وشنت الشرطة حملة أمنية واسعة، وقال المتحدث إن العشرات أوقفوا.", lang="ar"
    ).statements
    assert st.speaker is not None and st.speaker.text == "المتحدث"
