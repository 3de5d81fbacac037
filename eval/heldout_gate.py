"""The held-out quality gate: run `khabar extract` over eval/heldout and fail below floors.

Usage: .venv/bin/python eval/heldout_gate.py [--heldout DIR] [--floors eval/floors.json]

Prints the per-article lines and the micro-averaged summary of ../shared/data/eval_extract.py,
then one line per floor of `eval/floors.json` key "heldout" (value, floor, ok). Exit 1 when a
floor is not met; 0 with a notice when ../shared is missing (the scorer lives there) or when no
"heldout" floors are set yet; 2 when the scorer cannot run.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HARNESS = ROOT.parent / "shared" / "data" / "eval_extract.py"


def load_floors(path: Path) -> dict[str, float]:
    """The "heldout" floors of a floors file ({} when the key or the file is missing)."""
    if not path.exists():
        return {}
    data = json.loads(path.read_text("utf-8"))
    return {field: float(value) for field, value in data.get("heldout", {}).items()}


def check(summary: dict[str, float], floors: dict[str, float]) -> bool:
    """Print one line per floor and say whether all of them hold."""
    ok = True
    for field, floor in floors.items():
        value = float(summary.get(field, 0.0))
        passed = value >= floor
        ok &= passed
        print(f"{field:>15}: {value:.3f} (floor {floor:.2f}) {'ok' if passed else 'BELOW FLOOR'}")
    return ok


def main() -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--heldout", default=str(ROOT / "eval" / "heldout"))
    ap.add_argument("--floors", default=str(ROOT / "eval" / "floors.json"))
    args = ap.parse_args()
    if not HARNESS.exists():
        print(f"eval: {HARNESS} not found; the gate needs ../shared (skipped)")
        return 0
    khabar = str(ROOT / ".venv" / "bin" / "khabar")
    proc = subprocess.run(
        [sys.executable, str(HARNESS), args.heldout, "--khabar", khabar],
        capture_output=True,
        text=True,
        check=False,
    )
    print(proc.stdout, end="")
    if proc.returncode == 2 or not proc.stdout.strip():
        print(proc.stderr, file=sys.stderr)
        return 2
    summary = json.loads(proc.stdout.strip().splitlines()[-1])
    floors = load_floors(Path(args.floors))
    if not floors:
        print(f'eval: no "heldout" floors in {args.floors}; nothing to enforce')
        return 0
    return 0 if check(summary, floors) else 1


if __name__ == "__main__":
    sys.exit(main())
