"""Human-readable tables in the terminal: colour by stance, Arabic shown right-to-left."""

from __future__ import annotations

import os
import shutil
import sys
import unicodedata
from collections.abc import Sequence

from khabar.model import Document

STANCE_COLOURS = {
    "assert": "0",
    "confirm": "32",
    "deny": "31",
    "cannot_confirm": "33",
    "unverified": "35",
    "investigating": "36",
    "hedged": "33;2",
    "conditional": "34",
    "declined_to_comment": "90",
}


def visual(text: str, bidi: bool) -> str:
    """Text in display order for a terminal that does not reorder right-to-left runs."""
    if not bidi or not any("\u0600" <= c <= "\u06ff" for c in text):
        return text
    from bidi import get_display

    return str(get_display(text))


def width(text: str) -> int:
    return sum(0 if unicodedata.combining(c) else 1 for c in text)


def shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def pad(text: str, n: int) -> str:
    return text + " " * max(0, n - width(text))


def render_table(
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    bidi: bool = True,
    colours: Sequence[str | None] | None = None,
) -> str:
    """A plain column table; cells are shortened before bidi reordering."""
    cols = len(headers)
    widths = [max([width(h)] + [width(r[i]) for r in rows]) for i, h in enumerate(headers)]
    use_colour = sys.stdout.isatty() and not os.environ.get("NO_COLOR")
    lines = ["  ".join(pad(h, widths[i]) for i, h in enumerate(headers))]
    lines.append("  ".join("-" * w for w in widths))
    for k, row in enumerate(rows):
        cells = [pad(visual(row[i], bidi), widths[i]) for i in range(cols)]
        line = "  ".join(cells).rstrip()
        colour = colours[k] if colours else None
        if use_colour and colour:
            line = f"\x1b[{colour}m{line}\x1b[0m"
        lines.append(line)
    return "\n".join(lines)


def print_statements(doc: Document, bidi: bool = True) -> None:
    term = shutil.get_terminal_size((120, 20)).columns
    content_w = max(30, term - 80)
    rows = []
    colours = []
    for st in doc.statements:
        speaker = st.speaker.name or st.speaker.text if st.speaker else "?"
        if st.via:
            speaker = f"{speaker} (via {st.via.name or st.via.text})"
        rows.append(
            [
                st.id,
                shorten(speaker, 28),
                shorten(st.cue.text, 14),
                st.kind,
                st.stance,
                st.date.isoformat() if st.date else (st.date_text or ""),
                shorten(st.content.text, content_w),
            ]
        )
        colours.append(STANCE_COLOURS.get(st.stance))
    headers = ["id", "speaker", "cue", "kind", "stance", "date", "content"]
    print(render_table(headers, rows, bidi, colours))
    print(f"\n{len(doc.statements)} statements · lang={doc.lang} · {len(doc.text):,} chars")
