"""Every endpoint of ``sync_server.app.routes`` × every kind of caller, with the status each
must get, on SQLite and PostgreSQL.

Each cell gets a token of its own (a logout or a password change in one cell cannot spoil
another); "expired" and "revoked" are an evaluator's tokens that ran out or were logged out.
Push cells read the per-mutation result: the request itself is 200 for any valid token.
"""

from __future__ import annotations

import datetime as dt
import itertools
import uuid

import pytest
from sqlalchemy import select, update

from shared.roles import AUTHOR_IDENTITY_FIELDS, Role
from sync_server import accounts, config, invitations, passwords
from sync_server.app import routes
from sync_server.caller import Caller
from sync_server.tables import credential, domain, mail_subscription, session_token
from tests.sync_server.role_world import build, full_pull, push_ok
from tests.sync_server.server_fixtures import PASSWORD, mutation
from tests.sync_server.wsgi_client import WsgiClient

ROLES = ("admin", "organizer", "evaluator", "author", "kiosk", "other_org", "anonymous",
         "expired", "revoked")
USER_OF = {"admin": "admin", "organizer": "org_a", "evaluator": "ev1", "author": "author1",
           "kiosk": "kiosk_a", "other_org": "org_b", "expired": "ev1", "revoked": "ev1"}

A, D, U = "applied", "rejected:forbidden", 401  # push results, and "no valid token"
NF = "rejected:not_found"
#: endpoint -> expected answer per role, in ROLES order.
TABLE: dict[str, tuple] = {
    "GET /api/v1/health":                (200,) * 9,
    "GET /api/v1/openapi.json":          (200,) * 9,
    "POST /api/v1/login":                (200,) * 9,  # no token needed: the body is the proof
    "POST /api/v1/organizations/register": (201,) * 9,
    "POST /api/v1/invitations/accept":   (201,) * 9,
    "GET /api/v1/track/{code}":          (200,) * 9,  # the code is the secret
    "POST /api/v1/logout":               (200, 200, 200, 200, 200, 200, U, U, U),
    "POST /api/v1/password":             (200, 200, 200, 200, 200, 200, U, U, U),
    "GET /api/v1/pull":                  (200, 200, 200, 200, 200, 200, U, U, U),
    "GET /api/v1/integrity":             (200, 200, 200, 200, 200, 200, U, U, U),
    # An announced contest's (P) results: its organizer and its authors (their own ideas
    # only); another organization does not learn that it exists.
    "GET /api/v1/results/{contest_id} announced": (403, 200, 403, 200, 403, 404, U, U, U),
    # Only the organization's administrator (org_a here) invites; org_b is an organizer but
    # not its organization's administrator.
    "POST /api/v1/invitations":          (403, 201, 403, 403, 403, 403, U, U, U),
    # results of contest I, not announced: its organizer reads them, an author is told they
    # are not announced yet, another organization does not find the contest
    "GET /api/v1/results/{contest_id} not announced": (403, 200, 403, 403, 403, 404, U, U, U),
    # push: an organizer's contest title
    "POST /api/v1/push contest":         (D, A, D, D, D, NF, U, U, U),
    # push: the author's own idea
    "POST /api/v1/push own idea":        (D, D, D, A, D, D, U, U, U),
    # push: another author's idea
    "POST /api/v1/push other's idea":    (D, D, D, D, D, D, U, U, U),
    # push: a score on an assigned idea (only its evaluator)
    "POST /api/v1/push score":           (D, D, A, D, D, D, U, U, U),
    # push: approving an organization (only the platform administrator)
    "POST /api/v1/push organization":    (A, D, D, D, D, D, U, U, U),
    # the audit log: an organization's organizers and administrators, each their own
    "GET /api/v1/audit":                 (200, 200, 403, 403, 403, 200, U, U, U),
    # subscribing to new contests needs no account; the unsubscribe code is the proof
    "POST /api/v1/subscriptions":        (200,) * 9,
    "DELETE /api/v1/subscriptions/{token}": (200,) * 9,
}

_names = itertools.count()


def _token(env, role: str) -> str | None:  # noqa: ANN001
    if role == "anonymous":
        return None
    token, _ = accounts.login(env.engine, USER_OF[role], PASSWORD)
    if role == "expired":
        with env.engine.begin() as conn:
            conn.execute(update(session_token)
                         .where(session_token.c.token_hash == accounts.token_hash(token))
                         .values(expires_at=dt.datetime.now(dt.UTC) - dt.timedelta(seconds=1)))
    if role == "revoked":
        accounts.logout(env.engine, token)
    return token


def _rev(env, kind: str, record_id: str) -> int:  # noqa: ANN001
    table = domain[kind]
    with env.engine.connect() as conn:
        return conn.execute(select(table.c.rev).where(table.c.id == record_id)).scalar_one()


def _push(client: WsgiClient, token, m: dict):  # noqa: ANN001, ANN202
    r = client.request("POST", "/api/v1/push", {"mutations": [m]}, token=token)
    if r.status != 200:
        return r.status
    result = r.body["results"][0]
    return A if result["status"] == "applied" else f"rejected:{result['code']}"


def _call(env, endpoint: str, role: str):  # noqa: ANN001, ANN202
    client, ids, token = WsgiClient(env.app), env.ids, _token(env, role)
    n = next(_names)
    if endpoint == "POST /api/v1/login":
        return client.request("POST", "/api/v1/login", {"username": "ev2", "password": PASSWORD},
                              token=token).status
    if endpoint == "POST /api/v1/organizations/register":
        return client.request("POST", "/api/v1/organizations/register", {
            "name": f"Qurum {n}", "contact_email": f"q{n}@example.az",
            "admin_username": f"qurum{n}", "password": "Qurum-parolu-2026", "language": "az"},
            token=token).status
    if endpoint == "POST /api/v1/invitations/accept":
        made = invitations.create(env.engine, env.org_admin, invited_as="expert")
        return client.request("POST", "/api/v1/invitations/accept", {
            "token": made["token"], "username": f"ekspert{n}", "password": "Ekspert-parol-77"},
            token=token).status
    if endpoint == "GET /api/v1/track/{code}":
        return client.request("GET", f"/api/v1/track/{env.code}", token=token).status
    if endpoint == "GET /api/v1/results/{contest_id} not announced":
        return client.request("GET", f"/api/v1/results/{ids['I']}", token=token).status
    if endpoint == "POST /api/v1/password":
        status = client.request("POST", "/api/v1/password", {
            "current_password": PASSWORD, "new_password": "Tamam-başqa-1"}, token=token).status
        with env.engine.begin() as conn:  # back to the shared password for the other cells
            conn.execute(update(credential).values(password_hash=passwords.hash_password(PASSWORD)))
        return status
    if endpoint == "POST /api/v1/invitations":
        return client.request("POST", "/api/v1/invitations", {"role": "employee"},
                              token=token).status
    if endpoint == "POST /api/v1/push contest":
        return _push(client, token, mutation("contest", ids["P"], {"title": f"Ad {n}"},
                                             base_rev=_rev(env, "contest", ids["P"])))
    if endpoint == "POST /api/v1/push own idea":
        return _push(client, token, mutation("idea", ids["A1"], {"title": f"Ideya {n}"},
                                             base_rev=_rev(env, "idea", ids["A1"])))
    if endpoint == "POST /api/v1/push other's idea":
        return _push(client, token, mutation("idea", ids["X"], {"title": f"Oğurluq {n}"},
                                             base_rev=_rev(env, "idea", ids["X"])))
    if endpoint == "POST /api/v1/push score":
        sid = ids["score_ev1_A1_CP1"]
        return _push(client, token, mutation("score", sid, {
            "stage_id": ids["SP"], "idea_id": ids["A1"], "criterion_id": ids["CP1"],
            "value": 1 + n % 9}, base_rev=_rev(env, "score", sid)))
    if endpoint == "POST /api/v1/push organization":
        return _push(client, token, mutation("organization", env.pending_org,
                                             {"status": "approved"},
                                             base_rev=_rev(env, "organization", env.pending_org)))
    if endpoint == "GET /api/v1/results/{contest_id} announced":
        answer = client.request("GET", f"/api/v1/results/{ids['P']}", token=token)
        if answer.status == 200 and role == "author":  # only author1's own idea, A1
            assert [i["idea_id"] for i in answer.body["ideas"]] == [ids["A1"]], answer.body
        return answer.status
    if endpoint == "POST /api/v1/subscriptions":
        return client.request("POST", "/api/v1/subscriptions",
                              {"email": f"reader{n}@example.az"}, token=token).status
    if endpoint == "DELETE /api/v1/subscriptions/{token}":
        client.request("POST", "/api/v1/subscriptions", {"email": f"leaver{n}@example.az"})
        with env.engine.connect() as conn:
            code = conn.execute(select(mail_subscription.c.unsubscribe_token).where(
                mail_subscription.c.email == f"leaver{n}@example.az")).scalar_one()
        return client.request("DELETE", f"/api/v1/subscriptions/{code}", token=token).status
    method, path = endpoint.split()
    return client.request(method, path, None if method == "GET" else {}, token=token).status


class Env:
    pass


@pytest.fixture()
def env(db_url, cheap_hashing):  # noqa: ANN001, ANN201
    config.use(config.Settings())
    w = build(db_url)
    e = Env()
    e.app, e.engine, e.ids, e.users = w.world.app, w.world.app.engine, w.ids, w.world.users
    with e.engine.begin() as conn:
        conn.execute(update(credential).where(credential.c.user_id == e.users["org_a"])
                     .values(org_admin=True))
    org_a = e.users["org_a"]
    with e.engine.connect() as conn:
        e.org_a_id = conn.execute(select(domain["user"].c.org_id)
                                  .where(domain["user"].c.id == org_a)).scalar_one()
        e.code = conn.execute(select(domain["idea"].c.tracking_code)
                              .where(domain["idea"].c.id == e.ids["K1"])).scalar_one()
    with e.engine.begin() as conn:  # the public contest's results are out
        contest_t = domain["contest"]
        conn.execute(update(contest_t).where(contest_t.c.id == e.ids["P"])
                     .values(results_announced_at=dt.datetime.now(dt.UTC)))
    e.org_admin = Caller(user_id=org_a, org_id=e.org_a_id, role=Role.ORGANIZER, username="org_a")
    # Another author of the same organization with an idea in the public contest.
    accounts.create_user(e.engine, org="Org A", role=Role.AUTHOR, username="author2",
                         password=PASSWORD)
    e.ids["X"] = str(uuid.uuid4())
    push_ok(w.client("author2"), [mutation("idea", e.ids["X"], {
        "contest_id": e.ids["P"], "title": "Başqasının ideyası", "body": "b"})])
    e.pending_org, _ = accounts.register_org(
        e.engine, name="Gözləyən Qurum", contact_email="g@example.az", admin_username="gozleyen",
        admin_display_name="", password="Gözləyən-parol-1", language="az")
    e.world = w
    yield e
    config.use(None)


def test_table_covers_every_route():
    routed = {f"{r.method} {r.template}" for r in routes()}
    tabled = {" ".join(k.split()[:2]) for k in TABLE}
    assert routed == tabled


def test_every_endpoint_for_every_role(env):
    got = {endpoint: tuple(_call(env, endpoint, role) for role in ROLES) for endpoint in TABLE}
    wrong = {e: {"expected": TABLE[e], "got": got[e]} for e in TABLE if got[e] != TABLE[e]}
    assert wrong == {}


def test_what_each_role_reads_of_ideas(env):
    ids, users = env.ids, env.users
    expected = {  # role -> the idea ids its full pull holds
        "admin": set(), "kiosk": set(), "other_org": set(),
        "organizer": {ids["A1"], ids["A2"], ids["K1"], ids["X"]},
        "evaluator": {ids["A1"], ids["K1"]},  # assigned to ev1
        "author": {ids["A1"], ids["A2"]},     # author1's own; never author2's X
    }
    for role, ideas in expected.items():
        client = WsgiClient(env.app)
        client.token = _token(env, role)
        records, _, raw = full_pull(client)
        assert {i for k, i in records if k == "idea"} == ideas, role
        if role == "evaluator":  # blind review: no author, contact or tracking code
            for key in [k for k in records if k[0] == "idea"]:
                assert not AUTHOR_IDENTITY_FIELDS & set(records[key]), key
            assert users["author1"].encode() not in raw and b"gunel@example.az" not in raw
        if role == "kiosk":  # a kiosk reads open public contests, never ideas or people
            assert {k for k, _ in records} <= {"contest", "organization"}
            assert (("contest", ids["I"]) not in records)  # the internal contest


def test_internal_contests_reach_only_the_organizations_employees(env):
    accounts.create_user(env.engine, org="Org B", role=Role.AUTHOR, username="author_b",
                         password=PASSWORD)
    seen = {}
    for username in ("author1", "author_b", "kiosk_a"):
        client = WsgiClient(env.app)
        client.login(username, PASSWORD)
        records, _, _ = full_pull(client)
        seen[username] = ("contest", env.ids["I"]) in records
    assert seen == {"author1": True, "author_b": False, "kiosk_a": False}
    # And an outsider's idea for it is refused.
    outsider = WsgiClient(env.app)
    outsider.login("author_b", PASSWORD)
    answer = _push(outsider, outsider.token, mutation("idea", str(uuid.uuid4()), {
        "contest_id": env.ids["I"], "title": "Mən də", "body": "b"}))
    assert answer == D
