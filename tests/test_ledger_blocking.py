"""Linking cost does not grow with the store: every candidate set is capped."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import numpy as np
import pytest
from sqlalchemy import func, select

from _ledger_articles import article, statement
from khabar.ledger import _link
from khabar.ledger.vectors import DIM, embed_stub, pack, unpack
from khabar.store import Store
from khabar.store import _schema as t


def _said(n: int) -> tuple:
    text = f"قال المتحدث سالم عون إن الميناء رقم {n} مغلق."
    st = statement(text, "s1", "سالم عون", f"الميناء رقم {n} مغلق")
    return article(f"doc-{n}", text, [st], published=date(2025, 6, 1 + n % 5))


def test_ledger_blocking_candidates_are_capped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_link, "NEAR_DOCS", 6)
    monkeypatch.setattr(_link, "CLAIM_DOCS", 2)
    monkeypatch.setattr(_link, "SPEAKER_RECENT", 3)
    seen: list[tuple[int, int]] = []
    pool = _link._claim_pool

    def spy_pool(*args: object) -> list:
        items = pool(*args)  # type: ignore[arg-type]
        seen.append((len(args[2]), len(items)))  # type: ignore[arg-type]
        return items

    monkeypatch.setattr(_link, "_claim_pool", spy_pool)
    with Store.open(f"sqlite:///{tmp_path}/cap.db") as store:
        for n in range(30):
            store.add_document(*_said(n))
            store.link_new(embed_stub)
        with store.engine.connect() as conn:
            linked = conn.execute(
                select(func.count()).where(t.documents.c.linked.is_(True))
            ).scalar_one()
    assert linked == 30
    assert max(near for near, _ in seen) <= 6  # documents compared
    assert max(items for _, items in seen) <= 2 + 3  # statements scored (1 per document)


def test_ledger_blocking_vectors_are_stored_compactly() -> None:
    rows = embed_stub([f"جملة {k}" for k in range(20)])
    for v in rows:
        blob = pack(v)
        assert len(blob) == DIM + 4
        assert float(unpack(blob) @ v) > 0.999
    # float32 vectors written by older stores are still read
    assert np.allclose(unpack(rows[0].tobytes()), rows[0])
