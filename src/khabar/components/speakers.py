"""Component speakers (being written)."""

from __future__ import annotations

from khabar.model import Document


class ResolveSpeakers:
    name = "speakers"
    requires = ("statements",)
    assigns = ("speaker_names",)

    def __call__(self, doc: Document) -> Document:
        return doc
