"""Component: the numbers in each statement (placeholder until the quantities issue lands)."""

from __future__ import annotations

from khabar.model import Document


class StatementQuantities:
    name = "quantities"
    requires = ("statements",)
    assigns = ("quantities",)

    def __call__(self, doc: Document) -> Document:
        return doc
