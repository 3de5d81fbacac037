"""Sources of a batch, read as streams of :class:`RawRecord` in bounded memory.

A SOURCE argument is a file or a folder. A folder is walked in sorted order and each file in
it is read by its kind; whatever is not a container is one article (text or HTML):

============================== ===============================================
file                           records
============================== ===============================================
``*.jsonl``, ``*.jsonl.gz``    one JSON object per line
``*.zip``                      each ``*.json`` member a JSON list of article objects (streamed),
                               each ``*.jsonl`` member one object per line, other members one
                               article each (the SaudiNewsNet layout: one list per day)
``*.warc``, ``*.warc.gz``      each HTTP response or resource with a text or HTML body
anything else                  one article (the file's bytes; decoded on the worker)
============================== ===============================================

A container that breaks half-way (truncated gzip, broken JSON) yields what it could read and
then one ``error`` record naming the place, so the failure is reported like any bad article.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import re
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import IO, Any, Literal

from khabar.batch._records import RawRecord
from khabar.errors import InputError
from khabar.ingest.decode import MAX_BYTES

UnitKind = Literal["loose", "jsonl", "zip", "warc"]
_CHUNK = 1 << 16


@dataclass(frozen=True, slots=True)
class SourceUnit:
    """One container file, or the loose article files of one folder."""

    kind: UnitKind
    path: Path
    files: tuple[Path, ...] = ()

    @property
    def label(self) -> str:
        """A stable, file-name-safe name: base name plus a hash of the absolute path.

        >>> SourceUnit("jsonl", Path("/data/news 2015.jsonl")).label
        'news_2015.jsonl-6ac2e57c'
        """
        digest = hashlib.sha1(str(self.path.absolute()).encode("utf-8")).hexdigest()[:8]
        base = re.sub(r"[^\w.-]+", "_", self.path.name) or "root"
        return f"{base}-{digest}"


def unit_kind(path: Path) -> UnitKind:
    """How a file is read, from its name.

    >>> unit_kind(Path("2015-07-21.zip")), unit_kind(Path("a.jsonl.gz")), unit_kind(Path("x.txt"))
    ('zip', 'jsonl', 'loose')
    """
    name = path.name.lower()
    if name.endswith((".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz")):
        return "jsonl"
    if name.endswith(".zip"):
        return "zip"
    if name.endswith((".warc", ".warc.gz")):
        return "warc"
    return "loose"


def expand_sources(paths: Iterable[str | Path]) -> Iterator[SourceUnit]:
    """The units of every SOURCE argument, in a stable order; a missing path is an error."""
    for given in paths:
        path = Path(given)
        if path.is_dir():
            yield from _walk_folder(path)
        elif path.is_file():
            kind = unit_kind(path)
            yield SourceUnit(kind, path, (path,) if kind == "loose" else ())
        else:
            raise InputError(f"{given}: no such file or folder")


def _walk_folder(folder: Path) -> Iterator[SourceUnit]:
    for root, dirs, names in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        loose: list[Path] = []
        for name in sorted(n for n in names if not n.startswith(".")):
            path = Path(root, name)
            kind = unit_kind(path)
            if kind == "loose":
                loose.append(path)
            else:
                yield SourceUnit(kind, path)
        if loose:
            yield SourceUnit("loose", Path(root), tuple(loose))


def iter_records(unit: SourceUnit) -> Iterator[RawRecord]:
    """Every record of a unit; a container that breaks ends with one ``error`` record."""
    readers = {"loose": _loose, "jsonl": _jsonl_file, "zip": _zip_file, "warc": _warc_file}
    try:
        yield from readers[unit.kind](unit)
    except (OSError, EOFError, zipfile.BadZipFile, InputError) as exc:
        where = str(unit.path)
        reason = (
            str(exc) if isinstance(exc, InputError) else f"{where}: {type(exc).__name__}: {exc}"
        )
        yield RawRecord(where, f"{unit.label}-error", "error", reason.encode("utf-8"))


def _loose(unit: SourceUnit) -> Iterator[RawRecord]:
    for path in unit.files:
        try:
            with path.open("rb") as fh:
                data = fh.read(MAX_BYTES + 1)
        except OSError as exc:
            message = f"{path}: cannot read: {exc.strerror}"
            yield RawRecord(str(path), path.stem, "error", message.encode("utf-8"))
            continue
        yield RawRecord(str(path), path.stem, "file", data)


def _jsonl_file(unit: SourceUnit) -> Iterator[RawRecord]:
    opener = gzip.open if unit.path.name.lower().endswith(".gz") else open
    with opener(unit.path, "rb") as fh:
        yield from _jsonl_lines(fh, str(unit.path), _stem(unit.path.name))


def _jsonl_lines(fh: Iterable[bytes], where: str, stem: str) -> Iterator[RawRecord]:
    for lineno, line in enumerate(fh, start=1):
        if line.strip():
            yield RawRecord(f"{where}:{lineno}", f"{stem}-{lineno}", "jsonl", line.rstrip(b"\r\n"))


def _stem(name: str) -> str:
    for suffix in (".gz", ".jsonl", ".ndjson", ".json", ".zip", ".warc"):
        name = name.removesuffix(suffix)
    return name


def _zip_file(unit: SourceUnit) -> Iterator[RawRecord]:
    with zipfile.ZipFile(unit.path) as archive:
        for info in sorted(archive.infolist(), key=lambda i: i.filename):
            name = info.filename
            if info.is_dir() or name.startswith("__MACOSX/") or Path(name).name.startswith("."):
                continue
            where = f"{unit.path}:{name}"
            with archive.open(info) as member:
                if name.lower().endswith(".json"):
                    yield from _json_list(member, where, _stem(Path(name).name))
                elif name.lower().endswith((".jsonl", ".ndjson")):
                    yield from _jsonl_lines(member, where, _stem(Path(name).name))
                else:
                    yield RawRecord(where, Path(name).stem, "file", member.read(MAX_BYTES + 1))


def _json_list(member: IO[bytes], where: str, stem: str) -> Iterator[RawRecord]:
    for index, value in enumerate(iter_json_array(member, where)):
        record_where = f"{where}#{index}"
        if isinstance(value, dict):
            yield RawRecord(record_where, f"{stem}-{index}", "fields", fields=value)
        else:
            reason = f"{record_where}: a JSON article must be an object, not {type(value).__name__}"
            yield RawRecord(record_where, f"{stem}-{index}", "error", reason.encode("utf-8"))


def iter_json_array(stream: IO[bytes], where: str = "<json>") -> Iterator[Any]:
    """The items of a JSON list, parsed one at a time from a byte stream (bounded memory).

    >>> import io
    >>> list(iter_json_array(io.BytesIO('[{"text": "قال"}, {"text": "أكد"}]'.encode())))
    [{'text': 'قال'}, {'text': 'أكد'}]
    """
    reader = _JsonArrayReader(stream, where)
    yield from reader.items()


class _JsonArrayReader:
    """``json.JSONDecoder.raw_decode`` over a sliding text buffer."""

    def __init__(self, stream: IO[bytes], where: str) -> None:
        import codecs

        self._decoder = codecs.getincrementaldecoder("utf-8-sig")(errors="strict")
        self._stream = stream
        self._where = where
        self._json = json.JSONDecoder()
        self._buf = ""
        self._pos = 0
        self._eof = False
        self._consumed = 0  # characters dropped from the front of the buffer

    def items(self) -> Iterator[Any]:
        if self._next_char() == "{":  # a single object instead of a list
            yield self._value()
            return
        self._expect("[")
        if self._next_char() == "]":
            return
        while True:
            yield self._value()
            sep = self._next_char()
            self._expect(",]")
            if sep == "]":
                return

    def _value(self) -> Any:
        self._next_char()  # raw_decode does not skip leading white space
        while True:
            try:
                value, end = self._json.raw_decode(self._buf, self._pos)
            except json.JSONDecodeError as exc:
                if self._eof:
                    raise self._error(f"broken JSON ({exc.msg})", exc.pos) from exc
                self._fill()
                continue
            if end == len(self._buf) and not self._eof:  # a number may go on in the next chunk
                self._fill()
                continue
            self._pos = end
            return value

    def _next_char(self) -> str:
        """The next non-space character, without consuming it ('' at the end)."""
        while True:
            while self._pos < len(self._buf) and self._buf[self._pos] in " \t\r\n":
                self._pos += 1
            if self._pos < len(self._buf) or self._eof:
                return self._buf[self._pos : self._pos + 1]
            self._fill()

    def _expect(self, chars: str) -> None:
        found = self._next_char()
        if not found or found not in chars:
            wanted = " or ".join(repr(c) for c in chars)
            raise self._error(f"expected {wanted}, found {found or 'end of data'!r}", self._pos)
        self._pos += 1

    def _fill(self) -> None:
        chunk = self._stream.read(_CHUNK)
        try:
            text = self._decoder.decode(chunk, final=not chunk)
        except UnicodeDecodeError as exc:
            raise InputError(f"{self._where}: not UTF-8 ({exc.reason})") from exc
        self._consumed += self._pos
        self._buf = self._buf[self._pos :] + text
        self._pos = 0
        self._eof = not chunk

    def _error(self, what: str, pos: int) -> InputError:
        return InputError(f"{self._where}: {what} at character {self._consumed + pos:,}")


def _warc_file(unit: SourceUnit) -> Iterator[RawRecord]:
    from warcio.archiveiterator import ArchiveIterator

    with unit.path.open("rb") as fh:
        records = ArchiveIterator(fh)
        for record in records:
            raw = _warc_record(record)
            if raw is not None:  # the offset is known once the payload is read
                yield replace(raw, where=f"{unit.path}@{records.get_record_offset()}")


def _warc_record(record: Any) -> RawRecord | None:
    """A text/HTML response or resource of a WARC file; None for anything else."""
    if record.rec_type not in ("response", "resource"):
        return None
    if record.rec_type == "response":
        headers = record.http_headers
        if headers is None or not str(headers.get_statuscode() or "").startswith("2"):
            return None
        content_type = headers.get_header("Content-Type") or ""
    else:
        content_type = record.rec_headers.get_header("Content-Type") or ""
    if content_type and not content_type.lower().startswith(("text/", "application/xhtml")):
        return None
    url = record.rec_headers.get_header("WARC-Target-URI")
    record_id = record.rec_headers.get_header("WARC-Record-ID") or ""
    charset = re.search(r"charset=([\w.-]+)", content_type, re.I)
    data = record.content_stream().read(MAX_BYTES + 1)
    return RawRecord(
        "",
        url or record_id.strip("<>"),
        "file",
        data,
        encoding=charset.group(1).lower() if charset else None,
        url=url,
    )
