"""A count that refers to "the number" joins the timeline of the count before it."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from _ledger_articles import article, statement
from khabar.model import Quantity
from khabar.store import Store


def _figures(tmp_path: Path, text: str, said: list[tuple[str, str, Quantity]]) -> list[Any]:
    """Ingest one article whose statements give these quantities; return its figure series."""
    statements = []
    for k, (speaker, content, quantity) in enumerate(said, start=1):
        st = statement(text, f"s{k}", speaker, content)
        st.quantities = [quantity]
        statements.append(st)
    with Store.open(f"sqlite:///{tmp_path / 'f.db'}") as store:
        store.add_document(*article("a", text, statements, published=date(2026, 5, 2)))
        store.link_new()
        return store.figures()


def test_ledger_the_true_figure_joins_the_count_it_answers(tmp_path: Path) -> None:
    text = (
        "قالت الوزارة إن عدد المصابين بلغ ١٢٠ مصابًا. "
        'وقال رئيس الجمعية إن العدد الحقيقي "تجاوز ثلاثمئة".'
    )
    series = _figures(
        tmp_path,
        text,
        [
            ("الوزارة", "عدد المصابين بلغ ١٢٠ مصابًا", Quantity(120, "١٢٠", 0, 0, unit="مصاب")),
            ("رئيس الجمعية", 'العدد الحقيقي "تجاوز ثلاثمئة"', Quantity(300, "ثلاثمئة", 0, 0)),
        ],
    )
    [injured] = [s for s in series if len(s["points"]) == 2]
    assert [p["value"] for p in injured["points"]] == [120, 300]


def test_ledger_a_percentage_is_not_the_count_the_number_refers_to(tmp_path: Path) -> None:
    text = "قالت الوزارة إن النسبة بلغت ٤٠٪. وقال رئيس الجمعية إن العدد الحقيقي أكبر بكثير، نحو ٩٠."
    series = _figures(
        tmp_path,
        text,
        [
            ("الوزارة", "النسبة بلغت ٤٠٪", Quantity(40, "٤٠", 0, 0, unit="%")),
            ("رئيس الجمعية", "العدد الحقيقي أكبر بكثير، نحو ٩٠", Quantity(90, "٩٠", 0, 0)),
        ],
    )
    assert 90 not in [p["value"] for s in series for p in s["points"]]


def test_ledger_a_span_of_time_is_not_a_figure(tmp_path: Path) -> None:
    text = "قالت الجمعية إنها وزعت ٦٠٠ خيمة خلال يومين."
    series = _figures(
        tmp_path,
        text,
        [
            ("الجمعية", "وزعت ٦٠٠ خيمة", Quantity(600, "٦٠٠", 0, 0, unit="خيمة")),
            ("الجمعية", "خلال يومين", Quantity(2, "يومين", 0, 0, unit="يوم")),
        ],
    )
    assert [s["unit"] for s in series] == ["خيمة"]


def test_ledger_what_a_reserve_suffices_for_is_a_figure(tmp_path: Path) -> None:
    text = "قال الوزير إن مخزون الأرز يكفي لستة أسابيع، وإن التوزيع سيبدأ خلال ثلاثة أيام."
    series = _figures(
        tmp_path,
        text,
        [
            ("الوزير", "مخزون الأرز يكفي لستة أسابيع", Quantity(6, "ستة", 0, 0, unit="أسابيع")),
            ("الوزير", "التوزيع سيبدأ خلال ثلاثة أيام", Quantity(3, "ثلاثة", 0, 0, unit="أيام")),
        ],
    )
    assert [[p["value"] for p in s["points"]] for s in series] == [[6]]
