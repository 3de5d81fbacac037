"""Component stance (being written)."""

from __future__ import annotations

from khabar.model import Document


class Stance:
    name = "stance"
    requires = ("statements",)
    assigns = ("stance",)

    def __call__(self, doc: Document) -> Document:
        return doc
