"""Stories: articles of one event join one story across languages, and two events of the same
week stay two stories (invented articles; real e5 vectors)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from _ledger_articles import article, statement
from khabar.store import Store

THEFT_AR = (
    "سرقة مخطوطات من متحف المدينة القديمة\n\n"
    "قال مدير متحف المدينة القديمة إن لصوصًا اقتحموا قاعة المخطوطات ليلة الجمعة وسرقوا "
    "أربع مخطوطات نادرة من القرن الثاني عشر. وأضاف أن كاميرات المراقبة كانت معطلة منذ أسبوع."
)
THEFT_EN = (
    "Rare manuscripts stolen from Old City museum\n\n"
    "Thieves broke into the manuscripts hall of the Old City museum on Friday night and took "
    "four rare twelfth-century manuscripts, the museum's director said. Police said the "
    "security cameras had not been working for a week."
)
CATTLE_AR = (
    "حملة لتطعيم الماشية ضد الحمى القلاعية\n\n"
    "أعلنت وزارة الزراعة بدء حملة لتطعيم مئتي ألف رأس من الأبقار والأغنام ضد الحمى القلاعية "
    "في المحافظات الشمالية. وقال مدير الثروة الحيوانية إن الفرق البيطرية ستزور المزارع مجانًا."
)
CATTLE_EN = (
    "Foot-and-mouth vaccination drive for livestock\n\n"
    "The agriculture ministry said it had started vaccinating 200,000 cattle and sheep "
    "against foot-and-mouth disease in the northern provinces. Veterinary teams will visit "
    "farms free of charge, the head of the livestock department said."
)


def _stories(tmp_path: Path) -> dict[str, int]:
    texts = {"theft-ar": THEFT_AR, "cattle-ar": CATTLE_AR, "theft-en": THEFT_EN}
    texts["cattle-en"] = CATTLE_EN
    with Store.open(f"sqlite:///{tmp_path / 's.db'}") as store:
        for day, (key, text) in enumerate(texts.items(), start=1):
            ar = not key.endswith("-en")
            cue, speaker = (
                ("قال", "مدير") if ar else ("said", "the head" if "head" in text else "director")
            )
            st = statement(text, "s1", speaker, text.split("\n\n")[1][:40], cue=cue)
            lang = "ar" if ar else "en"
            store.add_document(*article(key, text, [st], lang=lang, published=date(2026, 4, day)))
        store.link_new()
        with store.engine.connect() as conn:
            rows = conn.exec_driver_sql("select key, story_id from documents").all()
    return {str(k): int(s) for k, s in rows}


def test_ledger_one_event_in_two_languages_is_one_story_and_two_events_are_two(
    tmp_path: Path,
) -> None:
    story = _stories(tmp_path)
    assert story["theft-ar"] == story["theft-en"]
    assert story["cattle-ar"] == story["cattle-en"]
    assert story["theft-ar"] != story["cattle-ar"]
