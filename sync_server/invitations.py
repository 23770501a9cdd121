"""Invitations: an organization's administrator invites its staff, who choose a password.

The token is shown once to the administrator (to pass on) and kept only as a hash; it
works once, before it expires.
"""

from __future__ import annotations

import datetime as dt
import secrets
from typing import Any

from sqlalchemy import Engine, select, update

from shared.roles import Role
from sync_server import config
from sync_server.accounts import (
    LANGUAGES,
    AccountError,
    insert_user,
    is_org_admin,
    token_hash,
)
from sync_server.caller import Caller
from sync_server.tables import invitation

#: What the administrator picks, and the role the account gets. An outside expert is an
#: evaluator; an employee is an author who may also enter the organization's internal contests.
INVITED_AS: dict[str, Role] = {
    "organizer": Role.ORGANIZER,
    "evaluator": Role.EVALUATOR,
    "expert": Role.EVALUATOR,
    "employee": Role.AUTHOR,
}


class NotAllowed(AccountError):
    """The caller may not invite (403)."""


def create(engine: Engine, caller: Caller, *, invited_as: str, display_name: str = "") -> dict[str, Any]:
    if invited_as not in INVITED_AS:
        raise AccountError(f"role must be one of {', '.join(INVITED_AS)}", field="role")
    if len(display_name) > 200:
        raise AccountError("display_name must have at most 200 characters", field="display_name")
    now = dt.datetime.now(dt.UTC)
    expires = now + dt.timedelta(days=config.current().invitation_lifetime_days)
    token = secrets.token_urlsafe(24)
    with engine.connect().execution_options(write=True) as conn, conn.begin():
        if caller.role != Role.ORGANIZER or not is_org_admin(conn, caller.user_id):
            raise NotAllowed("only the organization's administrator may invite staff", "forbidden")
        conn.execute(invitation.insert().values(
            token_hash=token_hash(token), org_id=caller.org_id, role=INVITED_AS[invited_as].value,
            invited_as=invited_as, display_name=display_name.strip(), created_by=caller.user_id,
            created_at=now, expires_at=expires))
    return {"token": token, "role": invited_as, "expires_at": expires}


def accept(engine: Engine, *, token: str, username: str, password: str, display_name: str = "",
           language: str = "az") -> dict[str, Any]:
    """Create the invited account; returns its id, role and organization."""
    now = dt.datetime.now(dt.UTC)
    if language not in LANGUAGES:
        raise AccountError("language must be az, en or ru", field="language")
    with engine.connect().execution_options(write=True) as conn, conn.begin():
        query = select(invitation).where(invitation.c.token_hash == token_hash(token))
        if conn.dialect.name == "postgresql":
            query = query.with_for_update()  # two accepts of one token: the second waits, then fails
        row = conn.execute(query).mappings().first()
        if row is None or row["accepted_at"] is not None or row["expires_at"] <= now:
            raise AccountError("token: the invitation is unknown, used or expired",
                               "invitation_invalid", "token")
        user_id = insert_user(conn, org_id=row["org_id"], role=Role(row["role"]),
                              username=username, password=password,
                              display_name=display_name or row["display_name"], language=language)
        done = conn.execute(update(invitation)
                            .where(invitation.c.token_hash == row["token_hash"],
                                   invitation.c.accepted_at.is_(None))
                            .values(accepted_by=user_id, accepted_at=now))
        if done.rowcount != 1:
            raise AccountError("token: the invitation was just used", "invitation_invalid", "token")
    return {"user_id": user_id, "role": row["role"], "org_id": row["org_id"]}
