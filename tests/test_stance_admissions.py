"""An admission that concedes another speaker's earlier claim is ``confirm`` (SPEC §1:
"confirms a claim made by others"); an admission of something nobody claimed stays
``assert``."""

from __future__ import annotations

import khabar


def _stances(text: str, lang: str = "ar") -> list[str]:
    return [st.stance for st in khabar.extract(text, lang=lang).statements]


def test_an_admission_of_what_a_witness_said_confirms_it() -> None:
    text = (
        "وقال أحد السكان إن البلدية تسلمت شكوى مكتوبة من الأهالي قبل شهرين. "
        "وأقرّ رئيس البلدية بأن البلدية تسلمت الشكوى المكتوبة."
    )
    assert _stances(text) == ["assert", "confirm"]


def test_an_admission_nobody_claimed_before_is_an_assertion() -> None:
    text = "وقال الوزير إن الموسم كان جيدًا. وأقرّت الوزارة بأن أخطاء وقعت في التوزيع."
    assert _stances(text) == ["assert", "assert"]


def test_an_english_admission_of_an_earlier_claim_confirms_it() -> None:
    text = (
        "A guard said the alarm had been switched off for weeks. "
        "The director admitted that the alarm had been switched off."
    )
    assert _stances(text, "en") == ["assert", "confirm"]
