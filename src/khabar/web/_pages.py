"""Server-rendered HTML pages (Jinja2, autoescaped): every page has a stable URL.

Article text reaches a template only as :class:`~khabar.web._highlight.Piece` strings,
which Jinja escapes; no template uses ``|safe``.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any
from urllib.parse import urlencode

import jinja2
from fastapi import APIRouter, Depends, Form, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates

from khabar.model import STANCES
from khabar.web._api import Source, filter_query, list_query
from khabar.web._app import HERE
from khabar.web._auth import check_write, require_read
from khabar.web._highlight import cut_into_pieces
from khabar.web._plot import figure_svg
from khabar.web._source import MAX_LIMIT, Query, Row

_env = jinja2.Environment(
    loader=jinja2.FileSystemLoader(HERE / "templates"),
    autoescape=True,  # every template, whatever its extension
    undefined=jinja2.StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)
templates = Jinja2Templates(env=_env)
router = APIRouter(include_in_schema=False, dependencies=[Depends(require_read)])


def text_dir(lang: str | None) -> str:
    """The ``dir`` attribute for text in ``lang``: rtl for Arabic, ltr for English, else auto.

    >>> text_dir("ar"), text_dir("en"), text_dir(None)
    ('rtl', 'ltr', 'auto')
    """
    return {"ar": "rtl", "en": "ltr"}.get(lang or "", "auto")


def page_filters(request: Request) -> Query:
    """Filters from a page's query string; HTML forms send empty fields, which mean 'any'."""
    params = {k: v.strip() for k, v in request.query_params.items() if v.strip()}
    try:
        filters = filter_query(
            q=params.get("q"),
            speaker=params.get("speaker"),
            stance=_choice(params.get("stance"), STANCES, "stance"),  # type: ignore[arg-type]
            outlet=params.get("outlet"),
            lang=_choice(params.get("lang"), ("ar", "en"), "lang"),  # type: ignore[arg-type]
            since=params.get("since"),
            until=params.get("until"),
            doc=params.get("doc"),
        )
        return list_query(
            filters,
            limit=min(max(int(params.get("limit", 50)), 1), MAX_LIMIT),
            offset=max(int(params.get("offset", 0)), 0),
        )
    except ValueError as exc:
        raise HTTPException(422, f"invalid filter: {exc}") from None


def _choice(value: str | None, allowed: tuple[str, ...], name: str) -> str | None:
    if value is not None and value not in allowed:
        raise ValueError(f"{name} must be one of {', '.join(allowed)}, not {value!r}")
    return value


PageFilters = Annotated[Query, Depends(page_filters)]


def _page_links(request: Request, query: Query, total: int) -> dict[str, str | None]:
    """URLs of the previous and next pages of a list, keeping every other parameter."""

    def at(offset: int) -> str:
        params = {k: v for k, v in request.query_params.items() if k != "offset"}
        params["offset"] = str(offset)
        return f"{request.url.path}?{urlencode(params)}"

    prev = at(max(0, query.offset - query.limit)) if query.offset > 0 else None
    nxt = at(query.offset + query.limit) if query.offset + query.limit < total else None
    return {"prev": prev, "next": nxt}


def render(request: Request, name: str, http_status: int = 200, **context: Any) -> HTMLResponse:
    return templates.TemplateResponse(request, name, context, status_code=http_status)


def safe_href(url: str | None) -> str | None:
    """``url`` when it is an http(s) link, else None (no ``javascript:`` links from articles).

    >>> safe_href("https://example.org/a"), safe_href("javascript:alert(1)")
    ('https://example.org/a', None)
    """
    if url and url.strip().lower().startswith(("http://", "https://")):
        return url.strip()
    return None


def render_error(request: Request, status: int, message: str) -> HTMLResponse:
    return render(request, "error.html", status, status=status, message=message)


_env.globals.update(stances=STANCES, text_dir=text_dir, safe_href=safe_href)


@router.get("/", response_class=HTMLResponse)
def home(request: Request, src: Source) -> HTMLResponse:
    recent, _ = src.list_documents(Query(limit=10))
    return render(request, "home.html", counts=src.counts(), documents=recent)


@router.get("/documents", response_class=HTMLResponse)
def documents(request: Request, src: Source, query: PageFilters) -> HTMLResponse:
    rows, total = src.list_documents(query)
    return render(
        request,
        "documents.html",
        documents=rows,
        total=total,
        pages=_page_links(request, query, total),
    )


@router.get("/documents/{doc_id}", response_class=HTMLResponse)
def article(request: Request, src: Source, doc_id: str) -> HTMLResponse:
    doc = src.get_document(doc_id)
    if doc is None:
        raise HTTPException(404, f"no document with id {doc_id!r}")
    pieces = cut_into_pieces(doc["text"], doc["statements"])
    return render(request, "article.html", doc=doc, pieces=pieces)


@router.get("/speakers", response_class=HTMLResponse)
def speakers(request: Request, src: Source, query: PageFilters) -> HTMLResponse:
    rows, total = src.list_speakers(query)
    return render(
        request,
        "speakers.html",
        speakers=rows,
        total=total,
        q=query.text or "",
        pages=_page_links(request, query, total),
    )


@router.get("/speakers/{speaker_id}", response_class=HTMLResponse)
def speaker(request: Request, src: Source, speaker_id: str) -> HTMLResponse:
    row = src.get_speaker(speaker_id)
    if row is None:
        raise HTTPException(404, f"no speaker with id {speaker_id!r}")
    return render(request, "speaker.html", speaker=row)


@router.get("/claims", response_class=HTMLResponse)
def claims(request: Request, src: Source, query: PageFilters) -> HTMLResponse:
    rows, total = src.list_claims(query)
    return render(
        request, "claims.html", claims=rows, total=total, pages=_page_links(request, query, total)
    )


@router.get("/claims/{claim_id}", response_class=HTMLResponse)
def claim(request: Request, src: Source, claim_id: str) -> HTMLResponse:
    row = src.get_claim(claim_id)
    if row is None:
        raise HTTPException(404, f"no claim with id {claim_id!r}")
    by_stance: dict[str, list[Row]] = {}
    for st in row["statements"]:
        by_stance.setdefault(st["stance"], []).append(st)
    return render(request, "claim.html", claim=row, by_stance=by_stance)


@router.get("/figures", response_class=HTMLResponse)
def figures(request: Request, src: Source, query: PageFilters) -> HTMLResponse:
    rows, total = src.list_figures(query)
    return render(
        request,
        "figures.html",
        series=rows,
        total=total,
        q=query.text or "",
        pages=_page_links(request, query, total),
    )


@router.get("/figures/{series_id}", response_class=HTMLResponse)
def figure(request: Request, src: Source, series_id: str) -> HTMLResponse:
    row = src.get_figure(series_id)
    if row is None:
        raise HTTPException(404, f"no figure series with id {series_id!r}")
    return render(request, "figure.html", series=row)


@router.get("/figures/{series_id}/plot.svg")
def figure_plot(src: Source, series_id: str) -> Response:
    row = src.get_figure(series_id)
    if row is None:
        raise HTTPException(404, f"no figure series with id {series_id!r}")
    return Response(figure_svg(row), media_type="image/svg+xml")


@router.get("/search", response_class=HTMLResponse)
def search(request: Request, src: Source, query: PageFilters) -> HTMLResponse:
    rows, total = src.list_statements(query) if _has_filter(query) else ([], 0)
    return render(
        request,
        "search.html",
        results=rows,
        total=total,
        query=query,
        pages=_page_links(request, query, total),
        exports=_export_links(request) if total else {},
    )


def _export_links(request: Request) -> dict[str, str]:
    """``/api/export`` URLs (JSONL, CSV for Excel, ClaimReview) for a page's filters."""
    params = {k: v for k, v in request.query_params.items() if v.strip() and k not in PAGING_PARAMS}
    formats = {"CSV": {"format": "csv", "bom": "true"}, "JSONL": {"format": "jsonl"}}
    formats["ClaimReview"] = {"format": "claimreview"}
    return {
        name: f"/api/export?{urlencode({**params, **extra})}" for name, extra in formats.items()
    }


PAGING_PARAMS = ("limit", "offset", "format", "bom")


def _has_filter(query: Query) -> bool:
    fields = (
        query.text,
        query.speaker,
        query.stance,
        query.outlet,
        query.lang,
        query.since,
        query.until,
        query.doc,
    )
    return any(f is not None for f in fields)


@router.get("/ingest", response_class=HTMLResponse)
def ingest_form(request: Request) -> HTMLResponse:
    empty = {k: "" for k in ("token", "text", "url", "published", "outlet", "title")}
    return render(request, "ingest.html", form={**empty, "lang": "auto"}, error=None)


def _form(
    token: Annotated[str, Form()] = "",
    text: Annotated[str, Form()] = "",
    url: Annotated[str, Form(max_length=2000)] = "",
    published: Annotated[str, Form(max_length=10)] = "",
    lang: Annotated[str, Form(max_length=4)] = "auto",
    outlet: Annotated[str, Form(max_length=200)] = "",
    title: Annotated[str, Form(max_length=500)] = "",
) -> dict[str, str]:
    return {
        "token": token,
        "text": text,
        "url": url,
        "published": published,
        "lang": lang,
        "outlet": outlet,
        "title": title,
    }


IngestForm = Annotated[dict[str, str], Depends(_form)]


@router.post("/ingest/preview", response_class=HTMLResponse)
def ingest_preview(request: Request, form: IngestForm) -> HTMLResponse:
    """Extract the pasted text (or the fetched URL) and show it before anything is saved."""
    import khabar
    from khabar.model import document_to_dict

    check_write(request, form["token"])
    try:
        record = _record_from_form(form)
    except ValueError as exc:
        return render(request, "ingest.html", 400, form=form, error=str(exc))
    doc = khabar.extract(record["text"], published=record["published"], lang=record["lang"])
    out = document_to_dict(doc)
    form = {**form, "text": record["text"], "lang": doc.lang}
    pieces = cut_into_pieces(doc.text, out["statements"])
    preview = {"text": doc.text, "lang": doc.lang, "statements": out["statements"]}
    return render(request, "ingest_preview.html", form=form, doc=preview, pieces=pieces)


@router.post("/ingest/save")
def ingest_save(request: Request, src: Source, form: IngestForm) -> Response:
    check_write(request, form["token"])
    try:
        record = _record_from_form(form)
    except ValueError as exc:
        return render(request, "ingest.html", 400, form=form, error=str(exc))
    doc_id, _, _ = src.add_document(record)
    return RedirectResponse(f"/documents/{doc_id}", status_code=303)


def _record_from_form(form: dict[str, str]) -> Row:
    """An ingest record from the form; a URL is fetched when no text was pasted."""
    text = form["text"]
    if not text.strip() and form["url"].strip():
        text = _fetch_text(form["url"].strip())
    if not text.strip():
        raise ValueError("paste the article text or give its URL")
    published: date | None = None
    if form["published"]:
        try:
            published = date.fromisoformat(form["published"])
        except ValueError:
            raise ValueError(f"publication date {form['published']!r} is not YYYY-MM-DD") from None
    lang = form["lang"] if form["lang"] in ("ar", "en") else "auto"
    return {
        "id": None,
        "text": text,
        "published": published,
        "lang": lang,
        "url": form["url"] or None,
        "outlet": form["outlet"] or None,
        "title": form["title"] or None,
    }


def _fetch_text(url: str) -> str:
    """The main text of ``url``, fetched with the ingest module's safe fetcher."""
    raise ValueError(f"cannot fetch {url!r}: URL fetching is not available yet; paste the text")
