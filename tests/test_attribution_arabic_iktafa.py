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


def test_attribution_arabic_iktafa_with_its_subject_before_bil_qawl() -> None:
    sts = khabar.extract(
        "وتأخر افتتاح الجسر الجديد. واكتفت الوزارة بالقول إن التحقيقات جارية.", lang="ar"
    ).statements
    assert len(sts) == 1
    assert sts[0].speaker is not None and sts[0].speaker.text == "الوزارة"
    assert sts[0].content.text == "إن التحقيقات جارية"


def test_attribution_arabic_iktafa_with_a_spokesman_and_a_colon() -> None:
    sts = khabar.extract(
        'واكتفى المتحدث باسم الشرطة غيث الصوراني بالقول: "لا نملك معلومات إضافية".', lang="ar"
    ).statements
    assert len(sts) == 1
    assert sts[0].speaker is not None and sts[0].speaker.name == "غيث الصوراني"
    assert sts[0].speaker.text == "المتحدث باسم الشرطة غيث الصوراني"
    assert sts[0].kind == "direct"
    assert sts[0].content.text == '"لا نملك معلومات إضافية"'


def test_attribution_arabic_iktafa_spokesman_of_it_and_a_comma_after_bil_qawl() -> None:
    sts = khabar.extract(
        "ولم تعلق البلدية على الحادث، واكتفى الناطق باسمها غيث الصوراني بالقول، إن الأضرار محدودة.",
        lang="ar",
    ).statements
    assert sts[-1].speaker is not None and sts[-1].speaker.name == "غيث الصوراني"
    assert sts[-1].content.text == "إن الأضرار محدودة"
