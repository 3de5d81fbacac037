#!/usr/bin/env python3
"""Ledger quality gate: ingest a gold set into a throwaway store and score its ledger.

Runs ``../shared/data/eval_ledger.py`` on the shared dev set (``--set dev``, floors under
``eval/floors.json`` key "ledger") or on our own ``eval/heldout`` / ``eval/blind`` (keys
"ledger_heldout" / "ledger_blind"): speaker B³ F1, claim pairwise F1, figure recall.
Usage: .venv/bin/python eval/ledger_gate.py [--set dev|heldout|blind|blind3|blind4|blind5|blind6|blind7|blind8|blind9|blind10|blind11|blind12|blind13|blind14|blind15|blind16|blind17|blind18|blind19] [--db URL]
Exit 0 when every floor holds, 1 when one does not, 2 when the scorer cannot run.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data"


SETS = {"dev": SHARED / "khabar-dev", "heldout": ROOT / "eval" / "heldout"}
SETS["blind"] = ROOT / "eval" / "blind"
SETS["blind3"] = ROOT / "eval" / "blind3"
SETS["blind4"] = ROOT / "eval" / "blind4"
SETS["blind5"] = ROOT / "eval" / "blind5"
SETS["blind6"] = ROOT / "eval" / "blind6"
SETS["blind7"] = ROOT / "eval" / "blind7"
SETS["blind8"] = ROOT / "eval" / "blind8"
SETS["blind9"] = ROOT / "eval" / "blind9"
SETS["blind10"] = ROOT / "eval" / "blind10"
SETS["blind11"] = ROOT / "eval" / "blind11"
SETS["blind12"] = ROOT / "eval" / "blind12"
SETS["blind13"] = ROOT / "eval" / "blind13"
SETS["blind14"] = ROOT / "eval" / "blind14"
SETS["blind15"] = ROOT / "eval" / "blind15"
SETS["blind16"] = ROOT / "eval" / "blind16"
SETS["blind17"] = ROOT / "eval" / "blind17"
SETS["blind18"] = ROOT / "eval" / "blind18"
SETS["blind19"] = ROOT / "eval" / "blind19"


def floors(name: str) -> dict[str, float]:
    path = ROOT / "eval" / "floors.json"
    data = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    key = "ledger" if name == "dev" else f"ledger_{name}"
    return {k: float(v) for k, v in data.get(key, {}).items()}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--set", choices=sorted(SETS), default="dev", help="gold set (default dev)")
    ap.add_argument("--db", help="store URL (default: a throwaway SQLite file)")
    args = ap.parse_args()
    scorer = SHARED / "eval_ledger.py"
    if not scorer.exists():
        print(f"ledger gate: {scorer} not found (needs ../shared)", file=sys.stderr)
        return 2
    cmd = [
        sys.executable,
        str(scorer),
        str(SETS[args.set]),
        "--khabar",
        str(ROOT / ".venv" / "bin" / "khabar"),
    ]
    cmd += [f"--min={k}={v}" for k, v in floors(args.set).items()]
    if args.db:
        cmd += ["--db", args.db]
    done = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
    lines = done.stdout.strip().splitlines()
    print(lines[-1] if lines else done.stderr.strip()[-2000:])
    if done.returncode != 0 and lines and "error" in lines[-1]:
        print("\n".join(lines[-3:-1]), file=sys.stderr)
    return done.returncode


if __name__ == "__main__":
    sys.exit(main())
