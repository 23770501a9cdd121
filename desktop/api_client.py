"""HTTP client of the sync API. No Qt here: it runs on the network thread and in tests."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import orjson
import requests

from shared import version
from shared.wire import NEXT_AFTER_HEADER

PROTOCOL_HEADER = "X-IdeaBank-Protocol"


class SyncError(Exception):
    """Base of everything that can stop a sync; ``message`` is for the user."""

    def __init__(self, message: str, code: str = "", details: dict[str, Any] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.code = code
        self.details = details or {}  # the rest of the server's answer (e.g. retry_at)


class Offline(SyncError):
    """The server could not be reached; nothing was lost, try again later."""


class NeedsLogin(SyncError):
    """The token is missing, expired or revoked."""


class TooOld(SyncError):
    """The server no longer speaks this client's protocol: the user must update."""


class ResyncRequired(SyncError):
    """The server purged deletions this replica has not seen: download everything again."""


class ServerRefused(SyncError):
    """The server answered with an error for the whole request."""


class ApiClient:
    def __init__(self, base_url: str, token: str | None = None, *, timeout: float = 30.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.token = token
        self.timeout = timeout
        self.session = requests.Session()
        # The protocol this build speaks; a test sets an older one to play an old client.
        self.protocol = version.PROTOCOL_VERSION

    def _call(self, method: str, path: str, *,
              on_headers: Callable[[Mapping[str, str]], None] | None = None,
              **kwargs: Any) -> dict[str, Any]:
        """One request; ``on_headers`` sees the answer's headers before its body is read."""
        headers = {PROTOCOL_HEADER: str(self.protocol)}
        if self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        if "json" in kwargs:
            # orjson: a first sync decodes hundreds of megabytes; same JSON, a third the time.
            kwargs["data"] = orjson.dumps(kwargs.pop("json"))
            headers["Content-Type"] = "application/json"
        try:
            response = self.session.request(method, f"{self.base_url}/api/v1{path}",
                                            headers=headers, timeout=self.timeout,
                                            stream=True, **kwargs)
            try:
                if on_headers is not None and response.status_code == 200:
                    on_headers(response.headers)
                # Read in chunks of a megabyte, not requests' 10 kB: a pulled page is
                # megabytes, and thousands of small reads cost more than decoding it.
                content = b"".join(response.iter_content(1 << 20))
            finally:
                response.close()  # the body is read: the connection goes back to the pool
        except requests.RequestException as exc:
            raise Offline(f"The server at {self.base_url} cannot be reached.",
                          "offline") from exc
        try:
            body = orjson.loads(content)
        except ValueError:  # orjson.JSONDecodeError is one
            raise ServerRefused(f"The server answered {response.status_code} without JSON.",
                                "bad_response") from None
        return self._answer(response.status_code, body)

    def _answer(self, status: int, body: Any) -> dict[str, Any]:
        """The body of a 200 answer; every other status raises the matching SyncError."""
        if status == 200:
            return body
        code, message = body.get("code", ""), body.get("message", "")
        if status == 401:
            raise NeedsLogin(message, code)
        if status == 426:
            raise TooOld(message, code)
        if status == 410:
            raise ResyncRequired(message, code)
        if status >= 500:
            raise Offline(message or "The server is unavailable.", code)
        raise ServerRefused(message, code, body)

    def health(self) -> dict[str, Any]:
        return self._call("GET", "/health")

    def login(self, username: str, password: str) -> dict[str, Any]:
        body = self._call("POST", "/login", json={"username": username, "password": password})
        self.token = body["token"]
        return body

    def pull(self, after: int, limit: int = 1000, *, contest: str | None = None,
             count: bool = True, on_next: Callable[[int], None] | None = None) -> dict[str, Any]:
        """One page; ``count`` False spares the server counting what is left (``remaining``).

        ``on_next`` is called with the next page's cursor as soon as the answer's headers
        name it, before this page is read (a server that does not name it: not called)."""
        params: dict[str, Any] = {"after": after, "limit": limit}
        if contest is not None:
            params["contest"] = contest
        if not count:
            params["count"] = 0
        on_headers = None
        if on_next is not None:
            def on_headers(headers: Mapping[str, str]) -> None:
                after = headers.get(NEXT_AFTER_HEADER)
                if after is not None and after.isdigit():
                    on_next(int(after))
        return self._call("GET", "/pull", params=params, on_headers=on_headers)

    def integrity(self) -> dict[str, Any]:
        """Contest id -> {"count", "checksum"} over what the server would send this user."""
        return self._call("GET", "/integrity")

    def push(self, mutations: list[dict[str, Any]]) -> dict[str, Any]:
        return self._call("POST", "/push", json={"mutations": mutations})

    def track(self, code: str) -> dict[str, Any]:
        return self._call("GET", f"/track/{code}")

    def audit(self, *, before: int | None = None, limit: int = 500) -> dict[str, Any]:
        """The organization's audit log, newest first: ``entries`` and ``more``."""
        params: dict[str, Any] = {"limit": limit}
        if before is not None:
            params["before"] = before
        return self._call("GET", "/audit", params=params)
