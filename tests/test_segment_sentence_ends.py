"""Where sentences end: punctuation runs before a space, a closing quote after them, line ends."""

from __future__ import annotations

import pytest

from khabar.components.segment import find_quotes, sentences


def _split(text: str) -> list[str]:
    return [s.text for s in sentences(text, find_quotes(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قال الوزير إن الوضع هادئ. وأضاف أن", ["قال الوزير إن الوضع هادئ.", "وأضاف أن"]),
        ("هل انتهت الأزمة؟ لا أحد يعرف", ["هل انتهت الأزمة؟", "لا أحد يعرف"]),
        ("انتظروا... ثم غادروا", ["انتظروا...", "ثم غادروا"]),
        ("قالت: نعم!» ومضت", ["قالت: نعم!»", "ومضت"]),
        ("العدد 3.5 مليون. ثم", ["العدد 3.5 مليون.", "ثم"]),
        ("سطر أول\nسطر ثان", ["سطر أول", "سطر ثان"]),
        ("فقرة\n\n\nفقرة أخرى.", ["فقرة", "فقرة أخرى."]),
        ("انتهى.", ["انتهى."]),
        ("وقال د. سامر إن", ["وقال د. سامر إن"]),
        ("Dr. Dalia Tannous said. Then", ["Dr. Dalia Tannous said.", "Then"]),
        ("a.b c", ["a.b c"]),
    ],
)
def test_sentence_ends(text: str, expected: list[str]) -> None:
    assert _split(text) == expected


def test_no_end_inside_a_quotation() -> None:
    text = "قال: «نعمل. ونأمل». وأضاف"
    assert _split(text) == ["قال: «نعمل. ونأمل».", "وأضاف"]


def test_offsets_index_the_text() -> None:
    text = "  أولى.  \n\n ثانية؟ «ثالثة.» رابعة"
    for s in sentences(text, find_quotes(text)):
        assert text[s.start : s.end] == s.text
        assert s.text == s.text.strip()
