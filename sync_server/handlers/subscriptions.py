"""Subscribing to new public contests by e-mail (no account needed), and unsubscribing."""

from __future__ import annotations

import datetime as dt
import secrets
import uuid
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.exc import IntegrityError

from sync_server import notifications
from sync_server.errors import bad_request, not_found
from sync_server.openapi import SUBSCRIBE_REQUEST
from sync_server.tables import domain, mail_subscription


def subscribe(ctx) -> tuple[int, Any]:  # noqa: ANN001
    """The same answer whether or not the address was already subscribed: the endpoint
    must not tell strangers who is on the list."""
    body = ctx.request.json(SUBSCRIBE_REQUEST)
    email = body["email"].strip()
    if not notifications.valid_email(email):
        raise bad_request("email: that is not an e-mail address", "invalid_request",
                          field="email")
    email = notifications.normalized_email(email)
    org_id = body.get("org_id") or ""
    org_t = domain["organization"]
    with ctx.engine.connect().execution_options(write=True) as conn:
        with conn.begin():
            if org_id and conn.execute(select(org_t.c.id).where(org_t.c.id == org_id)).first() is None:
                raise bad_request("org_id: no such organization", "invalid_request",
                              field="org_id")
        try:
            with conn.begin():
                # A@Example.AZ and a@example.az are one subscriber: compare without case.
                if conn.execute(select(mail_subscription.c.id).where(
                        func.lower(mail_subscription.c.email) == email.lower(),
                        mail_subscription.c.org_id == org_id)).first() is not None:
                    return 200, {"status": "subscribed"}
                conn.execute(mail_subscription.insert().values(
                    id=str(uuid.uuid4()), email=email, org_id=org_id,
                    language=body.get("language", "az"),
                    unsubscribe_token=secrets.token_urlsafe(24),
                    created_at=dt.datetime.now(dt.UTC)))
        except IntegrityError:
            pass  # already subscribed: nothing to change
    return 200, {"status": "subscribed"}


def unsubscribe(ctx) -> tuple[int, Any]:  # noqa: ANN001
    token = ctx.request.params["token"]
    if not 10 <= len(token) <= 64:
        raise bad_request("that is not an unsubscribe code", "invalid_code", field="token")
    with ctx.engine.connect().execution_options(write=True) as conn, conn.begin():
        removed = conn.execute(delete(mail_subscription)
                               .where(mail_subscription.c.unsubscribe_token == token)).rowcount
    if not removed:
        raise not_found("no subscription has this code (perhaps it was already cancelled)")
    return 200, {"status": "unsubscribed"}
