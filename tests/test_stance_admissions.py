"""An admission is ``confirm`` (SPEC §1: "confirms a claim made by others"): it concedes what
others said, in the article or before it; a hedge in it still makes it ``hedged``."""

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


def test_an_admission_the_article_does_not_quote_before_still_confirms() -> None:
    text = "وقال الوزير إن الموسم كان جيدًا. وأقرّت الوزارة بأن أخطاء وقعت في التوزيع."
    assert _stances(text) == ["assert", "confirm"]


def test_an_english_acknowledgement_confirms_without_an_earlier_claim() -> None:
    text = "The harbour master acknowledged on Monday that two cranes had been idle since March."
    assert _stances(text, "en") == ["confirm"]


def test_a_hedged_admission_stays_hedged() -> None:
    text = "وأقرّ المدير بأن بعض الشحنات ربما تأخرت أسبوعًا."
    assert _stances(text) == ["hedged"]


def test_an_english_admission_of_an_earlier_claim_confirms_it() -> None:
    text = (
        "A guard said the alarm had been switched off for weeks. "
        "The director admitted that the alarm had been switched off."
    )
    assert _stances(text, "en") == ["assert", "confirm"]
