"""Arabic attribution: where a content ends (own sentences, invented names)."""

from __future__ import annotations

import khabar


def test_content_ends_before_a_without_clause_after_a_quote() -> None:
    (st,) = khabar.extract(
        "وقالت المديرة في مؤتمر صحفي عقدته في البلدة: «المصنع هو المصدر الوحيد للتلوث»، "
        "من دون أن تذكر اسم المصنع.",
        lang="ar",
    ).statements
    assert st.content.text == "«المصنع هو المصدر الوحيد للتلوث»"
    assert st.kind == "direct"


def test_content_ends_before_a_without_clause_after_a_that_clause() -> None:
    (st,) = khabar.extract(
        "وقال الوزير إن الطريق سيفتح قريبًا، دون أن يحدد موعدًا.", lang="ar"
    ).statements
    assert st.content.text == "إن الطريق سيفتح قريبًا"


def test_content_ends_before_the_subjects_next_act() -> None:
    (st,) = khabar.extract(
        "وأعلن المحافظ فتح تحقيق في انهيار الجسر، وأمر بإغلاق الطريق حتى إشعار آخر.", lang="ar"
    ).statements
    assert st.content.text == "فتح تحقيق في انهيار الجسر"
    assert st.stance == "investigating"


def test_content_ends_before_a_coordinated_appeal() -> None:
    (st,) = khabar.extract(
        "وقال المدير إن الوضع مستقر، ودعا المواطنين إلى الهدوء.", lang="ar"
    ).statements
    assert st.content.text == "إن الوضع مستقر"


def test_a_cue_form_after_a_verb_of_repeating_is_a_verbal_noun() -> None:
    sts = khabar.extract(
        "وقالت الشرطة إنها «تراقب» الصفحات التي أعادت نشر الصور القديمة.", lang="ar"
    ).statements
    assert len(sts) == 1
    assert sts[0].content.text.endswith("أعادت نشر الصور القديمة")


def test_a_bare_object_after_a_definite_place_is_no_part_of_the_place() -> None:
    (st,) = khabar.extract(
        "وأعلنت بلدية الساحل في المرفأ إغلاق الرصيف الشمالي «حتى إشعار آخر».", lang="ar"
    ).statements
    assert st.content.text.startswith("إغلاق الرصيف الشمالي")
