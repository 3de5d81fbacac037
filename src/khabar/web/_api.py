"""The REST API under ``/api``: JSON views of the ledger and two write endpoints."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi import Query as Param
from fastapi.responses import Response, StreamingResponse

from khabar.export import Site
from khabar.web import _export
from khabar.web._auth import require_read, require_write
from khabar.web._schemas import (
    ClaimDetail,
    ClaimSummary,
    DocumentCreated,
    DocumentDetail,
    DocumentIn,
    DocumentSummary,
    ErrorOut,
    ExtractIn,
    ExtractOut,
    FigureSeries,
    Lang,
    LedgerStatement,
    Page,
    SpeakerDetail,
    SpeakerSummary,
    Stance,
)
from khabar.web._source import MAX_LIMIT, LedgerSource, Query, Row

_ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorOut} for code in (400, 401, 403, 404, 413, 422)
}
# every endpoint passes the read check (open unless a read token is set; the write token
# passes it too); write endpoints also need the write token
router = APIRouter(prefix="/api", responses=_ERRORS, dependencies=[Depends(require_read)])


def source(request: Request) -> LedgerSource:
    src: LedgerSource = request.app.state.source
    return src


ISO_DAY = r"^\d{4}-\d{2}-\d{2}$"
Source = Annotated[LedgerSource, Depends(source)]


def filter_query(
    q: Annotated[str | None, Param(max_length=500, description="full-text, Arabic-folded")] = None,
    speaker: Annotated[str | None, Param(max_length=200, description="speaker id")] = None,
    stance: Stance | None = None,
    outlet: Annotated[str | None, Param(max_length=200)] = None,
    lang: Lang | None = None,
    since: Annotated[
        str | None,
        Param(pattern=ISO_DAY, description="YYYY-MM-DD", json_schema_extra={"format": "date"}),
    ] = None,
    until: Annotated[
        str | None,
        Param(pattern=ISO_DAY, description="YYYY-MM-DD", json_schema_extra={"format": "date"}),
    ] = None,
    doc: Annotated[str | None, Param(max_length=200, description="document id")] = None,
) -> Query:
    """Filters shared by every list endpoint and the export."""
    first, last = _day(since, "since"), _day(until, "until")
    return Query(q or None, speaker, stance, outlet, lang, first, last, doc)


def list_query(
    filters: Annotated[Query, Depends(filter_query)],
    limit: Annotated[int, Param(ge=1, le=MAX_LIMIT)] = 50,
    offset: Annotated[int, Param(ge=0, le=10_000_000)] = 0,
) -> Query:
    """Filters and paging shared by every list endpoint."""
    return replace(filters, limit=limit, offset=offset)


def _day(value: str | None, name: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise HTTPException(
            422, f"invalid request: query.{name}: {value!r} is not a date"
        ) from None


Filters = Annotated[Query, Depends(list_query)]
ExportFilters = Annotated[Query, Depends(filter_query)]


def _page(rows: tuple[list[Row], int], query: Query) -> dict[str, Any]:
    items, total = rows
    return {"items": items, "total": total, "limit": query.limit, "offset": query.offset}


def _found(row: Row | None, what: str, key: str) -> Row:
    if row is None:
        raise HTTPException(404, f"no {what} with id {key!r}")
    return row


@router.get("/documents", response_model=Page[DocumentSummary], tags=["documents"])
def list_documents(src: Source, query: Filters) -> dict[str, Any]:
    """Stored articles, newest first; ``q`` searches their text."""
    return _page(src.list_documents(query), query)


@router.get("/documents/{doc_id}", response_model=DocumentDetail, tags=["documents"])
def get_document(src: Source, doc_id: str) -> Row:
    """One article: its text and every statement in it."""
    return _found(src.get_document(doc_id), "document", doc_id)


@router.get(
    "/documents/{doc_id}/statements/{statement_id}",
    response_model=LedgerStatement,
    tags=["statements"],
)
def get_statement(src: Source, doc_id: str, statement_id: str) -> Row:
    """One statement, by its document id and its id within the document (``s3``)."""
    doc = _found(src.get_document(doc_id), "document", doc_id)
    found = [s for s in doc["statements"] if s["id"] == statement_id]
    return _found(found[0] if found else None, f"statement in {doc_id!r}", statement_id)


@router.get("/statements", response_model=Page[LedgerStatement], tags=["statements"])
def list_statements(src: Source, query: Filters) -> dict[str, Any]:
    """Statements across the ledger, in date order, with every filter."""
    return _page(src.list_statements(query), query)


@router.get("/search", response_model=Page[LedgerStatement], tags=["statements"])
def search(
    src: Source, query: Filters, q: Annotated[str, Param(min_length=1, max_length=500)]
) -> dict[str, Any]:
    """Full-text search over statements (Arabic-folded: بيلوني finds بيلونى)."""
    return _page(src.list_statements(query), query)


@router.get("/speakers", response_model=Page[SpeakerSummary], tags=["speakers"])
def list_speakers(src: Source, query: Filters) -> dict[str, Any]:
    """Ledger speakers, most quoted first; ``q`` matches names and aliases."""
    return _page(src.list_speakers(query), query)


@router.get("/speakers/{speaker_id}", response_model=SpeakerDetail, tags=["speakers"])
def get_speaker(src: Source, speaker_id: str) -> Row:
    """One speaker across outlets and languages, with every statement in date order."""
    return _found(src.get_speaker(speaker_id), "speaker", speaker_id)


@router.get("/claims", response_model=Page[ClaimSummary], tags=["claims"])
def list_claims(src: Source, query: Filters) -> dict[str, Any]:
    """Claim clusters, most repeated first."""
    return _page(src.list_claims(query), query)


@router.get("/claims/{claim_id}", response_model=ClaimDetail, tags=["claims"])
def get_claim(src: Source, claim_id: str) -> Row:
    """One claim cluster: who asserted, denied or could not confirm it, and when."""
    return _found(src.get_claim(claim_id), "claim", claim_id)


@router.get("/figures", response_model=Page[FigureSeries], tags=["figures"])
def list_figures(src: Source, query: Filters) -> dict[str, Any]:
    """Figure timelines; ``q`` matches what is counted (troops, قتلى)."""
    return _page(src.list_figures(query), query)


@router.get("/figures/{series_id}", response_model=FigureSeries, tags=["figures"])
def get_figure(src: Source, series_id: str) -> Row:
    """One timeline of a counted thing, points in date order, first occurrences marked."""
    return _found(src.get_figure(series_id), "figure series", series_id)


_EXPORT_RESPONSES: dict[int | str, dict[str, Any]] = {
    200: {
        "description": "JSONL (one statement per line, streamed), CSV (streamed) or a "
        "JSON-LD array of schema.org ClaimReview objects",
        "content": {
            "application/x-ndjson": {"schema": {"type": "string"}},
            "text/csv": {"schema": {"type": "string"}},
            "application/ld+json": {
                "schema": {"type": "array", "items": {"type": "object"}},
            },
        },
    }
}


@router.get("/export", response_class=Response, responses=_EXPORT_RESPONSES, tags=["export"])
def export(
    request: Request,
    src: Source,
    query: ExportFilters,
    format: Annotated[_export.ExportFormat, Param(description="what to export")] = "jsonl",
    bom: Annotated[
        bool, Param(description="CSV only: start with a UTF-8 byte-order mark (for Excel)")
    ] = False,
) -> Response:
    """The ledger as ``khabar export`` writes it, with the filters of ``/api/statements``.

    ``jsonl``: every matching statement with its document metadata, one per line;
    ``csv``: the same as a spreadsheet (UTF-8, Arabic intact); ``claimreview``: one
    schema.org ClaimReview per claim cluster with a matching statement, keeping those
    statements (who asserted, denied or could not confirm the claim: no truth rating).
    No paging: the whole selection is streamed.
    """
    headers = {"Content-Disposition": _export.content_disposition(format)}
    media_type = _export.MEDIA_TYPES[format]
    chunks: Iterator[str]
    if format == "claimreview":
        site = Site(str(request.base_url).rstrip("/"))
        chunks = _export.claimreview_chunks(src, query, site)
    elif format == "jsonl":
        chunks = _export.jsonl_chunks(src.export_statements(query))
    else:
        chunks = _export.csv_chunks(src.export_statements(query), bom)
    return StreamingResponse(chunks, media_type=media_type, headers=headers)


@router.post(
    "/extract",
    response_model=ExtractOut,
    dependencies=[Depends(require_write)],
    tags=["extract"],
)
def extract(body: ExtractIn) -> dict[str, Any]:
    """Stateless extraction: article text in, the SPEC §1 JSON out (nothing is stored)."""
    import khabar
    from khabar.model import document_to_dict

    doc = khabar.extract(body.text, published=body.published, lang=body.lang)
    return document_to_dict(doc)


@router.post(
    "/documents",
    response_model=DocumentCreated,
    status_code=201,
    dependencies=[Depends(require_write)],
    tags=["documents"],
)
def add_document(src: Source, body: DocumentIn) -> dict[str, Any]:
    """Ingest one article; the same text twice is stored once (``created: false``)."""
    doc_id, created, count = src.add_document(body.model_dump(mode="python"))
    return {"id": doc_id, "created": created, "statement_count": count}
