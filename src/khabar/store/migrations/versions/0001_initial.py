"""The initial ledger schema, with full-text search (FTS5 on SQLite, tsvector on PostgreSQL).

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    _documents()
    _speakers()
    _statements()
    _figures_and_claims()
    _search()


def _documents() -> None:
    op.create_table(
        "documents",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("key", sa.String(400), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False, unique=True),
        sa.Column("lang", sa.String(8), nullable=False),
        sa.Column("published", sa.Date),
        sa.Column("title", sa.Text),
        sa.Column("outlet", sa.String(200)),
        sa.Column("url", sa.Text),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("chars", sa.Integer, nullable=False),
        sa.Column("story_id", sa.Integer),
        sa.Column("linked", sa.Boolean, nullable=False),
    )
    op.create_index("ix_documents_key", "documents", ["key"])
    op.create_index("ix_documents_story_id", "documents", ["story_id"])
    op.create_index("ix_documents_linked", "documents", ["linked"])
    op.create_table(
        "sources",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "document_id",
            sa.Integer,
            sa.ForeignKey("documents.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("origin", sa.Text, nullable=False),
        sa.Column("key", sa.String(400), nullable=False),
        sa.Column("url", sa.Text),
        sa.Column("outlet", sa.String(200)),
        sa.Column("published", sa.Date),
        sa.UniqueConstraint("document_id", "origin", name="uq_sources_document_origin"),
    )
    op.create_index("ix_sources_document_id", "sources", ["document_id"])


def _speakers() -> None:
    op.create_table(
        "speakers",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("type", sa.String(20), nullable=False),
    )
    op.create_table(
        "speaker_aliases",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("speaker_id", sa.Integer, sa.ForeignKey("speakers.id"), nullable=False),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("folded", sa.String(400), nullable=False),
        sa.Column("type", sa.String(20), nullable=False),
        sa.Column("lang", sa.String(8), nullable=False),
        sa.Column("mentions", sa.Integer, nullable=False),
        sa.UniqueConstraint("folded", "type", name="uq_speaker_aliases_folded_type"),
    )
    op.create_index("ix_speaker_aliases_speaker_id", "speaker_aliases", ["speaker_id"])
    op.create_table(
        "speaker_blocks",
        sa.Column(
            "alias_id",
            sa.Integer,
            sa.ForeignKey("speaker_aliases.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("block", sa.String(80), primary_key=True),
    )
    op.create_index("ix_speaker_blocks_block", "speaker_blocks", ["block"])
    op.create_table(
        "speaker_overrides",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("action", sa.String(10), nullable=False),
        sa.Column("alias_a", sa.String(400), nullable=False),
        sa.Column("alias_b", sa.String(400), nullable=False),
    )


def _statements() -> None:
    op.create_table(
        "statements",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "document_id",
            sa.Integer,
            sa.ForeignKey("documents.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("sid", sa.String(20), nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("speaker_alias_id", sa.Integer, sa.ForeignKey("speaker_aliases.id")),
        sa.Column("speaker_name", sa.Text),
        sa.Column("speaker_type", sa.String(20)),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("stance", sa.String(24), nullable=False),
        sa.Column("date", sa.Date),
        sa.Column("content", sa.Text, nullable=False),
        sa.Column("data", sa.Text, nullable=False),
        sa.Column("vector", sa.LargeBinary),
        sa.UniqueConstraint("document_id", "sid", name="uq_statements_document_sid"),
    )
    op.create_index("ix_statements_document_id", "statements", ["document_id"])
    op.create_index("ix_statements_speaker_alias_id", "statements", ["speaker_alias_id"])


def _figures_and_claims() -> None:
    op.create_table(
        "figure_series",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("unit_key", sa.String(80), nullable=False),
        sa.Column("unit", sa.Text, nullable=False),
        sa.Column("story_id", sa.Integer, nullable=False),
        sa.UniqueConstraint("unit_key", "story_id", name="uq_figure_series_unit_story"),
    )
    op.create_table(
        "quantities",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "statement_id",
            sa.Integer,
            sa.ForeignKey("statements.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("value", sa.Float),
        sa.Column("vague", sa.String(24)),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("unit", sa.Text),
        sa.Column("unit_key", sa.String(80)),
        sa.Column("series_id", sa.Integer, sa.ForeignKey("figure_series.id")),
    )
    op.create_index("ix_quantities_statement_id", "quantities", ["statement_id"])
    op.create_index("ix_quantities_unit_key", "quantities", ["unit_key"])
    op.create_index("ix_quantities_series_id", "quantities", ["series_id"])
    op.create_table(
        "claims",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("label", sa.Text, nullable=False),
    )
    op.create_table(
        "claim_members",
        sa.Column(
            "claim_id",
            sa.Integer,
            sa.ForeignKey("claims.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column(
            "statement_id",
            sa.Integer,
            sa.ForeignKey("statements.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("score", sa.Float, nullable=False),
    )
    op.create_index("ix_claim_members_statement_id", "claim_members", ["statement_id"])


def _search() -> None:
    op.create_table(
        "search_index",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "document_id",
            sa.Integer,
            sa.ForeignKey("documents.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("statement_id", sa.Integer),
        sa.Column("folded", sa.Text, nullable=False),
    )
    op.create_index("ix_search_index_document_id", "search_index", ["document_id"])
    if op.get_bind().dialect.name == "sqlite":
        _sqlite_fts()
    else:
        _postgres_tsvector()


def _sqlite_fts() -> None:
    # an external-content FTS5 table kept in step with search_index by triggers
    op.execute(
        "CREATE VIRTUAL TABLE search_fts USING fts5(folded, content='search_index', "
        "content_rowid='id', tokenize='unicode61 remove_diacritics 2')"
    )
    op.execute(
        "CREATE TRIGGER search_index_ai AFTER INSERT ON search_index BEGIN "
        "INSERT INTO search_fts(rowid, folded) VALUES (new.id, new.folded); END"
    )
    op.execute(
        "CREATE TRIGGER search_index_ad AFTER DELETE ON search_index BEGIN "
        "INSERT INTO search_fts(search_fts, rowid, folded) VALUES ('delete', old.id, old.folded); "
        "END"
    )


def _postgres_tsvector() -> None:
    op.execute(
        "ALTER TABLE search_index ADD COLUMN tsv tsvector "
        "GENERATED ALWAYS AS (to_tsvector('simple', folded)) STORED"
    )
    op.execute("CREATE INDEX ix_search_index_tsv ON search_index USING gin (tsv)")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS search_fts")
    for table in (
        "search_index",
        "claim_members",
        "claims",
        "quantities",
        "figure_series",
        "statements",
        "speaker_overrides",
        "speaker_blocks",
        "speaker_aliases",
        "speakers",
        "sources",
        "documents",
    ):
        op.drop_table(table)
