"""Print the API's OpenAPI schema: ``python -m khabar.web.openapi > docs/openapi.json``."""

from __future__ import annotations

import sys

from khabar.web._app import openapi_document

if __name__ == "__main__":
    sys.stdout.write(openapi_document())
