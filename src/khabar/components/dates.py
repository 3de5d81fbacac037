"""Component: the time expressions of the article and the date each statement was made.

A statement's date comes from its attribution frame (cue, speaker and adjuncts), never from
its content: in «قال الوزير يوم الخميس إن الهجوم وقع الثلاثاء» the statement was made on
Thursday. The frame the attribution component hints at is widened to the stretch of its
sentence that no statement's content covers, so that fronted adjuncts («وفي تصريح للصحفيين
يوم الثلاثاء، رأى …») and trailing ones ("…," he said in a statement on Monday) count.

With no date of its own, a statement takes one from an earlier statement:

* a continuation («وأضاف»، مضيفًا، "he added": ``hints["continues"]``) from the one it continues;
  a continuation cue with no such hint ("It added", cue class ``cont``) from the statement
  right before it, when that one has the same speaker;
* a frame that names the same occasion («خلال الحوار نفسه», "during the same hearing") from
  the latest dated statement of the same speaker.

>>> from datetime import date
>>> from khabar.model import Cue, Document, Span, Statement
>>> text = "قال الوزير يوم الخميس إن الهجوم وقع الثلاثاء."
>>> doc = Document(text, published=date(2025, 3, 15))
>>> st = Statement("s1", Cue("قال", 0, 3, "قال"), Span(25, 44, text[25:44]))
>>> doc.statements = [st]
>>> doc = StatementDates()(doc)
>>> st.date, st.date_text
(datetime.date(2025, 3, 13), 'يوم الخميس')
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from functools import lru_cache
from typing import Any, TypeGuard

from khabar.model import DateRef, Document, Statement
from khabar.temporal import find_dates
from khabar.temporal._patterns import patterns
from khabar.text import NormalizedText, fold, normalise

Range = tuple[int, int]


class StatementDates:
    name: str = "dates"
    requires: tuple[str, ...] = ("statements",)
    assigns: tuple[str, ...] = ("dates",)

    def __call__(self, doc: Document) -> Document:
        norm = doc.norm if doc.norm is not None else normalise(doc.text)
        doc.dates = [t.ref for t in find_dates(norm, 0, len(doc.text), doc.lang, doc.published)]
        by_id: dict[str, Statement] = {}
        done: list[Statement] = []
        contents = sorted((s.content.start, s.content.end) for s in doc.statements)
        starts = [d.start for d in doc.dates]  # in text order, as find_dates gives them
        for st in doc.statements:
            frame = frame_ranges(doc, st, contents)
            ref = _date_in_frame(doc, st, frame, starts)
            if ref is not None:
                st.date, st.date_text = ref.value, ref.text
            else:
                source = by_id.get(str(st.hints.get("continues"))) or _continued_by_cue(done, st)
                if source is None and doc.lang == "ar":
                    source = _same_speaker_goes_on(done, st)
                if source is None and doc.lang == "en":
                    source = _pronoun_goes_on(done, st)
                if source is None and _names_same_occasion(norm, frame, doc.lang):
                    source = _latest_dated_by(done, st)
                if source is not None and source.date_text is not None:
                    st.date, st.date_text = source.date, source.date_text
                elif (occasion := _occasion_after(doc, norm, st)) is not None:
                    st.date, st.date_text = occasion.value, occasion.text
            by_id[st.id] = st
            done.append(st)
        return doc


def frame_ranges(doc: Document, st: Statement, contents: list[Range] | None = None) -> list[Range]:
    """The frame of a statement: hinted ranges widened to the content-free part of the sentence.

    ``contents``: the sorted content ranges of ``doc.statements``, when the caller has them.
    """
    sent = _sentence_around(doc, st.cue.start, st.cue.end, st.sentence)
    if contents is None:
        contents = sorted((s.content.start, s.content.end) for s in doc.statements)
    free = _free_ranges(sent, _overlapping(contents, sent))
    hinted = _hinted(st) or [(st.cue.start, st.cue.end)]
    out: list[Range] = []
    for a, b in hinted:
        widened = [f for f in free if f[0] <= a < f[1] or f[0] < b <= f[1]]
        out.extend(widened or [(a, b)])
    return sorted(set(out))


def _hinted(st: Statement) -> list[Range]:
    hinted = st.hints.get("frame")
    out: list[Range] = []
    if _is_sequence(hinted):
        for pair in hinted:
            if _is_sequence(pair) and len(pair) == 2:
                out.append((int(pair[0]), int(pair[1])))
    return out


def _is_sequence(value: object) -> TypeGuard[Sequence[Any]]:
    """``isinstance(value, Sequence)``, quick for the lists and tuples hints hold."""
    return type(value) in (list, tuple) or isinstance(value, Sequence)


def _overlapping(ranges: list[Range], sent: Range) -> list[Range]:
    """The ``ranges`` (sorted) that overlap ``sent``, in order."""
    return [r for r in ranges if r[0] < sent[1] and sent[0] < r[1]]


def _free_ranges(sent: Range, taken: list[Range]) -> list[Range]:
    """``sent`` minus the ``taken`` ranges (sorted)."""
    out: list[Range] = []
    pos = sent[0]
    for a, b in taken:
        if a > pos:
            out.append((pos, min(a, sent[1])))
        pos = max(pos, b)
    if pos < sent[1]:
        out.append((pos, sent[1]))
    return out


def _date_in_frame(
    doc: Document, st: Statement, frame: list[Range], starts: list[int]
) -> DateRef | None:
    """The time expression in the frame nearest the cue, outside the content.

    ``starts``: the start of each of ``doc.dates`` (sorted), to look only at those that begin
    between the frame's first and last offsets (the frame's ranges are sorted by start).
    """
    last = max(b for _, b in frame)
    near = doc.dates[bisect_left(starts, frame[0][0]) : bisect_left(starts, last)]
    inside = [
        d
        for d in near
        if any(a <= d.start and d.end <= b for a, b in frame)
        and not (d.start < st.content.end and st.content.start < d.end)
        and not (doc.lang == "en" and _in_relative_clause(doc.text, d, st.cue.start))
    ]
    if not inside:
        return None
    return min(inside, key=lambda d: _distance(d, st.cue.start, st.cue.end))


_RELATIVE_OPENING = re.compile(r",\s*(?:which|who)\b[^,.;]*$")


def _in_relative_clause(text: str, d: DateRef, cue: int) -> bool:
    """The date sits in a relative clause that closes before the cue: «The drivers' guild, which
    halted a convoy last Thursday, wrote on Sunday …» — the clause's day, not the post's.

    >>> text = "The union, which struck last Monday, said on Friday it would talk."
    >>> d = DateRef("last Monday", text.index("last"), text.index("last") + 11, None)
    >>> _in_relative_clause(text, d, text.index("said"))
    True
    """
    if d.end >= cue or "," not in text[d.end : cue]:
        return False
    return _RELATIVE_OPENING.search(text, max(0, d.start - 150), d.start) is not None


def _distance(d: DateRef, start: int, end: int) -> int:
    if d.end <= start:
        return start - d.end
    return max(0, d.start - end)


def _names_same_occasion(norm: NormalizedText, frame: list[Range], lang: str) -> bool:
    pats = patterns(lang)
    for a, b in frame:
        na, nb = norm.to_norm(a), norm.to_norm(b)
        # every match holds one of these words: a str.find before the regex, which would
        # otherwise be tried at every position of most frames for nothing
        if any(norm.text.find(w, na, nb) >= 0 for w in pats.same_occasion_words) and (
            pats.same_occasion.search(norm.text, na, nb)
        ):
            return True
    return False


# «جاء ذلك خلال زيارة … صباح اليوم»: the sentence after a statement names its occasion
_OCCASION = re.compile(r"^\W*و?جاء(?:ت)? (?:ذلك|هذا|ذلك كله|تصريحاته|تصريحاتها|حديثه|حديثها)\b")


def _occasion_after(doc: Document, norm: NormalizedText, st: Statement) -> DateRef | None:
    """The date of the occasion the next sentence names for a statement with none of its
    own («… مشددًا على أن السوق سيبقى مفتوحًا. جاء ذلك خلال زيارة أجراها الوزير صباح اليوم»).

    >>> import khabar
    >>> from datetime import date
    >>> doc = khabar.extract("وأكد الوزير أن الطريق سيفتح. جاء ذلك خلال جولة أجراها صباح اليوم.",
    ...                      published=date(2030, 5, 4), lang="ar")
    >>> doc.statements[0].date
    datetime.date(2030, 5, 4)
    """
    k = st.sentence + 1
    if doc.lang != "ar" or k >= len(doc.sentences):
        return None
    nxt = doc.sentences[k]
    if not _OCCASION.match(norm.text[norm.to_norm(nxt.start) : norm.to_norm(nxt.end)]):
        return None
    return next(
        (d for d in doc.dates if nxt.start <= d.start < nxt.end and d.value is not None), None
    )


def _continued_by_cue(earlier: list[Statement], st: Statement) -> Statement | None:
    """The statement a continuation cue goes on from when no hint names it.

    "It added …" after "The ministry said on Wednesday …": the cue («أضاف», "added") continues
    the newest earlier statement, when that one has the same speaker.
    """
    if st.hints.get("cls") != "cont" or not earlier:
        return None
    prev = earlier[-1]
    return prev if _same_speaker(st, prev) else None


def _same_speaker_goes_on(earlier: list[Statement], st: Statement) -> Statement | None:
    """«كشف الطحان، خلال مؤتمر صحفي عقده أمس، أن … وأكد الطحان …»: in Arabic wire copy the
    same speaker named again in the next sentence, with no day of its own, speaks on the same
    occasion as the statement just before (English "The board warned …" does not; see tests)."""
    if not earlier or st.speaker is None or st.speaker.resolved_from not in (None, "title"):
        return None
    prev = earlier[-1]
    if st.sentence - prev.sentence not in (0, 1):
        return None
    return prev if _same_speaker(st, prev) else None


def _pronoun_goes_on(earlier: list[Statement], st: Statement) -> Statement | None:
    """«The regulator said on Monday it would review the file. It declined to say when …»: "it"
    (resolved to the organisation that opens the sentence before) in the next sentence goes
    on with the statement just before, as "he"/"she" do (they carry a ``continues`` hint)."""
    if not earlier or st.speaker is None or st.speaker.resolved_from != "pronoun":
        return None
    prev = earlier[-1]
    if st.sentence - prev.sentence not in (0, 1):
        return None
    return prev if _same_speaker(st, prev) else None


def _same_speaker(st: Statement, prev: Statement) -> bool:
    """The same speaker key, or a shorter mention whose last word is in the earlier one's:
    "The group" after "The Forest Guardians, a local conservation group", «آل سنان» after
    «الدكتور خليفة بن حمدان آل سنان».

    >>> from khabar.model import Cue, Span, Speaker
    >>> def said(who: str) -> Statement:
    ...     return Statement("s", Cue("", 0, 0, ""), Span(0, 0, ""), Speaker(who, 0, 0, who))
    >>> _same_speaker(said("The group"), said("Forest Guardians, a conservation group"))
    True
    >>> _same_speaker(said("The union"), said("The water board"))
    False
    >>> _same_speaker(said("الهيئة"), said("هيئة المياه")), _same_speaker(said("الهيئة"), said("الجامعة"))
    (True, False)
    >>> _same_speaker(said("الناطق، سامح القيسي"), said("الناطق باسم البلدية"))
    True
    """
    who, before = _speaker_key(st), _speaker_key(prev)
    if who is None or before is None:
        return False
    if who == before:
        return True
    assert prev.speaker is not None
    words = _folded(f"{prev.speaker.text} {before}").replace(",", " ").replace("،", " ").split()
    last = who.split()[-1] if who.split() else ""
    if len(last) >= 3 and last in words:
        return True
    # «وأضاف الناطق، سامح القيسي، أن» after «ونفى الناطق الإعلامي باسم الوزارة …»: one title
    opening = re.findall(r"\w+", _folded(st.speaker.text)) if st.speaker is not None else []
    if opening and opening[0].startswith("ال") and len(opening[0]) >= 5 and opening[0] == words[0]:
        return True
    # «المستشفى» / «الهيئة» alone after «مستشفى الريان» / «هيئة حماية المستهلك»: the definite
    # head noun names again the body whose name it opened
    return who == last and last.startswith("ال") and len(last) >= 5 and last[2:] in words


def _latest_dated_by(earlier: list[Statement], st: Statement) -> Statement | None:
    """The latest earlier statement of the same speaker that has a time expression."""
    who = _speaker_key(st)
    if who is None:
        return None
    for prev in reversed(earlier):
        if prev.date_text is not None and _speaker_key(prev) == who:
            return prev
    return None


def _speaker_key(st: Statement) -> str | None:
    if st.speaker is None:
        return None
    return _folded(st.speaker.name or st.speaker.text)


@lru_cache(maxsize=1024)
def _folded(text: str) -> str:
    """``fold(text)`` of a speaker's words, which an article repeats statement after
    statement (compared with every earlier statement's)."""
    return fold(text)


def _sentence_around(doc: Document, a: int, b: int, hint: int = -1) -> Range:
    """The sentence that holds ``a`` (widened to ``b``); ``hint``: the index it likely has
    (the statement's sentence) — sentences do not overlap, so if that one holds ``a``, no
    other does."""
    if 0 <= hint < len(doc.sentences):
        s = doc.sentences[hint]
        if s.start <= a < s.end:
            return s.start, max(s.end, b)
    for s in doc.sentences:
        if s.start <= a < s.end:
            return s.start, max(s.end, b)
    start = doc.text.rfind("\n", 0, a) + 1
    end = doc.text.find("\n", b)
    return start, len(doc.text) if end < 0 else end


def dates_in(norm: NormalizedText, start: int, end: int, lang: str) -> list[Range]:
    """Original spans of the time expressions in ``[start, end)`` (for the quantity finder)."""
    return [(t.ref.start, t.ref.end) for t in find_dates(norm, start, end, lang, None)]
