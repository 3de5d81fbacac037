"""«وبيّن مدير الإدارة NAME، خلال لقاء مع الأهالي، أن …»: «بيّن» is a cue past comma-delimited
adjuncts when it opens its clause and a speaker head follows; the preposition «بين» is not."""

from __future__ import annotations

import khabar


def statements(text: str) -> list[khabar.Statement]:
    return khabar.extract(text, lang="ar").statements


def test_attribution_arabic_bayyana_with_an_adjunct_between_commas() -> None:
    [st] = statements(
        "وبيّن مدير الإدارة نزار السعافين، خلال لقاء مع سكان الحي، أن خط الحافلات سيعود قريبًا."
    )
    assert st.cue.text == "وبيّن"
    assert st.speaker is not None and st.speaker.name == "نزار السعافين"
    assert st.content.text == "أن خط الحافلات سيعود قريبًا"


def test_attribution_arabic_bayna_between_two_parties_is_a_preposition() -> None:
    sts = statements("وبين الوزارة والنقابة خلاف قديم، وأكد الوزير أن خط الحافلات سيعود.")
    assert [st.cue.text for st in sts] == ["وأكد"]
