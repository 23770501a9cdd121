"""Organizations, users, passwords and session tokens.

Every function that writes opens its own transaction on the engine it is given; the
``*_in`` variants work inside a transaction the caller already holds.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import secrets
import uuid
from typing import Any

from sqlalchemy import Connection, Engine, delete, func, or_, select, update

from shared.roles import Role
from sync_server import audit, config, feed, notifications, throttle
from sync_server.caller import Caller
from sync_server.passwords import PasswordRejected, check_new_password, hash_password, verify
from sync_server.tables import credential, domain, org_registration, session_token

organization_t = domain["organization"]
user_t = domain["user"]
LANGUAGES = ("az", "en", "ru")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")


class AccountError(ValueError):
    """A request about accounts that cannot be carried out; the message says why."""

    def __init__(self, message: str, code: str = "invalid_account", field: str = "") -> None:
        super().__init__(message)
        self.code = code
        self.field = field


class LoginRefused(AccountError):
    """Wrong user name or password (the same words either way)."""


class OrgNotApproved(AccountError):
    """The user's organization is waiting for approval, or was rejected."""


class LoginThrottled(AccountError):
    def __init__(self, message: str, until: dt.datetime) -> None:
        super().__init__(message, "too_many_attempts")
        self.until = until


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def token_lifetime() -> dt.timedelta:
    return dt.timedelta(days=config.current().token_lifetime_days)


def _check_org_name(name: str) -> str:
    name = name.strip()
    if not 0 < len(name) <= 200:
        raise AccountError("organization name must have 1 to 200 characters", field="name")
    return name


def _insert_org(conn: Connection, name: str, status: str) -> str:
    if conn.execute(select(organization_t.c.id).where(organization_t.c.name == name)).first():
        raise AccountError(f"organization {name!r} already exists", "name_taken", "name")
    org_id = str(uuid.uuid4())
    row = {"id": org_id, "name": name, "status": status, "kiosk_pin_hash": None, "rev": 1}
    conn.execute(organization_t.insert().values(**row))
    audit.record(conn, action="organization.create", org_id=org_id, actor_id=None,
                 target_kind="organization", target_id=org_id,
                 details={"name": name, "status": status})
    feed.record_changes(conn, [("organization", row)])
    return org_id


def create_org(engine: Engine, name: str) -> str:
    """An organization created by the platform's operator: approved at once."""
    name = _check_org_name(name)
    with engine.connect().execution_options(write=True) as conn, conn.begin():
        return _insert_org(conn, name, "approved")


def find_org(conn: Connection, name: str) -> str:
    org_id = conn.execute(select(organization_t.c.id).where(organization_t.c.name == name)).scalar()
    if org_id is None:
        raise AccountError(f"no organization named {name!r}", "not_found")
    return org_id


def check_password_rules(password: str, username: str = "") -> None:
    try:
        check_new_password(password, username=username)
    except PasswordRejected as exc:
        raise AccountError(str(exc), f"password_{exc.reason}", "password") from None


def check_username(username: str) -> str:
    username = username.strip()
    if not 0 < len(username) <= 100 or any(ch.isspace() or not ch.isprintable() for ch in username):
        raise AccountError("user name must have 1 to 100 characters without spaces",
                           field="username")
    return username


def check_email(email: str) -> str:
    email = email.strip()
    if len(email) > 254 or not _EMAIL.match(email):
        raise AccountError("contact_email is not an email address", field="contact_email")
    return email


def insert_user(conn: Connection, *, org_id: str, role: Role, username: str, password: str,
                display_name: str = "", language: str = "az", org_admin: bool = False) -> str:
    username = check_username(username)
    if len(display_name) > 200:
        raise AccountError("display name must have at most 200 characters", field="display_name")
    if language not in LANGUAGES:
        raise AccountError("language must be az, en or ru", field="language")
    check_password_rules(password, username)
    if conn.execute(select(user_t.c.id).where(user_t.c.username == username)).first():
        raise AccountError(f"user {username!r} already exists", "username_taken", "username")
    user_id = str(uuid.uuid4())
    row = {"id": user_id, "org_id": org_id, "username": username,
           "display_name": display_name.strip() or username, "role": role.value,
           "language": language, "rev": 1}
    conn.execute(user_t.insert().values(**row))
    conn.execute(credential.insert().values(user_id=user_id, password_hash=hash_password(password),
                                            active=True, org_admin=org_admin))
    audit.record(conn, action="user.create", org_id=org_id, actor_id=None, target_kind="user",
                 target_id=user_id, details={"username": username, "role": role.value})
    feed.record_changes(conn, [("user", row)])
    return user_id


def create_user(engine: Engine, *, org: str, role: Role, username: str, password: str,
                display_name: str = "", language: str = "az", org_admin: bool = False,
                email: str | None = None) -> str:
    if email is not None and not notifications.valid_email(email):
        raise AccountError("that is not an e-mail address", field="email")
    with engine.connect().execution_options(write=True) as conn, conn.begin():
        user_id = insert_user(conn, org_id=find_org(conn, org), role=role, username=username,
                              password=password, display_name=display_name, language=language,
                              org_admin=org_admin)
        if email:
            notifications.set_user_email(conn, user_id, email)
        return user_id


# --- organizations that register themselves ---------------------------------------------------

def register_org(engine: Engine, *, name: str, contact_email: str, admin_username: str,
                 admin_display_name: str, password: str, language: str) -> tuple[str, str]:
    """A pending organization and its first administrator (an organizer who may invite);
    nobody of it can log in until a platform administrator approves it."""
    name = _check_org_name(name)
    contact_email = check_email(contact_email)
    with engine.connect().execution_options(write=True) as conn, conn.begin():
        org_id = _insert_org(conn, name, "pending")
        user_id = insert_user(conn, org_id=org_id, role=Role.ORGANIZER, username=admin_username,
                              password=password, display_name=admin_display_name,
                              language=language, org_admin=True)
        conn.execute(org_registration.insert().values(
            org_id=org_id, contact_email=contact_email, language=language,
            first_admin_id=user_id, requested_at=_now()))
    return org_id, user_id


def decide_org_in(conn: Connection, org_id: str, *, approve: bool, by: str) -> dict[str, Any]:
    """Approve or reject ``org_id`` inside the caller's transaction; returns the new record."""
    status = "approved" if approve else "rejected"
    org = conn.execute(select(organization_t).where(organization_t.c.id == org_id)).mappings().first()
    if org is None:
        raise AccountError("no such organization", "not_found")
    if org["status"] != status:
        conn.execute(update(organization_t).where(organization_t.c.id == org_id)
                     .values(status=status, rev=organization_t.c.rev + 1))
        note_decision(conn, org_id, status=status, by=by)
    row = dict(conn.execute(select(organization_t).where(organization_t.c.id == org_id))
               .mappings().one())
    return row


def note_decision(conn: Connection, org_id: str, *, status: str, by: str) -> None:
    """What follows a decision on an organization, in the deciding transaction."""
    conn.execute(update(org_registration).where(org_registration.c.org_id == org_id)
                 .values(decided_at=_now(), decided_by=by[:100]))
    if status != "approved":  # a rejected organization's sessions end now
        _revoke_org_tokens(conn, org_id)
        return
    # Tell the organization, in its registration's language, and its first administrator.
    reg = conn.execute(select(org_registration).where(org_registration.c.org_id == org_id)
                       ).mappings().first()
    org = conn.execute(select(organization_t).where(organization_t.c.id == org_id)).mappings().one()
    recipients = []
    if reg is not None:
        recipients.append(notifications.Recipient(reg["contact_email"], reg["language"]))
        admin = notifications.user_recipient(conn, reg["first_admin_id"])
        if admin is not None:
            recipients.append(admin)
    notifications.organization_approved(conn, dict(org), recipients)


def decide_org(engine: Engine, org: str, *, approve: bool, by: str) -> str:
    with engine.connect().execution_options(write=True) as conn, conn.begin():
        org_id = find_org(conn, org)
        before = conn.execute(select(organization_t.c.status)
                              .where(organization_t.c.id == org_id)).scalar_one()
        row = decide_org_in(conn, org_id, approve=approve, by=by)
        if row["status"] != before:  # deciding again changes nothing and records nothing
            audit.record(conn, action="organization.approve" if approve else "organization.reject",
                         org_id=org_id, actor_id=None, target_kind="organization",
                         target_id=org_id, details={"name": row["name"], "by": by[:100]})
        feed.record_changes(conn, [("organization", row)])
    return row["status"]


def list_orgs(engine: Engine, *, pending_only: bool = False) -> list[dict[str, Any]]:
    query = (select(organization_t.c.id, organization_t.c.name, organization_t.c.status,
                    org_registration.c.contact_email, org_registration.c.requested_at)
             .outerjoin(org_registration, org_registration.c.org_id == organization_t.c.id)
             .order_by(organization_t.c.name))
    if pending_only:
        query = query.where(organization_t.c.status == "pending")
    with engine.connect() as conn:
        return [dict(r) for r in conn.execute(query).mappings()]


def org_admin_usernames(engine: Engine, org: str) -> list[str]:
    """User names of ``org``'s administrators (organizers who may invite staff), sorted."""
    with engine.connect() as conn:
        org_id = find_org(conn, org)
        return list(conn.execute(
            select(user_t.c.username).join(credential, credential.c.user_id == user_t.c.id)
            .where(user_t.c.org_id == org_id, credential.c.org_admin.is_(True),
                   credential.c.active.is_(True))
            .order_by(user_t.c.username)).scalars())


def list_contests(engine: Engine, *, org: str | None = None) -> list[dict[str, Any]]:
    """Every contest with its organization and number of ideas, by organization then title;
    ``org`` is an organization's name or id."""
    contest_t, idea_t = domain["contest"], domain["idea"]
    ideas = (select(idea_t.c.contest_id, func.count().label("ideas"))
             .group_by(idea_t.c.contest_id).subquery())
    query = (select(contest_t.c.id, organization_t.c.name.label("organization"),
                    contest_t.c.title, contest_t.c.status,
                    func.coalesce(ideas.c.ideas, 0).label("ideas"))
             .join(organization_t, organization_t.c.id == contest_t.c.org_id)
             .outerjoin(ideas, ideas.c.contest_id == contest_t.c.id)
             .order_by(organization_t.c.name, contest_t.c.title, contest_t.c.id))
    with engine.connect() as conn:
        if org is not None:
            org_id = conn.execute(select(organization_t.c.id).where(
                or_(organization_t.c.name == org, organization_t.c.id == org))).scalar()
            if org_id is None:
                raise AccountError(f"no organization named {org!r}", "not_found")
            query = query.where(contest_t.c.org_id == org_id)
        return [dict(r) for r in conn.execute(query).mappings()]


def _revoke_org_tokens(conn: Connection, org_id: str) -> None:
    users = select(user_t.c.id).where(user_t.c.org_id == org_id)
    conn.execute(update(session_token).where(session_token.c.user_id.in_(users))
                 .values(revoked=True))


# --- tokens ------------------------------------------------------------------------------------

def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _issue_token(conn: Connection, user_id: str) -> str:
    token = secrets.token_urlsafe(32)
    now = _now()
    conn.execute(session_token.insert().values(
        token_hash=token_hash(token), user_id=user_id, created_at=now,
        expires_at=now + token_lifetime(), revoked=False))
    return token


def login(engine: Engine, username: str, password: str, *, address: str = "unknown") -> tuple[str, dict]:
    """Return a new token and the user's record, or raise ``AccountError``."""
    now = _now()
    with engine.connect().execution_options(write=True) as conn, conn.begin():
        limited = throttle.check(conn, username=username, address=address, now=now)
        if limited is not None:
            raise LoginThrottled(f"too many failed logins for this {limited.scope}; try again "
                                 f"at {limited.until:%H:%M} UTC", limited.until)
        row = conn.execute(
            select(user_t, credential.c.password_hash, credential.c.active,
                   organization_t.c.status.label("org_status"))
            .join(credential, credential.c.user_id == user_t.c.id)
            .join(organization_t, organization_t.c.id == user_t.c.org_id)
            .where(user_t.c.username == username)
        ).mappings().first()
        # Verify against a dummy hash for unknown users so timing does not reveal who exists.
        good = verify(row["password_hash"] if row else _DUMMY_HASH, password)
        if not good or row is None or not row["active"]:
            throttle.record_failure(conn, username=username, address=address, now=now)
            failed = True
        else:
            failed = False
            throttle.clear_account(conn, username)
    # The failure is committed above; refusing after the commit keeps it counted.
    if failed:
        raise LoginRefused("wrong user name or password", "unauthorized")
    if row["org_status"] == "pending":
        raise OrgNotApproved("your organization is waiting for approval by the platform "
                             "administrator", "org_pending")
    if row["org_status"] != "approved":
        raise OrgNotApproved("your organization's registration was not approved", "org_rejected")
    with engine.connect().execution_options(write=True) as conn, conn.begin():
        if _needs_rehash(row["password_hash"]):
            conn.execute(update(credential).where(credential.c.user_id == row["id"])
                         .values(password_hash=hash_password(password)))
        token = _issue_token(conn, row["id"])
    user = {k: row[k] for k in user_t.columns.keys()}
    return token, user


def _needs_rehash(stored: str) -> bool:
    from sync_server.passwords import hasher

    return hasher.check_needs_rehash(stored)


def authenticate(conn: Connection, token: str) -> Caller | None:
    row = conn.execute(
        select(user_t.c.id, user_t.c.org_id, user_t.c.role, user_t.c.username,
               session_token.c.expires_at, session_token.c.revoked,
               organization_t.c.status.label("org_status"))
        .join(session_token, session_token.c.user_id == user_t.c.id)
        .join(organization_t, organization_t.c.id == user_t.c.org_id)
        .where(session_token.c.token_hash == token_hash(token))
    ).first()
    if row is None or row.revoked or row.expires_at <= _now() or row.org_status != "approved":
        return None
    return Caller(user_id=row.id, org_id=row.org_id, role=Role(row.role), username=row.username)


def logout(engine: Engine, token: str) -> None:
    with engine.connect().execution_options(write=True) as conn, conn.begin():
        conn.execute(update(session_token).where(session_token.c.token_hash == token_hash(token))
                     .values(revoked=True))


def change_password(engine: Engine, caller: Caller, current: str, new: str) -> str:
    """Set a new password, end every session of the user, and return a fresh token for the
    device that asked (the others must log in again)."""
    with engine.connect().execution_options(write=True) as conn, conn.begin():
        stored = conn.execute(select(credential.c.password_hash)
                              .where(credential.c.user_id == caller.user_id)).scalar_one()
        if not verify(stored, current):
            raise AccountError("current_password is wrong", "wrong_password", "current_password")
        if current == new:
            raise AccountError("new_password must differ from the current one", "password_unchanged",
                               "new_password")
        try:
            check_new_password(new, username=caller.username)
        except PasswordRejected as exc:
            raise AccountError(f"new_{exc}", f"password_{exc.reason}", "new_password") from None
        conn.execute(update(credential).where(credential.c.user_id == caller.user_id)
                     .values(password_hash=hash_password(new)))
        conn.execute(update(session_token).where(session_token.c.user_id == caller.user_id)
                     .values(revoked=True))
        return _issue_token(conn, caller.user_id)


def is_org_admin(conn: Connection, user_id: str) -> bool:
    return bool(conn.execute(select(credential.c.org_admin)
                             .where(credential.c.user_id == user_id)).scalar())


def purge_expired_tokens(conn: Connection, now: dt.datetime) -> int:
    return conn.execute(delete(session_token).where(session_token.c.expires_at < now)).rowcount


_DUMMY_HASH = hash_password(secrets.token_hex(16))
