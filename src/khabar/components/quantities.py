"""Component: the numbers in each statement's content (digits, words, vague amounts, ranges).

Numbers that belong to a date in the content («في ١٠ أيلول ٢٠٢٥») are not quantities.

>>> from khabar.model import Cue, Document, Span, Statement
>>> text = "قال إن عدد النازحين بلغ ألفي شخص في ١٠ أيلول."
>>> doc = Document(text)
>>> doc.statements = [Statement("s1", Cue("قال", 0, 3, "قال"), Span(7, 45, text[7:45]))]
>>> [(q.value, q.text, q.unit) for q in StatementQuantities()(doc).statements[0].quantities]
[(2000, 'ألفي', 'نازح')]
"""

from __future__ import annotations

from khabar.components.dates import dates_in
from khabar.model import Document
from khabar.numbers import find_quantities
from khabar.numbers.anchors import number_anchors
from khabar.text import normalise


class StatementQuantities:
    name: str = "quantities"
    requires: tuple[str, ...] = ("statements",)
    assigns: tuple[str, ...] = ("quantities",)

    def __call__(self, doc: Document) -> Document:
        norm = doc.norm if doc.norm is not None else normalise(doc.text)
        anchors = number_anchors(norm.text, 0, len(norm.text), doc.lang) if doc.statements else []
        for st in doc.statements:
            a, b = st.content.start, st.content.end
            if "dates" in doc.done:  # found once for the whole text by StatementDates
                dates = [(d.start, d.end) for d in doc.dates if a <= d.start and d.end <= b]
            else:
                dates = dates_in(norm, a, b, doc.lang)
            st.quantities = find_quantities(norm, a, b, doc.lang, dates, anchors)
        return doc
