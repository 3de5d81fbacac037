"""«رفض + الاتهامات/الادعاءات/التقارير … (بأن/التي …)» denies the claim (rejected_claims.tsv);
«رفض التعليق/الإدلاء/الكشف» still declines to comment."""

from __future__ import annotations

import khabar


def statements(text: str) -> list[khabar.Statement]:
    return khabar.extract(text, lang="ar").statements


def test_stance_arabic_rejecting_the_accusations_that_is_a_denial() -> None:
    [st] = statements("ورفضت بلدية الساقية الاتهامات التي وجهها التجار لموظفيها.")
    assert st.stance == "deny"
    assert st.speaker is not None and st.speaker.text == "بلدية الساقية"
    assert st.content.text == "الاتهامات التي وجهها التجار لموظفيها"


def test_stance_arabic_rejecting_the_claims_bi_anna_after_an_adverb() -> None:
    [st] = statements("غير أن المهندس رفض مجددًا المزاعم بأن الجسر الخشبي متصدع.")
    assert st.stance == "deny"
    assert st.content.text == "المزاعم بأن الجسر الخشبي متصدع"


def test_stance_arabic_declining_to_comment_on_reports_stays_a_refusal() -> None:
    [st] = statements("ورفضت بلدية الساقية التعليق على التقارير بشأن الجسر الخشبي.")
    assert st.stance == "declined_to_comment"


def test_stance_arabic_a_records_noun_after_rafada_is_no_claim() -> None:
    assert statements("مدينة الساقية لا ترفض الأرقام القياسية في البناء.") == []
