"""The dev-set quality gate: run `khabar extract` over ../shared/data/khabar-dev and fail below floors.

Usage: .venv/bin/python eval/gate.py [--dev DIR] [--floors eval/floors.json]

Prints the per-article lines and the micro-averaged summary of ../shared/data/eval_extract.py,
then one line per floor (value, floor, ok). Exit 1 when a floor is not met; 0 with a notice
when ../shared is missing (the gate needs the shared data).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dev", default=str(ROOT.parent / "shared" / "data" / "khabar-dev"))
    ap.add_argument("--floors", default=str(ROOT / "eval" / "floors.json"))
    args = ap.parse_args()
    dev = Path(args.dev)
    harness = dev.parent / "eval_extract.py"
    if not harness.exists():
        print(f"eval: {harness} not found; the gate needs ../shared (skipped)")
        return 0
    floors = json.loads(Path(args.floors).read_text("utf-8"))["extract"]
    khabar = str(ROOT / ".venv" / "bin" / "khabar")
    proc = subprocess.run(
        [sys.executable, str(harness), str(dev), "--khabar", khabar],
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
        print(f"{field:>15}: {value:.3f} (floor {floor:.2f}) {'ok' if passed else 'BELOW FLOOR'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
