"""The progress bar of ``khabar batch`` and the background count of records behind its total."""

from __future__ import annotations

import itertools
import sys
import threading
from collections.abc import Sequence
from pathlib import Path

from khabar.batch._manifest import Manifest
from khabar.batch._sources import expand_sources, iter_records
from khabar.batch._tasks import PartitionResult
from khabar.errors import InputError


class RecordCounter(threading.Thread):
    """Counts the records of the sources in the background, for the progress bar's total."""

    def __init__(self, sources: Sequence[str | Path], limit: int | None) -> None:
        super().__init__(name="khabar-batch-count", daemon=True)
        self.sources = sources
        self.limit = limit
        self.total: int | None = None
        self.start()

    def run(self) -> None:
        try:
            records = (r for unit in expand_sources(self.sources) for r in iter_records(unit))
            self.total = sum(1 for _ in itertools.islice(records, self.limit))
        except (OSError, InputError):  # the run itself will report the problem
            self.total = None


class Progress:
    """The tqdm bar on stderr: documents done/total, documents/s, statements, failures."""

    def __init__(self, enabled: bool, manifest: Manifest, counter: RecordCounter) -> None:
        from tqdm import tqdm

        self.counter = counter
        self.statements = sum(e.statements for e in manifest.entries.values())
        self.failures = manifest.failures
        self.bar = tqdm(
            total=None,
            initial=manifest.documents + manifest.failures,
            unit="doc",
            desc="khabar batch",
            file=sys.stderr,
            disable=not enabled,
            dynamic_ncols=True,
            smoothing=0.05,
        )

    def advance(self, result: PartitionResult) -> None:
        if self.bar.total is None and self.counter.total is not None:
            self.bar.total = self.counter.total
        self.statements += result.statements
        self.failures += len(result.failures)
        self.bar.set_postfix(statements=self.statements, failures=self.failures, refresh=False)
        self.bar.update(result.records)

    def close(self) -> None:
        self.bar.close()
