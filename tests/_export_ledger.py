"""A small real store for the export tests: hand-made articles, declared speakers and claims.

Four fictional articles (two Arabic, two English) with hand-built statements. After linking,
the speakers and the claim clusters are *declared* (speakers merged by the store's own
merge command, clusters written in place of the linker's), so these tests pin the exports
whatever the linker decides.

Claims:
- ``TROOPS``: asserted by Virgil Belloni (three spellings, two languages), not independently
  verified by Kestrel;
- ``RIVER``: only denied (by the defence ministry, in Arabic and in English).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import delete, insert, select

from _ledger_articles import article, statement
from khabar.ledger.vectors import embed_stub
from khabar.store import Store
from khabar.store import _schema as t

AR_1 = (
    "قال الجنرال فيرجيل بيلوني يوم الخميس إن نحو 10 آلاف جندي انتشروا على الحدود.\n"
    "ونفت وزارة الدفاع أن تكون القوات قد عبرت النهر."
)
AR_2 = "وأكد فرجيل بيلونى في مؤتمر صحفي أن عدد الجنود بلغ 12 ألف جندي."
EN_1 = (
    "Virgil Belloni told reporters that 12,000 troops were at the border. "
    "Kestrel could not independently verify the figure."
)
EN_2 = "The defence ministry denied that troops had crossed the river."

BASE_URL = "https://ledger.example.org"
TROOPS = "عدد الجنود على الحدود"  # the declared label of the troops claim
RIVER = "القوات عبرت النهر"


def articles() -> list[Any]:
    """(record, document) pairs of the four articles."""
    d17, d18, d19, d20, d21 = (date(2024, 10, day) for day in (17, 18, 19, 20, 21))
    ar1 = [
        statement(AR_1, "s1", "الجنرال فيرجيل بيلوني", "نحو 10 آلاف جندي انتشروا على الحدود",
                  day=d17, numbers=((10000, "10 آلاف", "جندي"),)),
        statement(AR_1, "s2", "وزارة الدفاع", "تكون القوات قد عبرت النهر", cue="ونفت",
                  stance="deny", type="organisation", day=d19),
    ]  # fmt: skip
    ar2 = [
        statement(AR_2, "s1", "فرجيل بيلونى", "عدد الجنود بلغ 12 ألف جندي", cue="وأكد",
                  stance="confirm", day=d18, numbers=((12000, "12 ألف", "جندي"),)),
    ]  # fmt: skip
    en1 = [
        statement(EN_1, "s1", "Virgil Belloni", "12,000 troops were at the border", cue="told",
                  day=d20, numbers=((12000, "12,000", "troops"),)),
        statement(EN_1, "s2", "Kestrel", "could not independently verify the figure",
                  cue="could not independently verify", stance="unverified", type="outlet",
                  day=d20),
    ]  # fmt: skip
    en2 = [
        statement(EN_2, "s1", "The defence ministry", "troops had crossed the river",
                  cue="denied", stance="deny", type="organisation"),
    ]  # fmt: skip
    return [
        article("ar-1", AR_1, ar1, published=d19, outlet="الشرق", url="https://example.org/a/1"),
        article("ar-2", AR_2, ar2, published=d19, outlet="النهار"),
        article("en-1", EN_1, en1, lang="en", published=d20, outlet="Daily Ledger",
                url="https://example.com/en-1"),
        article("en-2", EN_2, en2, lang="en", published=d21),
    ]  # fmt: skip


CLAIMS = {
    TROOPS: [("ar-1", "s1"), ("ar-2", "s1"), ("en-1", "s1"), ("en-1", "s2")],
    RIVER: [("ar-1", "s2"), ("en-2", "s1")],
}
SAME_SPEAKER = [["الجنرال فيرجيل بيلوني", "فرجيل بيلونى", "Virgil Belloni"],
                ["وزارة الدفاع", "The defence ministry"]]  # fmt: skip


def export_store(url: str) -> Store:
    """The store at ``url`` holding :func:`articles`, with declared speakers and claims."""
    store = Store.open(url)
    for record, doc in articles():
        store.add_document(record, doc)
    store.link_new(embed_stub)  # the clusters are declared below: no model needed
    for names in SAME_SPEAKER:
        ids = [speaker_of(store, name) for name in names]
        for other in ids[1:]:
            if other != ids[0]:
                store.merge_speakers(ids[0], other)
    declare_claims(store)
    return store


def speaker_of(store: Store, name: str) -> int:
    """The ledger speaker id of the statement speaker written ``name``."""
    a, st = t.speaker_aliases.c, t.statements.c
    with store.connect() as conn:
        found: int = conn.execute(
            select(a.speaker_id)
            .join(t.statements, st.speaker_alias_id == a.id)
            .where(st.speaker_name == name)
            .limit(1)
        ).scalar_one()
    return found


def statement_id(conn: Any, doc: str, sid: str) -> int:
    found: int = conn.execute(
        select(t.statements.c.id)
        .join(t.documents, t.documents.c.id == t.statements.c.document_id)
        .where(t.documents.c.key == doc, t.statements.c.sid == sid)
    ).scalar_one()
    return found


def declare_claims(store: Store) -> dict[str, str]:
    """Replace the linker's clusters by :data:`CLAIMS`; returns the claim id of each label."""
    ids = {}
    with store.engine.begin() as conn:
        conn.execute(delete(t.claim_members))
        conn.execute(delete(t.claims))
        for number, (label, refs) in enumerate(CLAIMS.items(), start=1):
            conn.execute(insert(t.claims).values(id=number, label=label))
            for doc, sid in refs:
                member = {"claim_id": number, "statement_id": statement_id(conn, doc, sid)}
                conn.execute(insert(t.claim_members).values(**member, score=1.0))
            ids[label] = f"c{number}"
    return ids
