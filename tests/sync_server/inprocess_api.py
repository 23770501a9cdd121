"""The desktop ApiClient talking to the WSGI application in this process: no sockets."""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import urlencode

from desktop.api_client import ApiClient
from tests.sync_server.wsgi_client import WsgiClient


class InProcessApi(ApiClient):
    """Same answers and exceptions as over HTTP (``ApiClient._answer``), minus the network."""

    def __init__(self, app) -> None:  # noqa: ANN001
        super().__init__("http://in-process")
        self.app = app

    def send(self, method: str, path: str, **kwargs: Any) -> tuple[int, Any]:
        query = urlencode(kwargs.get("params") or {})
        body = kwargs.get("json")
        raw = json.dumps(body).encode() if body is not None else None
        response = WsgiClient(self.app).request(
            method, f"/api/v1{path}" + (f"?{query}" if query else ""), raw=raw,
            protocol=self.protocol, token=self.token)
        return response.status, response.body

    def _call(self, method: str, path: str, **kwargs: Any) -> dict[str, Any]:
        status, body = self.send(method, path, **kwargs)
        return self._answer(status, body)
