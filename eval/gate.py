"""Extraction quality gates: run `khabar extract` over a gold set and fail below its floors.

Usage:
  .venv/bin/python eval/gate.py                      # the shared dev set, floors "extract"
  .venv/bin/python eval/gate.py --set heldout         # eval/heldout, floors "heldout"
  .venv/bin/python eval/gate.py --set blind           # eval/blind, floors "blind"
  .venv/bin/python eval/gate.py --set blind2          # eval/blind2, floors "blind2"
  .venv/bin/python eval/gate.py --set blind3          # eval/blind3, floors "blind3"
  .venv/bin/python eval/gate.py --set blind4          # eval/blind4, floors "blind4"
  .venv/bin/python eval/gate.py --set blind5          # eval/blind5, floors "blind5"
  .venv/bin/python eval/gate.py --set blind6          # eval/blind6, floors "blind6"
  .venv/bin/python eval/gate.py --set blind7          # eval/blind7, floors "blind7"
  .venv/bin/python eval/gate.py --set blind8          # eval/blind8, floors "blind8"
  .venv/bin/python eval/gate.py --set blind9          # eval/blind9, floors "blind9"
  .venv/bin/python eval/gate.py --set blind10         # eval/blind10, floors "blind10"
  .venv/bin/python eval/gate.py --set blind11         # eval/blind11, floors "blind11"
  .venv/bin/python eval/gate.py --set blind12         # eval/blind12, floors "blind12"
  .venv/bin/python eval/gate.py --set blind13         # eval/blind13, floors "blind13"
  .venv/bin/python eval/gate.py --set blind14         # eval/blind14, floors "blind14"
  .venv/bin/python eval/gate.py --set blind15         # eval/blind15, floors "blind15"
  .venv/bin/python eval/gate.py --set blind16         # eval/blind16, floors "blind16"
  .venv/bin/python eval/gate.py --set blind17         # eval/blind17, floors "blind17"
  .venv/bin/python eval/gate.py --set blind18         # eval/blind18, floors "blind18"
  .venv/bin/python eval/gate.py --set blind19         # eval/blind19, floors "blind19"
  .venv/bin/python eval/gate.py --dir DIR --key KEY   # any gold directory

Prints the per-article lines and the micro-averaged summary of ../shared/data/eval_extract.py
(the reference harness), then one line per floor (value, floor, ok). Exit 1 when a floor is
not met; 0 with a notice when ../shared is missing (the scorer lives there); 2 when the scorer
cannot run. The held-out and blind sets are our own annotated articles (eval/*/README.md);
the dev set is for measuring only, and rules are never keyed to any of them.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data"
SETS = {
    "dev": (SHARED / "khabar-dev", "extract"),
    "heldout": (ROOT / "eval" / "heldout", "heldout"),
    "blind": (ROOT / "eval" / "blind", "blind"),
    "blind2": (ROOT / "eval" / "blind2", "blind2"),
    "blind3": (ROOT / "eval" / "blind3", "blind3"),
    "blind4": (ROOT / "eval" / "blind4", "blind4"),
    "blind5": (ROOT / "eval" / "blind5", "blind5"),
    "blind6": (ROOT / "eval" / "blind6", "blind6"),
    "blind7": (ROOT / "eval" / "blind7", "blind7"),
    "blind8": (ROOT / "eval" / "blind8", "blind8"),
    "blind9": (ROOT / "eval" / "blind9", "blind9"),
    "blind10": (ROOT / "eval" / "blind10", "blind10"),
    "blind11": (ROOT / "eval" / "blind11", "blind11"),
    "blind12": (ROOT / "eval" / "blind12", "blind12"),
    "blind13": (ROOT / "eval" / "blind13", "blind13"),
    "blind14": (ROOT / "eval" / "blind14", "blind14"),
    "blind15": (ROOT / "eval" / "blind15", "blind15"),
    "blind16": (ROOT / "eval" / "blind16", "blind16"),
    "blind17": (ROOT / "eval" / "blind17", "blind17"),
    "blind18": (ROOT / "eval" / "blind18", "blind18"),
    "blind19": (ROOT / "eval" / "blind19", "blind19"),
}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", choices=sorted(SETS), default="dev")
    ap.add_argument("--dir", help="a gold directory (overrides --set)")
    ap.add_argument("--key", help="the floors key in the floors file (with --dir)")
    ap.add_argument("--floors", default=str(ROOT / "eval" / "floors.json"))
    args = ap.parse_args()
    gold_dir, key = SETS[args.set]
    if args.dir:
        gold_dir, key = Path(args.dir), args.key or "extract"
    harness = SHARED / "eval_extract.py"
    if not harness.exists():
        print(f"eval: {harness} not found; the gate needs ../shared (skipped)")
        return 0
    floors = json.loads(Path(args.floors).read_text("utf-8")).get(key, {})
    khabar = str(ROOT / ".venv" / "bin" / "khabar")
    proc = subprocess.run(
        [sys.executable, str(harness), str(gold_dir), "--khabar", khabar],
        capture_output=True,
        text=True,
        check=False,
    )
    print(proc.stdout, end="")
    if proc.returncode == 2 or not proc.stdout.strip():
        print(proc.stderr, file=sys.stderr)
        return 2
    summary = json.loads(proc.stdout.strip().splitlines()[-1])
    ok = True
    for field, floor in floors.items():
        value = summary.get(field, 0.0)
        passed = value >= floor
        ok &= passed
        print(
            f"{key}:{field:>15}: {value:.3f} (floor {floor:.2f}) {'ok' if passed else 'BELOW FLOOR'}"
        )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
