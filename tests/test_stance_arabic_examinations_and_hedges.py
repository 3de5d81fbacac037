"""Arabic stance: a team formed to find causes, an examination, "to establish whether" and an
inquiry that goes on are ``investigating``; a hedge inside a relative clause and «قد» before a
past verb leave a claim asserted (invented sentences, added after the blind7 evaluation)."""

from __future__ import annotations

import khabar


def stance_of(text: str) -> str:
    (st,) = khabar.extract(text, lang="ar").statements
    return st.stance


def test_a_team_formed_to_find_the_causes_is_investigating() -> None:
    assert stance_of("وقالت البلدية إنها شكلت فريقاً ميدانياً لتحديد أسباب الانهيار.") == (
        "investigating"
    )
    assert stance_of("وأكد المحافظ أنه وجّه بتشكيل لجنة محايدة للتحقيق في الحريق.") == (
        "investigating"
    )


def test_a_team_formed_for_relief_stays_assert() -> None:
    assert stance_of("وقالت البلدية إنها شكلت فريقاً ميدانياً لإزالة الأنقاض.") == "assert"


def test_examining_now_or_next_is_investigating() -> None:
    assert stance_of("وأوضح المتحدث أن المختبر «سيفحص عينات المياه كلها».") == "investigating"
    assert stance_of("وقالت الهيئة إن خبراءها يفحصون العقود الموقعة.") == "investigating"


def test_an_examination_reported_as_done_stays_assert() -> None:
    assert stance_of("وقالت الهيئة إن فحص العينات أظهر تلوثاً محدوداً.") == "assert"


def test_to_establish_whether_is_investigating() -> None:
    text = "وقالت الشركة إنها أوقفت الخط، وإنها تعمل مع الخبراء لتحديد ما إذا كان العطل متعمداً."
    assert stance_of(text) == "investigating"


def test_an_inquiry_that_extends_or_goes_on_is_investigating() -> None:
    assert stance_of("وأشارت النيابة إلى أن التحقيق يشمل موظفي الجمارك كذلك.") == "investigating"


def test_a_hedge_inside_a_relative_clause_leaves_the_claim_asserted() -> None:
    text = "وقال المرفأ إن عدد الحاويات التي يُحتمل أنها تضررت لا يتجاوز ثلاثين حاوية."
    assert stance_of(text) == "assert"
    assert stance_of("وقال المرفأ إن الحاويات يُحتمل أنها تضررت.") == "hedged"


def test_qad_before_a_past_verb_is_emphasis_not_doubt() -> None:
    assert stance_of("وقالت الوزارة إن الملفات قد نُقلت إلى خادم آخر.") == "assert"
    assert stance_of("وقالت الوزارة إن المحاصيل قد تضررت بشدة.") == "assert"
    assert stance_of("وقالت الوزارة إن المحاصيل قد تتضرر هذا الموسم.") == "hedged"
