"""Fetch a user-supplied URL without letting it reach inside the network.

Rules (each refusal raises :class:`~khabar.errors.UnsafeURLError` naming the URL and why):

* only ``http`` and ``https``, no user:password in the URL;
* the host is resolved first and *every* address must be public: loopback, private,
  link-local (cloud metadata at 169.254.169.254), multicast, reserved, unspecified, shared
  (CGNAT) and IPv4-mapped forms of those are refused;
* the connection goes to the address that was checked (no second DNS lookup that could
  answer differently), with the original Host header and TLS server name;
* redirects are followed by hand, at most ``max_redirects``, each target checked again;
* the body is read in chunks and abandoned past ``max_bytes``; connect/read timeouts apply.

Network and HTTP problems raise :class:`~khabar.errors.FetchError`.

>>> check_url("file:///etc/passwd")
Traceback (most recent call last):
...
khabar.errors.UnsafeURLError: file:///etc/passwd: only http and https URLs are fetched, not 'file'
>>> check_url("http://127.0.0.1/admin")
Traceback (most recent call last):
...
khabar.errors.UnsafeURLError: http://127.0.0.1/admin: refusing to fetch 127.0.0.1 (loopback address)
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

import httpx

from khabar.errors import FetchError, UnsafeURLError

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
Resolver = Callable[[str, int], Sequence[str]]
REDIRECTS = {301, 302, 303, 307, 308}
USER_AGENT = "khabar/0.1 (+https://example.invalid/khabar; news ledger)"


def resolve_host(host: str, port: int) -> list[str]:
    """Every address ``host`` resolves to (the system resolver)."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise FetchError(f"cannot resolve host {host!r}: {exc.strerror}") from exc
    return sorted({str(info[4][0]) for info in infos})


@dataclass(frozen=True, slots=True)
class FetchPolicy:
    """Limits of one fetch. ``allow_networks`` exists for tests only (a loopback server)."""

    max_bytes: int = 20 * 1024 * 1024
    timeout: float = 20.0
    max_redirects: int = 5
    resolver: Resolver = resolve_host
    allow_networks: tuple[str, ...] = field(default=())


@dataclass(frozen=True, slots=True)
class FetchedPage:
    """What a URL returned: the final URL after redirects, the type and the bytes."""

    url: str
    status: int
    content_type: str
    body: bytes


def _why_unsafe(ip: IPAddress) -> str | None:
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        return _why_unsafe(ip.ipv4_mapped)
    checks = (
        ("loopback", ip.is_loopback),
        ("link-local or cloud-metadata", ip.is_link_local),
        ("private", ip.is_private),
        ("multicast", ip.is_multicast),
        ("unspecified", ip.is_unspecified),
        ("reserved", ip.is_reserved),
        ("non-public", not ip.is_global),
    )
    return next((label for label, hit in checks if hit), None)


def _allowed(ip: IPAddress, policy: FetchPolicy) -> bool:
    return any(ip in ipaddress.ip_network(net) for net in policy.allow_networks)


def check_url(url: str, policy: FetchPolicy | None = None) -> tuple[str, str]:
    """Refuse an unsafe URL; return ``(host, address to connect to)`` for a safe one."""
    policy = policy or FetchPolicy()
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise UnsafeURLError(f"{url}: only http and https URLs are fetched, not {parts.scheme!r}")
    if parts.username or parts.password:
        raise UnsafeURLError(f"{url}: URLs with a user name or password are not fetched")
    host = parts.hostname
    if not host:
        raise UnsafeURLError(f"{url}: no host name")
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError as exc:
        raise UnsafeURLError(f"{url}: bad port ({exc})") from exc
    addresses = _literal(host) or list(policy.resolver(host, port))
    if not addresses:
        raise FetchError(f"{url}: {host} resolves to no address")
    for text in addresses:
        ip = ipaddress.ip_address(text.split("%", 1)[0])
        reason = _why_unsafe(ip)
        if reason and not _allowed(ip, policy):
            raise UnsafeURLError(f"{url}: refusing to fetch {ip} ({reason} address)")
    return host, addresses[0]


def _literal(host: str) -> list[str]:
    try:
        return [str(ipaddress.ip_address(host.strip("[]")))]
    except ValueError:
        return []


def fetch(url: str, policy: FetchPolicy | None = None) -> FetchedPage:
    """GET ``url`` under ``policy`` (see the module docstring for the rules)."""
    policy = policy or FetchPolicy()
    timeout = httpx.Timeout(policy.timeout)
    with httpx.Client(timeout=timeout, follow_redirects=False, trust_env=False) as client:
        current = url
        for _ in range(policy.max_redirects + 1):
            page_or_next = _get_once(client, current, policy)
            if isinstance(page_or_next, FetchedPage):
                return page_or_next
            current = page_or_next
        raise FetchError(f"{url}: more than {policy.max_redirects} redirects")


def _get_once(client: httpx.Client, url: str, policy: FetchPolicy) -> FetchedPage | str:
    """Fetch one hop: the page, or the next URL when redirected."""
    host, address = check_url(url, policy)
    parts = urlsplit(url)
    netloc = f"[{address}]" if ":" in address else address
    if parts.port:
        netloc += f":{parts.port}"
    pinned = parts._replace(netloc=netloc).geturl()
    headers = {"Host": parts.netloc.rsplit("@", 1)[-1], "User-Agent": USER_AGENT}
    extensions = {"sni_hostname": host} if parts.scheme == "https" else {}
    try:
        request = client.build_request("GET", pinned, headers=headers, extensions=extensions)
        response = client.send(request, stream=True)
    except httpx.TimeoutException as exc:
        raise FetchError(f"{url}: timed out after {policy.timeout:g}s") from exc
    except httpx.HTTPError as exc:
        raise FetchError(f"{url}: {type(exc).__name__}: {exc}") from exc
    try:
        if response.status_code in REDIRECTS:
            location = response.headers.get("location")
            if not location:
                raise FetchError(f"{url}: redirect ({response.status_code}) without a Location")
            return str(urljoin(url, location))
        if response.status_code >= 400:
            raise FetchError(f"{url}: HTTP {response.status_code}")
        body = _read_capped(response, url, policy)
        content_type = response.headers.get("content-type", "")
        return FetchedPage(url, response.status_code, content_type, body)
    finally:
        response.close()


def _read_capped(response: httpx.Response, url: str, policy: FetchPolicy) -> bytes:
    declared = response.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > policy.max_bytes:
        raise FetchError(
            f"{url}: {int(declared):,} bytes is over the limit of {policy.max_bytes:,}"
        )
    chunks: list[bytes] = []
    size = 0
    try:
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > policy.max_bytes:
                raise FetchError(f"{url}: body is over the limit of {policy.max_bytes:,} bytes")
            chunks.append(chunk)
    except httpx.TimeoutException as exc:
        raise FetchError(f"{url}: timed out while reading the body") from exc
    except httpx.HTTPError as exc:
        raise FetchError(f"{url}: {type(exc).__name__} while reading: {exc}") from exc
    return b"".join(chunks)
