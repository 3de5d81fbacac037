"""``khabar serve``: the web UI and REST API over a ledger store."""

from __future__ import annotations

import argparse
import os
import sys


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "serve",
        help="web UI and REST API (OpenAPI at /openapi.json) over the store",
        description=(
            "Serve the ledger in a browser and as a JSON API. Write endpoints (ingest, "
            "extract) need a bearer token, read from $KHABAR_WRITE_TOKEN (or --write-token); "
            "without one they are disabled. Example:\n"
            "  KHABAR_WRITE_TOKEN=s3cret khabar serve --db khabar.db --port 8000"
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument(
        "--db", default=None, help="store URL or SQLite path (default: $KHABAR_DB or ./khabar.db)"
    )
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    p.add_argument(
        "--write-token",
        default=None,
        help="bearer token for write endpoints (prefer $KHABAR_WRITE_TOKEN: argv is visible to other users)",
    )
    p.add_argument(
        "--read-token",
        default=None,
        help="require this bearer token for reads too (default: $KHABAR_READ_TOKEN, else open)",
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    import uvicorn

    from khabar.store import resolve_url
    from khabar.web import create_app

    write = args.write_token or os.environ.get("KHABAR_WRITE_TOKEN")
    read = args.read_token or os.environ.get("KHABAR_READ_TOKEN")
    url = resolve_url(args.db)
    app = create_app(url, write_token=write, read_token=read)
    print(
        f"khabar: serving {url} on http://{args.host}:{args.port}/ "
        f"(writes {'enabled' if write else 'disabled: set KHABAR_WRITE_TOKEN'})",
        file=sys.stderr,
    )
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
    return 0
