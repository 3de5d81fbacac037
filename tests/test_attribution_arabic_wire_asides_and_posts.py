"""Wire constructions met in blind14/blind15, each with invented sentences: «عاد X ليؤكد أن»,
«وبحسب حصيلة أعلنتها X أمس، فقد …», «، أول من أمس الخميس،», «أفاد «X» بأن» (the outlet told),
«قدّر … بـ«عشرات الآلاف»», a participle that goes on with a post, a dotted handle, and
«، في خطوة …» that goes on with the content."""

from __future__ import annotations

from datetime import date

import khabar


def _first(text: str, published: str | None = None) -> tuple[str, str | None, object, str]:
    st = khabar.extract(text, lang="ar", published=published).statements[0]
    return st.cue.text, st.speaker.text if st.speaker else None, st.date, st.content.text


def test_came_back_to_stress_is_a_statement() -> None:
    text = "وعاد رئيس اتحاد الصيادين طلال المحيسن ليؤكد أن القوارب «لم تخرج منذ أسبوع»."
    assert _first(text)[:2] == ("ليؤكد", "رئيس اتحاد الصيادين طلال المحيسن")


def test_came_to_prove_innocence_is_no_statement() -> None:
    assert khabar.extract("وحضر إلى المحكمة ليؤكد براءته.", lang="ar").statements == []


def test_a_toll_given_yesterday_dates_its_statement() -> None:
    text = "وبحسب أحدث حصيلة أعلنتها مديرية الصحة أمس، فقد بلغ عدد المصابين ٤٢."
    _, speaker, when, content = _first(text, "2035-01-20")
    assert (speaker, when, content) == (
        "مديرية الصحة",
        date(2035, 1, 19),
        "بلغ عدد المصابين ٤٢",
    )


def test_the_day_before_yesterday_between_commas_is_the_date() -> None:
    text = "أعلنت وزيرة النقل سهى المومني، أول من أمس الخميس، إغلاق الطريق الساحلي، في خطوة قالت إنها مؤقتة."
    _, speaker, when, content = _first(text, "2035-01-20")
    assert (speaker, when) == ("وزيرة النقل سهى المومني", date(2035, 1, 18))
    assert content.startswith("إغلاق الطريق الساحلي")


def test_an_outlet_told_after_an_anonymity_aside() -> None:
    text = "غير أن موظفًا في المصرف، طلب عدم ذكر اسمه، أفاد «المرصد» بأن الخلل بدأ ليلًا."
    assert _first(text)[1:] == ("موظفًا في المصرف", None, "بأن الخلل بدأ ليلًا")


def test_an_outlet_that_reports_is_the_speaker() -> None:
    assert _first("وأفادت «المرصد» بأن الخلل بدأ ليلًا.")[1] == "«المرصد»"


def test_an_estimate_given_as_a_quoted_vague_amount() -> None:
    text = "وقدّرت رئيسة الهلال المحلي، رنا عودة، عدد النازحين بـ«عشرات الآلاف»."
    assert _first(text)[:2] == ("وقدّرت", "رئيسة الهلال المحلي، رنا عودة")


def test_a_participle_after_a_post_is_part_of_the_post() -> None:
    text = (
        "وكان عامل سابق في المصنع، وليد حمدان، قد كتب على صفحته في «فيسبوك» (@walid.hamdan) "
        "أن الإنذار «معطل منذ شهور»، مضيفًا أن الإدارة «تعرف ذلك»."
    )
    doc = khabar.extract(text, lang="ar")
    assert [(st.kind, st.handle) for st in doc.statements] == [
        ("social_post", "@walid.hamdan"),
        ("social_post", "@walid.hamdan"),
    ]


def test_published_may_be_an_iso_string() -> None:
    doc = khabar.extract("وقال الوزير أمس إن الطريق مفتوح.", lang="ar", published="2035-01-20")
    assert doc.statements[0].date == date(2035, 1, 19)


def test_ala_anna_after_an_aside_opens_the_content() -> None:
    text = "وشدّد اتحاد المزارعين، في بيان وزّعه على الصحفيين، على أن المحصول «لم يُصب بأذى»."
    assert _first(text)[1:] == ("اتحاد المزارعين", None, "أن المحصول «لم يُصب بأذى»")


def test_speaking_on_behalf_of_others_is_no_part_of_the_speaker() -> None:
    text = "وقال زياد العمري، أحد المعتصمين، متحدثًا باسم العمال: «لن نغادر قبل صرف الأجور»."
    _, speaker, _, content = _first(text)
    assert speaker is not None and "متحدث" not in speaker
    assert content == "«لن نغادر قبل صرف الأجور»"
    text = "وقال زياد العمري متحدثًا باسم العمال إن الاعتصام مستمر."
    assert _first(text)[1] == "زياد العمري"


def test_a_woman_described_by_a_clause_is_an_unnamed_source() -> None:
    doc = khabar.extract("وقالت امرأة فقدت منزلها في السيل إن المساعدات لم تصل.", lang="ar")
    [st] = doc.statements
    assert st.speaker is not None and st.speaker.type == "anonymous"
    assert st.speaker.text == "امرأة فقدت منزلها في السيل"


def test_a_body_that_reviews_is_investigating() -> None:
    doc = khabar.extract("وقالت الهيئة إنها تراجع عقود الصيانة كلها.", lang="ar")
    assert doc.statements[0].stance == "investigating"
    doc = khabar.extract("وقال الخبير إن تراجع الأسعار سيستمر.", lang="ar")
    assert doc.statements[0].stance == "assert"


def test_participles_of_asking_pledging_and_admitting_are_statements() -> None:
    text = "وقال النائب فادي نصار إن الإنقاذ تأخر، متسائلًا: «أين كانت الفرق؟»، معترفًا بأن الطقس كان سيئًا."
    doc = khabar.extract(text, lang="ar")
    assert [(st.cue.text, st.stance) for st in doc.statements] == [
        ("وقال", "assert"),
        ("متسائلًا", "assert"),
        ("معترفًا", "confirm"),
    ]


def test_a_report_that_recommends_makes_a_statement() -> None:
    text = "وأوصت اللجنة بأن تُفحص الجسور كل عام."
    assert _first(text)[1:] == ("اللجنة", None, "بأن تُفحص الجسور كل عام")
    assert khabar.extract("وأوصى الطبيب بالراحة.", lang="ar").statements == []


def test_a_party_that_cannot_confirm_is_not_an_outlet_that_could_not_verify() -> None:
    doc = khabar.extract("ولم تتمكن البلدية من تأكيد عدد المنازل المتضررة.", lang="ar")
    assert [(st.stance, st.speaker.type if st.speaker else None) for st in doc.statements] == [
        ("cannot_confirm", "organisation")
    ]
    doc = khabar.extract("ولم يتسنَّ لـ«المرصد» التحقق من الرقم.", lang="ar")
    assert [st.stance for st in doc.statements] == ["unverified"]
