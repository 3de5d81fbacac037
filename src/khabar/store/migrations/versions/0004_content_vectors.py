"""Claim linking compares what two statements say, not only the paragraphs around them.

A second e5 vector per statement, of its content alone (int8 + scale, as ``vector``):
``vector`` embeds the paragraph, which names the claim a denial answers but is shared by
every statement of that paragraph; ``content_vector`` tells those statements apart.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("statements", sa.Column("content_vector", sa.LargeBinary(), nullable=True))


def downgrade() -> None:
    op.drop_column("statements", "content_vector")
