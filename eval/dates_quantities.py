"""Date and quantity accuracy per form on the dev set (../shared/data/khabar-dev).

Usage: .venv/bin/python eval/dates_quantities.py [--dev DIR] [--min-date 0.9] [--min-qty 0.9]

Two measurements, both printed as per-form tables:

* pipeline — ``khabar.extract`` on each article; gold statements are matched to system
  statements the way ../shared/data/score_extract.py does (gold anchor inside system content);
  a date is right when it equals the gold date, a gold quantity when its value (or vague label)
  is among the statement's quantities;
* finders — the date and quantity finders alone on the sentence that holds each gold anchor
  (the frame: that sentence outside the anchor's clause or quotation), so their quality shows
  even where attribution misses a statement. Dates inherited from an earlier sentence are
  counted apart ("inherited"): only the pipeline can get them.

Exit 1 when the pipeline date or quantity accuracy is below its floor.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import sys
from datetime import date
from pathlib import Path
from types import ModuleType
from typing import Any

from khabar import extract
from khabar.components.dates import dates_in
from khabar.components.segment import find_quotes, sentences
from khabar.model import Document, statement_to_dict
from khabar.numbers import find_quantities
from khabar.temporal import TimeExpr, find_dates
from khabar.text import normalise

ROOT = Path(__file__).resolve().parent.parent
DATE_FORMS = ("weekday", "relative", "explicit", "hijri", "vague", "inherited", "none")
QTY_FORMS = ("digits", "words", "vague", "ranges")
Tally = dict[str, list[int]]  # form -> [right, total]


def load_scorer(dev: Path) -> ModuleType:
    path = dev.parent / "score_extract.py"
    spec = importlib.util.spec_from_file_location("score_extract", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load the scorer {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def articles(dev: Path) -> list[tuple[dict[str, Any], str]]:
    out = []
    for gold_path in sorted(dev.glob("*.gold.json")):
        if gold_path.name.startswith("ledger"):
            continue
        gold = json.loads(gold_path.read_text("utf-8"))
        out.append((gold, (dev / gold["doc"]).read_text("utf-8")))
    return out


def quantity_form(value: Any, sentence: str) -> str:
    """digits / words / vague / ranges for one gold quantity, from how the sentence writes it."""
    if isinstance(value, str):
        return "vague"
    folded = normalise(sentence).text
    for scale in (1, 1000, 1_000_000):
        if value % scale == 0 and _digits_present(value // scale, folded):
            return "digits"
    return "words"


def _digits_present(n: int, text: str) -> bool:
    grouped = f"{n:,}"
    forms = {str(n), grouped, grouped.replace(",", "."), grouped.replace(",", " ")}
    return any(re.search(rf"(?<![\d.,]){re.escape(f)}(?![\d])", text) for f in forms)


def add(t: Tally, form: str, ok: bool) -> None:
    t.setdefault(form, [0, 0])
    t[form][0] += int(ok)
    t[form][1] += 1


def quantity_values(quantities: list[dict[str, Any]]) -> list[Any]:
    vals: list[Any] = []
    for q in quantities:
        vals.append(q["value"])
        if q["value"] is None and q.get("vague"):
            vals.append(q["vague"])
    return vals


def pipeline_scores(dev: Path) -> tuple[Tally, Tally]:
    scorer = load_scorer(dev)
    dates: Tally = {}
    qty: Tally = {}
    for gold, text in articles(dev):
        published = date.fromisoformat(gold["published"])
        doc = extract(text, published=published, lang=gold["lang"])
        system = [statement_to_dict(s) for s in doc.statements]
        forms = {(t.ref.start, t.ref.end): t.form for t in _all_dates(doc)}
        matched = scorer.match_statements(gold["statements"], system)
        for g, si in zip(gold["statements"], matched, strict=True):
            if si is None:
                continue
            st = doc.statements[si]
            if g.get("date"):
                ref = next((d for d in doc.dates if d.text == st.date_text), None)
                form = forms.get((ref.start, ref.end), "none") if ref else "none"
                add(dates, form, st.date is not None and st.date.isoformat() == g["date"])
            values = quantity_values(system[si]["quantities"])
            sentence = doc.sentences[st.sentence].text if doc.sentences else text
            for value in g.get("quantities") or []:
                add(qty, quantity_form(value, sentence), value in values)
    return dates, qty


def _all_dates(doc: Document) -> list[TimeExpr]:
    assert doc.norm is not None
    return find_dates(doc.norm, 0, len(doc.text), doc.lang, doc.published)


def finder_scores(dev: Path) -> tuple[Tally, Tally]:
    dates: Tally = {}
    qty: Tally = {}
    for gold, text in articles(dev):
        published = date.fromisoformat(gold["published"])
        norm = normalise(text)
        sents = sentences(text, find_quotes(text))
        quotes = find_quotes(text)
        for g in gold["statements"]:
            where = _find_anchor(norm.text, g["anchor"])
            if where is None:
                continue
            a, b = norm.to_orig_span(*where)
            sent = next((s for s in sents if s.start <= a < s.end), None)
            if sent is None:
                continue
            clause = _clause(a, b, sent.start, sent.end, quotes)
            if g.get("date"):
                found = [
                    t
                    for t in find_dates(norm, sent.start, sent.end, gold["lang"], published)
                    if not (clause[0] <= t.ref.start < clause[1])
                ]
                if not found:
                    add(dates, "inherited", False)
                else:
                    pick = min(found, key=lambda t: abs(t.ref.start - clause[0]))
                    ok = pick.ref.value is not None and pick.ref.value.isoformat() == g["date"]
                    add(dates, pick.form, ok)
            if g.get("quantities"):
                exclude = dates_in(norm, sent.start, sent.end, gold["lang"])
                qs = find_quantities(norm, sent.start, sent.end, gold["lang"], exclude)
                values = quantity_values([{"value": q.value, "vague": q.vague} for q in qs])
                for value in g["quantities"]:
                    add(qty, quantity_form(value, sent.text), value in values)
    return dates, qty


def _find_anchor(folded_text: str, anchor: str) -> tuple[int, int] | None:
    key = normalise(anchor).text
    i = folded_text.find(key)
    return None if i < 0 else (i, i + len(key))


def _clause(a: int, b: int, s: int, e: int, quotes: list[Any]) -> tuple[int, int]:
    """The anchor's quotation if it is quoted, else from the anchor to the sentence end."""
    for q in quotes:
        if q.start <= a and b <= q.end:
            return q.start, q.end
    return a, e


def table(title: str, tally: Tally, forms: tuple[str, ...], apart: tuple[str, ...] = ()) -> float:
    """Print one per-form table; forms in ``apart`` are shown but left out of the total."""
    print(f"\n{title}")
    print(f"  {'form':<10} {'right':>5} {'total':>5} {'acc':>6}")
    right = total = 0
    for form in forms:
        r, n = tally.get(form, [0, 0])
        if n:
            note = "  (not in the total)" if form in apart else ""
            print(f"  {form:<10} {r:>5} {n:>5} {r / n:>6.3f}{note}")
        if form not in apart:
            right += r
            total += n
    acc = right / total if total else 0.0
    print(f"  {'all':<10} {right:>5} {total:>5} {acc:>6.3f}")
    return acc


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dev", default=str(ROOT.parent / "shared" / "data" / "khabar-dev"))
    ap.add_argument("--min-date", type=float, default=0.9)
    ap.add_argument("--min-qty", type=float, default=0.9)
    args = ap.parse_args()
    dev = Path(args.dev)
    if not dev.is_dir():
        print(f"eval: {dev} not found; the dev set lives in ../shared (skipped)")
        return 0
    p_dates, p_qty = pipeline_scores(dev)
    f_dates, f_qty = finder_scores(dev)
    date_acc = table("pipeline: statement dates (matched gold statements)", p_dates, DATE_FORMS)
    qty_acc = table("pipeline: quantities (matched gold statements)", p_qty, QTY_FORMS)
    table("finders: dates in the gold statement's sentence", f_dates, DATE_FORMS, ("inherited",))
    table("finders: quantities in the gold statement's sentence", f_qty, QTY_FORMS)
    ok = date_acc >= args.min_date and qty_acc >= args.min_qty
    print(
        f"\npipeline date_acc {date_acc:.3f} (floor {args.min_date}), "
        f"qty_acc {qty_acc:.3f} (floor {args.min_qty}): {'ok' if ok else 'BELOW FLOOR'}"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
