"""A count that refers to "the number" joins the timeline of the count before it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from _ledger_articles import article, statement
from khabar.model import Quantity
from khabar.store import Store


def test_ledger_the_true_figure_joins_the_count_it_answers(tmp_path: Path) -> None:
    text = 'قالت الوزارة إن عدد المصابين بلغ ١٢٠ مصابًا. وقال رئيس الجمعية إن العدد الحقيقي "تجاوز ثلاثمئة".'
    first = statement(text, "s1", "الوزارة", "عدد المصابين بلغ ١٢٠ مصابًا", type="government")
    first.quantities = [Quantity(120, "١٢٠", 0, 0, unit="مصاب")]
    second = statement(text, "s2", "رئيس الجمعية", 'العدد الحقيقي "تجاوز ثلاثمئة"')
    second.quantities = [Quantity(300, "ثلاثمئة", 0, 0)]
    with Store.open(f"sqlite:///{tmp_path / 'f.db'}") as store:
        store.add_document(*article("a", text, [first, second], published=date(2026, 5, 2)))
        store.link_new()
        series = store.figures()
    [injured] = [s for s in series if len(s["points"]) == 2]
    assert [p["value"] for p in injured["points"]] == [120, 300]


def test_ledger_a_percentage_is_not_the_count_the_number_refers_to(tmp_path: Path) -> None:
    text = "قالت الوزارة إن النسبة بلغت ٤٠٪. وقال رئيس الجمعية إن العدد الحقيقي أكبر بكثير، نحو ٩٠."
    first = statement(text, "s1", "الوزارة", "النسبة بلغت ٤٠٪", type="government")
    first.quantities = [Quantity(40, "٤٠", 0, 0, unit="%")]
    second = statement(text, "s2", "رئيس الجمعية", "العدد الحقيقي أكبر بكثير، نحو ٩٠")
    second.quantities = [Quantity(90, "٩٠", 0, 0)]
    with Store.open(f"sqlite:///{tmp_path / 'f.db'}") as store:
        store.add_document(*article("a", text, [first, second], published=date(2026, 5, 2)))
        store.link_new()
        values = [p["value"] for s in store.figures() for p in s["points"]]
    assert 90 not in values
