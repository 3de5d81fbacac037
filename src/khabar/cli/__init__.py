"""The ``khabar`` command line: one sub-command per module, loaded on demand."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from khabar.errors import KhabarError

# sub-command modules; each has ``register(subparsers)`` setting ``func`` on its parser
COMMAND_MODULES = (
    "khabar.cli.extract_cmd",
    "khabar.cli.batch_cmd",
    "khabar.cli.ingest_cmd",
    "khabar.cli.ledger_cmd",
    "khabar.cli.export_cmd",
    "khabar.cli.serve_cmd",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="khabar",
        description="khabar (خبر): news articles in, a ledger of attributed statements out.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except KhabarError as exc:
        print(f"khabar: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("khabar: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
