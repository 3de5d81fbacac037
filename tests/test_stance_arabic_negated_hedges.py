"""Arabic stance: «قد لا» before a present verb (may not), «لا يستبعدون أن/فرضية …» (do not rule
out) and a finding reported as «رجّحت أن …» (judged likely) are ``hedged``, as «قد يـ…», «لم
يستبعد» and «يرجّح» are (invented sentences, added after the blind8 evaluation)."""

from __future__ import annotations

import pytest

import khabar


def stance_of(text: str) -> str:
    (st,) = khabar.extract(text, lang="ar").statements
    return st.stance


@pytest.mark.parametrize(
    "text",
    [
        "وقال التاجر سليم دعّاس إن المخزون «قد لا يغطي حاجة السوق لأكثر من شهرين».",
        "وقالت الشرطة إن الخبراء لا يستبعدون احتمال العبث بصمامات محطة الضخ.",
        "وأوضح المهندس أن الخبراء لم يستبعدوا وجود تسرب في الأنبوب الرئيسي.",
        "وذكر المتحدث أن لجنة الفحص رجّحت أن يكون الخلل في المضخة الثانية.",
    ],
)
def test_a_negated_or_reported_hedge_is_hedged(text: str) -> None:
    assert stance_of(text) == "hedged"


def test_excluding_by_a_decision_and_a_relative_clause_stay_assert() -> None:
    assert stance_of("وقال المجلس إن القرار لا يستبعد المشاركة في الحملة المقبلة.") == "assert"
    text = "وقالت الوزارة إن الشروط التي قد لا تناسب الجميع ستُلغى الشهر المقبل."
    assert stance_of(text) == "assert"
