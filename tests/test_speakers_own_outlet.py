""" "The agency" in «ولم يتسنَّ للوكالة التحقق» is the outlet that wrote the article: its
speaker is named after the dateline («البلدة – «البيدر»: …»)."""

from __future__ import annotations

import khabar


def _unverified(text: str) -> khabar.Statement:
    doc = khabar.extract(text, lang="ar")
    return next(st for st in doc.statements if st.stance == "unverified")


def test_the_agency_is_named_after_the_dateline() -> None:
    st = _unverified(
        "انهيار سقف سوق قديم\n\nوادي الرمان – «الياسمين»: أعلن الدفاع المدني إنقاذ ستة أشخاص.\n\n"
        "وقال سكان إن عمالاً آخرين ما زالوا تحت الأنقاض. ولم يتسنَّ للوكالة التحقق من ذلك."
    )
    assert st.speaker is not None and st.speaker.name == "«الياسمين»"
    assert st.speaker.type == "outlet"


def test_a_reporter_in_the_dateline_does_not_name_the_agency() -> None:
    st = _unverified(
        "انهيار سقف سوق قديم\n\nوادي الرمان – سامح القيسي: أعلن الدفاع المدني إنقاذ ستة أشخاص.\n\n"
        "وقال سكان إن عمالاً آخرين ما زالوا تحت الأنقاض. ولم يتسنَّ للوكالة التحقق من ذلك."
    )
    assert st.speaker is not None and st.speaker.name != "سامح القيسي"


def test_a_named_outlet_keeps_its_own_name() -> None:
    st = _unverified(
        "انهيار سقف سوق قديم\n\nوادي الرمان – «الياسمين»: أعلن الدفاع المدني إنقاذ ستة أشخاص.\n\n"
        "وقال سكان إن عمالاً آخرين ما زالوا تحت الأنقاض. ولم يتسنَّ لصحيفة «البيدر» التحقق من ذلك."
    )
    assert st.speaker is not None and "البيدر" in (st.speaker.name or "")
