"""Within one article, a family name used alone is the person named in full there."""

from __future__ import annotations

from khabar.ledger.speakers import Alias, full_names, same_person


def test_ledger_a_family_name_alone_is_the_full_name_of_its_article() -> None:
    aliases = [Alias("العميد ركان الشمري", "person"), Alias("الشمري", "person")]
    assert full_names(aliases) == {"الشمري": "العميد ركان الشمري"}


def test_ledger_a_family_name_shared_by_two_people_stays_alone() -> None:
    aliases = [
        Alias("Nour Tarawneh", "person"),
        Alias("Samir Tarawneh", "person"),
        Alias("Tarawneh", "person"),
    ]
    assert full_names(aliases) == {}


def test_ledger_an_organisation_is_never_a_family_name() -> None:
    aliases = [Alias("Ghassan Bank", "person"), Alias("the Bank", "organisation")]
    assert full_names(aliases) == {}


def test_ledger_a_speaker_phrase_is_cut_to_the_name() -> None:
    assert same_person("Brigadier Nasser Abu Ghosh, who leads the search", "ناصر أبو غوش")
    assert same_person("Its acting chief executive, Samir Zughbi", "سمير الزغبي")
    assert same_person("قائد فرق الإنقاذ العميد ركان آل شمران للصحفيين", "Rakan Al Shamran")


def test_ledger_ambiguous_latin_letters_meet_their_arabic_spelling() -> None:
    assert same_person("Munther Dabbagh", "منذر الدباغ")
    assert same_person("Moncef Tlili", "منصف التليلي")
    assert same_person("Shukri Abdel-Wahed", "شكري عبد الواحد")


def test_ledger_the_variants_do_not_merge_different_names() -> None:
    assert not same_person("Munther Dabbagh", "منير الدباغ")
    assert not same_person("Moncef Tlili", "منذر التليلي")


def test_ledger_a_family_name_alone_takes_the_full_name_from_the_article_text() -> None:
    text = "أعلنت الوزيرة جميلة الراوي أمس أن المساعدات ستصل. وقالت الراوي للصحفيين إن …"
    assert full_names([Alias("الراوي للصحفيين", "person")], text) == {
        "الراوي للصحفيين": "جميلة الراوي"
    }


def test_ledger_a_family_name_two_people_share_in_the_text_stays_alone() -> None:
    text = "التقى جميلة الراوي وشقيقها سالم الراوي. وقالت الراوي إن …"
    assert full_names([Alias("الراوي", "person")], text) == {}


def test_ledger_a_role_naming_a_place_before_the_name_is_dropped() -> None:
    assert same_person("وزير الري في بلاد الرافدين جميل عطا الله", "Jamil Atallah")
    assert same_person("وزير الري في بلاد الرافدين جميل عطا الله", "جميل عطا الله")


def test_ledger_a_name_starting_with_fal_is_not_a_conjunction_and_article() -> None:
    assert same_person("فاليري دومان", "Valery Duman")
    assert not same_person("فاليري دومان", "Lery Duman")


def test_ledger_a_lone_family_name_typed_as_a_body_meets_its_one_owner() -> None:
    from collections import namedtuple

    from khabar.ledger.speakers import _family_name_owner

    row = namedtuple("row", "name type speaker_id")
    stored = [row("رنا القصّاب", "person", 3), row("وزارة الصحة", "government", 4)]
    assert _family_name_owner(Alias("القصاب", "organisation"), stored) == 3
    assert _family_name_owner(Alias("الوزارة", "organisation"), stored) is None


def test_ledger_space_and_higher_education_names_meet_across_scripts() -> None:
    from khabar.ledger.speakers import same_org

    assert same_org("وزارة الفضاء", "The space ministry")
    assert same_org("وزارة التعليم العالي", "The ministry of higher education")
    assert not same_org("وزارة التعليم العالي", "The health ministry")


def test_ledger_a_latin_g_may_be_an_arabic_qaf() -> None:
    assert same_person("Hedi Guerfi", "الهادي القرفي")
    assert same_person("Gawad Rizk", "جواد رزق")
    assert not same_person("Hedi Guerfi", "الهادي الجرفي الحسني")
