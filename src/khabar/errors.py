"""The one exception tree of khabar.

``KhabarError`` is the root; the CLI turns any of them into a one-line message and exit
code 2 (bad input) without a traceback.

KhabarError
├── InputError              bad input: nothing was stored
│   ├── DecodeError         bytes that are not text in the expected encoding
│   ├── BinaryInputError    the file looks like binary data (NUL bytes, control chars)
│   └── InputTooLargeError  over the configured size limit
├── UnsafeURLError          a URL that may not be fetched (scheme, private address, …)
├── FetchError              a URL that could not be fetched
├── StoreError              the store could not be opened or written
└── PipelineError           components in an impossible order
"""

from __future__ import annotations


class KhabarError(Exception):
    """Root of every error khabar raises on purpose."""


class InputError(KhabarError):
    """The input cannot be used; the message names the source and what is wrong."""


class DecodeError(InputError):
    """Bytes that do not decode in the expected encoding."""


class BinaryInputError(InputError):
    """The input looks like binary data, not text or HTML."""


class InputTooLargeError(InputError):
    """The input is larger than the configured limit."""


class UnsafeURLError(KhabarError):
    """A user-supplied URL that khabar refuses to fetch."""


class FetchError(KhabarError):
    """A URL could not be fetched (network error, status, size, timeout)."""


class StoreError(KhabarError):
    """The store could not be opened, migrated or written."""


class PipelineError(KhabarError):
    """A pipeline whose components do not fit together."""
