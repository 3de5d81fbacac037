"""khabar (خبر): news articles in, a ledger of attributed statements out.

>>> from datetime import date
>>> import khabar
>>> doc = khabar.extract("قال وزير الخارجية سمير الزعبي إن المحادثات مستمرة.",
...                      published=date(2024, 10, 19))
>>> st = doc.statements[0]
>>> st.speaker.name, st.cue.text, st.stance
('سمير الزعبي', 'قال', 'assert')
"""

from khabar._api import extract, load_pipeline
from khabar.errors import KhabarError
from khabar.model import Document, Quantity, Span, Speaker, Statement

__all__ = [
    "Document",
    "KhabarError",
    "Quantity",
    "Span",
    "Speaker",
    "Statement",
    "extract",
    "load_pipeline",
]
__version__ = "0.1.0"
