"""Bearer tokens: writes need ``write_token``; reads need ``read_token`` only when one is set."""

from __future__ import annotations

import hmac
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, HTTPException, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer


@dataclass(frozen=True, slots=True)
class Tokens:
    """The configured tokens; ``write=None`` disables every write endpoint."""

    write: str | None = None
    read: str | None = None


def token_matches(given: str | None, expected: str) -> bool:
    """Constant-time comparison of a presented token with the configured one.

    >>> token_matches("s3cret", "s3cret"), token_matches("guess", "s3cret"), token_matches(None, "x")
    (True, False, False)
    """
    if not given:
        return False
    return hmac.compare_digest(given.encode("utf-8"), expected.encode("utf-8"))


def bearer(request: Request) -> str | None:
    """The token of an ``Authorization: Bearer …`` header, if any."""
    header = request.headers.get("authorization", "")
    scheme, _, value = header.partition(" ")
    return value.strip() if scheme.lower() == "bearer" else None


def _tokens(request: Request) -> Tokens:
    tokens: Tokens = request.app.state.tokens
    return tokens


def check_write(request: Request, presented: str | None) -> None:
    """Raise 403/401 unless ``presented`` is the write token."""
    expected = _tokens(request).write
    if expected is None:
        raise HTTPException(403, "writes are disabled on this server (start it with --write-token)")
    if not token_matches(presented, expected):
        raise HTTPException(
            401,
            "a valid write token is required (header 'Authorization: Bearer TOKEN')",
            headers={"WWW-Authenticate": "Bearer"},
        )


_write_scheme = HTTPBearer(
    auto_error=False, scheme_name="writeToken", description="the server's write token"
)


def require_write(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_write_scheme)],
) -> None:
    """FastAPI dependency for write endpoints of the API."""
    check_write(request, credentials.credentials if credentials else None)


def require_read(request: Request) -> None:
    """FastAPI dependency for read endpoints: open unless a read token is configured."""
    expected = _tokens(request).read
    if expected is None:
        return
    given = bearer(request)
    write = _tokens(request).write
    if token_matches(given, expected) or (write is not None and token_matches(given, write)):
        return
    raise HTTPException(
        401,
        "a valid read token is required (header 'Authorization: Bearer TOKEN')",
        headers={"WWW-Authenticate": "Bearer"},
    )
