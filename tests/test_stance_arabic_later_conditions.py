"""Arabic stance: a condition that opens a later clause or sentence of the content, with «و» or
«ف» on it, makes the statement ``conditional``, as a condition at the start does; «ولو» (even
if) and «فإذا بـ» (and suddenly) do not (invented sentences, added after the blind8 evaluation)."""

from __future__ import annotations

import pytest

import khabar


def stance_of(text: str) -> str:
    (st,) = khabar.extract(text, lang="ar").statements
    return st.stance


@pytest.mark.parametrize(
    "text",
    [
        "وقال المدير: «سنراجع عقود التوريد كلها. وإذا تبيّن أن مورّداً غشّ فسنلغي عقده».",
        "وقالت النقابة إنها ستفاوض الإدارة، فإذا لم تُصرف الأجور فستدعو إلى إضراب مفتوح.",
        "وقال المحافظ: «سنفتح الطريق غداً، وفي حال تجدد الانهيار سنغلقه ثانية».",
    ],
)
def test_a_condition_in_a_later_clause_is_conditional(text: str) -> None:
    assert stance_of(text) == "conditional"


def test_even_if_and_and_suddenly_stay_assert() -> None:
    assert stance_of("وقال المدرب: «لن نبيع أي لاعب ولو جاءنا عرض كبير»") == "assert"
    assert stance_of("وقال الحارس إنه خرج من المخزن فإذا بالدخان يملأ الممر.") == "assert"
