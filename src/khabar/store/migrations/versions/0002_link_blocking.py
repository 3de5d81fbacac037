"""Linking that does not grow with the store: document vectors and a date index.

``documents.vector`` holds the document's centroid (int8, see ``khabar.ledger.vectors``):
a new document is compared with the centroids of a capped number of documents nearest in
date, found through ``ix_documents_published``, and only the closest of them give claim
candidates.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("documents") as batch:
        batch.add_column(sa.Column("vector", sa.LargeBinary))
    op.create_index("ix_documents_published", "documents", ["published"])


def downgrade() -> None:
    op.drop_index("ix_documents_published", "documents")
    with op.batch_alter_table("documents") as batch:
        batch.drop_column("vector")
