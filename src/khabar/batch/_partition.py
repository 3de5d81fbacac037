"""Cutting the record stream into partitions: the unit of work, of output and of resume.

A partition never spans two source units, and its key is the unit's label plus its index
in that unit, so the same command over the same files cuts the same partitions again; the
fingerprint (record places and sizes) tells a resumed run when a file changed under it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from khabar.batch._records import RawRecord
from khabar.batch._sources import SourceUnit, iter_records

DEFAULT_SIZE = 200  # articles per partition: a few seconds of work for one core
MAX_BYTES = 4 * 1024 * 1024  # and never more than this much input, to keep tasks light


@dataclass(frozen=True, slots=True)
class Partition:
    """A few hundred records of one source unit, extracted together on one worker."""

    key: str
    records: tuple[RawRecord, ...]

    @property
    def fingerprint(self) -> str:
        """A short hash of where each record came from and how big it is.

        >>> r = RawRecord("a.jsonl:1", "a-1", "jsonl", b"{}")
        >>> Partition("a-00000", (r,)).fingerprint == Partition("b", (r,)).fingerprint
        True
        """
        h = hashlib.sha1()
        for record in self.records:
            h.update(f"{record.where}\t{record.size}\n".encode())
        return h.hexdigest()[:16]


def partition_units(
    units: Iterable[SourceUnit], size: int = DEFAULT_SIZE, max_bytes: int = MAX_BYTES
) -> Iterator[Partition]:
    """Partitions of at most ``size`` records (and about ``max_bytes``), unit by unit."""
    for unit in units:
        index = 0
        batch: list[RawRecord] = []
        held = 0
        for record in iter_records(unit):
            if batch and (len(batch) >= size or held + record.size > max_bytes):
                yield Partition(f"{unit.label}-{index:05d}", tuple(batch))
                index, batch, held = index + 1, [], 0
            batch.append(record)
            held += record.size
        if batch:
            yield Partition(f"{unit.label}-{index:05d}", tuple(batch))
