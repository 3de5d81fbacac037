"""letter_counts: the byte counts equal a character-by-character count, for any text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from khabar.text.script import letter_counts


def _naive(text: str) -> tuple[int, int]:
    arabic = sum(1 for c in text if "\u0600" <= c <= "\u06ff")
    latin = sum(1 for c in text if c.isascii() and c.isalpha())
    return arabic, latin


# the block edges, letters beside it (Syriac, Arabic Supplement, presentation forms), Latin
# letters with accents, and characters of every UTF-8 length
EDGES = "\u05ff\u0600\u063f\u0640\u06bf\u06c0\u06ff\u0700\u0750\ufb50\ufe70" + "AZaz@[`{éİß" + "𝐀😀"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(EDGES) | st.characters(), max_size=80))
def test_counts_match_a_character_loop(text: str) -> None:
    assert letter_counts(text) == _naive(text)


def test_a_lone_surrogate_is_counted_as_neither() -> None:
    assert letter_counts("قال\ud800 A") == (3, 1)


def test_mixed_article_counts() -> None:
    text = "أكد الوزير خالد المنصوري (Khaled Al-Mansouri) أن ٢٥ مدرسة ستفتح."
    assert letter_counts(text) == _naive(text)
    assert letter_counts(text)[1] == len("KhaledAlMansouri")
