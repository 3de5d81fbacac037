"""Adapt :class:`khabar.store.Store` to the web layer's :class:`LedgerSource`."""

from __future__ import annotations

from khabar.errors import StoreError
from khabar.web._source import LedgerSource


class StoreSource:
    """Placeholder until the store lands."""

    @classmethod
    def open(cls, url: str) -> LedgerSource:
        raise StoreError(f"{url}: the ledger store is not available in this build")
