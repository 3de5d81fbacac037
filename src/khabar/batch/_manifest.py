"""The manifest of completed partitions: what a resumed run may skip.

An append-only JSONL file, one line per partition, written (and fsynced) only after the
partition's output is complete: its shard renamed into place, or its store transaction
committed. A run killed at any moment leaves at worst a torn last line, which is ignored,
and partitions whose output is complete but not yet listed, which a resumed run redoes;
shards are overwritten whole and the store keeps one document per content hash, so a redone
partition duplicates nothing.

Each line also holds the partition's failures, so the failures file can always be rebuilt
complete and without duplicates (:meth:`Manifest.write_failures`).
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from khabar.batch._tasks import PartitionResult


@dataclass(frozen=True, slots=True)
class ManifestEntry:
    """One completed partition."""

    partition: str
    fingerprint: str
    documents: int
    statements: int
    failures: tuple[dict[str, str], ...] = ()


@dataclass(slots=True)
class Manifest:
    """The manifest file of one output (``--out DIR`` or the store's state folder)."""

    path: Path
    entries: dict[str, ManifestEntry] = field(default_factory=dict)

    @classmethod
    def load(cls, path: Path) -> Manifest:
        """The manifest at ``path`` (empty when there is none yet)."""
        manifest = cls(path)
        if path.exists():
            with path.open("r", encoding="utf-8") as fh:
                for line in fh:
                    entry = _parse_line(line)
                    if entry is not None:
                        manifest.entries[entry.partition] = entry
        return manifest

    def is_done(self, key: str, fingerprint: str) -> bool:
        """True when this partition, with this content, is already recorded."""
        entry = self.entries.get(key)
        return entry is not None and entry.fingerprint == fingerprint

    def record(self, result: PartitionResult) -> ManifestEntry:
        """Append a completed partition (durably: flushed and fsynced)."""
        entry = ManifestEntry(
            result.key,
            result.fingerprint,
            result.documents,
            result.statements,
            tuple(f.to_dict() for f in result.failures),
        )
        line = {
            "partition": entry.partition,
            "fingerprint": entry.fingerprint,
            "documents": entry.documents,
            "statements": entry.statements,
            "failures": list(entry.failures),
            "worker": result.worker,
            "seconds": round(result.seconds, 3),
            "cpu_seconds": round(result.cpu_seconds, 3),
            "finished": datetime.now(UTC).isoformat(timespec="seconds"),
        }
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self.path.open("a", encoding="utf-8") as fh:
            fh.write(json.dumps(line, ensure_ascii=False) + "\n")
            fh.flush()
            os.fsync(fh.fileno())
        self.entries[entry.partition] = entry
        return entry

    @property
    def documents(self) -> int:
        return sum(e.documents for e in self.entries.values())

    @property
    def failures(self) -> int:
        return sum(len(e.failures) for e in self.entries.values())

    def write_failures(self, path: Path) -> int:
        """Rewrite the failures file from the manifest (temp name, then rename); the count."""
        rows = [f for key in sorted(self.entries) for f in self.entries[key].failures]
        tmp = path.with_name(f".{path.name}.tmp")
        with tmp.open("w", encoding="utf-8") as fh:
            for row in rows:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        os.replace(tmp, path)
        return len(rows)


def _parse_line(line: str) -> ManifestEntry | None:
    """A manifest line, or None for a torn or foreign one (a run killed mid-write)."""
    try:
        data: Any = json.loads(line)
        return ManifestEntry(
            str(data["partition"]),
            str(data["fingerprint"]),
            int(data["documents"]),
            int(data["statements"]),
            tuple(data.get("failures", ())),
        )
    except (ValueError, KeyError, TypeError):
        return None
