"""Across articles: a role phrase whose name no list knows, a family name used alone in an
article that names no one else so, and "the company" when a union shares its trade word
(invented articles)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from _ledger_articles import article, statement
from khabar.ledger.names import person_tokens
from khabar.ledger.org_anaphora import org_full_names
from khabar.ledger.speakers import Alias, same_person
from khabar.store import Store


def _ledger(tmp_path: Path, articles: list[tuple[str, str, str, str]]) -> list[dict[str, Any]]:
    """Ingest one-statement articles (key, text, speaker, content); return the speakers."""
    with Store.open(f"sqlite:///{tmp_path / 'l.db'}") as store:
        for day, (key, text, speaker, content) in enumerate(articles, start=1):
            lang = "en" if text.isascii() else "ar"
            st = statement(text, "s1", speaker, content, cue="said" if lang == "en" else "قال")
            store.add_document(*article(key, text, [st], lang=lang, published=date(2026, 3, day)))
        store.link_new()
        return store.speakers()


def test_ledger_a_role_with_a_field_before_an_unknown_name_meets_the_name() -> None:
    assert same_person("الخبير المستقل في شؤون الطاقة ورد الكساب", "ورد الكساب")
    assert same_person("الخبير المستقل في شؤون الطاقة ورد الكساب", "Ward Kassab")


def test_ledger_a_role_phrase_without_a_name_is_not_cut_to_a_name() -> None:
    assert not same_person("مدير في شركة الطيران", "الطيران")


def test_ledger_a_family_name_alone_meets_the_one_person_of_the_store_who_bears_it(
    tmp_path: Path,
) -> None:
    speakers = _ledger(
        tmp_path,
        [
            (
                "a",
                "قال نقيب المعلمين رغدان النعيمات إن الإضراب مستمر.",
                "رغدان النعيمات",
                "الإضراب مستمر",
            ),
            ("b", "وقال النعيمات إن المفاوضات توقفت.", "النعيمات", "المفاوضات توقفت"),
        ],
    )
    assert len(speakers) == 1


def test_ledger_a_family_name_two_people_bear_stays_apart(tmp_path: Path) -> None:
    speakers = _ledger(
        tmp_path,
        [
            (
                "a",
                "قال نقيب المعلمين رغدان النعيمات إن الإضراب مستمر.",
                "رغدان النعيمات",
                "الإضراب مستمر",
            ),
            ("b", "وقالت النائبة هالة النعيمات إن الحل قريب.", "هالة النعيمات", "الحل قريب"),
            ("c", "وقال النعيمات إن المفاوضات توقفت.", "النعيمات", "المفاوضات توقفت"),
        ],
    )
    assert len(speakers) == 3


def test_ledger_the_company_is_not_a_union_that_shares_its_trade_word() -> None:
    aliases = [
        Alias("the airline pilots' union", "organisation"),
        Alias("Tamarin Airlines", "person"),
        Alias("the company", "organisation"),
    ]
    assert org_full_names(aliases) == {"the company": "Tamarin Airlines"}


def test_ledger_the_hospital_is_the_one_hospital_its_article_quotes() -> None:
    aliases = [Alias("مستشفى رغدان التخصصي", "organisation"), Alias("المستشفى", "organisation")]
    assert org_full_names(aliases) == {"المستشفى": "مستشفى رغدان التخصصي"}


def test_ledger_a_title_with_its_organisations_pronoun_is_not_part_of_the_name() -> None:
    assert same_person("مديرته وجدان العبادي", "وجدان العبادي")
    assert same_person("ورئيسها التنفيذي بشير الصرايرة", "Bashir Sarayreh")


def test_ledger_an_arabic_family_name_alone_meets_its_english_full_name(tmp_path: Path) -> None:
    speakers = _ledger(
        tmp_path,
        [
            ("a", "Bashir Sarayreh said the talks had failed.", "Bashir Sarayreh", "the talks"),
            ("b", "وقال الصرايرة إن المفاوضات توقفت.", "الصرايرة", "المفاوضات توقفت"),
        ],
    )
    assert len(speakers) == 1


def test_ledger_a_place_name_alone_is_not_the_family_name_of_a_role(tmp_path: Path) -> None:
    speakers = _ledger(
        tmp_path,
        [
            ("a", "قال مدير مؤسسة مياه تلعفرون إن الضخ توقف.", "مدير مؤسسة مياه تلعفرون", "الضخ"),
            ("b", "وقالت تلعفرون إن المياه عادت.", "تلعفرون", "المياه عادت"),
        ],
    )
    assert len(speakers) == 2


def test_a_compound_given_name_meets_itself_written_apart() -> None:
    assert same_person("وزير المالية عبدالرحيم القاسم", "عبد الرحيم القاسم")
    assert same_person("عبد الرحيم القاسم", "Abdelrahim al-Qasim")


def test_a_family_name_with_abou_or_wad_meets_its_transliteration() -> None:
    assert same_person("يامن أبو الخير", "Yamen Abou el-Kheir")
    assert same_person("الطاهر ود النعيم", "Dr al-Taher Wad al-Naeem, the hospital director")
    assert not same_person("يامن أبو الخير", "Yamen Abou Zeid")


def test_a_final_taa_marbuta_is_a_vowel_across_scripts() -> None:
    assert same_person("حصة الكعبي", "Hessa al-Kaabi")


def test_the_complement_of_a_title_in_construct_is_no_part_of_the_name() -> None:
    assert person_tokens("محافظ الوادي رعد الحمداني") == ["رعد", "حمداني"]
    assert person_tokens("محافظ صوران ناجح الحمداني") == ["ناجح", "حمداني"]


def test_a_name_after_a_company_in_a_role_phrase_is_the_name() -> None:
    assert person_tokens("المدير العام لشركة الندى للألبان سليم الزعيتر") == ["سليم", "زعيتر"]
