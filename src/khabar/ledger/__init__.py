"""Cross-article linking: speakers, claims and figures (see :func:`link_new`)."""

from khabar.ledger._link import link_new

__all__ = ["link_new"]
