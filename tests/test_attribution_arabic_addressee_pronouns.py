"""«قال لها/له/لنا …»: the pronoun after the cue is to whom the words were said, an adjunct —
never the speaker nor the start of the content; «، الذي قال لها …» after a statement noun
(«تصريح», «بيان», «حديث») is about the statement's maker, never the noun itself."""

from __future__ import annotations

import khabar


def _statements(text: str) -> list[khabar.Statement]:
    return khabar.extract(text, lang="ar").statements


def test_attribution_arabic_addressee_pronoun_before_the_subject() -> None:
    sts = _statements("وقال لها مدير الميناء إن السفن ستبحر غدًا.")
    assert sts[0].speaker is not None and sts[0].speaker.text == "مدير الميناء"
    assert sts[0].content.text == "إن السفن ستبحر غدًا"


def test_attribution_arabic_addressee_pronoun_after_the_subject() -> None:
    sts = _statements("وقال مدير الميناء لها إن السفن ستبحر غدًا.")
    assert sts[0].speaker is not None and sts[0].speaker.text == "مدير الميناء"


def test_attribution_arabic_statement_adjunct_with_a_pronoun_is_no_speaker() -> None:
    sts = _statements("وقالت شركة الندى للطيران في بيان لها إن الرحلات تعود الأحد.")
    assert sts[0].speaker is not None and sts[0].speaker.text == "شركة الندى للطيران"


def test_attribution_arabic_relative_after_a_statement_noun_names_its_maker() -> None:
    sts = _statements(
        "وجاء ذلك في تصريح للمتحدث باسم الوزارة، الذي قال لها إن الوزارة ستراجع القرار."
    )
    assert len(sts) == 1
    assert sts[0].speaker is not None and sts[0].speaker.text == "متحدث باسم الوزارة"
    assert sts[0].content.text == "إن الوزارة ستراجع القرار"


def test_attribution_arabic_relative_after_a_statement_to_an_outlet_continues_the_speaker() -> None:
    sts = _statements(
        "وأكد الوزير يوسف الحسوني أن الأسعار مستقرة. "
        "وجاء ذلك في حديث للصحيفة، الذي قال لها فيه إن الحكومة لن تتراجع."
    )
    assert sts[-1].speaker is not None and sts[-1].speaker.name == "يوسف الحسوني"
    assert sts[-1].content.text == "إن الحكومة لن تتراجع"


def test_attribution_arabic_relative_after_a_person_told_to_a_paper() -> None:
    sts = _statements(
        "وتحدثت الصحيفة إلى مدير المستشفى يوسف الحسوني، الذي قال لها إن الأسرة ممتلئة."
    )
    assert sts[0].speaker is not None and sts[0].speaker.name == "يوسف الحسوني"
