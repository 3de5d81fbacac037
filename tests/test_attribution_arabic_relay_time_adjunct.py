"""«ونقلت وسائل إعلام محلية أمس السبت عن X قوله:»: a time adjunct between the reporter and
«عن» keeps the relay (X speaks, the media are ``via``)."""

from __future__ import annotations

import khabar


def test_attribution_arabic_relay_with_a_day_before_an() -> None:
    [st] = khabar.extract(
        "ونقلت وسائل إعلام محلية أمس السبت عن مدير المعدية وليد الزهيري قوله: «الرصيف مغلق».",
        lang="ar",
    ).statements
    assert st.speaker is not None and st.speaker.name == "وليد الزهيري"
    assert st.via is not None and st.via.text == "وسائل إعلام محلية"
    assert st.content.text == "«الرصيف مغلق»"
