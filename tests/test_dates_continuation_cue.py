"""A continuation cue ("It added", «وأضاف») with no date and no hint takes the date of the
statement right before it when both have the same speaker."""

from __future__ import annotations

from datetime import date

from khabar.components.dates import StatementDates
from khabar.components.segment import Segment
from khabar.model import Cue, Document, Span, Speaker, Statement
from khabar.text import normalise

FRIDAY = date(2026, 5, 15)


def statement(text: str, sid: str, cue: str, content: str, who: str, cls: str) -> Statement:
    c = text.index(cue)
    a = text.index(content)
    s = text.index(who)
    st = Statement(sid, Cue(cue, c, c + len(cue), cue), Span(a, a + len(content), content))
    st.speaker = Speaker(who, s, s + len(who), who, "organisation")
    st.hints["cls"] = cls
    st.hints["frame"] = [(min(s, c), c + len(cue))]
    return st


def run(text: str, statements: list[Statement]) -> Document:
    lang = "ar" if any("\u0600" <= ch <= "\u06ff" for ch in text) else "en"
    doc = Document(text, lang=lang, published=FRIDAY)
    doc.norm = normalise(text)
    doc = Segment()(doc)
    doc.statements = statements
    return StatementDates()(doc)


def test_it_added_in_a_new_sentence_takes_the_date_of_the_statement_it_continues() -> None:
    text = (
        "The water board said on Tuesday that it had repaired 40 pumps. "
        "It added that the river was still falling."
    )
    first = statement(text, "s1", "said", "it had repaired 40 pumps", "The water board", "say")
    added = statement(text, "s2", "added", "the river was still falling", "The water board", "cont")
    run(text, [first, added])
    assert first.date == date(2026, 5, 12)
    assert (added.date, added.date_text) == (first.date, first.date_text)


def test_arabic_continuation_cue_inherits_from_the_same_speaker() -> None:
    text = "وقالت البلدية يوم الأربعاء إنها فتحت ثلاثة ملاجئ. وأضافت البلدية أن المياه تنحسر."
    first = statement(text, "s1", "وقالت", "فتحت ثلاثة ملاجئ", "البلدية", "say")
    cont = statement(text, "s2", "وأضافت", "المياه تنحسر", "البلدية", "cont")
    run(text, [first, cont])
    assert cont.date == first.date == date(2026, 5, 13)


def test_a_continuation_cue_does_not_take_the_date_of_another_speaker() -> None:
    text = (
        "The water board said on Tuesday that it had repaired 40 pumps. "
        "The union added that the pumps were old."
    )
    first = statement(text, "s1", "said", "it had repaired 40 pumps", "The water board", "say")
    other = statement(text, "s2", "added", "the pumps were old", "The union", "cont")
    run(text, [first, other])
    assert first.date is not None
    assert other.date is None


def test_a_plain_report_cue_does_not_inherit() -> None:
    text = (
        "The water board said on Tuesday that it had repaired 40 pumps. "
        "The water board warned that the river was still falling."
    )
    first = statement(text, "s1", "said", "it had repaired 40 pumps", "The water board", "say")
    warned = statement(
        text, "s2", "warned", "the river was still falling", "The water board", "say"
    )
    run(text, [first, warned])
    assert first.date is not None
    assert warned.date is None


def test_a_shorter_mention_of_the_same_speaker_inherits() -> None:
    text = (
        "The River Watch, a volunteer group, said on Monday that the banks were holding. "
        "The group added that the sandbags had run out."
    )
    first = statement(
        text, "s1", "said", "the banks were holding", "The River Watch, a volunteer group", "say"
    )
    added = statement(text, "s2", "added", "the sandbags had run out", "The group", "cont")
    run(text, [first, added])
    assert first.date == date(2026, 5, 11)
    assert added.date == first.date
