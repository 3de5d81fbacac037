"""Component attribute (being written)."""

from __future__ import annotations

from khabar.model import Document


class Attribute:
    name = "attribute"
    requires = ("norm", "sentences", "quotes")
    assigns = ("statements",)

    def __call__(self, doc: Document) -> Document:
        return doc
