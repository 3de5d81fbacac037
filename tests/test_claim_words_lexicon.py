"""The AR/EN concept lexicon (claim_words.tsv): its shape, and the bridge it makes.

The sentences below are invented for these tests (news style, varied topics); a pair says
the same thing in Arabic and English and must share its key concepts, and sentences on
unrelated topics must share none.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest

from khabar.ledger import claim_words
from khabar.ledger.claim_words import concept_of, concepts
from khabar.text import fold

_TABLE = Path(claim_words.__file__).with_name("claim_words.tsv")


def _rows() -> list[tuple[str, list[str]]]:
    rows = []
    for line in _TABLE.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            concept, *stems = line.split("\t")
            rows.append((concept, stems))
    return rows


def _is_arabic(stem: str) -> bool:
    return "\u0600" <= stem[:1] <= "\u06ff"


def test_claim_words_lexicon_every_row_has_an_arabic_and_an_english_stem() -> None:
    missing = [
        concept
        for concept, stems in _rows()
        if not any(_is_arabic(s) for s in stems) or not any(s[:1].isascii() for s in stems)
    ]
    assert not missing
    assert len(_rows()) > 500


def test_claim_words_lexicon_each_concept_is_one_row() -> None:
    names = [concept for concept, _ in _rows()]
    assert len(names) == len(set(names))


def test_claim_words_lexicon_no_stem_is_in_two_concepts() -> None:
    owners: dict[str, set[str]] = defaultdict(set)
    for concept, stems in _rows():
        for stem in stems:
            owners[fold(stem.strip()).lower().removesuffix("$")].add(concept)
    shared = {stem: names for stem, names in owners.items() if len(names) > 1}
    assert not shared


def test_claim_words_lexicon_every_prefix_stem_can_match() -> None:
    # a word is matched on its first 3+ characters; a shorter stem must be a whole word ($)
    short = [
        stem
        for _, stems in _rows()
        for stem in stems
        if not stem.endswith("$") and len(fold(stem.strip())) < 3
    ]
    assert not short


PAIRS = [
    (
        "قال مسؤولون إن الزلزال أدى إلى انهيار عشرات المباني ومقتل 40 شخصا وجرح المئات",
        "Officials said the earthquake collapsed dozens of buildings, killing 40 people"
        " and wounding hundreds",
        {"=official", "=earthquake", "=collapse", "=building", "=death", "=injured"},
    ),
    (
        "اتهم الجيش المسلحين بأنهم خرقوا الهدنة وقصفوا قرى حدودية بالصواريخ",
        "The army accused militants of breaching the truce and shelling border villages"
        " with rockets",
        {
            "=military",
            "=accuse",
            "=armed",
            "=violation",
            "=ceasefire",
            "=shelling",
            "=village",
            "=border",
            "=missile",
        },
    ),
    (
        "ارتفع التضخم إلى 8 في المئة مع زيادة أسعار الوقود والكهرباء",
        "Inflation rose to 8 percent as fuel and electricity prices increased",
        {"=increase", "=inflation", "=fuel", "=electricity", "=price"},
    ),
    (
        "حذر الأطباء من نقص الأدوية واللقاحات في المستشفيات مع تفشي المرض",
        "Doctors warned of a shortage of medicines and vaccines in hospitals as the disease"
        " spreads",
        {"=warn", "=doctor", "=shortage", "=medicine", "=vaccine", "=hospital", "=disease"},
    ),
    (
        "قضت المحكمة بالسجن خمس سنوات على القاضي السابق في قضية رشوة وفساد",
        "The court sentenced the former judge to five years in prison for bribery and corruption",
        {"=court", "=prison", "=judge", "=bribe", "=corruption"},
    ),
    (
        "تسرب النفط من خط الأنابيب وأدى إلى تلوث مياه النهر وإجلاء السكان",
        "Oil leaking from the pipeline contaminated the river water and residents were evacuated",
        {
            "=leak",
            "=oil",
            "=pipeline",
            "=contamination",
            "=water",
            "=river",
            "=residents",
            "=evacuate",
        },
    ),
    (
        "رفض البرلمان الميزانية مطالبا الحكومة بخفض الضرائب على الرواتب",
        "Parliament rejected the budget and demanded that the government cut taxes on salaries",
        {"=reject", "=parliament", "=budget", "=demand", "=government", "=tax", "=salary"},
    ),
    (
        "وصلت قوافل المساعدات الإنسانية إلى مخيمات النازحين بعد رفع الحصار",
        "Humanitarian aid convoys reached the camps of displaced families after the siege"
        " was lifted",
        {"=convoy", "=aid", "=shelter", "=displaced", "=siege"},
    ),
    (
        "اندلع حريق في مصنع للمواد الكيميائية وتمكنت فرق الإطفاء من إخماده",
        "A fire broke out at a chemical factory before firefighters extinguished it",
        {"=fire", "=factory", "=chemical", "=extinguish"},
    ),
    (
        "خرج آلاف المتظاهرين احتجاجا على ارتفاع البطالة وتدني الأجور",
        "Thousands of protesters marched against rising unemployment and low wages",
        {"=protest", "=increase", "=unemployment", "=salary"},
    ),
    (
        "أنقذ خفر السواحل 30 مهاجرا بعد غرق القارب",
        "The coast guard rescued 30 migrants after the boat sank",
        {"=rescue", "=guard", "=migrant", "=sink", "=boat"},
    ),
    (
        "فرضت الحكومة عقوبات على شركات تهريب النفط وجمدت أصولها",
        "The government imposed sanctions on oil smuggling companies and froze their assets",
        {"=impose", "=government", "=punish", "=company", "=smuggle", "=oil", "=freeze", "=assets"},
    ),
    (
        "حذر خبراء من انهيار السد بعد الأمطار الغزيرة وانقطاع الكهرباء",
        "Experts warned that the dam could collapse after heavy rain and power outages",
        {"=warn", "=expert", "=collapse", "=dam", "=rain", "=outage"},
    ),
    (
        "ألغت شركات الطيران عشرات الرحلات وأغلق المطار بسبب العاصفة",
        "Airlines cancelled dozens of flights and the airport was closed by the storm",
        {"=cancel", "=aviation", "=flight", "=close", "=airport", "=storm"},
    ),
    (
        "نفت الوزارة تضخيم أرقام الضحايا واتهمت الصحف بنشر معلومات كاذبة",
        "The ministry denied exaggerating the victims figures and accused newspapers of"
        " publishing false information",
        {"=ministry", "=exaggerate", "=figure", "=victim", "=accuse", "=press", "=false", "=data"},
    ),
    (
        "أعلنت الشركة تأجيل المشروع وتسريح مئات الموظفين بسبب الخسائر",
        "The company postponed the project and laid off hundreds of employees after losses",
        {"=company", "=postpone", "=project", "=worker", "=loss"},
    ),
]


@pytest.mark.parametrize(("arabic", "english", "shared"), PAIRS)
def test_claim_words_lexicon_a_claim_in_two_languages_shares_its_key_concepts(
    arabic: str, english: str, shared: set[str]
) -> None:
    ar, en = concepts(arabic), concepts(english)
    assert shared <= ar, shared - ar
    assert shared <= en, shared - en


UNRELATED = [
    ("فاز الفريق بالمباراة في الدوري بهدفين", "Floodwaters destroyed crops in the valley"),
    ("ارتفعت أسعار الذهب في السوق", "The suspect was arrested after the shooting"),
    (
        "أصيب ثلاثة جنود في هجوم على نقطة تفتيش",
        "The museum opened an exhibition of old books",
    ),
    ("افتتح الأمير مهرجانا للتراث", "Doctors warned of a vaccine shortage"),
]


@pytest.mark.parametrize(("arabic", "english"), UNRELATED)
def test_claim_words_lexicon_unrelated_topics_share_no_concept(arabic: str, english: str) -> None:
    ar, en = concepts(arabic), concepts(english)
    assert ar and en
    assert not ar & en


@pytest.mark.parametrize(
    "word",
    ["said", "told", "announced", "confirmed", "denied", "declined", "قال", "أكد", "نفى", "أعلن"],
)
def test_claim_words_lexicon_words_of_stance_name_no_concept(word: str) -> None:
    assert concept_of(fold(word).lower()) is None


@pytest.mark.parametrize(
    ("word", "not_this"),
    [
        ("التعامل", "worker"),  # dealing, not a worker (عامل)
        ("المرحلة", "deport"),  # a stage, not deportees (مرحلين)
        ("بالنسبة", "percent"),  # "as for", not a rate
        ("الولايات", "province"),
        ("الصادر", "seize"),  # issued, not confiscated
        ("يقارب", "boat"),  # nearly, not a boat (قارب)
        ("تفصيلية", "faction"),  # detailed, not a faction (فصيل)
        ("السيولة", "flood"),  # liquidity, not floods (سيول)
        ("وسيطرت", "mediate"),  # and took control, not a mediator (وسيط)
        ("إسرائيل", "family"),  # not families (أسر)
        ("التهاون", "mortar"),  # laxity, not a mortar (هاون)
        ("وجوده", "quality"),  # its presence, not quality (جودة)
        ("مبالغ", "exaggerate"),  # sums of money
        ("against", "repeat"),
        ("secretary", "secret"),
        ("consulting", "consulate"),
        ("impossible", "impose"),
        ("example", "exam"),
    ],
)
def test_claim_words_lexicon_a_word_of_another_meaning_is_not_taken_for_a_stem(
    word: str, not_this: str
) -> None:
    assert concept_of(fold(word).lower()) != not_this
