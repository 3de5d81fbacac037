"""A name that no list knows, set off by commas after a speaker who is only a title."""

from __future__ import annotations

import khabar


def speaker_of(text: str) -> tuple[str, str, str]:
    [st] = khabar.extract(text, lang="ar").statements
    assert st.speaker is not None
    return st.speaker.text, st.speaker.name or "", st.speaker.type


def test_an_unknown_name_linked_by_bin_after_a_feminine_title_names_her() -> None:
    text = 'ونشرت رئيسة الجمعية، نهى بن زيد، على صفحتها في فيسبوك: "لن نتراجع عن مطالبنا".'
    assert speaker_of(text) == ("رئيسة الجمعية، نهى بن زيد", "نهى بن زيد", "person")


def test_a_family_name_that_is_also_a_title_word_stays_in_the_name() -> None:
    text = "وقالت رئيسة الجمعية، سعاد القاضي، إن المياه ملوثة."
    assert speaker_of(text)[1] == "سعاد القاضي"


def test_an_aside_between_commas_is_not_taken_for_a_name() -> None:
    text = "وقال مصدر في الوزارة، طلب عدم نشر اسمه، إن المياه ملوثة."
    assert speaker_of(text)[1] == "مصدر في الوزارة"


def test_an_apposition_after_a_named_speaker_does_not_rename_them() -> None:
    text = "وقال فراس دلة، مدير المرصد، إن المياه ملوثة."
    assert speaker_of(text)[1] == "فراس دلة"


def test_an_apposition_inside_an_amma_topic_names_the_speaker() -> None:
    text = "أما رئيس بلدية المدينة، المهندس سليم العواد، فقال إن الجسر آمن."
    assert speaker_of(text)[1] == "سليم العواد"


def test_an_apposition_then_a_relative_clause_set_off_by_commas_before_inna() -> None:
    doc = khabar.extract(
        "وقالت النائبة نهى القاضي، عضو لجنة الصحة في البرلمان، التي سعت العام الماضي إلى "
        "وقف العمل في المصنع، إن البلدية تلقت شكاوى كثيرة. وأضافت أن العدد قد يرتفع.",
        lang="ar",
    )
    assert [st.speaker.name if st.speaker else None for st in doc.statements] == [
        "نهى القاضي",
        "نهى القاضي",
    ]


def test_iktafa_after_fima_with_an_adjunct_before_bil_qawl() -> None:
    text = (
        "ولم ترد الشركة على اتصالاتنا، فيما اكتفى مديرها سليم العواد في اتصال هاتفي بالقول "
        "إن الشركة ستستأنف الحكم."
    )
    assert speaker_of(text)[1] == "سليم العواد"
