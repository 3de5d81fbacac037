"""The date each statement was made: from its frame, not its content; continuations inherit."""

from __future__ import annotations

from datetime import date

from khabar import extract
from khabar.components.dates import StatementDates
from khabar.components.quantities import StatementQuantities
from khabar.components.segment import Segment
from khabar.model import Cue, Document, Span, Speaker, Statement
from khabar.text import normalise

SUNDAY = date(2025, 3, 9)


def statement(
    text: str, sid: str, cue: str, content: str, frame: str | None = None, **hints: object
) -> Statement:
    c = text.index(cue)
    a = text.index(content)
    st = Statement(sid, Cue(cue, c, c + len(cue), cue), Span(a, a + len(content), content))
    if frame is not None:
        f = text.index(frame)
        st.hints["frame"] = [(f, f + len(frame))]
    st.hints.update(hints)
    return st


def run(text: str, statements: list[Statement], published: date | None = SUNDAY) -> Document:
    lang = "ar" if any("\u0600" <= c <= "\u06ff" for c in text) else "en"
    doc = Document(text, lang=lang, published=published)
    doc.norm = normalise(text)
    doc = Segment()(doc)
    doc.statements = statements
    return StatementDates()(doc)


def test_date_in_the_frame_not_in_the_content() -> None:
    text = "أعلنت الهيئة، يوم السبت، أن العدد ارتفع إلى ألف بعد أن كان ثلاثمئة مساء الخميس."
    st = statement(
        text,
        "s1",
        "أعلنت",
        "العدد ارتفع إلى ألف بعد أن كان ثلاثمئة مساء الخميس",
        frame="أعلنت الهيئة، يوم السبت، أن",
    )
    run(text, [st])
    assert (st.date, st.date_text) == (date(2025, 3, 8), "يوم السبت")


def test_content_date_alone_gives_no_statement_date() -> None:
    text = "قال المحافظ إن المياه انحسرت منذ صباح الاثنين."
    st = statement(text, "s1", "قال", "المياه انحسرت منذ صباح الاثنين", frame="قال المحافظ إن")
    run(text, [st])
    assert (st.date, st.date_text) == (None, None)


def test_fronted_adjunct_outside_the_hinted_frame_counts() -> None:
    text = "وفي تصريح للصحفيين يوم الثلاثاء، رأى النائب أن الحكومة تأخرت."
    st = statement(text, "s1", "رأى", "الحكومة تأخرت", frame="رأى النائب أن")
    run(text, [st])
    assert st.date == date(2025, 3, 4)


def test_trailing_date_after_a_quote() -> None:
    text = '"There is no crisis," he said in a statement on Friday.'
    st = statement(text, "s1", "said", "There is no crisis", frame="he said")
    run(text, [st])
    assert (st.date, st.date_text) == (date(2025, 3, 7), "Friday")


def test_continuation_inherits_the_date() -> None:
    text = "قالت الوزيرة أمس السبت إن الوضع صعب. وأضافت أن الفرق تعمل."
    first = statement(text, "s1", "قالت", "الوضع صعب", frame="قالت الوزيرة أمس السبت إن")
    second = statement(text, "s2", "وأضافت", "الفرق تعمل", frame="وأضافت أن", continues="s1")
    run(text, [first, second])
    assert second.date == first.date == date(2025, 3, 8)
    assert second.date_text == "أمس السبت"


def test_continuation_with_its_own_date_keeps_it() -> None:
    text = "قال الوزير يوم الجمعة إن الوضع صعب. وأضاف يوم السبت أن الفرق تعمل."
    first = statement(text, "s1", "قال", "الوضع صعب", frame="قال الوزير يوم الجمعة إن")
    second = statement(
        text, "s2", "وأضاف", "الفرق تعمل", frame="وأضاف يوم السبت أن", continues="s1"
    )
    run(text, [first, second])
    assert (first.date, second.date) == (date(2025, 3, 7), date(2025, 3, 8))


def test_social_post_takes_its_posting_date() -> None:
    text = 'وكتبت المنظمة على صفحتها في فيسبوك، في ١٠ أيلول: "نفدت المحاليل".'
    st = statement(
        text,
        "s1",
        "وكتبت",
        "نفدت المحاليل",
        frame="وكتبت المنظمة على صفحتها في فيسبوك، في ١٠ أيلول:",
    )
    st.kind = "social_post"
    run(text, [st], published=date(2025, 9, 11))
    assert (st.date, st.date_text) == (date(2025, 9, 10), "١٠ أيلول")


def test_same_occasion_takes_the_same_speakers_date() -> None:
    text = (
        "وقال المدير في حوار أجري يوم الأحد إن الشركة تعافت. "
        "وكتبت المجموعة يوم السبت أن المهلة انتهت. "
        "وخلال الحوار نفسه، رفض المدير التعليق على المهلة."
    )
    boss = Speaker("المدير", None, None, "المدير")
    first = statement(
        text, "s1", "وقال", "الشركة تعافت", frame="وقال المدير في حوار أجري يوم الأحد إن"
    )
    post = statement(text, "s2", "وكتبت", "المهلة انتهت", frame="وكتبت المجموعة يوم السبت أن")
    later = statement(text, "s3", "رفض", "التعليق على المهلة", frame="رفض المدير")
    first.speaker, later.speaker = boss, boss
    post.speaker = Speaker("المجموعة", None, None, "المجموعة")
    run(text, [first, post, later])
    assert later.date == first.date == date(2025, 3, 9)


def test_missing_hints_use_the_sentence_outside_the_content() -> None:
    text = "The ministry said on Saturday that 40 people had died on Thursday."
    st = statement(text, "s1", "said", "40 people had died on Thursday")
    run(text, [st])
    assert (st.date, st.date_text) == (date(2025, 3, 8), "Saturday")


def test_without_publication_date_relative_statement_dates_stay_unresolved() -> None:
    text = "قال الوزير يوم الخميس إن الوضع صعب."
    st = statement(text, "s1", "قال", "الوضع صعب", frame="قال الوزير يوم الخميس إن")
    doc = run(text, [st], published=None)
    assert (st.date, st.date_text) == (None, "يوم الخميس")
    assert [d.text for d in doc.dates] == ["يوم الخميس"]


def test_document_dates_keep_original_offsets() -> None:
    text = "قالَ الوزيـــر أمسِ الأربعاء إن ٣ آلاف أسرة تضررت في ٩ أيلول/سبتمبر ٢٠٢٥."
    doc = run(text, [], published=date(2025, 9, 11))
    assert [(d.text, d.value) for d in doc.dates] == [
        ("أمسِ الأربعاء", date(2025, 9, 10)),
        ("٩ أيلول/سبتمبر ٢٠٢٥", date(2025, 9, 9)),
    ]
    assert all(text[d.start : d.end] == d.text for d in doc.dates)


def test_quantities_component_skips_dates_in_the_content() -> None:
    text = "قال الوزير إن ٣ آلاف أسرة تضررت في ٩ أيلول/سبتمبر ٢٠٢٥."
    st = statement(text, "s1", "قال", "٣ آلاف أسرة تضررت في ٩ أيلول/سبتمبر ٢٠٢٥")
    doc = Document(text)
    doc.statements = [st]
    StatementQuantities()(doc)
    assert [(q.value, q.unit) for q in st.quantities] == [(3000, "أسرة")]


def test_extract_end_to_end_gives_the_cue_date() -> None:
    text = "عنوان\n\nقال وزير الصحة يوم الخميس إن عشرة آلاف شخص تلقوا اللقاح.\n"
    doc = extract(text, published=date(2025, 3, 15), lang="ar")
    [st] = [s for s in doc.statements if "عشرة آلاف" in s.content.text]
    assert (st.date, st.date_text) == (date(2025, 3, 13), "يوم الخميس")
    assert [(q.value, q.unit) for q in st.quantities] == [(10_000, "شخص")]
