"""Run the app on a loopback port in a background thread (tests, benchmarks, demos)."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import uvicorn
from fastapi import FastAPI

from khabar.errors import KhabarError


def free_port(host: str = "127.0.0.1") -> int:
    """A TCP port that is free on ``host`` right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        port: int = sock.getsockname()[1]
        return port


@contextmanager
def background_server(
    app: FastAPI, host: str = "127.0.0.1", timeout: float = 10.0
) -> Iterator[str]:
    """Serve ``app`` on a free loopback port while the block runs; yields the base URL.

    >>> from khabar.web import EmptyLedger, create_app
    >>> import httpx
    >>> with background_server(create_app(EmptyLedger())) as url:
    ...     httpx.get(url + "/api/speakers").json()["total"]
    0
    """
    port = free_port(host)
    config = uvicorn.Config(app, host=host, port=port, log_level="error", lifespan="off")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name=f"khabar-web-{port}", daemon=True)
    thread.start()
    deadline = time.monotonic() + timeout
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise KhabarError(f"the web server did not start on {host}:{port}")
        time.sleep(0.02)
    try:
        yield f"http://{host}:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout)
