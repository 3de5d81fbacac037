"""News outlets cited by their name alone (``lang/ar/media_names.tsv``): «لرويترز»,
«للأناضول», «لبي بي سي» after a speaker is who the words were said to, never part of the
speaker nor the start of the content; a named outlet that speaks is an outlet."""

from __future__ import annotations

import pytest

import khabar


def _statements(text: str) -> list[khabar.Statement]:
    return khabar.extract(text, lang="ar").statements


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("وقال المتحدث باسم الوزارة أيمن الملا لرويترز إن الطائرة تقل 90 راكبًا.", "أيمن الملا"),
        ("وقالت مصادر مطلعة للأناضول إن الاتفاق بات وشيكًا.", "مصادر مطلعة"),
        ("وقال شهود عيان لبي بي سي إن الانفجار وقع قرب السوق.", "شهود عيان"),
        ("وقال شاهدان لرويترز إن القصف استمر ساعتين.", "شاهدان"),
    ],
)
def test_attribution_arabic_named_outlet_told_is_no_part_of_the_speaker(
    text: str, speaker: str
) -> None:
    sts = _statements(text)
    assert len(sts) == 1
    assert sts[0].speaker is not None and sts[0].speaker.name == speaker
    assert sts[0].content.text.startswith("إن ")


def test_attribution_arabic_named_outlet_whose_name_holds_inna_is_skipped_whole() -> None:
    sts = _statements("وقال الوزير لسي إن إن إن المحادثات ستستأنف الأحد.")
    assert sts[0].speaker is not None and sts[0].speaker.text == "الوزير"
    assert sts[0].content.text == "إن المحادثات ستستأنف الأحد"


def test_attribution_arabic_named_outlet_speaking_is_an_outlet() -> None:
    sts = _statements("وذكرت رويترز أن الشركة أوقفت رحلاتها إلى المدينة.")
    assert sts[0].speaker is not None and sts[0].speaker.type == "outlet"


@pytest.mark.parametrize(
    "text", ["Reuters reported that the port had reopened.", "The AP said the port had reopened."]
)
def test_attribution_english_named_outlet_speaking_is_an_outlet(text: str) -> None:
    sts = khabar.extract(text, lang="en").statements
    assert sts[0].speaker is not None and sts[0].speaker.type == "outlet"
