"""Organizations that register themselves, invitations, passwords, tokens, login throttling."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import select, update

from sync_server import accounts, config
from sync_server.app import Application
from sync_server.db import make_engine
from sync_server.tables import domain, login_failure, session_token
from tests.sync_server.server_fixtures import PASSWORD, make_world, mutation
from tests.sync_server.wsgi_client import WsgiClient

ADMIN_PW = "Qarabağ-çiçəyi-2026"


@pytest.fixture()
def settings():
    """Default settings for the test, restored afterwards; tests replace fields with ``use``."""
    config.use(config.Settings())
    yield lambda **changes: config.use(dataclasses.replace(config.current(), **changes))
    config.use(None)


def _register(client: WsgiClient, name: str = "Gənclər Nazirliyi", username: str = "leyla",
              **over) -> object:
    body = {"name": name, "contact_email": "info@genclik.gov.az", "admin_username": username,
            "admin_display_name": "Leyla Məmmədova", "password": ADMIN_PW, "language": "az"}
    body.update(over)
    return client.request("POST", "/api/v1/organizations/register", body)


def _login(client: WsgiClient, username: str, password: str, address: str = "10.0.0.1"):
    return client.request("POST", "/api/v1/login", {"username": username, "password": password},
                          address=address)


def test_registered_organization_waits_for_approval_then_invites_its_staff(db_url, settings):
    world = make_world(db_url)
    anon = WsgiClient(world.app)
    made = _register(anon)
    assert made.status == 201, made.body
    assert made.body["status"] == "pending"
    refused = _login(anon, "leyla", ADMIN_PW)
    assert (refused.status, refused.body["code"]) == (403, "org_pending")
    assert "waiting for approval" in refused.body["message"]
    # The platform administrator sees it pending (it reaches the admin's replica by pull) ...
    admin = world.client("admin")
    changes, _ = admin.pull_all()
    org = next(c["data"] for c in changes if c["kind"] == "organization"
               and c["data"]["name"] == "Gənclər Nazirliyi")
    assert org["status"] == "pending"
    # ... and approves it with a push, as the desktop does.
    done = admin.request("POST", "/api/v1/push", {"mutations": [
        mutation("organization", org["id"], {"status": "approved"}, base_rev=org["rev"])]})
    assert done.body["results"][0]["status"] == "applied", done.body
    leyla = _login(anon, "leyla", ADMIN_PW)
    assert leyla.status == 200, leyla.body
    assert leyla.body["user"]["role"] == "organizer"
    leyla_client = WsgiClient(world.app)
    leyla_client.token = leyla.body["token"]
    for invited_as, role, username in [("organizer", "organizer", "nigar"),
                                       ("evaluator", "evaluator", "rashad"),
                                       ("expert", "evaluator", "kamran"),
                                       ("employee", "author", "aysel")]:
        invite = leyla_client.request("POST", "/api/v1/invitations",
                                      {"role": invited_as, "display_name": username.title()})
        assert invite.status == 201, invite.body
        accepted = anon.request("POST", "/api/v1/invitations/accept", {
            "token": invite.body["token"], "username": username,
            "password": f"{username}-parolu-uzun", "language": "ru"})
        assert accepted.status == 201, accepted.body
        assert (accepted.body["role"], accepted.body["org_id"]) == (role, org["id"])
        again = anon.request("POST", "/api/v1/invitations/accept", {
            "token": invite.body["token"], "username": username + "2",
            "password": f"{username}-parolu-uzun"})
        assert (again.status, again.body["field"]) == (400, "token")
        user = _login(anon, username, f"{username}-parolu-uzun").body["user"]
        assert (user["role"], user["language"], user["display_name"]) == (role, "ru",
                                                                           username.title())
    # An invited organizer is staff, not the organization's administrator.
    nigar = WsgiClient(world.app)
    nigar.token = _login(anon, "nigar", "nigar-parolu-uzun").body["token"]
    assert nigar.request("POST", "/api/v1/invitations", {"role": "evaluator"}).status == 403
    # Nor may another organization's organizer, or an evaluator.
    assert world.client("org_b").request("POST", "/api/v1/invitations",
                                          {"role": "evaluator"}).status == 403
    assert world.client("ev1").request("POST", "/api/v1/invitations",
                                       {"role": "employee"}).status == 403


def test_cli_style_decisions_and_rejected_organizations(db_url, settings):
    world = make_world(db_url)
    anon = WsgiClient(world.app)
    assert _register(anon).status == 201
    assert _register(anon, username="other").status == 409  # the name is taken
    assert _register(anon, name="Başqa", username="leyla").body["field"] == "username"
    pending = accounts.list_orgs(world.app.engine, pending_only=True)
    assert [(o["name"], o["contact_email"]) for o in pending] == [
        ("Gənclər Nazirliyi", "info@genclik.gov.az")]
    assert accounts.decide_org(world.app.engine, "Gənclər Nazirliyi", approve=True,
                               by="test") == "approved"
    token = _login(anon, "leyla", ADMIN_PW).body["token"]
    assert accounts.list_orgs(world.app.engine, pending_only=True) == []
    # Rejected later: the session ends and no new one starts.
    accounts.decide_org(world.app.engine, "Gənclər Nazirliyi", approve=False, by="test")
    assert anon.request("GET", "/api/v1/pull", token=token).status == 401
    assert _login(anon, "leyla", ADMIN_PW).body["code"] == "org_rejected"
    # Only the platform administrator decides; an organizer's push is refused.
    org_a = world.client("org_a")
    changes, _ = org_a.pull_all()
    own = next(c["data"] for c in changes if c["kind"] == "organization")
    result = org_a.request("POST", "/api/v1/push", {"mutations": [
        mutation("organization", own["id"], {"status": "rejected"}, base_rev=own["rev"])]})
    assert result.body["results"][0]["code"] == "forbidden"
    # "an organizer", not "a organizer".
    assert result.body["results"][0]["message"] == ("an organizer may not change organization "
                                                    "records")


@pytest.mark.parametrize("password, reason", [
    ("kısa-123", "password_too_short"),          # 8 characters
    ("123456789", "password_too_short"),         # 9
    ("1234567890", "password_common"),           # 10, and in the common list
    ("QWERTY12345", "password_common"),          # common, whatever the case
    ("leyla.aliyeva", "password_is_username"),
])
def test_weak_passwords_are_refused_naming_the_field(db_url, settings, password, reason):
    app = Application(make_engine(db_url))
    made = _register(WsgiClient(app), username="leyla.aliyeva", password=password)
    assert (made.status, made.body["code"], made.body["field"]) == (400, reason, "password")
    with app.engine.connect() as conn:  # nothing was created
        assert conn.execute(select(domain["organization"].c.id)).all() == []


def test_register_refuses_a_bad_email_and_a_bad_language(db_url, settings):
    app = Application(make_engine(db_url))
    bad = _register(WsgiClient(app), contact_email="not an address")
    assert (bad.status, bad.body["field"]) == (400, "contact_email")
    lang = _register(WsgiClient(app), language="de")
    assert (lang.status, lang.body["code"]) == (400, "invalid_request")
    assert "language" in lang.body["message"]


def test_tokens_expire_end_at_logout_and_at_password_change(db_url, settings):
    settings(token_lifetime_days=1.0)
    world = make_world(db_url)
    anon = WsgiClient(world.app)
    laptop = _login(anon, "ev1", PASSWORD).body["token"]
    phone = _login(anon, "ev1", PASSWORD).body["token"]
    with world.app.engine.connect() as conn:
        row = conn.execute(select(session_token.c.created_at, session_token.c.expires_at)
                           .limit(1)).one()
    assert row.expires_at - row.created_at == dt.timedelta(days=1)
    # Expired: the stored expiry moved into the past.
    with world.app.engine.begin() as conn:
        conn.execute(update(session_token).values(
            expires_at=dt.datetime.now(dt.UTC) - dt.timedelta(seconds=1))
            .where(session_token.c.token_hash == accounts.token_hash(laptop)))
    assert anon.request("GET", "/api/v1/pull", token=laptop).status == 401
    assert anon.request("GET", "/api/v1/pull", token=phone).status == 200
    # Password change: wrong current password names the field; then every session ends.
    wrong = anon.request("POST", "/api/v1/password", {"current_password": "nope-nope-nope",
                                                       "new_password": "yeni-parol-2026"},
                         token=phone)
    assert (wrong.status, wrong.body["field"]) == (400, "current_password")
    common = anon.request("POST", "/api/v1/password", {"current_password": PASSWORD,
                                                        "new_password": "1234567890"}, token=phone)
    assert (common.status, common.body["field"]) == (400, "new_password")
    changed = anon.request("POST", "/api/v1/password", {"current_password": PASSWORD,
                                                         "new_password": "yeni-parol-2026"},
                           token=phone)
    assert changed.status == 200
    assert anon.request("GET", "/api/v1/pull", token=phone).status == 401
    fresh = changed.body["token"]
    assert anon.request("GET", "/api/v1/pull", token=fresh).status == 200
    assert _login(anon, "ev1", PASSWORD).status == 401
    assert _login(anon, "ev1", "yeni-parol-2026").status == 200
    # Logout revokes the token used.
    assert anon.request("POST", "/api/v1/logout", token=fresh).status == 200
    assert anon.request("GET", "/api/v1/pull", token=fresh).status == 401


def test_login_throttled_per_account_across_processes(db_url, settings):
    world = make_world(db_url)
    # A second application on its own engine plays a second server process.
    other = WsgiClient(Application(make_engine(db_url)))
    anon = WsgiClient(world.app)
    for i in range(5):
        assert _login(anon if i % 2 else other, "ev1", f"wrong-{i}-password").status == 401
    # The 6th try is refused even with the right password, in both processes.
    for client in (anon, other):
        refused = _login(client, "ev1", PASSWORD)
        assert refused.status == 429
        # The oldest of the 5 failures is a few seconds old: 15 min = 900 s minus that.
        assert 880 <= refused.body["retry_after"] <= 900
        assert refused.headers["Retry-After"] == str(refused.body["retry_after"])
        retry_at = dt.datetime.fromisoformat(refused.body["retry_at"].replace("Z", "+00:00"))
        # UTC stays upper-case: the sentence raises only its first letter.
        assert refused.body["message"] == ("Too many failed logins for this account; try "
                                           f"again at {retry_at:%H:%M} UTC.")
    # Another account from the same address is not affected.
    assert _login(anon, "ev2", PASSWORD).status == 200
    # When the failures age out of the window, the account logs in again.
    with world.app.engine.begin() as conn:
        conn.execute(update(login_failure).values(
            at=dt.datetime.now(dt.UTC) - dt.timedelta(minutes=16)))
    assert _login(anon, "ev1", PASSWORD).status == 200


def test_login_throttled_per_address(db_url, settings):
    settings(login_failures_per_address=4)
    world = make_world(db_url)
    anon = WsgiClient(world.app)
    for name in ("a1", "a2", "a3", "a4"):  # four different accounts, one address
        assert _login(anon, name, "wrong-password", address="192.0.2.7").status == 401
    assert _login(anon, "ev1", PASSWORD, address="192.0.2.7").status == 429
    assert _login(anon, "ev1", PASSWORD, address="192.0.2.8").status == 200
    # A success clears the account's failures, not the address's.
    with world.app.engine.connect() as conn:
        left = conn.execute(select(login_failure.c.username)).scalars().all()
    assert sorted(left) == ["a1", "a2", "a3", "a4"]
