"""Every time expression's offsets index the original text exactly, whatever the marks."""

from __future__ import annotations

from datetime import date
from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from khabar.temporal import find_dates
from khabar.text import normalise

PIECES = [
    "قالَ",
    "يومَ الخميسِ",
    "أمسِ الأربعاء",
    "٩ أيلول/سبتمبر ٢٠٢٥",
    "السادس عشر من رمضان 1446 هـ",
    "الأسبوع الماضي",
    "\u0640",
    "\u064b",
    "\u200f",
    "on Tuesday",
    "June 3, 2025",
    "yesterday",
    "10 آلاف",
    "، ",
    "«",
    "»",
    " ",
    "\n",
    "وأمس",
    "مساء الاثنين",
]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from(PIECES), min_size=1, max_size=20),
    st.sampled_from(["ar", "en"]),
    st.one_of(st.none(), st.dates(min_value=date(2000, 1, 1), max_value=date(2030, 12, 31))),
)
def test_date_offsets_index_the_original_text(
    pieces: list[str], lang: str, published: date | None
) -> None:
    text = " ".join(pieces)
    found = find_dates(normalise(text), 0, len(text), lang, published)
    for t in found:
        assert text[t.ref.start : t.ref.end] == t.ref.text and t.ref.text
    starts = [t.ref.start for t in found]
    assert starts == sorted(starts)
    assert all(a.ref.end <= b.ref.start for a, b in pairwise(found))
