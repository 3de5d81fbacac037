"""The ledger store: open (and migrate) a database, add documents, run the linker."""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, func, insert, select
from sqlalchemy.exc import IntegrityError, OperationalError

from khabar.errors import StoreError
from khabar.ingest.record import ArticleRecord
from khabar.model import Document, Statement, statement_to_dict
from khabar.store import _schema as t
from khabar.store import _views
from khabar.text import fold

DEFAULT_DB = "khabar.db"


def resolve_url(url: str | None = None) -> str:
    """The database URL to use: ``url``, else ``$KHABAR_DB``, else ``./khabar.db``.

    A bare path means an SQLite file; ``postgresql://`` gets the psycopg 3 driver.

    >>> resolve_url("ledger.db")
    'sqlite:///ledger.db'
    >>> resolve_url("postgresql://u@/khabar")
    'postgresql+psycopg://u@/khabar'
    """
    url = url or os.environ.get("KHABAR_DB") or DEFAULT_DB
    if "://" not in url:
        return f"sqlite:///{url}"
    if url.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def _make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        path = url.split(":///", 1)[-1]
        if path and path != ":memory:" and not Path(path).parent.exists():
            raise StoreError(f"{url}: the folder {Path(path).parent} does not exist")
        engine = create_engine(url)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True)


def _migrate(engine: Engine) -> None:
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(Path(__file__).parent / "migrations"))
    if engine.dialect.name != "sqlite":
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
        return
    # SQLite: the sqlite3 module runs CREATE TABLE outside any transaction, so a process
    # killed while creating the store could leave it half-made. Run the whole migration in
    # one explicit transaction that takes the write lock at once (BEGIN IMMEDIATE): a kill
    # rolls it back, and a second process creating the same store waits instead of racing.
    with engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        assert raw is not None
        previous = raw.isolation_level
        raw.isolation_level = None
        try:
            conn.exec_driver_sql("BEGIN IMMEDIATE")
            try:
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
            except BaseException:
                conn.exec_driver_sql("ROLLBACK")
                raise
            conn.exec_driver_sql("COMMIT")
        finally:
            raw.isolation_level = previous


class Store:
    """A ledger database (SQLite or PostgreSQL). See :mod:`khabar.store` for the API."""

    def __init__(self, engine: Engine, url: str) -> None:
        self.engine = engine
        self.url = url

    @classmethod
    def open(cls, url: str | None = None, *, migrate: bool = True) -> Store:
        """Open the store at ``url`` (see :func:`resolve_url`), creating or upgrading it."""
        resolved = resolve_url(url)
        try:
            engine = _make_engine(resolved)
            if migrate:
                _migrate(engine)
        except (OperationalError, OSError) as exc:
            raise StoreError(f"{_safe(resolved)}: cannot open the store: {exc}") from exc
        return cls(engine, resolved)

    @property
    def dialect(self) -> str:
        """``sqlite`` or ``postgresql``."""
        return self.engine.dialect.name

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def connect(self) -> Iterator[Connection]:
        """A read connection."""
        with self.engine.connect() as conn:
            yield conn

    # -- writing ---------------------------------------------------------------------------

    def has_hash(self, sha256: str) -> bool:
        """True when a document with this text (SHA-256 of its UTF-8) is stored."""
        with self.engine.connect() as conn:
            found = conn.execute(select(t.documents.c.id).where(t.documents.c.sha256 == sha256))
            return found.first() is not None

    def add_document(self, record: ArticleRecord, doc: Document) -> tuple[int, bool]:
        """Store one extracted article in one transaction: ``(document id, is_new)``.

        A text already stored (same SHA-256) is not stored again; a new origin of it is added
        as a source. Nothing is half-written: the document, its statements, quantities and
        search rows commit together or not at all.
        """
        try:
            with self.engine.begin() as conn:
                return self._add(conn, record, doc)
        except IntegrityError:
            # another writer stored the same text between our check and our insert
            with self.engine.begin() as conn:
                return self._add(conn, record, doc)

    def _add(self, conn: Connection, record: ArticleRecord, doc: Document) -> tuple[int, bool]:
        sha = doc.sha256
        row = conn.execute(select(t.documents.c.id).where(t.documents.c.sha256 == sha)).first()
        if row is not None:
            self._add_source(conn, row.id, record)
            return row.id, False
        doc_id = conn.execute(
            insert(t.documents)
            .values(
                key=record.key,
                sha256=sha,
                lang=doc.lang,
                published=doc.published,
                title=record.title,
                outlet=record.outlet,
                url=record.url,
                text=doc.text,
                chars=len(doc.text),
                linked=False,
            )
            .returning(t.documents.c.id)
        ).scalar_one()
        self._add_source(conn, doc_id, record)
        head = f"{record.title or ''}\n{doc.text}" if record.title else doc.text
        conn.execute(insert(t.search_index).values(document_id=doc_id, folded=fold(head)))
        for position, st in enumerate(doc.statements):
            self._add_statement(conn, doc_id, position, st)
        return doc_id, True

    def _add_source(self, conn: Connection, doc_id: int, record: ArticleRecord) -> None:
        origin = record.origin or record.url or record.key
        exists = conn.execute(
            select(t.sources.c.id).where(
                t.sources.c.document_id == doc_id, t.sources.c.origin == origin
            )
        ).first()
        if exists is None:
            conn.execute(
                insert(t.sources).values(
                    document_id=doc_id,
                    origin=origin,
                    key=record.key,
                    url=record.url,
                    outlet=record.outlet,
                    published=record.published,
                )
            )

    def _add_statement(self, conn: Connection, doc_id: int, position: int, st: Statement) -> None:
        from khabar.ledger.units import unit_key

        speaker = st.speaker
        st_id = conn.execute(
            insert(t.statements)
            .values(
                document_id=doc_id,
                sid=st.id,
                position=position,
                speaker_name=(speaker.name or speaker.text) if speaker else None,
                speaker_type=speaker.type if speaker else None,
                kind=st.kind,
                stance=st.stance,
                date=st.date,
                content=st.content.text,
                data=json.dumps(statement_to_dict(st), ensure_ascii=False),
            )
            .returning(t.statements.c.id)
        ).scalar_one()
        for k, q in enumerate(st.quantities):
            conn.execute(
                insert(t.quantities).values(
                    statement_id=st_id,
                    position=k,
                    value=q.value,
                    vague=q.vague,
                    text=q.text,
                    unit=q.unit,
                    unit_key=unit_key(q.unit) if q.unit else None,
                )
            )
        said = f"{st.speaker.name or st.speaker.text}: " if st.speaker else ""
        conn.execute(
            insert(t.search_index).values(
                document_id=doc_id, statement_id=st_id, folded=fold(said + st.content.text)
            )
        )

    # -- linking and views -----------------------------------------------------------------

    def link_new(self, embedder: Callable[[list[str]], Any] | None = None) -> dict[str, int]:
        """Link the documents not linked yet against the ledger (speakers, claims, figures).

        Incremental: each new statement is compared with blocked candidates only, so the
        cost per document does not grow with the store. ``embedder`` replaces the sentence
        embedding model (benchmarks of the store side use a hash stub).
        Returns counts: ``{"documents": …, "statements": …, "claim_links": …}``.
        """
        from khabar.ledger import link_new

        return link_new(self, embedder)

    def merge_speakers(self, keep: int, other: int) -> int:
        """Merge speaker ``other`` into ``keep``; remembered, so it survives re-runs."""
        from khabar.ledger.speakers import merge_speakers

        with self.engine.begin() as conn:
            return merge_speakers(conn, keep, other)

    def split_speaker(self, speaker: int, alias: str) -> int:
        """Move ``alias`` out of ``speaker`` into a new speaker; returns the new id."""
        from khabar.ledger.speakers import split_speaker

        with self.engine.begin() as conn:
            return split_speaker(conn, speaker, alias)

    def export_statements(self, doc: str | None = None) -> Iterator[dict[str, Any]]:
        """Every statement (or those of document ``doc``) as the export contract row."""
        with self.engine.connect() as conn:
            yield from _views.export_rows(conn, doc)

    def speakers(self, query: str | None = None) -> list[dict[str, Any]]:
        """Ledger speakers with aliases and mentions (optionally those matching ``query``)."""
        with self.engine.connect() as conn:
            return _views.speaker_rows(conn, query)

    def claims(self, min_size: int = 2) -> list[dict[str, Any]]:
        """Claim clusters with first/last seen, outlets, speakers and the stance mix."""
        with self.engine.connect() as conn:
            return _views.claim_rows(conn, min_size)

    def figures(self, query: str | None = None) -> list[dict[str, Any]]:
        """Figure timelines (the ``khabar figures --format json`` contract)."""
        with self.engine.connect() as conn:
            return _views.figure_rows(conn, query)

    def document(self, key: str) -> dict[str, Any] | None:
        """One stored article, its sources and statements; None when unknown."""
        with self.engine.connect() as conn:
            return _views.document_view(conn, key)

    def search(self, query: str, limit: int = 20) -> list[dict[str, Any]]:
        """Full-text search over folded text of documents and statements."""
        with self.engine.connect() as conn:
            return _views.search_rows(conn, query, limit)

    def counts(self) -> dict[str, int]:
        """How many documents, statements, speakers and claims are stored."""
        tables = {
            "documents": t.documents,
            "sources": t.sources,
            "statements": t.statements,
            "speakers": t.speakers,
            "claims": t.claims,
        }
        with self.engine.connect() as conn:
            return {
                name: conn.execute(select(func.count()).select_from(table)).scalar_one()
                for name, table in tables.items()
            }


def _safe(url: str) -> str:
    """A URL without its password, for messages."""
    if "@" in url and "://" in url:
        scheme, rest = url.split("://", 1)
        creds, host = rest.rsplit("@", 1)
        return f"{scheme}://{creds.split(':', 1)[0]}:***@{host}"
    return url
