"""Arabic duals of people nouns count two of them (own sentences)."""

from __future__ import annotations

import khabar


def values(text: str) -> list[tuple[object, str | None]]:
    (st,) = khabar.extract(text, lang="ar").statements
    return [(q.value, q.unit) for q in st.quantities]


def test_quantities_dual_young_men_and_women_are_two() -> None:
    assert values("وقالت الشرطة إن شابين أصيبا في الحادث.") == [(2, "شاب")]
    assert values("وقالت الشرطة إن الحادث أدى إلى إصابة شابتين.") == [(2, "شابة")]


def test_quantities_dual_men_are_two_and_plural_keeps_its_lemma() -> None:
    assert (2, "رجل") in values("وقال المتحدث إن رجلين اعتقلا قرب الميناء.")
    assert values("وقال المتحدث إن ثلاثة رجال اعتقلوا.") == [(3, "رجل")]
