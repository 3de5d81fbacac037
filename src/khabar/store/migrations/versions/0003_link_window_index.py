"""Linking reads a capped number of rows: an index on (linked, published).

The linker compares a new document with the linked documents nearest in date
(``WHERE linked AND published BETWEEN … ORDER BY published LIMIT …``). With only the
separate indexes on ``linked`` and ``published``, SQLite chose the one on ``linked``,
read every linked document and sorted them: linking cost grew with the store
(``bench/README.md``). With ``ix_documents_linked_published`` the query reads the rows it
returns and no more, on SQLite and PostgreSQL.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_documents_linked_published", "documents", ["linked", "published"])


def downgrade() -> None:
    op.drop_index("ix_documents_linked_published", "documents")
