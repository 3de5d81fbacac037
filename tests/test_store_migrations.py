"""The Alembic migrations build exactly the schema the code queries, on both backends."""

from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, inspect

from khabar.store import Store
from khabar.store._schema import metadata


def _search_extras(diff: object) -> bool:
    """FTS5 shadow tables and the generated tsvector column are backend-specific on purpose."""
    text = repr(diff)
    return "search_fts" in text or "'tsv'" in text or "ix_search_index_tsv" in text


def test_store_migrations_match_schema(db_url: str) -> None:
    with Store.open(db_url) as store, store.engine.connect() as conn:
        diffs = compare_metadata(MigrationContext.configure(conn), metadata)
    assert [d for d in diffs if not _search_extras(d)] == []


def test_store_open_records_the_migration_head(db_url: str) -> None:
    with Store.open(db_url) as store, store.engine.connect() as conn:
        assert "alembic_version" in inspect(conn).get_table_names()
        assert MigrationContext.configure(conn).get_current_revision() == "0004"


def _migrate_to(db_url: str, revision: str) -> None:
    """A store as an older khabar left it: the migrations up to ``revision`` only."""
    from alembic import command
    from alembic.config import Config

    import khabar.store

    cfg = Config()
    cfg.set_main_option("script_location", str(Path(khabar.store.__file__).parent / "migrations"))
    engine = create_engine(db_url)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
    engine.dispose()


def test_store_open_upgrades_a_0002_store_with_the_linking_window_index(db_url: str) -> None:
    _migrate_to(db_url, "0002")
    with Store.open(db_url) as store, store.engine.connect() as conn:
        indexes = {i["name"]: i["column_names"] for i in inspect(conn).get_indexes("documents")}
        assert MigrationContext.configure(conn).get_current_revision() == "0004"
    assert indexes["ix_documents_linked_published"] == ["linked", "published"]


def test_store_open_upgrades_a_0003_store_with_content_vectors(db_url: str) -> None:
    _migrate_to(db_url, "0003")
    with Store.open(db_url) as store, store.engine.connect() as conn:
        columns = {c["name"] for c in inspect(conn).get_columns("statements")}
        assert MigrationContext.configure(conn).get_current_revision() == "0004"
    assert "content_vector" in columns
