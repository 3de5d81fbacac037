"""``khabar batch``: extraction of large corpora on Dask distributed.

Sources are streamed in partitions (:mod:`khabar.batch._sources`,
:mod:`khabar.batch._partition`), extracted on Dask workers with the default pipeline built
once per worker process (:mod:`khabar.batch._tasks`), and written by the client as JSONL
shards and/or into the store, each partition at once, then listed in a manifest
(:mod:`khabar.batch._manifest`) so that a rerun with ``--resume`` does only what is missing.

>>> from khabar.batch import unit_kind
>>> from pathlib import Path
>>> unit_kind(Path("2015-07-21.zip"))
'zip'
"""

from khabar.batch._manifest import Manifest, ManifestEntry
from khabar.batch._partition import Partition, partition_units
from khabar.batch._records import Article, RawRecord, decode_record
from khabar.batch._runner import BatchOptions, BatchSummary, open_client, run_batch
from khabar.batch._sources import (
    SourceUnit,
    expand_sources,
    iter_json_array,
    iter_records,
    unit_kind,
)
from khabar.batch._tasks import Extracted, Failure, PartitionResult, extract_partition

__all__ = [
    "Article",
    "BatchOptions",
    "BatchSummary",
    "Extracted",
    "Failure",
    "Manifest",
    "ManifestEntry",
    "Partition",
    "PartitionResult",
    "RawRecord",
    "SourceUnit",
    "decode_record",
    "expand_sources",
    "extract_partition",
    "iter_json_array",
    "iter_records",
    "open_client",
    "partition_units",
    "run_batch",
    "unit_kind",
]
