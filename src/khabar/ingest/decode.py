"""Turn the bytes of one article into text, or fail with a message a person can act on.

* UTF-8 (with or without BOM) is the default; UTF-16 is recognised by its BOM; any other
  encoding (cp1256 is common in Arabic archives) is chosen with ``encoding=``.
* Undecodable bytes raise :class:`~khabar.errors.DecodeError` naming the source and the
  byte offset, and suggesting ``--encoding``.
* NUL bytes or many control characters raise :class:`~khabar.errors.BinaryInputError`.
* HTML is recognised and its main text extracted with trafilatura.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from khabar.errors import BinaryInputError, DecodeError, InputTooLargeError

MAX_BYTES = 50 * 1024 * 1024  # a 50 MB article is already absurd; refuse past it
_HTML_HINT = re.compile(r"<\s*(html|body|p|div|article|head|!doctype)\b", re.I)
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


@dataclass(slots=True)
class DecodedText:
    """Decoded article text plus what was learnt on the way."""

    text: str
    encoding: str
    was_html: bool = False
    title: str | None = None
    published: str | None = None


def decode_bytes(
    data: bytes, source: str = "<input>", encoding: str | None = None, max_bytes: int = MAX_BYTES
) -> str:
    """Decode article bytes; see the module docstring for the rules.

    >>> decode_bytes("قال الوزير".encode("cp1256"), encoding="cp1256")
    'قال الوزير'
    """
    if len(data) > max_bytes:
        raise InputTooLargeError(
            f"{source}: {len(data):,} bytes is over the limit of {max_bytes:,} bytes "
            "(split the file, or raise the limit with --max-bytes)"
        )
    enc = encoding or _sniff_encoding(data)
    if enc in ("utf-8", "utf-8-sig") and b"\x00" in data[:4096]:
        raise BinaryInputError(f"{source}: looks like binary data (NUL bytes), not a text article")
    try:
        text = data.decode(enc)
    except UnicodeDecodeError as exc:
        raise DecodeError(
            f"{source}: cannot decode byte {data[exc.start]:#04x} at offset {exc.start} as {enc}; "
            "if the file is in another encoding, pass --encoding (e.g. --encoding cp1256 for "
            "Windows Arabic, --encoding utf-16)"
        ) from exc
    except LookupError as exc:
        raise DecodeError(f"{source}: unknown encoding {enc!r}") from exc
    if text and len(_CONTROL.findall(text[:65536])) > max(8, len(text[:65536]) // 100):
        raise BinaryInputError(f"{source}: looks like binary data (control characters), not text")
    return text


def _sniff_encoding(data: bytes) -> str:
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    return "utf-8"


def looks_like_html(text: str) -> bool:
    """True when the text starts like an HTML page or fragment."""
    head = text[:2048].lstrip()
    return head.startswith("<") and bool(_HTML_HINT.search(head))


def html_to_text(html: str) -> DecodedText:
    """Main text (and title/date when found) of an HTML page; best effort on broken HTML."""
    import trafilatura

    extracted = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, favor_recall=True
    )
    body = ""
    title = published = None
    if extracted is not None:
        body = getattr(extracted, "text", None) or ""
        title = getattr(extracted, "title", None)
        published = getattr(extracted, "date", None)
    if not body.strip():
        body = _strip_tags(html)
    if title and not body.startswith(title):
        body = f"{title}\n\n{body}"
    return DecodedText(body, "utf-8", True, title, published)


def _strip_tags(html: str) -> str:
    import html as html_lib

    no_script = re.sub(r"(?is)<(script|style)\b.*?</\1\s*>", " ", html)
    text = re.sub(r"(?s)<[^>]*>", "\n", no_script)
    text = html_lib.unescape(text)
    lines = [re.sub(r"[ \t]+", " ", ln).strip() for ln in text.splitlines()]
    return "\n\n".join(ln for ln in lines if ln)


def read_article(
    data: bytes, source: str = "<input>", encoding: str | None = None, max_bytes: int = MAX_BYTES
) -> DecodedText:
    """Bytes of a text or HTML article to its text (HTML main text extracted)."""
    text = decode_bytes(data, source, encoding, max_bytes)
    if looks_like_html(text):
        return html_to_text(text)
    return DecodedText(text, encoding or _sniff_encoding(data))
