"""«واكتفى/واكتفت بالقول إن …»: the finite verb reports words like «مكتفيًا بالقول»; the
speaker is the sentence's (or the previous statement's) subject."""

from __future__ import annotations

import khabar


def test_attribution_arabic_iktafat_bil_qawl_continues_the_declining_speaker() -> None:
    sts = khabar.extract(
        "ورفضت شركة القبّرة للشحن التعليق على التأخير، واكتفت بالقول إن «الجدول قيد المراجعة».",
        lang="ar",
    ).statements
    assert len(sts) == 2
    assert sts[0].stance == "declined_to_comment"
    assert sts[0].content.text == "التعليق على التأخير"
    assert sts[1].cue.text == "واكتفت بالقول"
    assert sts[1].speaker is not None and sts[1].speaker.name == "شركة القبّرة للشحن"
    assert sts[1].content.text == "إن «الجدول قيد المراجعة»"


def test_attribution_arabic_iktafa_bil_qawl_after_a_question() -> None:
    sts = khabar.extract(
        "وسئل الوزير عن موعد افتتاح الممشى، فاكتفى بالقول إن الأعمال مستمرة.", lang="ar"
    ).statements
    assert sts[-1].cue.text == "فاكتفى بالقول"
    assert sts[-1].content.text == "إن الأعمال مستمرة"


def test_attribution_arabic_iktafa_without_bil_qawl_reports_nothing() -> None:
    sts = khabar.extract("واكتفت البلدية ببيان مقتضب عن الممشى.", lang="ar").statements
    assert sts == []
