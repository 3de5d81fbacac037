"""Claims: the same claim across outlets and languages is one cluster; others stay apart."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import numpy as np

from _ledger_articles import article, flood_ar, flood_en, statement
from khabar.ledger import claim_words
from khabar.ledger.claim_words import concept_of, concepts
from khabar.ledger.claims import (
    FEATURES,
    THRESHOLD,
    Item,
    best_claim,
    claim_context,
    content_words,
    pair_score,
    pool_rivals,
    rivals,
    weights,
)
from khabar.ledger.names import is_arabic
from khabar.store import Store

PORT_AR = "قال فيرجيل بيلوني إن الشركة لم تدفع أي فدية للمهاجمين."


def _unit(*values: float) -> np.ndarray:
    v = np.array(values, dtype=np.float32)
    return v / np.linalg.norm(v)


def _item(n: int, vector: np.ndarray, **kw: object) -> Item:
    return Item(n, n, vector, str(kw.pop("lang", "ar")), **kw)  # type: ignore[arg-type]


def test_ledger_claims_speaker_and_figure_raise_the_score() -> None:
    v = _unit(1, 1, 0)
    base = pair_score(_item(1, v), _item(2, v))
    same = pair_score(
        _item(1, v, speaker_id=3, values=frozenset({2000.0})),
        _item(2, v, speaker_id=3, values=frozenset({2000.0})),
    )
    other = pair_score(
        _item(1, v, values=frozenset({2000.0})), _item(2, v, values=frozenset({3500.0}))
    )
    assert other < base < same


def test_ledger_claims_small_numbers_are_not_a_shared_figure() -> None:
    v = _unit(1, 0, 1)
    three = frozenset({3.0})
    assert pair_score(_item(1, v, values=three), _item(2, v, values=three)) == pair_score(
        _item(1, v), _item(2, v)
    )


def test_ledger_claims_a_claim_does_not_grow_by_chaining() -> None:
    # b is close to the new statement, but the claim's other member c is far from it
    shared = frozenset({"نازحي", "يتجاو"})
    new = _item(1, _unit(1, 0, 0), words=shared)
    b = _item(2, _unit(1, 0.3, 0), claim_id=9, words=shared)
    c = _item(3, _unit(-1, 1, 0), claim_id=9, words=frozenset({"جسر"}))
    assert pair_score(new, b) >= THRESHOLD
    assert best_claim(new, [b, c]) is None
    assert best_claim(new, [b]) is not None


def test_ledger_claims_same_claim_across_languages_is_one_cluster(tmp_path: object) -> None:
    port = statement(PORT_AR, "s1", "فيرجيل بيلوني", "الشركة لم تدفع أي فدية للمهاجمين")
    with Store.open(f"sqlite:///{tmp_path}/claims.db") as store:
        for record, doc in (
            flood_ar(),
            flood_en(),
            article("port", PORT_AR, [port], published=date(2025, 3, 14)),
        ):
            store.add_document(record, doc)
        store.link_new()
        rows = {r["doc"]: r["claim_ids"] for r in store.export_statements()}
    assert rows["flood-ar"] and rows["flood-ar"] == rows["flood-en"]
    assert not set(rows["port"]) & set(rows["flood-ar"])


def test_ledger_claims_shared_concepts_link_arabic_and_english() -> None:
    v = _unit(1, 0, 0)
    ar = content_words("أن الشركة لم تدفع أي فدية للقراصنة")
    en = content_words("the company had not paid any ransom to the hackers")
    other = content_words("the storm closed three schools")
    same = pair_score(_item(1, v, words=ar), _item(2, v, lang="en", words=en))
    apart = pair_score(_item(1, v, words=ar), _item(2, v, lang="en", words=other))
    assert same > apart


def test_ledger_claims_different_figures_pull_apart_and_a_shared_one_pulls_together() -> None:
    v = _unit(0, 1, 1)
    base = pair_score(_item(1, v), _item(2, v))
    different = pair_score(
        _item(1, v, values=frozenset({1200.0, 300.0})),
        _item(2, v, values=frozenset({1500.0, 3500.0})),
    )
    shared = pair_score(
        _item(1, v, values=frozenset({7500.0})), _item(2, v, values=frozenset({1100.0, 7500.0}))
    )
    assert different < base < shared


def test_ledger_claims_context_is_the_paragraph_around_the_content() -> None:
    text = (
        "عنوان الخبر\n\nأعلنت المنظمة أن عدد النازحين بلغ عشرة آلاف. ونفى المحافظ ذلك.\n\nفقرة أخرى"
    )
    start = text.index("ذلك")
    context = claim_context(text, start, start + 3)
    assert context.startswith("أعلنت المنظمة") and context.endswith("ذلك.")
    assert "فقرة أخرى" not in context and "عنوان" not in context


def test_ledger_claims_context_of_a_long_paragraph_is_cut_around_the_content() -> None:
    text = "كلام " * 200 + "قال الوزير إن الجسر انهار" + " كلام" * 200
    start = text.index("الجسر")
    context = claim_context(text, start, start + 12)
    assert "الجسر انهار" in context and len(context) <= 500


def test_ledger_claims_weights_cover_every_feature() -> None:
    assert weights().shape == (len(FEATURES),)
    assert weights()[FEATURES.index("other_figure")] < 0 < weights()[FEATURES.index("same_figure")]


def test_ledger_claims_stance_words_are_not_what_a_claim_is_about() -> None:
    declined_ar = content_words("التعليق على تقديرات المصدر")
    other_ar = content_words("التعليق على هذه الاتهامات")
    declined_en = content_words("declined to comment on the figures")
    other_en = content_words("declined to comment on the lawsuit")
    assert not declined_ar & other_ar
    assert not declined_en & other_en


def test_ledger_claims_concepts_need_the_whole_word_when_marked() -> None:
    assert concept_of("ports") == concept_of("ميناء") == "port"
    assert concept_of("reported") is None
    assert concept_of("stated") is None
    assert concepts("والفدية") == concepts("ransom")


def test_ledger_claims_every_concept_has_an_arabic_and_an_english_stem() -> None:
    table = Path(claim_words.__file__).with_name("claim_words.tsv")
    for line in table.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        concept, *stems = line.split("\t")
        assert any(is_arabic(s) for s in stems), concept
        assert any(not is_arabic(s) for s in stems), concept


def test_ledger_claims_a_restatement_beats_its_speakers_other_statements_in_that_article() -> None:
    context = _unit(1, 0, 0)
    new = Item(1, 1, context, "ar", speaker_id=4, content=_unit(1, 0.1, 0))
    again = Item(2, 2, context, "ar", speaker_id=4, content=_unit(1, 0.2, 0))
    other = Item(3, 2, context, "ar", speaker_id=4, content=_unit(0.2, 1, 0))
    mine = rivals(new, [again, other])
    restated = pair_score(new, again, mine, rivals(again, [new]))
    unrelated = pair_score(new, other, mine, rivals(other, [new]))
    assert restated > unrelated
    assert best_claim(new, [again, other], pool_rivals([again, other], [new])) == (again, restated)
