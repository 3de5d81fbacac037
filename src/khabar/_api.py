"""The Python entry point: ``khabar.extract(text, published=...)``."""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from khabar.model import Document
from khabar.pipeline import Pipeline
from khabar.text.script import letter_counts


@lru_cache(maxsize=1)
def load_pipeline() -> Pipeline:
    """The default pipeline, built once per process (lexicons are loaded once)."""
    from khabar.components import default_components

    return Pipeline(default_components())


def detect_lang(text: str) -> str:
    """'ar' when Arabic letters outnumber Latin ones in the first 4,000 characters, else 'en'."""
    arabic, latin = letter_counts(text[:4000])
    return "ar" if arabic >= latin else "en"


def extract(text: str, published: date | str | None = None, lang: str = "auto") -> Document:
    """Extract every attributed statement of one article.

    ``text`` is the article as read; every offset in the result indexes it exactly.
    ``published`` anchors relative dates (يوم الخميس، أمس, "on Thursday"): a date or an ISO
    date string ("2034-04-15").
    """
    if isinstance(published, str):
        try:
            published = date.fromisoformat(published[:10])
        except ValueError:
            raise ValueError(f"published: {published!r} is not an ISO date (YYYY-MM-DD)") from None
    if lang == "auto":
        lang = detect_lang(text)
    doc = Document(text=text, lang=lang, published=published)
    if not text.strip():
        doc.warnings.append("empty input: no text to extract statements from")
        return doc
    return load_pipeline()(doc)
