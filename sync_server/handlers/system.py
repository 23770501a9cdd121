"""Health and the API description."""

from __future__ import annotations

from typing import Any

from shared import version
from sync_server.openapi import document


def health(ctx) -> tuple[int, Any]:  # noqa: ANN001
    return 200, {"status": "ok", "version": version.__version__,
                 "protocol": version.PROTOCOL_VERSION,
                 "min_protocol": version.MIN_PROTOCOL_VERSION}


def openapi(ctx) -> tuple[int, Any]:  # noqa: ANN001
    return 200, document()
