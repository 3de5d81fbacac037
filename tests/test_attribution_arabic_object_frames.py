"""Arabic attribution: the verb's object or content after a frame adjunct, and the speaker
of what follows (own sentences, invented names)."""

from __future__ import annotations

import datetime

import khabar


def statements(text: str) -> list[khabar.Statement]:
    return khabar.extract(text, lang="ar").statements


def test_denied_demonstrative_object_after_a_statement_adjunct() -> None:
    sts = statements(
        "ونفت الشركة في بيان مقتضب هذه الادعاءات، واصفة إياها بأنها «حملة تشهير منظمة»."
    )
    denial = next(s for s in sts if s.stance == "deny")
    assert denial.content.text == "هذه الادعاءات"
    assert denial.speaker is not None and denial.speaker.text == "الشركة"
    described = next(s for s in sts if "حملة تشهير" in s.content.text)
    assert described.speaker is not None and described.speaker.text == "الشركة"


def test_a_demonstrative_after_a_preposition_stays_in_the_adjunct() -> None:
    (st,) = statements("وقال المدير في حديث مع هذه الإذاعة إن الطريق سيفتح غدًا.")
    assert st.content.text == "إن الطريق سيفتح غدًا"
    assert st.speaker is not None and st.speaker.text == "المدير"


def test_a_bank_named_with_masraf_is_the_subject_before_a_time_aside() -> None:
    doc = khabar.extract(
        "أعلن مصرف الياسمين التجاري، صباح اليوم، تجميد القروض الجديدة.",
        lang="ar",
        published=datetime.date(2027, 5, 4),
    )
    (st,) = doc.statements
    assert st.speaker is not None and st.speaker.text == "مصرف الياسمين التجاري"
    assert st.content.text == "تجميد القروض الجديدة"
    assert st.date == datetime.date(2027, 5, 4)


def test_a_cue_in_a_relative_clause_speaks_for_the_noun_before_it() -> None:
    sts = statements(
        "وقالت الوزيرة وداد القيسي إن الوضع مستقر. وتضرر نحو ثلاثين حقلًا، "
        "وفق ما ذكرته مديرية الزراعة في البلدة، التي قالت إن خمسة منها أُتلفت بالكامل."
    )
    last = sts[-1]
    assert last.content.text == "إن خمسة منها أُتلفت بالكامل"
    assert last.speaker is not None and last.speaker.text == "مديرية الزراعة في البلدة"


def test_the_possessor_of_another_view_speaks_after_idh() -> None:
    sts = statements(
        "وقال مرفق المياه إن الضخ استؤنف. غير أن لنقابة الخبازين رأيًا آخر، "
        "إذ قالت في بيان إن المخابز لم تتسلم الطحين."
    )
    last = sts[-1]
    assert last.content.text == "إن المخابز لم تتسلم الطحين"
    assert last.speaker is not None and last.speaker.text == "نقابة الخبازين"


def test_an_addressee_with_li_is_no_possessor() -> None:
    sts = statements("وقالت الوزيرة وداد القيسي لوكالة الأنباء المحلية إن الطريق مغلق.")
    assert sts[0].speaker is not None and sts[0].speaker.name == "وداد القيسي"


def test_accusation_subject_then_accused_then_charge() -> None:
    (st,) = statements("واتهم النائب الوزارة بالتستر على الفساد.")
    assert st.speaker is not None and st.speaker.text == "النائب"
    assert st.content.text == "الوزارة بالتستر على الفساد"


def test_accusation_by_a_construct_chain_subject() -> None:
    (st,) = statements("واتهمت نقابة المعلمين الوزارة بتجاهل مطالبها.")
    assert st.speaker is not None and st.speaker.text == "نقابة المعلمين"
    assert st.content.text == "الوزارة بتجاهل مطالبها"


def test_accusation_keeps_a_country_name_whole() -> None:
    (st,) = statements("واتهمت الولايات المتحدة قوات الحكومة بالمسؤولية عن الهجوم.")
    assert st.speaker is not None and st.speaker.text == "الولايات المتحدة"


def test_a_phone_call_adjunct_is_no_part_of_the_object() -> None:
    (denied,) = statements("ونفى المدير في اتصال هاتفي وجود أي تسرب.")
    assert denied.content.text == "وجود أي تسرب"
    (confirmed,) = statements("وأكد المدير في اتصال هاتفي مع «الراصد» صحة الأرقام.")
    assert confirmed.content.text == "صحة الأرقام"


def test_a_call_partner_and_the_place_spoken_from_are_frame() -> None:
    (st,) = statements("وقال المدير، في اتصال مع «الراصد» من مكتبه في المدينة، أمس: «المياه عادت».")
    assert st.content.text == "«المياه عادت»"
    assert st.kind == "direct"


def test_a_manner_adverb_after_the_subject_is_frame() -> None:
    (st,) = statements("ونفت الوزارة بشدة صحة هذه التقارير.")
    assert st.content.text == "صحة هذه التقارير"
    assert st.speaker is not None and st.speaker.text == "الوزارة"


def test_accusation_subject_closed_by_an_unknown_place_name() -> None:
    (st,) = statements("واتهمت رابطة سكان حي الورود مصنع الطوب القريب بتلويث الهواء.")
    assert st.speaker is not None and st.speaker.text == "رابطة سكان حي الورود"
    assert st.content.text == "مصنع الطوب القريب بتلويث الهواء"


def test_accusation_of_a_noun_in_ba_is_no_charge() -> None:
    (st,) = statements("واتهم المتحدث باسم الرئاسة عادل الزيتوني بعض النواب بالتحريض.")
    assert st.speaker is not None and st.speaker.name == "عادل الزيتوني"
    assert st.content.text == "بعض النواب بالتحريض"
