"""Request parsing and JSON responses for the plain WSGI application."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs

import orjson
from jsonschema import Draft202012Validator

from sync_server.errors import ApiError, bad_request

STATUS_TEXT = {
    200: "200 OK",
    201: "201 Created",
    400: "400 Bad Request",
    401: "401 Unauthorized",
    403: "403 Forbidden",
    404: "404 Not Found",
    405: "405 Method Not Allowed",
    410: "410 Gone",
    413: "413 Payload Too Large",
    426: "426 Upgrade Required",
    429: "429 Too Many Requests",
    500: "500 Internal Server Error",
    503: "503 Service Unavailable",
}


@dataclass
class Request:
    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    environ: dict[str, Any]
    params: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_environ(cls, environ: dict[str, Any]) -> Request:
        headers = {
            key[5:].replace("_", "-").lower(): value
            for key, value in environ.items()
            if key.startswith("HTTP_")
        }
        if environ.get("CONTENT_TYPE"):
            headers["content-type"] = environ["CONTENT_TYPE"]
        return cls(
            method=environ.get("REQUEST_METHOD", "GET").upper(),
            path=environ.get("PATH_INFO", "/") or "/",
            query=parse_qs(environ.get("QUERY_STRING", ""), keep_blank_values=True),
            headers=headers,
            environ=environ,
        )

    def int_param(self, name: str, default: int, *, low: int, high: int) -> int:
        values = self.query.get(name)
        if not values:
            return default
        try:
            value = int(values[-1])
        except ValueError:
            raise bad_request(f"query parameter {name!r} must be a whole number",
                              "invalid_request", field=name) from None
        if not low <= value <= high:
            raise bad_request(f"query parameter {name!r} must be between {low} and {high}",
                              "invalid_request", field=name)
        return value

    @property
    def address(self) -> str:
        """The client's address (waitress rewrites it from X-Forwarded-For for trusted proxies)."""
        return str(self.environ.get("REMOTE_ADDR") or "unknown")

    def content_length(self, limit: int) -> int:
        """The declared body length; 413 naming ``limit`` when it is larger."""
        raw = self.environ.get("CONTENT_LENGTH") or "0"
        try:
            length = int(raw)
        except ValueError:
            raise bad_request("Content-Length is not a number", "invalid_request",
                              field="Content-Length") from None
        if length < 0:
            raise bad_request("Content-Length is negative", "invalid_request",
                              field="Content-Length")
        if length > limit:
            raise ApiError(413, "too_large",
                           f"the request body has {length} bytes; the limit is {limit} bytes "
                           "(max_body_bytes)", limit=limit)
        return length

    def json(self, schema: dict[str, Any],
             plainly_valid: Callable[[Any], bool] | None = None) -> dict[str, Any]:
        """The body as JSON, validated against ``schema``; 400 with the reason otherwise.

        ``plainly_valid``, if given, passes quickly a body the schema is known to accept
        (it may pass fewer: what it does not pass is validated against the schema)."""
        from sync_server import config

        length = self.content_length(config.current().max_body_bytes)
        raw = self.environ["wsgi.input"].read(length) if length else b""
        try:
            body = json.loads(raw.decode("utf-8"))
        except RecursionError:
            raise bad_request("the request body is nested too deeply", "malformed_json",
                              field="body") from None
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise bad_request(f"the request body is not valid JSON: {exc}", "malformed_json",
                              field="body") from None
        if plainly_valid is not None and plainly_valid(body):
            return body
        errors = sorted(Draft202012Validator(schema).iter_errors(body), key=lambda e: list(e.path))
        if errors:
            first = errors[0]
            where = "/".join(str(p) for p in first.absolute_path) or "body"
            raise bad_request(f"{where}: {first.message}", "invalid_request", field=where)
        return body


def json_response(start_response, status: int, body: Any, headers: list | None = None):  # noqa: ANN001, ANN201
    try:
        # orjson writes the same compact UTF-8 JSON several times faster: a pulled page is
        # megabytes. What it cannot write (an integer beyond 64 bits) goes the slow way.
        payload = orjson.dumps(body, option=orjson.OPT_PASSTHROUGH_DATETIME)
    except TypeError:
        payload = json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    start_response(
        STATUS_TEXT.get(status, f"{status} Status"),
        [("Content-Type", "application/json; charset=utf-8"),
         ("Content-Length", str(len(payload))),
         ("Cache-Control", "no-store"),
         *(headers or [])],
    )
    return [payload]
