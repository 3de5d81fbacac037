"""A relayed statement's verb («ونقلت الوكالة …») has the reporter's gender, not the
speaker's: it says nothing about whom a later «وأضاف» continues."""

from __future__ import annotations

import khabar


def _statements(text: str) -> list[khabar.Statement]:
    return khabar.extract(text, lang="ar").statements


def test_attribution_arabic_relayed_speaker_keeps_no_reporter_gender() -> None:
    # «نقلت» is the agency's verb: a later «وأضاف» continues the relayed man, not an
    # earlier masculine speaker
    sts = _statements(
        "وقال معهد الحسوني للدراسات إن الأسعار سترتفع. "
        "ونقلت وكالة الأنباء عن الوزير صهيب المقدسي قوله إن الأسعار ستستقر. "
        "وأضاف أن الحكومة تراقب السوق."
    )
    assert sts[-1].cue.text == "وأضاف"
    assert sts[-1].speaker is not None and "المقدسي" in (sts[-1].speaker.name or "")
