"""Cues of estimating, reassuring, telling and insisting («قدّرت … أن», «طمأن X المزارعين إلى
أن», «أبلغ X الموظفين بأن», «، لكنه أصرّ على أن») and where a content ends («، فيما امتنعت …»,
«، واكتفى …») (invented sentences, added after the blind8 evaluation)."""

from __future__ import annotations

import khabar


def _statements(text: str) -> list[khabar.Statement]:
    return khabar.extract(text, lang="ar").statements


def test_an_estimate_with_that_after_an_aside() -> None:
    (st,) = _statements(
        "وقدّرت الصحيفة، استناداً إلى مستندات اطلعت عليها، أن الأضرار تتجاوز مليوني دولار."
    )
    assert st.speaker is not None and st.speaker.text == "الصحيفة"
    assert st.content.text == "أن الأضرار تتجاوز مليوني دولار"


def test_reassuring_the_addressed_is_no_part_of_the_speaker() -> None:
    (st,) = _statements(
        "وطمأن وزير الزراعة الدكتور سامح الخرابشة المزارعين إلى أن الموسم «سيكون جيداً»."
    )
    assert st.speaker is not None and st.speaker.text == "وزير الزراعة الدكتور سامح الخرابشة"
    assert st.content.text == "أن الموسم «سيكون جيداً»"


def test_telling_employees_keeps_the_title_alone() -> None:
    (st,) = _statements("وأبلغ المدير الموظفين بأن الرواتب ستتأخر.")
    assert st.speaker is not None and st.speaker.text == "المدير"
    assert st.content.text == "بأن الرواتب ستتأخر"


def test_an_admission_then_an_insistence() -> None:
    sts = _statements(
        "وأقرّ مدير المستشفى هاني الربضي، في مؤتمر صحافي، بأن الإدارة تلقت الشكوى في الربيع، "
        "لكنه أصرّ على أن الشكوى «لم تذكر أي خطر»."
    )
    assert [st.cue.text for st in sts] == ["وأقرّ", "أصرّ"]
    assert sts[0].content.text == "بأن الإدارة تلقت الشكوى في الربيع"
    assert sts[1].content.text == "أن الشكوى «لم تذكر أي خطر»"
    assert sts[1].speaker is not None and sts[1].speaker.text == "مدير المستشفى هاني الربضي"


def test_insisting_on_staying_is_no_statement() -> None:
    assert _statements("وأصرّ اللاعب على البقاء مع فريقه.") == []


def test_unverified_ends_before_a_refusal_after_fima() -> None:
    sts = _statements(
        "ولم يتسنَّ لـ«الشاهد» التحقق من صحة ما قاله الحارس، فيما امتنعت البلدية عن التعليق "
        "على الاتهامات."
    )
    unverified = next(st for st in sts if st.stance == "unverified")
    assert unverified.content.text == "التحقق من صحة ما قاله الحارس"


def test_a_refusal_ends_before_a_new_report() -> None:
    sts = _statements(
        "ورفضت وزارة الإسكان التعليق على خلاصات المراجعة، واكتفى مسؤول في الهيئة بالقول إن الأمر "
        "«قيد الدرس»."
    )
    assert sts[0].content.text == "التعليق على خلاصات المراجعة"


def test_a_report_that_warns_of_something_is_no_statement() -> None:
    sts = _statements(
        "وذكرت الموظفة أن البلدية تلقت قبل شهرين دراسة من مكتب هندسي يحذر من «تشققات في الأعمدة»."
    )
    assert [st.cue.text for st in sts] == ["وذكرت"]


def test_doon_the_preposition_is_no_cue_but_the_feminine_verb_is() -> None:
    [st] = khabar.extract(
        "وقالت الإدارة إن المبيعات بلغت عشرين ألفاً، أي دون التوقعات بكثير.", lang="ar"
    ).statements
    assert st.cue.text == "وقالت"
    [post] = khabar.extract('ودونت الناشطة على حسابها في إكس: "لن نسكت".', lang="ar").statements
    assert post.kind == "social_post"
