"""The incremental linker: each document not linked yet is linked in its own transaction."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import select, update

from khabar.store import _schema as t

if TYPE_CHECKING:
    from khabar.store import Store


def link_new(store: Store) -> dict[str, int]:
    """Link every unlinked document, oldest first; returns how many were linked."""
    counts = {"documents": 0, "statements": 0}
    with store.engine.connect() as conn:
        pending = (
            conn.execute(
                select(t.documents.c.id)
                .where(t.documents.c.linked.is_(False))
                .order_by(t.documents.c.id)
            )
            .scalars()
            .all()
        )
    for doc_id in pending:
        with store.engine.begin() as conn:
            conn.execute(update(t.documents).where(t.documents.c.id == doc_id).values(linked=True))
        counts["documents"] += 1
    return counts
