"""Build src/khabar/lang/ar/given_names_newsfane.tsv from the NewsFANE gold corpus.

NewsFANE (CC BY-SA 3.0, Alotaibi & Lee 2014) is read from ../shared/datasets/newsfane_gold;
the output keeps only the first token of multi-token person names (a given-name list), with
counts, which the CC BY-SA licence allows us to redistribute with attribution.

Usage: .venv/bin/python scripts/build_given_names.py
"""

from __future__ import annotations

import collections
from pathlib import Path

from khabar.text import fold

SRC = Path("../shared/datasets/newsfane_gold/NewsFANE_Gold_2014_170K.txt")
OUT = Path("src/khabar/lang/ar/given_names_newsfane.tsv")
PERSON = {
    "Politician",
    "Athlete",
    "Other_PER",
    "Artist",
    "Religious_PER",
    "Scientist",
    "Businessperson",
    "Police",
    "Engineer",
    "Lawyer",
}
NOT_NAMES = {"الدكتور", "الرئيس", "الشيخ", "السيد", "ف", "د", "م", "بن", "ابن", "ابي", "ال"}


def main() -> None:
    rows: list[tuple[str, str] | None] = []
    for line in SRC.open(encoding="utf-8-sig"):
        line = line.strip().replace("\u200e", "")
        parts = line.split("\t")
        rows.append((parts[0], parts[1]) if len(parts) == 2 else None)
    counts: collections.Counter[str] = collections.Counter()
    for i, row in enumerate(rows[:-1]):
        nxt = rows[i + 1]
        if (
            row
            and nxt
            and row[1].startswith("B-")
            and row[1][2:] in PERSON
            and nxt[1].startswith("I-")
        ):
            token = fold(row[0])
            if len(token) > 1 and token not in NOT_NAMES:
                counts[token] += 1
    with OUT.open("w", encoding="utf-8") as fh:
        fh.write("# given names: first tokens of person names in NewsFANE gold (CC BY-SA 3.0)\n")
        fh.write("# built by scripts/build_given_names.py; columns: name<TAB>count\n")
        for name, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
            fh.write(f"{name}\t{n}\n")
    print(f"wrote {len(counts)} names to {OUT}")


if __name__ == "__main__":
    main()
