"""Organizations, users, passwords and session tokens."""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
import uuid

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import Connection, Engine, select, update

from shared.roles import Role
from sync_server import feed
from sync_server.caller import Caller
from sync_server.tables import credential, domain, session_token

TOKEN_LIFETIME = dt.timedelta(days=30)
MIN_PASSWORD_LENGTH = 8
_hasher = PasswordHasher()  # Argon2id with the library's current recommended parameters

organization_t = domain["organization"]
user_t = domain["user"]


class AccountError(ValueError):
    """A request about accounts that cannot be carried out; the message says why."""


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def create_org(engine: Engine, name: str) -> str:
    name = name.strip()
    if not 0 < len(name) <= 200:
        raise AccountError("organization name must have 1 to 200 characters")
    with engine.connect().execution_options(write=True) as conn, conn.begin():
        if conn.execute(select(organization_t.c.id).where(organization_t.c.name == name)).first():
            raise AccountError(f"organization {name!r} already exists")
        org_id = str(uuid.uuid4())
        row = {"id": org_id, "name": name, "status": "approved", "rev": 1}
        conn.execute(organization_t.insert().values(**row))
        feed.record_changes(conn, [("organization", row)])
    return org_id


def find_org(conn: Connection, name: str) -> str:
    org_id = conn.execute(select(organization_t.c.id).where(organization_t.c.name == name)).scalar()
    if org_id is None:
        raise AccountError(f"no organization named {name!r}")
    return org_id


def check_password_rules(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise AccountError(f"password must have at least {MIN_PASSWORD_LENGTH} characters")
    if not password.strip():
        raise AccountError("password may not be only spaces")


def create_user(
    engine: Engine,
    *,
    org: str,
    role: Role,
    username: str,
    password: str,
    display_name: str = "",
    language: str = "az",
) -> str:
    username = username.strip()
    if not 0 < len(username) <= 100 or "\x00" in username:
        raise AccountError("user name must have 1 to 100 characters")
    if len(display_name) > 200:
        raise AccountError("display name must have at most 200 characters")
    check_password_rules(password)
    with engine.connect().execution_options(write=True) as conn, conn.begin():
        org_id = find_org(conn, org)
        if conn.execute(select(user_t.c.id).where(user_t.c.username == username)).first():
            raise AccountError(f"user {username!r} already exists")
        user_id = str(uuid.uuid4())
        row = {
            "id": user_id,
            "org_id": org_id,
            "username": username,
            "display_name": display_name or username,
            "role": role.value,
            "language": language,
            "rev": 1,
        }
        conn.execute(user_t.insert().values(**row))
        conn.execute(
            credential.insert().values(
                user_id=user_id, password_hash=_hasher.hash(password), active=True
            )
        )
        feed.record_changes(conn, [("user", row)])
    return user_id


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def login(engine: Engine, username: str, password: str) -> tuple[str, dict]:
    """Return a new token and the user's record, or raise ``AccountError``."""
    with engine.connect().execution_options(write=True) as conn, conn.begin():
        row = conn.execute(
            select(user_t, credential.c.password_hash, credential.c.active)
            .join(credential, credential.c.user_id == user_t.c.id)
            .where(user_t.c.username == username)
        ).mappings().first()
        # Verify against a dummy hash for unknown users so timing does not reveal who exists.
        stored = row["password_hash"] if row else _DUMMY_HASH
        try:
            _hasher.verify(stored, password)
        except (VerificationError, InvalidHashError):
            raise AccountError("wrong user name or password") from None
        if row is None or not row["active"]:
            raise AccountError("wrong user name or password")
        if _hasher.check_needs_rehash(stored):
            conn.execute(
                update(credential)
                .where(credential.c.user_id == row["id"])
                .values(password_hash=_hasher.hash(password))
            )
        token = secrets.token_urlsafe(32)
        now = _now()
        conn.execute(
            session_token.insert().values(
                token_hash=_token_hash(token),
                user_id=row["id"],
                created_at=now,
                expires_at=now + TOKEN_LIFETIME,
                revoked=False,
            )
        )
        user = {k: row[k] for k in user_t.columns.keys()}
    return token, user


def authenticate(conn: Connection, token: str) -> Caller | None:
    row = conn.execute(
        select(user_t.c.id, user_t.c.org_id, user_t.c.role, user_t.c.username,
               session_token.c.expires_at, session_token.c.revoked)
        .join(session_token, session_token.c.user_id == user_t.c.id)
        .where(session_token.c.token_hash == _token_hash(token))
    ).first()
    if row is None or row.revoked or row.expires_at <= _now():
        return None
    return Caller(user_id=row.id, org_id=row.org_id, role=Role(row.role), username=row.username)


def logout(engine: Engine, token: str) -> None:
    with engine.connect().execution_options(write=True) as conn, conn.begin():
        conn.execute(
            update(session_token)
            .where(session_token.c.token_hash == _token_hash(token))
            .values(revoked=True)
        )


_DUMMY_HASH = _hasher.hash(secrets.token_hex(16))
