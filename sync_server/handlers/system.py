"""Health and the API description."""

from __future__ import annotations

from typing import Any

from shared.version import MIN_PROTOCOL_VERSION, PROTOCOL_VERSION, __version__
from sync_server.openapi import document


def health(ctx) -> tuple[int, Any]:  # noqa: ANN001
    return 200, {"status": "ok", "version": __version__, "protocol": PROTOCOL_VERSION,
                 "min_protocol": MIN_PROTOCOL_VERSION}


def openapi(ctx) -> tuple[int, Any]:  # noqa: ANN001
    return 200, document()
