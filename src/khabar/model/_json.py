"""The SPEC §1 JSON contract: turning documents and statements into plain dicts."""

from __future__ import annotations

from typing import Any

from khabar.model._types import Cue, Document, Quantity, Span, Speaker, Statement


def _speaker(sp: Speaker | None) -> dict[str, Any] | None:
    if sp is None:
        return None
    return {
        "text": sp.text,
        "start": sp.start,
        "end": sp.end,
        "name": sp.name,
        "type": sp.type,
        "resolved_from": sp.resolved_from,
    }


def _cue(c: Cue) -> dict[str, Any]:
    return {"text": c.text, "start": c.start, "end": c.end, "lemma": c.lemma}


def _span(s: Span) -> dict[str, Any]:
    return {"text": s.text, "start": s.start, "end": s.end}


def _quantity(q: Quantity) -> dict[str, Any]:
    return {
        "value": q.value,
        "text": q.text,
        "start": q.start,
        "end": q.end,
        "unit": q.unit,
        "vague": q.vague,
        "approx": q.approx,
    }


def statement_to_dict(st: Statement) -> dict[str, Any]:
    """One statement as the SPEC §1 object."""
    return {
        "id": st.id,
        "speaker": _speaker(st.speaker),
        "via": _speaker(st.via),
        "cue": _cue(st.cue),
        "content": _span(st.content),
        "kind": st.kind,
        "stance": st.stance,
        "date": st.date.isoformat() if st.date else None,
        "date_text": st.date_text,
        "quantities": [_quantity(q) for q in st.quantities],
        "handle": st.handle,
        "sentence": st.sentence,
    }


def document_to_dict(doc: Document) -> dict[str, Any]:
    """The whole SPEC §1 output object: ``{"doc": {...}, "statements": [...]}``."""
    out: dict[str, Any] = {
        "doc": {
            "lang": doc.lang,
            "published": doc.published.isoformat() if doc.published else None,
            "sha256": doc.sha256,
            "chars": len(doc.text),
        },
        "statements": [statement_to_dict(s) for s in doc.statements],
    }
    if doc.warnings:
        out["warnings"] = list(doc.warnings)
    return out
