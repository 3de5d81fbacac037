"""Every quantity's offsets index the original text exactly, whatever the diacritics."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from khabar.numbers import find_quantities
from khabar.text import normalise

PIECES = [
    "قال إن",
    "ألفاً",
    "١٢ ألف",
    "10,000",
    "عشرات",
    "المصابين",
    "ثلاثمئة",
    "شخصٍ",
    "نحو",
    "\u0640\u0640",
    "\u064e",
    "\u200f",
    "٨٠٪",
    "بين 10 و12 ألفاً",
    "خمسةَ عشرَ مليوناً",
    "about",
    "1.5 million",
    "$40 million",
    "people",
    "two",
    "، ",
    "«",
    "»",
    " ",
    "\n",
]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=25), st.sampled_from(["ar", "en"]))
def test_quantity_offsets_index_the_original_text(pieces: list[str], lang: str) -> None:
    text = " ".join(pieces)
    for q in find_quantities(normalise(text), 0, len(text), lang):
        assert text[q.start : q.end] == q.text
        assert q.text.strip() == q.text and q.text
        assert (q.value is None) == (q.vague is not None)
