"""Decimals below one («٠٫٣٥ دينار», "0.52 dinars") are amounts, not phone codes; a scale after
a hyphen ("a 40-million-euro grant") multiplies; an age ("a 52-year-old driver") is no amount."""

from __future__ import annotations

import khabar


def _values(text: str, lang: str) -> list[float | int | None]:
    return [q.value for st in khabar.extract(text, lang=lang).statements for q in st.quantities]


def test_quantities_arabic_decimals_below_one_are_amounts() -> None:
    assert _values("وأوضح الوزير أن السعر سيرتفع من ٠٫٣٥ إلى ٠٫٥٢ دينار.", "ar") == [0.35, 0.52]


def test_quantities_english_decimals_below_one_are_amounts() -> None:
    assert _values("The minister said fares would rise from 0.35 to 0.52 dinars.", "en") == [
        0.35,
        0.52,
    ]


def test_quantities_phone_numbers_stay_out() -> None:
    assert _values("The ministry said residents could call 0800 for help.", "en") == []


def test_quantities_scale_after_a_hyphen_multiplies() -> None:
    assert _values("The mayor said talks covered a 40-million-dinar loan.", "en") == [40_000_000]


def test_quantities_an_age_is_no_amount() -> None:
    assert _values("Police said a 52-year-old driver was detained with 3 others.", "en") == [3]
