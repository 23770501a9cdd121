"""The WSGI application: routing, protocol check, authentication, and error envelope.

Handlers are thin (one module per concern in ``sync_server.handlers``): they parse and
validate, call the store, and return a status and a JSON-safe body. Nothing here leaks a
stack trace; an unexpected exception is logged and answered with a minimal JSON 500.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine

from shared import version
from sync_server import accounts, config
from sync_server.caller import Caller
from sync_server.db import make_engine
from sync_server.errors import ApiError, bad_request, unauthorized
from sync_server.http import Request, json_response
from sync_server.openapi import PROTOCOL_HEADER

log = logging.getLogger(__name__)


@dataclass
class Context:
    engine: Engine
    request: Request
    caller: Caller | None = None
    user_id: str | None = None  # who the request turned out to be (for the request log)


Handler = Callable[[Context], tuple[int, Any]]


@dataclass(frozen=True)
class Route:
    method: str
    pattern: re.Pattern[str]
    template: str
    handler: Handler
    auth: bool
    protocol: bool


def _compile(template: str) -> re.Pattern[str]:
    return re.compile("^" + re.sub(r"\{(\w+)\}", r"(?P<\1>[^/]+)", template) + "$")


def routes() -> list[Route]:
    from sync_server.handlers import audit_log, auth, results, subscriptions, sync, system, tracking

    table = [
        ("GET", "/api/v1/health", system.health, False, False),
        ("GET", "/api/v1/openapi.json", system.openapi, False, False),
        ("POST", "/api/v1/login", auth.login, False, True),
        ("POST", "/api/v1/logout", auth.logout, True, True),
        ("POST", "/api/v1/password", auth.change_password, True, True),
        ("POST", "/api/v1/organizations/register", auth.register_org, False, True),
        ("POST", "/api/v1/invitations", auth.invite, True, True),
        ("POST", "/api/v1/invitations/accept", auth.accept_invitation, False, True),
        ("GET", "/api/v1/pull", sync.pull, True, True),
        ("POST", "/api/v1/push", sync.push, True, True),
        ("GET", "/api/v1/integrity", sync.integrity_check, True, True),
        ("GET", "/api/v1/track/{code}", tracking.track, False, True),
        ("GET", "/api/v1/results/{contest_id}", results.results, True, True),
        ("GET", "/api/v1/audit", audit_log.audit_entries, True, True),
        ("POST", "/api/v1/subscriptions", subscriptions.subscribe, False, True),
        ("DELETE", "/api/v1/subscriptions/{token}", subscriptions.unsubscribe, False, True),
    ]
    return [Route(m, _compile(t), t, h, a, p) for m, t, h, a, p in table]


def _check_protocol(request: Request) -> None:
    raw = request.headers.get(PROTOCOL_HEADER.lower())
    if raw is None:
        raise bad_request(f"the {PROTOCOL_HEADER} header is missing", "protocol_missing",
                          field=PROTOCOL_HEADER)
    try:
        number = int(raw)
    except ValueError:
        raise bad_request(f"the {PROTOCOL_HEADER} header must be a whole number",
                          "protocol_missing", field=PROTOCOL_HEADER) from None
    # Read at call time: the supported range is one module-level fact (shared/version.py).
    oldest, newest = version.MIN_PROTOCOL_VERSION, version.PROTOCOL_VERSION
    if number < oldest:
        raise ApiError(426, "client_too_old",
                       "This version of Idea Bank is too old for the server. Please update; "
                       "your unsent work is kept.",
                       min_protocol=oldest, protocol=newest)
    if number > newest:
        raise ApiError(400, "server_too_old",
                       "The server is older than this client; ask the administrator to update it.",
                       protocol=newest, field=PROTOCOL_HEADER)


def _authenticate(engine: Engine, request: Request) -> Caller:
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise unauthorized()
    with engine.connect() as conn:
        caller = accounts.authenticate(conn, token.strip())
    if caller is None:
        raise unauthorized("The session has expired or was ended; log in again.")
    return caller


class Application:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.routes = routes()

    def __call__(self, environ: dict[str, Any], start_response):  # noqa: ANN204
        started = time.perf_counter()
        seen: dict[str, Any] = {}  # what the request log may say: the route, never the path
        status, code = 500, "internal_error"
        try:
            request = Request.from_environ(environ)
            status, body, *headers = self._dispatch(request, seen)
            code = ""
            return json_response(start_response, status, body, *headers)
        except ApiError as exc:
            status, code = exc.status, exc.code
            return json_response(start_response, exc.status, exc.body(), exc.headers)
        except Exception:  # the outermost guard: log it, say little
            log.exception("unexpected error", extra={"route": seen.get("route", "?"),
                                                     "method": environ.get("REQUEST_METHOD")})
            return json_response(start_response, 500, {
                "code": "internal_error",
                "message": "The server could not complete the request; it was logged.",
            })
        finally:
            log.info("request", extra={
                "method": environ.get("REQUEST_METHOD"), "route": seen.get("route", "unknown"),
                "status": status, "code": code or None, "user_id": seen.get("user_id"),
                "ms": round((time.perf_counter() - started) * 1000, 1)})

    def _dispatch(self, request: Request, seen: dict[str, Any]) -> tuple:
        """A handler's answer: (status, body) or (status, body, extra headers)."""
        path_known = False
        for route in self.routes:
            match = route.pattern.match(request.path)
            if not match:
                continue
            path_known = True
            if route.method != request.method:
                continue
            seen["route"] = route.template
            # Refused before anything is read or looked up, on every endpoint alike.
            request.content_length(config.current().max_body_bytes)
            if route.protocol:
                _check_protocol(request)
            request.params = match.groupdict()
            ctx = Context(self.engine, request)
            if route.auth:
                ctx.caller = _authenticate(self.engine, request)
                seen["user_id"] = ctx.caller.user_id
            try:
                return route.handler(ctx)
            finally:
                seen["user_id"] = seen.get("user_id") or ctx.user_id
        if path_known:
            raise ApiError(405, "method_not_allowed",
                           f"{request.method} is not allowed on {request.path}")
        raise ApiError(404, "not_found", f"no such endpoint: {request.path}")


def make_app(url: str) -> Application:
    return Application(make_engine(url))
