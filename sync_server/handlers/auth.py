"""Login, logout, password change, organization registration and invitations."""

from __future__ import annotations

import datetime as dt
import math
from typing import Any

from sqlalchemy import select

from shared.wire import encode_record, encode_time
from sync_server import accounts, audit, invitations
from sync_server.errors import ApiError, bad_request, forbidden, unauthorized
from sync_server.openapi import (
    ACCEPT_REQUEST,
    INVITATION_REQUEST,
    LOGIN_REQUEST,
    PASSWORD_REQUEST,
    REGISTER_REQUEST,
)
from sync_server.tables import domain


def _sentence(exc: Exception) -> str:
    """The message as a sentence: only its first letter raised, since str.capitalize() would
    lower the rest ("try again at 07:08 utc", "no organization named 'nazirlik'")."""
    text = str(exc)
    return text[:1].upper() + text[1:] + "."


def _refusal(exc: accounts.AccountError) -> ApiError:
    """An account error as a 4xx that names the field (when there is one)."""
    details = {"field": exc.field} if exc.field else {}
    if exc.code in ("name_taken", "username_taken"):
        return ApiError(409, exc.code, _sentence(exc), **details)
    return bad_request(_sentence(exc), exc.code, **details)


def login(ctx) -> tuple[int, Any]:  # noqa: ANN001
    body = ctx.request.json(LOGIN_REQUEST)
    try:
        token, user = accounts.login(ctx.engine, body["username"], body["password"],
                                     address=ctx.request.address)
    except accounts.LoginThrottled as exc:
        now = dt.datetime.now(dt.UTC)
        wait = max(1, math.ceil((exc.until - now).total_seconds()))
        error = ApiError(429, exc.code, _sentence(exc),
                         retry_at=encode_time(exc.until), retry_after=wait)
        error.headers.append(("Retry-After", str(wait)))
        raise error from None
    except accounts.OrgNotApproved as exc:
        raise ApiError(403, exc.code, _sentence(exc)) from None
    except accounts.AccountError as exc:
        _audit_login(ctx, body["username"], None)
        raise unauthorized(_sentence(exc)) from None
    _audit_login(ctx, body["username"], user)
    ctx.user_id = user["id"]
    return 200, {"token": token, "user": encode_record(domain["user"], user),
                 "server_time": encode_time(dt.datetime.now(dt.UTC))}


def logout(ctx) -> tuple[int, Any]:  # noqa: ANN001
    header = ctx.request.headers.get("authorization", "")
    accounts.logout(ctx.engine, header.partition(" ")[2].strip())
    return 200, {"status": "logged_out"}


def change_password(ctx) -> tuple[int, Any]:  # noqa: ANN001
    body = ctx.request.json(PASSWORD_REQUEST)
    try:
        token = accounts.change_password(ctx.engine, ctx.caller, body["current_password"],
                                         body["new_password"])
    except accounts.AccountError as exc:
        raise _refusal(exc) from None
    return 200, {"token": token}


def register_org(ctx) -> tuple[int, Any]:  # noqa: ANN001
    body = ctx.request.json(REGISTER_REQUEST)
    try:
        org_id, user_id = accounts.register_org(
            ctx.engine, name=body["name"], contact_email=body["contact_email"],
            admin_username=body["admin_username"],
            admin_display_name=body.get("admin_display_name", ""),
            password=body["password"], language=body["language"])
    except accounts.AccountError as exc:
        raise _refusal(exc) from None
    return 201, {"organization": {"id": org_id, "name": body["name"].strip(), "status": "pending"},
                 "administrator": {"id": user_id, "username": body["admin_username"].strip()},
                 "status": "pending",
                 "message": "Registered. You can log in once a platform administrator has "
                            "approved the organization."}


def invite(ctx) -> tuple[int, Any]:  # noqa: ANN001
    body = ctx.request.json(INVITATION_REQUEST)
    try:
        made = invitations.create(ctx.engine, ctx.caller, invited_as=body["role"],
                                  display_name=body.get("display_name", ""))
    except invitations.NotAllowed as exc:
        raise forbidden(_sentence(exc)) from None
    except accounts.AccountError as exc:
        raise _refusal(exc) from None
    return 201, {**made, "expires_at": encode_time(made["expires_at"])}


def accept_invitation(ctx) -> tuple[int, Any]:  # noqa: ANN001
    body = ctx.request.json(ACCEPT_REQUEST)
    try:
        made = invitations.accept(ctx.engine, token=body["token"], username=body["username"],
                                  password=body["password"],
                                  display_name=body.get("display_name", ""),
                                  language=body.get("language", "az"))
    except accounts.AccountError as exc:
        raise _refusal(exc) from None
    return 201, made


def _audit_login(ctx, username: str, user: dict | None) -> None:  # noqa: ANN001
    """A login, in its own transaction after the outcome is known. A failure is filed under
    the account it named when that account exists; an unknown name is not kept (it may be
    a password typed into the wrong field)."""
    user_t = domain["user"]
    with ctx.engine.connect().execution_options(write=True) as conn, conn.begin():
        if user is None:
            known = conn.execute(select(user_t.c.id, user_t.c.org_id)
                                 .where(user_t.c.username == username)).first()
            audit.record(conn, action="login.failure", org_id=known.org_id if known else None,
                         actor_id=known.id if known else None,
                         target_kind="user" if known else None,
                         target_id=known.id if known else None,
                         details={"username": username} if known else {})
        else:
            audit.record(conn, action="login.success", org_id=user["org_id"], actor_id=user["id"],
                         target_kind="user", target_id=user["id"],
                         details={"username": user["username"]})
