"""``khabar serve``: the web UI and REST API over the ledger store.

>>> from khabar.web import create_app
>>> app = create_app(EmptyLedger(), write_token="s3cret")
>>> sorted(p for p in app.openapi()["paths"] if p.startswith("/api/speakers"))
['/api/speakers', '/api/speakers/{speaker_id}']
"""

from khabar.web._app import create_app, open_source, openapi_document
from khabar.web._source import EmptyLedger, LedgerSource, Query

__all__ = ["EmptyLedger", "LedgerSource", "Query", "create_app", "open_source", "openapi_document"]
