"""khabar's one data model: a document, its spans and the statements found in it.

Every span keeps ``start``/``end`` character offsets into :attr:`Document.text`, the text
exactly as read (after decoding, before any normalisation), so that
``doc.text[span.start:span.end] == span.text`` always holds.
"""

from khabar.model._json import document_to_dict, statement_to_dict
from khabar.model._types import (
    KINDS,
    STANCES,
    VAGUE_AMOUNTS,
    Cue,
    DateRef,
    Document,
    Mention,
    Quantity,
    Span,
    Speaker,
    Statement,
)

__all__ = [
    "KINDS",
    "STANCES",
    "VAGUE_AMOUNTS",
    "Cue",
    "DateRef",
    "Document",
    "Mention",
    "Quantity",
    "Span",
    "Speaker",
    "Statement",
    "document_to_dict",
    "statement_to_dict",
]
