"""Component: paragraphs, sentences and quotations (all in original offsets).

Quotations are found first, so that a full stop inside «…» or "…" does not end a
sentence, and a quotation that runs over several paragraphs stays one span.

>>> from khabar.model import Document
>>> d = Segment()(Document("قال: «نعمل. ونأمل».\\n\\nوأضاف أن الوضع هادئ."))
>>> [s.text for s in d.sentences]
['قال: «نعمل. ونأمل».', 'وأضاف أن الوضع هادئ.']
>>> [q.text for q in d.quotes]
['«نعمل. ونأمل»']
"""

from __future__ import annotations

import re
from bisect import bisect_right

from khabar.model import Document, Span

PAIRS = {"«": "»", "“": "”", "„": "“", "‹": "›", '"': '"'}
_PARA = re.compile(r"[^\n]+")
_QUOTE_CHARS = re.compile('[«»“”„‹›"\n]')
# a sentence ends at . ! ? ؟ (and … ) followed by space, or at a line end; written to start
# with one character class, which the regex engine scans for quickly
_SENT_END = re.compile(r"[.!?؟…\n](?:(?<=\n)|[.!?؟…]*[\"”»’']?(?=\s))")
_WORDCHAR = re.compile(r"\w")


def find_quotes(text: str) -> list[Span]:
    """Quoted stretches, marks included; nested quotes are kept as separate spans."""
    spans: list[Span] = []
    stack: list[tuple[str, int]] = []  # (closing mark, start)
    skip: set[int] = set()  # re-opening marks of a quotation that runs over paragraphs
    for m in _QUOTE_CHARS.finditer(text):
        i = m.start()
        c = m.group()
        if i in skip:
            continue
        if c == "\n" and stack:
            reopen = _reopening_mark(text, i, stack[-1])
            if reopen is not None:
                skip.add(reopen)
                continue
        if stack and c == stack[-1][0] and _can_close(text, i, c):
            _, start = stack.pop()
            spans.append(Span(start, i + 1, text[start : i + 1]))
        elif c in PAIRS and _can_open(text, i, c):
            stack.append((PAIRS[c], i))
        elif c == "\n" and stack and _paragraph_break_ends_quote(text, i, stack[-1]):
            stack.clear()
    spans.sort(key=lambda s: (s.start, -s.end))
    return spans


def _can_open(text: str, i: int, c: str) -> bool:
    if c != '"':
        return True
    nxt = text[i + 1] if i + 1 < len(text) else " "
    return not nxt.isspace()


def _can_close(text: str, i: int, c: str) -> bool:
    if c != '"':
        return True
    prev = text[i - 1] if i > 0 else " "
    return not prev.isspace()


def _reopening_mark(text: str, i: int, open_quote: tuple[str, int]) -> int | None:
    """Wire style: a quotation that goes on in the next paragraph opens it again with the
    same mark («…\n\n«…» or "…\n\n"…"); the offset of that mark, or None."""
    start = open_quote[1]
    j = i
    while j < len(text) and text[j] == "\n":
        j += 1
    if j == i + 0 or j >= len(text) or text[j] != text[start]:
        return None
    paragraph = text[text.rfind("\n", 0, i) + 1 : i]
    if text[start] == '"' and paragraph.count('"') % 2 == 0:
        return None  # the paragraph's straight quotes are balanced: nothing runs on
    return j


def _paragraph_break_ends_quote(text: str, i: int, open_quote: tuple[str, int]) -> bool:
    """An unclosed quote runs on only when a later paragraph re-opens it or closes it soon.

    Wire style repeats the opening mark at the start of each quoted paragraph; otherwise a
    quote left open at a paragraph end is a typo and must not swallow the article.
    """
    closing, start = open_quote
    rest = text[i:].lstrip("\n")
    opener = text[start]
    if rest.startswith(opener) and opener != '"':
        return False
    horizon = text[i : i + 600]
    next_para_end = horizon.find("\n", 1)
    first_para = horizon if next_para_end < 0 else horizon[:next_para_end]
    return closing not in first_para


class _QuoteIndex:
    """Answers «is this offset strictly inside a quotation?» with one binary search."""

    def __init__(self, quotes: list[Span]) -> None:
        merged: list[tuple[int, int]] = []
        for q in sorted(quotes, key=lambda q: q.start):
            a, b = q.start, q.end - 1
            if merged and a <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], b))
            else:
                merged.append((a, b))
        self.starts = [a for a, _ in merged]
        self.ends = [b for _, b in merged]

    def covers(self, offset: int) -> bool:
        k = bisect_right(self.starts, offset) - 1
        return k >= 0 and self.starts[k] < offset < self.ends[k]


def paragraphs(text: str) -> list[Span]:
    return [Span(m.start(), m.end(), m.group()) for m in _PARA.finditer(text) if m.group().strip()]


def sentences(text: str, quotes: list[Span]) -> list[Span]:
    """Sentence spans; no break inside a quotation (but a paragraph break always ends one)."""
    inside = _QuoteIndex(quotes)
    covers = inside.covers if inside.starts else None
    out: list[Span] = []
    start = 0
    for m in _SENT_END.finditer(text):
        end_mark = m.start()
        if covers is not None and covers(end_mark):
            continue  # inside a quotation, even one that runs over paragraphs
        cut = m.end()
        if cut - end_mark == 1 and text[end_mark] == "." and _is_abbreviation(text, end_mark):
            continue
        _add_sentence(text, start, cut, out)
        start = cut
    _add_sentence(text, start, len(text), out)
    return out


ABBREVIATIONS = frozenset(
    "dr mr mrs ms prof gen col lt sgt st jr sr no vs etc inc ltd co corp gov sen rep u.s u.n "
    "jan feb mar apr jun jul aug sep sept oct nov dec "
    # ranks and titles of wire copy ("Maj. Wadih Rashwan", "Capt.", "Brig. Gen.", "Eng.")
    "maj capt cpt brig adm cmdr supt insp det cpl pvt rev hon eng".split()
)
# a word with its Arabic diacritics (tanween, shadda, tatweel …), which \\w leaves out
_WORD_BEFORE = re.compile(r"([\w.\u0640\u064B-\u065F\u0670]+)$")
_DIACRITICS = re.compile(r"[\u0640\u064B-\u065F\u0670]")


def _is_abbreviation(text: str, dot: int) -> bool:
    """«د. أيمن», "Dr. Dalia", "U.S." — a full stop that does not end the sentence; «شيئًا.»
    (a word whose last letter follows a diacritic) does end it.

    >>> _is_abbreviation("قال د. أيمن", 5), _is_abbreviation("لا يعرف شيئًا. وكان", 13)
    (True, False)
    """
    m = _WORD_BEFORE.search(text, max(0, dot - 12), dot)
    if not m:
        return False
    word = _DIACRITICS.sub("", m.group(1))
    return (len(word) == 1 and word.isalpha()) or word.lower() in ABBREVIATIONS


def _add_sentence(text: str, start: int, end: int, out: list[Span]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start and _WORDCHAR.search(text, start, end):
        out.append(Span(start, end, text[start:end]))


class Segment:
    name = "segment"
    requires = ("norm",)
    assigns = ("paragraphs", "sentences", "quotes")

    def __call__(self, doc: Document) -> Document:
        doc.quotes = find_quotes(doc.text)
        doc.paragraphs = paragraphs(doc.text)
        doc.sentences = sentences(doc.text, doc.quotes)
        return doc
