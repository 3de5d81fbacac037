"""Cut an article into pieces at statement offsets, so a template can mark them safely.

The template escapes every piece (Jinja autoescape); nothing of the article is ever
rendered as HTML. Each piece knows which statements cover it and in which role
(speaker, cue, content, quantity), so overlapping spans need no nesting.

>>> text = "قال الوزير إن المحادثات مستمرة."
>>> st = {"id": "s1", "stance": "assert",
...       "speaker": {"start": 4, "end": 10}, "cue": {"start": 0, "end": 3},
...       "content": {"start": 14, "end": 30}, "quantities": []}
>>> [(p.text, p.roles) for p in cut_into_pieces(text, [st])][:3]
[('قال', (('s1', 'cue'),)), (' ', ()), ('الوزير', (('s1', 'speaker'),))]
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

ROLES = ("speaker", "cue", "content")


@dataclass(frozen=True, slots=True)
class Piece:
    """A stretch of text and the ``(statement id, role)`` pairs that cover it."""

    start: int
    end: int
    text: str
    roles: tuple[tuple[str, str], ...]
    stance: str | None = None  # stance of the first statement whose content covers it
    starts: tuple[str, ...] = ()  # ids of the statements whose first marked character is here

    def ids_in(self, role: str) -> str:
        """Space-separated ids of the statements covering this piece in ``role``."""
        return " ".join(sid for sid, r in self.roles if r == role)


@dataclass(frozen=True, slots=True)
class _Mark:
    start: int
    end: int
    sid: str
    role: str
    stance: str


def _marks(statements: Iterable[Mapping[str, Any]], length: int) -> list[_Mark]:
    marks: list[_Mark] = []
    for st in statements:
        sid, stance = str(st["id"]), str(st.get("stance") or "assert")
        spans = [(role, st.get(role)) for role in ROLES]
        spans += [("quantity", q) for q in st.get("quantities") or ()]
        for role, span in spans:
            if not span or span.get("start") is None or span.get("end") is None:
                continue
            start, end = max(0, int(span["start"])), min(length, int(span["end"]))
            if start < end:
                marks.append(_Mark(start, end, sid, role, stance))
    return marks


def cut_into_pieces(text: str, statements: Sequence[Mapping[str, Any]]) -> list[Piece]:
    """Split ``text`` at every span boundary of ``statements`` (SPEC §1 dicts).

    Joining the pieces' text gives ``text`` back; a statement's content is the
    pieces marked ``(id, "content")``, in order.
    """
    marks = _marks(statements, len(text))
    bounds = sorted({0, len(text)} | {m.start for m in marks} | {m.end for m in marks})
    first_start = _first_starts(marks)
    pieces: list[Piece] = []
    for a, b in pairwise(bounds):
        covering = [m for m in marks if m.start <= a and b <= m.end]
        roles = tuple((m.sid, m.role) for m in covering)
        starts = tuple(sid for sid, pos in first_start.items() if pos == a)
        stance = next((m.stance for m in covering if m.role == "content"), None)
        pieces.append(Piece(a, b, text[a:b], roles, stance, starts))
    return pieces


def _first_starts(marks: Iterable[_Mark]) -> dict[str, int]:
    """Where each statement's first marked character is."""
    first: dict[str, int] = {}
    for m in marks:
        first[m.sid] = min(first.get(m.sid, m.start), m.start)
    return first
