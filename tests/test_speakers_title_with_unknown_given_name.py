"""Speakers: a title alone names the person introduced with it, even when that person's given
name is in no lexicon; a continuation then keeps that statement's date (own sentences)."""

from __future__ import annotations

import datetime

import khabar


def test_speakers_title_alone_names_a_person_with_an_unknown_given_name() -> None:
    doc = khabar.extract(
        "أعلن وزير الزراعة زيدون الفرحاتي، أمس الأحد، أن القطار السريع سيعمل في الربيع. "
        "وأضاف الوزير، في لقاء مع نواب المعارضة، أن تذاكر الطلاب ستبقى مجانية.",
        lang="ar",
        published=datetime.date(2027, 1, 18),
    )
    added = doc.statements[-1]
    assert added.speaker is not None and added.speaker.name == "زيدون الفرحاتي"
    assert added.speaker.resolved_from == "title"
    assert added.date == datetime.date(2027, 1, 17)


def test_speakers_a_head_with_a_reflexive_is_no_name() -> None:
    doc = khabar.extract(
        "وقالت المصادر نفسها إن الطريق مغلق. وأضافت المصادر أن الإصلاحات بدأت.", lang="ar"
    )
    added = doc.statements[-1]
    assert added.speaker is not None and added.speaker.name == "المصادر"
