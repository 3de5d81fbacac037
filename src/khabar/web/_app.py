"""The FastAPI application of ``khabar serve``: HTML pages and the REST API over one store."""

from __future__ import annotations

import re
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

import khabar
from khabar.errors import InputError, KhabarError
from khabar.web._auth import Tokens
from khabar.web._limits import BodyLimitMiddleware, SecurityHeadersMiddleware
from khabar.web._source import LedgerSource

HERE = Path(__file__).parent
MAX_BODY_BYTES = 5 * 1024 * 1024  # a long article is ~100 kB; 5 MB leaves room and caps abuse


def create_app(
    store: str | LedgerSource,
    *,
    write_token: str | None = None,
    read_token: str | None = None,
    max_body_bytes: int = MAX_BODY_BYTES,
) -> FastAPI:
    """The web UI and REST API over a store URL (``sqlite:///khabar.db``) or a source object.

    Write endpoints need ``write_token`` as a bearer token and are disabled without
    one; read endpoints are open unless ``read_token`` is given.
    """
    from khabar.web import _api, _pages

    app = FastAPI(
        title="khabar",
        version=khabar.__version__,
        description="Who said what, when, how sure, with which numbers: a ledger of "
        "attributed statements from news articles (Arabic and English).",
        docs_url=None,  # Swagger UI needs a CDN; the schema is at /openapi.json
        redoc_url=None,
    )
    app.state.source = open_source(store) if isinstance(store, str) else store
    app.state.tokens = Tokens(write=write_token or None, read=read_token or None)
    app.state.max_body_bytes = max_body_bytes
    app.add_middleware(BodyLimitMiddleware, max_bytes=max_body_bytes)
    app.add_middleware(SecurityHeadersMiddleware)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.include_router(_api.router)
    app.include_router(_pages.router)
    _add_error_handlers(app)
    return app


def open_source(url: str) -> LedgerSource:
    """Open the ledger store at ``url`` as a :class:`LedgerSource`."""
    from khabar.web._store_source import StoreSource

    return StoreSource.open(url)


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.url.path == "/openapi.json"


def _error(
    request: Request, status: int, message: str, details: list[dict[str, object]]
) -> Response:
    if _wants_json(request):
        body = {"error": {"status": status, "message": message, "details": details}}
        return JSONResponse(body, status_code=status)
    from khabar.web._pages import render_error

    return render_error(request, status, message)


def _allowed_methods(request: Request) -> list[str]:
    """Every method of every route on this path (Starlette names only the first route's)."""
    methods: set[str] = set()
    for template, operations in request.app.openapi()["paths"].items():
        pattern = re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(template))
        if re.fullmatch(pattern, request.url.path):
            methods |= {m.upper() for m in operations}
    return sorted(methods)


def _add_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        response = _error(request, exc.status_code, str(exc.detail), [])
        for key, value in (exc.headers or {}).items():
            response.headers[key] = value
        if exc.status_code == 405:
            response.headers["Allow"] = ", ".join(_allowed_methods(request))
        return response

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, exc: RequestValidationError) -> Response:
        problems = [
            (".".join(str(p) for p in e.get("loc", ())), str(e.get("msg", "")))
            for e in exc.errors()
        ]
        details: list[dict[str, object]] = [{"loc": loc, "message": msg} for loc, msg in problems]
        where = "; ".join(f"{loc}: {msg}" for loc, msg in problems)
        return _error(request, 422, f"invalid request: {where}", details)

    @app.exception_handler(InputError)
    async def bad_input(request: Request, exc: InputError) -> Response:
        return _error(request, 400, str(exc), [])

    @app.exception_handler(KhabarError)
    async def khabar_error(request: Request, exc: KhabarError) -> Response:
        return _error(request, 500, str(exc), [])


def openapi_document() -> str:
    """The OpenAPI schema of the API as checked into ``docs/openapi.json``.

    Regenerate the file with ``python -m khabar.web.openapi > docs/openapi.json``.
    """
    import json

    from khabar.web._source import EmptyLedger

    schema = create_app(EmptyLedger()).openapi()
    return json.dumps(schema, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
