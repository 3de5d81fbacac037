#!/usr/bin/env python3
"""Ledger quality gate: ingest the dev set into a throwaway store and score it.

Runs ``../shared/data/eval_ledger.py ../shared/data/khabar-dev`` with the floors of
``eval/floors.json`` key "ledger" (speaker B³ F1, claim pairwise F1, figure recall).
Usage: .venv/bin/python eval/ledger_gate.py [--db URL]
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


def floors() -> dict[str, float]:
    path = ROOT / "eval" / "floors.json"
    data = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    return {k: float(v) for k, v in data.get("ledger", {}).items()}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--db", help="store URL (default: a throwaway SQLite file)")
    args = ap.parse_args()
    scorer = SHARED / "eval_ledger.py"
    if not scorer.exists():
        print(f"ledger gate: {scorer} not found (needs ../shared)", file=sys.stderr)
        return 2
    cmd = [
        sys.executable,
        str(scorer),
        str(SHARED / "khabar-dev"),
        "--khabar",
        str(ROOT / ".venv" / "bin" / "khabar"),
    ]
    cmd += [f"--min={k}={v}" for k, v in floors().items()]
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
