"""Login and logout."""

from __future__ import annotations

import datetime as dt
from typing import Any

from shared.wire import encode_record, encode_time
from sync_server import accounts
from sync_server.errors import unauthorized
from sync_server.openapi import LOGIN_REQUEST
from sync_server.tables import domain


def login(ctx) -> tuple[int, Any]:  # noqa: ANN001
    body = ctx.request.json(LOGIN_REQUEST)
    try:
        token, user = accounts.login(ctx.engine, body["username"], body["password"])
    except accounts.AccountError as exc:
        raise unauthorized(str(exc).capitalize() + ".") from None
    return 200, {"token": token, "user": encode_record(domain["user"], user),
                 "server_time": encode_time(dt.datetime.now(dt.UTC))}


def logout(ctx) -> tuple[int, Any]:  # noqa: ANN001
    header = ctx.request.headers.get("authorization", "")
    accounts.logout(ctx.engine, header.partition(" ")[2].strip())
    return 200, {"status": "logged_out"}
