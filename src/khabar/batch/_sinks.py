"""Where the client puts a finished partition: JSONL shards and/or the store.

A sink writes a partition all at once or not at all; the runner records the partition in the
manifest only after every sink has written it.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Protocol

from khabar.batch._tasks import PartitionResult


class Sink(Protocol):
    """Receives finished partitions on the client, one at a time."""

    def write(self, result: PartitionResult) -> None: ...

    def close(self) -> None: ...


class ShardSink:
    """``--out DIR``: one ``part-<partition>.jsonl`` per partition, a document per line.

    The shard is written under a temporary name, fsynced and renamed, so a shard that exists
    is complete; a redone partition replaces its shard with the same content.
    """

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)

    def shard_path(self, key: str) -> Path:
        return self.folder / f"part-{key}.jsonl"

    def write(self, result: PartitionResult) -> None:
        final = self.shard_path(result.key)
        tmp = final.with_name(f".{final.name}.tmp")
        with tmp.open("w", encoding="utf-8") as fh:
            for extracted in result.extracted:
                fh.write(json.dumps(extracted.to_dict(), ensure_ascii=False) + "\n")
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, final)

    def close(self) -> None:
        """Nothing to release: every shard is closed when written."""
