"""Within one article, a family name used alone is the person named in full there."""

from __future__ import annotations

from khabar.ledger._link import full_names
from khabar.ledger.speakers import Alias


def test_ledger_a_family_name_alone_is_the_full_name_of_its_article() -> None:
    aliases = [Alias("العميد ركان الشمري", "person"), Alias("الشمري", "person")]
    assert full_names(aliases) == {"الشمري": "العميد ركان الشمري"}


def test_ledger_a_family_name_shared_by_two_people_stays_alone() -> None:
    aliases = [
        Alias("Nour Haddadin", "person"),
        Alias("Samir Haddadin", "person"),
        Alias("Haddadin", "person"),
    ]
    assert full_names(aliases) == {}


def test_ledger_an_organisation_is_never_a_family_name() -> None:
    aliases = [Alias("Tarek Bank", "person"), Alias("the Bank", "organisation")]
    assert full_names(aliases) == {}
