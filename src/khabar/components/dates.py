"""Component: the date each statement was made (placeholder until the dates issue lands)."""

from __future__ import annotations

from khabar.model import Document


class StatementDates:
    name = "dates"
    requires = ("statements",)
    assigns = ("dates",)

    def __call__(self, doc: Document) -> Document:
        return doc
