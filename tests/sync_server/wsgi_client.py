"""Calling the WSGI application in-process with a built environ: fast, no sockets."""

from __future__ import annotations

import io
import json
from dataclasses import dataclass, field
from typing import Any
from wsgiref.util import setup_testing_defaults

from shared.version import PROTOCOL_VERSION


@dataclass
class Response:
    status: int
    body: Any
    raw: bytes
    headers: dict[str, str] = field(default_factory=dict)


class WsgiClient:
    def __init__(self, app) -> None:  # noqa: ANN001
        self.app = app
        self.token: str | None = None

    def request(self, method: str, path: str, body: Any = None, *, raw: bytes | None = None,
                protocol: int | None = PROTOCOL_VERSION, token: str | None = None,
                address: str | None = None) -> Response:
        path, _, query = path.partition("?")
        data = raw if raw is not None else (b"" if body is None else json.dumps(body).encode())
        environ: dict[str, Any] = {
            "REQUEST_METHOD": method, "PATH_INFO": path, "QUERY_STRING": query,
            "CONTENT_LENGTH": str(len(data)), "CONTENT_TYPE": "application/json",
            "wsgi.input": io.BytesIO(data),
        }
        setup_testing_defaults(environ)
        if address is not None:
            environ["REMOTE_ADDR"] = address
        if protocol is not None:
            environ["HTTP_X_IDEABANK_PROTOCOL"] = str(protocol)
        bearer = token or self.token
        if bearer:
            environ["HTTP_AUTHORIZATION"] = f"Bearer {bearer}"
        captured = {}

        def start_response(status, headers):  # noqa: ANN001, ANN202
            captured["status"] = int(status.split()[0])
            captured["headers"] = dict(headers)

        payload = b"".join(self.app(environ, start_response))
        return Response(captured["status"], json.loads(payload) if payload else None, payload,
                        captured["headers"])

    def login(self, username: str, password: str) -> dict:
        response = self.request("POST", "/api/v1/login", {"username": username, "password": password})
        assert response.status == 200, response.body
        self.token = response.body["token"]
        return response.body["user"]

    def pull_all(self, after: int = 0, limit: int = 1000) -> tuple[list[dict], int]:
        changes, cursor = [], after
        while True:
            page = self.request("GET", f"/api/v1/pull?after={cursor}&limit={limit}")
            assert page.status == 200, page.body
            changes.extend(page.body["changes"])
            cursor = page.body["cursor"]
            if not page.body["more"]:
                return changes, cursor
