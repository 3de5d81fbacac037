"""Component: the speaker's stance towards the content (SPEC §1, nine labels).

The cue fixes some stances by itself (نفى → deny, رفض التعليق → declined_to_comment,
لم يتسنَّ التحقق → unverified); the rest come from markers in the content, read from
``lang/<lang>/stance.tsv``:

>>> import khabar
>>> khabar.extract("وقال المتحدث إن الوزارة تدرس الخيارات المتاحة.").statements[0].stance
'investigating'
"""

from __future__ import annotations

import re
from functools import cache

from khabar.components._admissions import is_admission
from khabar.lang import load_rows
from khabar.model import Document, Span, Statement
from khabar.text import fold

CONFIRM_OBJECT_AR = re.compile(
    r"^(?:ما\s+(?:اعلن|ذكر|قال|اورد|نشر|افاد|كشف)|صحه\s|صحة\s|الانباء|التقارير)"
)
CONFIRM_LEMMA_AR = fold("أكد")
CONFIRM_EN = re.compile(r"^(?:confirm|confirmed|confirms|confirming)$")
DENY_EN = re.compile(r"^(?:den(?:y|ied|ies)|dismiss(?:ed|es)?|reject(?:ed|s)?|refut(?:ed|es))$")


# «(?:^|\s)…», «(?:^|[\s«"“])…», «(?:^|(?<!قد)\s)…»: a marker that begins at the start or
# after one character of a class (group "x"), perhaps not after some plain text (group "not")
_BOUNDARY_PREFIX = re.compile(
    r"\(\?:\^\|(?:\(\?<!(?P<not>[^\\()\[\]|?*+{}.^$]+)\))?(?P<x>\\s|\[(?:[^\]\\]|\\.)+\])\)"
)


class Marker:
    r"""A marker regex of ``stance.tsv`` and a quicker test of whether it matches anywhere.

    A marker ``(?:^|X)BODY`` (X one character class) matches somewhere exactly when BODY
    matches at the start or ``X(?:BODY)`` matches somewhere (``^`` matches only at the start).
    That second form begins with a character class, which the regex engine scans for in C;
    the first is tried at every position. ``(?:^|(?<!L)X)BODY`` likewise, with the second form
    ``X(?<!LX)(?:BODY)`` (not after L: the lookbehind moved past the character X took). Any
    other marker is searched as written.

    >>> m = Marker(r"(?:^|\s)(?:ربما|يبدو)(?:\s|$)")
    >>> m.found("ربما يصل"), m.found("وقال يبدو ان"), m.found("يبدوان")
    (True, True, False)
    >>> m = Marker(r"(?:^|(?<!قد)\s)تدرس")
    >>> m.found("تدرس"), m.found("الوزارة تدرس"), m.found("قد تدرس")
    (True, True, False)
    """

    __slots__ = ("_after", "_at_start", "body", "boundary", "pattern")

    def __init__(self, source: str) -> None:
        self.pattern = re.compile(source)
        self._at_start: re.Pattern[str] | None = None
        self._after: re.Pattern[str] | None = None
        self.boundary: str | None = None  # X of ``(?:^|X)BODY``, when the marker has that shape
        self.body = ""
        prefix = _BOUNDARY_PREFIX.match(source)
        body = source[prefix.end() :] if prefix else ""
        if prefix and body[:1] not in "*+?{" and not _alternation_at_top(body):
            x, not_after = prefix.group("x"), prefix.group("not")
            self.boundary = f"{x}(?<!{not_after}{x})" if not_after else x
            self.body = body
            self._at_start = re.compile(body)
            self._after = re.compile(f"{self.boundary}(?:{body})")

    def found(self, text: str) -> bool:
        """``bool(self.pattern.search(text))``."""
        if self._at_start is None or self._after is None:
            return self.pattern.search(text) is not None
        return self._at_start.match(text) is not None or self._after.search(text) is not None


def _alternation_at_top(source: str) -> bool:
    r"""``source`` has a «|» outside every group and class (``a|b`` is not one regex unit).

    >>> _alternation_at_top(r"(?:a|b)\s"), _alternation_at_top(r"a|[|]b"), _alternation_at_top(r"[|]\|")
    (False, True, False)
    """
    depth, i, in_class = 0, 0, False
    while i < len(source):
        c = source[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            if source[i + 1 : i + 2] == "]" or source[i + 1 : i + 3] == "^]":
                i += 2 if source[i + 1] == "]" else 3  # a «]» first in a class is literal
                continue
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            return True
        i += 1
    return False


@cache
def markers(lang: str) -> tuple[tuple[str, str, Marker], ...]:
    return tuple((st, scope, Marker(pat)) for st, scope, pat in load_rows(lang, "stance"))


class Screen:
    r"""Whether any of a group of markers matches a text, in fewer regex searches.

    Most contents are plain assertions that no marker matches. The markers ``(?:^|X)BODY``
    that share their X are tested together, as ``BODY1|BODY2|…`` at the start or
    ``X(?:BODY1|BODY2|…)`` anywhere (a pattern that begins with a character class, which
    the regex engine scans for in C); the other markers one by one.

    >>> s = Screen([Marker(r"(?:^|\s)(?:ربما)(?:\s|$)"), Marker(r"(?:^|\s)يبدو(?:\s|$)")])
    >>> s.any("وقال يبدو ان"), s.any("ربما"), s.any("يبدوان")
    (True, True, False)
    """

    __slots__ = ("_others", "_shared")

    def __init__(self, group: list[Marker]) -> None:
        by_boundary: dict[str, list[str]] = {}
        for m in group:
            if m.boundary is not None:
                by_boundary.setdefault(m.boundary, []).append(f"(?:{m.body})")
        self._shared = tuple(
            (re.compile("|".join(bodies)), re.compile(f"{x}(?:{'|'.join(bodies)})"))
            for x, bodies in by_boundary.items()
        )
        self._others = tuple(m for m in group if m.boundary is None)

    def any(self, text: str) -> bool:
        """``any(m.found(text) for m in group)``."""
        for at_start, after in self._shared:
            if at_start.match(text) is not None or after.search(text) is not None:
                return True
        return any(m.found(text) for m in self._others)


@cache
def screens(lang: str) -> tuple[Screen, Screen]:
    """The screens of the markers read in a content's first words and in all of it."""
    rows = markers(lang)
    return (
        Screen([m for _, scope, m in rows if scope == "head"]),
        Screen([m for _, scope, m in rows if scope != "head"]),
    )


@cache
def _fold_lemma(lemma: str) -> str:
    """A cue's lemma folded, once per lemma (a small closed set)."""
    return fold(lemma)


def head(text: str, words: int = 8) -> str:
    """The first ``words`` words (``maxsplit``: a long content is not split to its end).

    >>> head("  قد   يصل العدد", 2)
    'قد يصل'
    """
    return " ".join(text.split(maxsplit=words)[:words])


def content_stance(lang: str, content: str, folded: str | None = None) -> str | None:
    """A stance read from the content alone (None = plain assertion); ``folded`` is
    ``fold(content)`` when the caller has it.

    >>> content_stance("ar", "قد يصل العدد إلى ستة آلاف")
    'hedged'
    >>> content_stance("en", "the ministry was looking into the reports")
    'investigating'
    """
    text = fold(content) if folded is None else folded
    text = text.replace('"', " ").replace("«", " ").replace("»", " ")
    first_words = head(text)
    in_head, in_all = screens(lang)
    if not in_head.any(first_words) and not in_all.any(text):
        return None  # no marker matches: most contents
    for stance, scope, marker in markers(lang):
        target = first_words if scope == "head" else text
        if marker.found(target):
            return stance
    return None


def folded_span(doc: Document, span: Span) -> str:
    """``fold(span.text)``, read from the normalised text instead of folding it again.

    Normalising is folding character by character, so the stretch of ``doc.norm.text``
    between the mapped offsets is the folded span, with one exception: the lower case of a
    capital sigma depends on the letters around it (σ or final ς), so such a span is folded.

    >>> from khabar.text import normalise
    >>> doc = Document("وقالَ الوزير إنّ الأمر «مؤكّد»")
    >>> doc.norm = normalise(doc.text)
    >>> folded_span(doc, doc.span(17, 30))
    'الامر «موكد»'
    """
    norm = doc.norm
    if norm is None or "Σ" in span.text:
        return fold(span.text)
    return norm.text[norm.to_norm(span.start) : norm.to_norm(span.end)]


def statement_stance(doc: Document, st: Statement) -> str:
    cue_stance = st.hints.get("cue_stance")
    if cue_stance in ("deny", "declined_to_comment", "unverified", "cannot_confirm"):
        return str(cue_stance)
    lemma = _fold_lemma(st.cue.lemma)
    cue_word = st.cue.text.lower().split()[-1] if st.cue.text.split() else ""
    if doc.lang == "en" and DENY_EN.match(cue_word):
        return "deny"
    folded = folded_span(doc, st.content)
    found = content_stance(doc.lang, st.content.text, folded)
    if found:
        return found
    if cue_stance:
        return str(cue_stance)
    if doc.lang == "ar" and lemma == CONFIRM_LEMMA_AR and CONFIRM_OBJECT_AR.match(folded):
        return "confirm"
    if doc.lang == "en" and CONFIRM_EN.match(cue_word):
        return "confirm"
    return "assert"


class Stance:
    name = "stance"
    requires = ("statements",)
    assigns = ("stance",)

    def __call__(self, doc: Document) -> Document:
        for st in doc.statements:
            st.stance = statement_stance(doc, st)
            if st.stance == "assert" and is_admission(st):
                st.stance = "confirm"  # «وأقرّت المديرة بأن المضخات كانت متوقفة»
        return doc
