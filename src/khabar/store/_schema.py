"""The one schema of the ledger store (SQLAlchemy Core tables).

The tables are created by the Alembic migrations in ``khabar/store/migrations``; this module
describes them for queries. ``tests/test_store_migrations.py`` checks that both agree.

documents ─┬─ sources            where a text was seen (url, file, feed); many per document
           ├─ statements ─── quantities ── figure_series
           │      │  └────── claim_members ── claims
           │      └── speaker_aliases ── speakers, speaker_blocks (blocking keys)
           └─ search_index       folded text for full-text search (FTS5 / tsvector)
speaker_overrides                human merge/split decisions, re-applied on every link run
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData()

documents = Table(
    "documents",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("key", String(400), nullable=False, index=True),  # ingest id or file stem
    Column("sha256", String(64), nullable=False, unique=True),
    Column("lang", String(8), nullable=False),
    Column("published", Date, index=True),
    Column("title", Text),
    Column("outlet", String(200)),
    Column("url", Text),
    Column("text", Text, nullable=False),
    Column("chars", Integer, nullable=False),
    Column("story_id", Integer, index=True),  # set by linking
    Column("linked", Boolean, nullable=False, default=False, index=True),
    Column("vector", LargeBinary),  # centroid of the statement vectors (int8), for blocking
    Index("ix_documents_linked_published", "linked", "published"),  # linking's date window
)

sources = Table(
    "sources",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("document_id", ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("origin", Text, nullable=False),  # url, or path / path#line for files and records
    Column("key", String(400), nullable=False),
    Column("url", Text),
    Column("outlet", String(200)),
    Column("published", Date),
    UniqueConstraint("document_id", "origin", name="uq_sources_document_origin"),
    Index("ix_sources_document_id", "document_id"),
)

speakers = Table(
    "speakers",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", Text, nullable=False),  # display name: the most frequent alias
    Column("type", String(20), nullable=False),
)

speaker_aliases = Table(
    "speaker_aliases",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("speaker_id", ForeignKey("speakers.id"), nullable=False, index=True),
    Column("name", Text, nullable=False),  # as written in the article
    Column("folded", String(400), nullable=False),  # lookup key; anonymous: doc-scoped
    Column("type", String(20), nullable=False),
    Column("lang", String(8), nullable=False),
    Column("mentions", Integer, nullable=False, default=0),
    UniqueConstraint("folded", "type", name="uq_speaker_aliases_folded_type"),
)

speaker_blocks = Table(  # blocking keys: an alias is only compared with aliases sharing one
    "speaker_blocks",
    metadata,
    Column("alias_id", ForeignKey("speaker_aliases.id", ondelete="CASCADE"), primary_key=True),
    Column("block", String(80), primary_key=True),
    Index("ix_speaker_blocks_block", "block"),
)

speaker_overrides = Table(
    "speaker_overrides",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("action", String(10), nullable=False),  # merge | split
    Column("alias_a", String(400), nullable=False),  # folded alias keys
    Column("alias_b", String(400), nullable=False),
)

statements = Table(
    "statements",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("document_id", ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("sid", String(20), nullable=False),  # the statement id inside its document: s3
    Column("position", Integer, nullable=False),
    Column("speaker_alias_id", ForeignKey("speaker_aliases.id"), index=True),
    Column("speaker_name", Text),
    Column("speaker_type", String(20)),
    Column("kind", String(20), nullable=False),
    Column("stance", String(24), nullable=False),
    Column("date", Date),
    Column("content", Text, nullable=False),
    Column("data", Text, nullable=False),  # the SPEC §1 statement object as JSON
    Column("vector", LargeBinary),  # sentence embedding (int8 + scale), for claim linking
    Column("content_vector", LargeBinary),  # the same, of the content alone (migration 0004)
    UniqueConstraint("document_id", "sid", name="uq_statements_document_sid"),
    Index("ix_statements_document_id", "document_id"),
)

quantities = Table(
    "quantities",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("statement_id", ForeignKey("statements.id", ondelete="CASCADE"), nullable=False),
    Column("position", Integer, nullable=False),
    Column("value", Float),
    Column("vague", String(24)),
    Column("text", Text, nullable=False),
    Column("unit", Text),
    Column("unit_key", String(80), index=True),  # what it counts, normalised across AR/EN
    Column("series_id", ForeignKey("figure_series.id"), index=True),
    Index("ix_quantities_statement_id", "statement_id"),
)

figure_series = Table(
    "figure_series",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("unit_key", String(80), nullable=False),
    Column("unit", Text, nullable=False),  # a display form of the unit
    Column("story_id", Integer, nullable=False),
    UniqueConstraint("unit_key", "story_id", name="uq_figure_series_unit_story"),
)

claims = Table(
    "claims",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("label", Text, nullable=False),  # content of the first statement
)

claim_members = Table(
    "claim_members",
    metadata,
    Column("claim_id", ForeignKey("claims.id", ondelete="CASCADE"), primary_key=True),
    Column("statement_id", ForeignKey("statements.id", ondelete="CASCADE"), primary_key=True),
    Column("score", Float, nullable=False),
    Index("ix_claim_members_statement_id", "statement_id"),
)

search_index = Table(
    "search_index",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("document_id", ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("statement_id", Integer),  # null: the whole document
    Column("folded", Text, nullable=False),
    Index("ix_search_index_document_id", "document_id"),
)
