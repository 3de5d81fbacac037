"""A count of people set free is filed under "released", in both languages, also with
adverbs between the count and its verb (invented sentences)."""

from __future__ import annotations

import khabar
from khabar.ledger.units import unit_key


def _units(text: str, lang: str) -> dict[float, str | None]:
    doc = khabar.extract(text, lang=lang)
    return {q.value: q.unit for st in doc.statements for q in st.quantities if q.value}


def test_a_count_freed_after_the_verb_counts_the_released() -> None:
    units = _units("وقال المحامي إن النيابة أفرجت عن أربعين، وأبقت على الباقين.", "ar")
    assert units[40] is not None and unit_key(units[40]) == "released"
    units = _units("وأكد المحامي أن السلطات أطلقت سراح ثلاثين خلال الأسبوع.", "ar")
    assert units[30] is not None and unit_key(units[30]) == "released"


def test_a_count_with_an_adverb_before_its_verb_counts_the_released() -> None:
    units = _units(
        "Prison officials said 210 inmates were moved last week and that 40 were later released, "
        "according to lawyer Ilse Varga.",
        "en",
    )
    assert units[40] is not None and unit_key(units[40]) == "released"


def test_released_in_both_languages_is_one_counted_thing() -> None:
    assert unit_key("released") == unit_key("مفرج") == unit_key("freed")
    assert unit_key("arrests") == unit_key("اعتقالات") == unit_key("detainees")
