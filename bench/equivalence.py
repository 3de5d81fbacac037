"""Byte-identical output check for speed work: one canonical JSON line per text.

Runs the default pipeline (what ``khabar.extract`` runs) over a fixed set of texts and writes,
per text, everything the pipeline leaves on the document: the SPEC §1 JSON, the internal
statement hints, sentences, paragraphs, quotes, mentions, ``doc.dates`` and a hash of the
normalised text. A change that is meant to be a pure speed-up must leave the file identical.

Texts, read where they are (never copied): the first ``--per-archive`` articles of each
SaudiNewsNet archive (with their publication date, through the batch reader the throughput
benchmark uses), every ``.txt`` of the shared dev set and of each folder of ``eval/``
(heldout, blind, blind2 …; each twice: with the gold file's publication date and without
one), and ``--ecb`` English articles of ECB+ (sentences of tokens, joined by spaces).

    .venv/bin/python bench/equivalence.py --out /tmp/ref.jsonl            # reference
    .venv/bin/python bench/equivalence.py --compare /tmp/ref.jsonl        # after a change

``--compare`` prints the number of texts compared and the first one that differs (with the
first differing field), exit 1 on any difference. Not a unit test.
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import sys
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

from khabar import load_pipeline
from khabar._api import detect_lang
from khabar.batch import SourceUnit, decode_record, iter_records
from khabar.errors import InputError
from khabar.model import Document, document_to_dict

ROOT = Path(__file__).resolve().parent.parent
DATASETS = ROOT.parent / "shared" / "datasets"
# the shared dev set and every set of ours (eval/heldout, eval/blind, eval/blind2, …)
GOLD_DIRS = (
    ROOT.parent / "shared" / "data" / "khabar-dev",
    *sorted(p for p in (ROOT / "eval").iterdir() if p.is_dir() and any(p.glob("*.txt"))),
)

Text = tuple[str, str, date | None, str]  # name, text, published, lang


def saudinewsnet(per_archive: int) -> Iterator[Text]:
    for archive in sorted((DATASETS / "saudinewsnet" / "dataset").glob("*.zip")):
        raws = itertools.islice(iter_records(SourceUnit("zip", archive)), per_archive)
        for i, raw in enumerate(raws):
            try:
                article = decode_record(raw)
            except InputError:
                continue
            yield f"{archive.name}:{i}", article.text, article.published, article.lang


def gold_sets() -> Iterator[Text]:
    for folder in GOLD_DIRS:
        for path in sorted(folder.glob("*.txt")):
            text = path.read_text("utf-8")
            gold = path.with_name(path.name[: -len(".txt")] + ".gold.json")
            published = None
            if gold.exists():
                value = json.loads(gold.read_text("utf-8")).get("published")
                published = date.fromisoformat(value) if value else None
            name = f"{folder.name}/{path.name}"
            yield name, text, published, "auto"
            if published is not None:
                yield name + "#undated", text, None, "auto"


def ecb_plus(count: int) -> Iterator[Text]:
    files = sorted((DATASETS / "ecb_plus" / "ECB+").glob("*/*.xml"))
    step = max(1, len(files) // count) if count else 1
    for path in files[::step][:count]:
        sentences: dict[str | None, list[str]] = {}
        for token in ET.parse(path).getroot().iter("token"):
            sentences.setdefault(token.get("sentence"), []).append(token.text or "")
        text = "\n".join(" ".join(words) for words in sentences.values())
        yield f"ecb/{path.parent.name}/{path.name}", text, date(2012, 1, 1), "en"


def _spans(spans: Any) -> list[list[int]]:
    return [[s.start, s.end] for s in spans]


def canonical(doc: Document) -> dict[str, Any]:
    """Everything the pipeline assigned, as plain JSON-able values."""
    out = document_to_dict(doc)
    out["hints"] = [st.hints for st in doc.statements]
    out["sentences"] = _spans(doc.sentences)
    out["paragraphs"] = _spans(doc.paragraphs)
    out["quotes"] = _spans(doc.quotes)
    out["mentions"] = [[m.start, m.end, m.type, m.name] for m in doc.mentions]
    out["dates"] = [[d.text, d.start, d.end, d.value] for d in doc.dates]
    norm = doc.norm.text if doc.norm is not None else ""
    out["norm"] = hashlib.sha256(norm.encode("utf-8")).hexdigest()[:16]
    return out


def run_one(name: str, text: str, published: date | None, lang: str) -> str:
    lang = detect_lang(text) if lang == "auto" else lang
    doc = Document(text=text, lang=lang, published=published)
    try:
        out: Any = canonical(load_pipeline()(doc))
    except Exception as exc:  # recorded, so a change in what fails shows too
        out = {"error": f"{type(exc).__name__}: {exc}"}
    return json.dumps({"name": name, **out}, ensure_ascii=False, sort_keys=True, default=str)


def all_texts(per_archive: int, ecb: int) -> Iterator[Text]:
    yield from saudinewsnet(per_archive)
    yield from gold_sets()
    yield from ecb_plus(ecb)


def compare(lines: list[str], reference: Path) -> int:
    ref = reference.read_text("utf-8").splitlines()
    if len(ref) != len(lines):
        print(f"differ: {len(lines)} texts here, {len(ref)} in {reference}")
    for new, old in zip(lines, ref, strict=False):
        if new != old:
            a, b = json.loads(new), json.loads(old)
            fields = [k for k in sorted(set(a) | set(b)) if a.get(k) != b.get(k)]
            print(f"FIRST DIFFERENCE: {a['name']} (fields {fields})")
            for key in fields[:3]:
                print(f"  new {key}: {json.dumps(a.get(key), ensure_ascii=False)[:1500]}")
                print(f"  ref {key}: {json.dumps(b.get(key), ensure_ascii=False)[:1500]}")
            return 1
    if len(ref) != len(lines):
        return 1
    print(f"identical: {len(lines)} texts, byte for byte ({reference})")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, help="write the canonical lines here")
    ap.add_argument("--compare", type=Path, help="diff against this reference file")
    ap.add_argument("--per-archive", type=int, default=170, help="SaudiNewsNet articles each")
    ap.add_argument("--ecb", type=int, default=400, help="ECB+ English articles")
    args = ap.parse_args(argv)
    load_pipeline()
    started = time.process_time()
    lines = [run_one(*t) for t in all_texts(args.per_archive, args.ecb)]
    errors = sum('"error":' in line[:200] for line in lines)
    print(f"{len(lines)} texts, {errors} failed, {time.process_time() - started:.1f} CPU s")
    if args.out:
        args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return compare(lines, args.compare) if args.compare else 0


if __name__ == "__main__":
    sys.exit(main())
