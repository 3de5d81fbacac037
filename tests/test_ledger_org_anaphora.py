"""«الشركة» / «الهيئة» alone is the one company / authority its article names."""

from __future__ import annotations

from pathlib import Path

from _ledger_articles import article, statement
from khabar.ledger.org_anaphora import org_full_names
from khabar.ledger.speakers import Alias
from khabar.store import Store


def test_ledger_a_bare_head_is_the_one_organisation_its_text_names() -> None:
    text = "قالت مديرة هيئة مرفأ الزيتون الجنوبية إن … وأكدت الهيئة أن …"
    found = org_full_names([Alias("الهيئة", "organisation")], text)
    assert found == {"الهيئة": "هيئة مرفأ الزيتون الجنوبية"}


def test_ledger_a_bare_head_with_two_candidates_stays_alone() -> None:
    text = 'وقّعت شركة "زمرّد" وشركة "سهيل" اتفاقًا. وقالت الشركة إن …'
    assert org_full_names([Alias("الشركة", "organisation")], text) == {}


def test_ledger_a_bare_head_takes_the_organisation_that_speaks_in_its_article() -> None:
    aliases = [Alias("وزارة الزراعة", "government"), Alias("الوزارة", "government")]
    assert org_full_names(aliases, "") == {"الوزارة": "وزارة الزراعة"}


def test_ledger_the_company_is_the_one_business_its_article_quotes() -> None:
    aliases = [Alias("Halden Dairies", "organisation"), Alias("The company", "organisation")]
    assert org_full_names(aliases, "") == {"The company": "Halden Dairies"}
    two = [*aliases, Alias("Ostrava Motors", "organisation")]
    assert org_full_names(two, "") == {}
    ministry = [Alias("Ministry of Trade", "government"), Alias("The company", "organisation")]
    assert org_full_names(ministry, "") == {}


def test_ledger_a_head_without_a_proper_name_in_the_text_is_not_resolved() -> None:
    text = "قالت الشركة إن … وأضافت شركة في المدينة أن …"
    assert org_full_names([Alias("الشركة", "organisation")], text) == {}


def test_ledger_the_company_of_one_article_meets_its_name_in_another(tmp_path: Path) -> None:
    first = 'قالت شركة "زمرّد" للطيران إن الرحلات ستعود.'
    second = 'أوضح المدير العام لشركة "زمرّد" للطيران أن … وأكدت الشركة أن الرحلات ستعود.'
    with Store.open(f"sqlite:///{tmp_path / 'l.db'}") as store:
        store.add_document(
            *article(
                "a",
                first,
                [
                    statement(
                        first, "s1", 'شركة "زمرّد" للطيران', "الرحلات ستعود", type="organisation"
                    )
                ],
            )
        )
        cue = "وأكدت"
        said = statement(second, "s1", "الشركة", "الرحلات ستعود", cue=cue, type="organisation")
        store.add_document(*article("b", second, [said]))
        store.link_new()
        by_doc = {r["doc"]: r["speaker_id"] for r in store.export_statements()}
    assert by_doc["a"] == by_doc["b"]
