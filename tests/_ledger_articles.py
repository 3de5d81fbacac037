"""Hand-made articles with hand-made statements, for store and ledger tests.

Statements are built directly (not by the extractor) so that these tests pin the store and
the linker, whatever the extraction rules do.
"""

from __future__ import annotations

from datetime import date

from khabar.ingest.record import ArticleRecord
from khabar.model import Cue, Document, Quantity, Span, Speaker, Statement


def statement(
    text: str,
    sid: str,
    speaker: str,
    content: str,
    *,
    cue: str = "قال",
    stance: str = "assert",
    type: str = "person",
    day: date | None = None,
    numbers: tuple[tuple[float | None, str, str], ...] = (),
) -> Statement:
    """A statement whose speaker, cue and content are found in ``text`` by search."""
    s = text.index(speaker)
    c = text.index(cue)
    b = text.index(content)
    quantities = []
    for value, qtext, unit in numbers:
        q = text.index(qtext, b)
        quantities.append(
            Quantity(value, qtext, q, q + len(qtext), unit, "thousands" if value is None else None)
        )
    return Statement(
        id=sid,
        cue=Cue(cue, c, c + len(cue), cue),
        content=Span(b, b + len(content), content),
        speaker=Speaker(speaker, s, s + len(speaker), speaker, type),
        stance=stance,
        date=day,
        quantities=quantities,
    )


def article(
    key: str,
    text: str,
    statements: list[Statement],
    *,
    lang: str = "ar",
    published: date | None = None,
    outlet: str | None = None,
    url: str | None = None,
) -> tuple[ArticleRecord, Document]:
    """(record, extracted document) of one article."""
    doc = Document(text=text, lang=lang, published=published, statements=statements)
    record = ArticleRecord(
        key, text, published, url=url, outlet=outlet, lang=lang, origin=url or f"{key}.txt"
    )
    return record, doc


FLOOD_AR = "قال المحافظ نديم الخيّاط إن عدد النازحين لا يتجاوز ألفي شخص."


def flood_ar(key: str = "flood-ar", url: str | None = None) -> tuple[ArticleRecord, Document]:
    """An Arabic article: the governor gives a displacement figure."""
    st = statement(
        FLOOD_AR,
        "s1",
        "نديم الخيّاط",
        "عدد النازحين لا يتجاوز ألفي شخص",
        numbers=((2000, "ألفي", "نازح"),),
    )
    return article(key, FLOOD_AR, [st], published=date(2025, 3, 12), outlet="الصباح", url=url)


FLOOD_EN = "Governor Nadim al-Khayyat said that no more than 2,000 people were displaced."


def flood_en(key: str = "flood-en") -> tuple[ArticleRecord, Document]:
    """The same claim in English, another outlet, a later day."""
    st = statement(
        FLOOD_EN,
        "s1",
        "Nadim al-Khayyat",
        "no more than 2,000 people were displaced",
        cue="said",
        numbers=((2000, "2,000", "displaced people"),),
    )
    return article(key, FLOOD_EN, [st], lang="en", published=date(2025, 3, 13), outlet="The Daily")
