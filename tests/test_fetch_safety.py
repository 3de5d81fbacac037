"""The URL fetcher refuses internal addresses, before and after redirects; no internet used."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest

from khabar.errors import FetchError, UnsafeURLError
from khabar.ingest.fetch import FetchPolicy, check_url, fetch


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1/",
        "http://localhost.localdomain.invalid.example/",  # resolved below to loopback
        "http://10.0.0.7/",
        "http://192.168.1.1/",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::1]/",
        "http://[::ffff:127.0.0.1]/",
        "http://224.0.0.1/",
        "http://0.0.0.0/",
        "ftp://example.com/x",
        "http://user:pw@example.com/",
    ],
)
def test_fetch_refuses_unsafe_urls(url: str) -> None:
    policy = FetchPolicy(resolver=lambda host, port: ["127.0.0.1"])
    with pytest.raises(UnsafeURLError) as err:
        check_url(url, policy)
    assert url in str(err.value)


def test_fetch_checks_every_resolved_address() -> None:
    # a name that resolves to one public and one private address is refused
    policy = FetchPolicy(resolver=lambda host, port: ["93.184.215.14", "10.1.2.3"])
    with pytest.raises(UnsafeURLError, match=r"10\.1\.2\.3"):
        check_url("https://news.example/article", policy)
    ok = FetchPolicy(resolver=lambda host, port: ["93.184.215.14"])
    assert check_url("https://news.example/article", ok) == ("news.example", "93.184.215.14")


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        if self.path == "/to-metadata":
            self.send_response(302)
            self.send_header("Location", "http://169.254.169.254/latest/")
            self.end_headers()
        elif self.path == "/loop":
            self.send_response(302)
            self.send_header("Location", "/loop")
            self.end_headers()
        elif self.path == "/big":
            self.send_response(200)
            self.end_headers()
            self.wfile.write(b"x" * 5000)
        else:
            body = "<html><body><p>قال الوزير إن المحادثات مستمرة.</p></body></html>".encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[str]:
    httpd = HTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


TEST_ONLY = FetchPolicy(allow_networks=("127.0.0.1/32",), max_bytes=1000, timeout=5)


def test_fetch_default_policy_refuses_the_loopback_server(server: str) -> None:
    with pytest.raises(UnsafeURLError):
        fetch(server + "/page")


def test_fetch_redirect_to_metadata_is_refused(server: str) -> None:
    assert "المحادثات" in fetch(server + "/page", TEST_ONLY).body.decode()
    with pytest.raises(UnsafeURLError, match=r"169\.254\.169\.254"):
        fetch(server + "/to-metadata", TEST_ONLY)


def test_fetch_caps_redirects_and_size(server: str) -> None:
    with pytest.raises(FetchError, match="redirects"):
        fetch(server + "/loop", TEST_ONLY)
    with pytest.raises(FetchError, match="limit"):
        fetch(server + "/big", TEST_ONLY)
