"""The ledger store: many articles, their statements, and the links between them.

One schema (SQLAlchemy 2, Alembic migrations shipped in ``khabar/store/migrations``) on
SQLite (default ``./khabar.db`` or ``$KHABAR_DB``) or PostgreSQL
(``postgresql+psycopg://…``). Full-text search over Arabic-folded text: FTS5 on SQLite,
``tsvector`` on PostgreSQL.

Public API (what the CLI, the batch runner and the web UI use)::

    from khabar.store import Store
    from khabar.ingest.record import ArticleRecord

    store = Store.open("sqlite:///ledger.db")        # creates / migrates; or Store.open()
    if not store.has_hash(sha256_of_text):          # cheap skip before extraction
        doc = khabar.extract(text, published=day)
        doc_id, is_new = store.add_document(ArticleRecord(key, text, day), doc)  # 1 transaction
    store.link_new()           # incremental linking of documents not linked yet
    store.export_statements()  # iterator of export-contract dicts (one per statement)
    store.speakers(); store.claims(); store.figures("displaced"); store.document("flood-01")
    store.search("النجار"); store.counts()
    store.close()

Each ``add_document`` is one transaction: an interrupted ingest loses nothing and resumes
without duplicates (documents are unique by the SHA-256 of their text; the same text from
a new origin only adds a source). Concurrent writers are safe: a race on the same text
resolves to "duplicate".

>>> resolve_url("sqlite:////tmp/ledger.db")
'sqlite:////tmp/ledger.db'
"""

from khabar.store._store import Store, resolve_url
from khabar.store._views import parse_ref

__all__ = ["Store", "parse_ref", "resolve_url"]
