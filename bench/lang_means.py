#!/usr/bin/env python3
"""Recompute ``src/khabar/ledger/lang_means.tsv``: the mean e5 passage vector per language.

Arabic sentences are sampled from SaudiNewsNet, English ones from ECB+ (both read from
../shared/datasets, never copied); the dev set is not used. Takes a few minutes on 2 cores.
Usage: .venv/bin/python bench/lang_means.py [--out PATH]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import numpy as np

from khabar.ledger.vectors import embed

ROOT = Path(__file__).resolve().parent.parent
DATASETS = ROOT.parent / "shared" / "datasets"
OUT = ROOT / "src" / "khabar" / "ledger" / "lang_means.tsv"
HEADER = """\
# Mean multilingual-e5-small passage embedding per language (384 values), subtracted before
# comparing statements so that sharing a language or a news register is not mistaken for
# sharing a claim. Computed by bench/lang_means.py from public corpora: ar = {ar} sentences of
# SaudiNewsNet articles, en = {en} sentences of ECB+ articles (not the dev set).
"""


def _fits(sentence: str) -> bool:
    return 40 < len(sentence) < 250


def arabic_sentences(rng: random.Random) -> list[str]:
    out: list[str] = []
    for archive in sorted((DATASETS / "saudinewsnet" / "dataset").glob("*.zip"))[::3]:
        with zipfile.ZipFile(archive) as zf:
            for name in zf.namelist():
                for item in json.loads(zf.read(name))[:40]:
                    parts = [s.strip() for s in re.split(r"[.!؟\n]", item["content"])]
                    found = [s for s in parts if _fits(s)]
                    out += rng.sample(found, min(2, len(found)))
    return rng.sample(out, min(1200, len(out)))


def english_sentences(rng: random.Random) -> list[str]:
    files = sorted((DATASETS / "ecb_plus" / "ECB+").glob("*/*.xml"))
    out: list[str] = []
    for path in rng.sample(files, min(300, len(files))):
        sentences: dict[str | None, list[str]] = {}
        for token in ET.parse(path).getroot().iter("token"):
            sentences.setdefault(token.get("sentence"), []).append(token.text or "")
        found = [" ".join(v) for v in sentences.values() if _fits(" ".join(v))]
        out += rng.sample(found, min(4, len(found)))
    return rng.sample(out, min(1200, len(out)))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    rng = random.Random(5)
    texts = {"ar": arabic_sentences(rng), "en": english_sentences(rng)}
    lines = [HEADER.format(ar=len(texts["ar"]), en=len(texts["en"]))]
    for lang, sentences in texts.items():
        mean = np.asarray(embed(sentences)).mean(axis=0)
        lines.append(lang + "\t" + " ".join(f"{x:.5f}" for x in mean) + "\n")
    args.out.write_text("".join(lines), encoding="utf-8")
    print(f"{args.out}: ar {len(texts['ar'])}, en {len(texts['en'])} sentences")
    return 0


if __name__ == "__main__":
    sys.exit(main())
