"""Arabic duals of counted nouns and totals after «ما مجموعه» (invented sentences, added
after the blind9 evaluation)."""

from __future__ import annotations

import khabar


def _values(text: str) -> list[float | None]:
    return [value for value, _, _ in _quantities(text)]


def _quantities(text: str) -> list[tuple[float | None, str, str | None]]:
    doc = khabar.extract(text, lang="ar")
    return [(q.value, q.text, q.unit) for st in doc.statements for q in st.quantities]


def test_the_dual_of_a_counted_thing_is_two() -> None:
    assert _quantities("قالت البلدية إنها أزالت شحنتين من النفايات.") == [(2, "شحنتين", "شحنة")]
    assert _quantities('كتب الأهالي: "سجينان فرّا من السجن".') == [(2, "سجينان", "سجين")]


def test_a_sound_plural_is_not_a_dual() -> None:
    assert _quantities("قال الجيش إن المسلحين انسحبوا من البلدة.") == []


def test_a_total_after_ma_majmuuhu_is_the_whole_number() -> None:
    found = _quantities("قالت الوزارة إنها وزعت سلالًا، بما مجموعه ٤٠ ألف سلة.")
    assert (40000, "٤٠ ألف", "سلة") in found


def test_a_number_after_the_name_of_a_group_is_no_quantity() -> None:
    assert _quantities("قال الوزير إن مجموعة 20 ستجتمع.") == []


def test_a_dual_after_wa_is_two() -> None:
    assert _values("قال المدير إن بين المصابين ثلاثة أطفال وامرأتان.") == [3, 2]


def test_duals_of_nights_parties_and_stores_are_two() -> None:
    assert _values("قالت إن الأسرة قضت ليلتين في السيارة.") == [2]
    assert _values("قال إن النار امتدت إلى مخزنين.") == [2]


def test_thousands_and_a_remainder_in_digits_are_one_sum() -> None:
    assert _values("قال إن عدد المتضررين بلغ ١٤ ألفًا و٣٠٠ شخص.") == [14300]
