"""Language resources as data files (``lang/ar/*.tsv``, ``lang/en/*.tsv``), loaded once.

Each folder has a ``PROVENANCE.md`` saying where every file comes from. Lines starting with
``#`` are comments; columns are separated by tabs.
"""

from __future__ import annotations

from functools import cache
from importlib import resources


@cache
def load_rows(lang: str, name: str) -> tuple[tuple[str, ...], ...]:
    """Rows of ``lang/<lang>/<name>.tsv`` (comments and blank lines skipped).

    >>> ("قال", "say") in {(r[1], r[2]) for r in load_rows("ar", "cues")}
    True
    """
    text = resources.files("khabar.lang").joinpath(lang, f"{name}.tsv").read_text("utf-8")
    rows = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rows.append(tuple(col.strip() for col in line.split("\t")))
    return tuple(rows)


@cache
def load_words(lang: str, name: str) -> frozenset[str]:
    """The first column of a TSV as a folded word set (see :func:`khabar.text.fold`)."""
    from khabar.text import fold

    return frozenset(fold(r[0]) for r in load_rows(lang, name) if r and r[0])
