"""Component: the normalised copy of the text with its offset map."""

from __future__ import annotations

from khabar.model import Document
from khabar.text import normalise


class Normalise:
    name = "normalise"
    requires = ("text",)
    assigns = ("norm",)

    def __call__(self, doc: Document) -> Document:
        doc.norm = normalise(doc.text)
        return doc
