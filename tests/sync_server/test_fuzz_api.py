"""Schema-driven fuzzing of the API, in process: requests generated from the OpenAPI
document (valid bodies, bodies that break it, raw bytes, odd paths and queries, every kind of
caller). No answer may be a 500, and a refused request must not change any data.

``make test`` runs a bounded number of examples per endpoint; set IDEABANK_FUZZ_EXAMPLES
for a larger run (for example 2000).
"""

from __future__ import annotations

import json
import os
import re
import uuid

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema
from sqlalchemy import select

from sync_server import config
from sync_server.app import Application, routes
from sync_server.db import upgrade
from sync_server.openapi import document
from sync_server.tables import audit_log, login_failure, metadata, mutation_log
from tests.sync_server.role_world import build
from tests.sync_server.wsgi_client import WsgiClient

EXAMPLES = int(os.environ.get("IDEABANK_FUZZ_EXAMPLES", "40"))
# The tables a refused request may still write: failed logins are counted on purpose, and a
# push whose every mutation was refused stores those refusals so a retry gets the same answer.
# A failed login is also an entry of the audit log (and takes the audit counter's next number).
MAY_CHANGE_ON_REFUSAL = {login_failure.name, mutation_log.name, audit_log.name}

JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner,
                                                                max_size=4),
    max_leaves=12)


def _body_endpoints() -> list[tuple[str, str, dict]]:
    found = []
    for path, item in document()["paths"].items():
        for method, op in item.items():
            body = op.get("requestBody")
            if body:
                found.append((method.upper(), path, body["content"]["application/json"]["schema"]))
    return found


@pytest.fixture(scope="module")
def fuzz_env(tmp_path_factory):  # noqa: ANN201
    from argon2 import PasswordHasher

    from sync_server import accounts, passwords

    # Cheap Argon2 for the module (see the cheap_hashing fixture), restored afterwards.
    saved = passwords.hasher, accounts._DUMMY_HASH
    passwords.hasher = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
    accounts._DUMMY_HASH = passwords.hasher.hash("not a password")
    config.use(config.Settings())
    url = f"sqlite:///{tmp_path_factory.mktemp('fuzz') / 'fuzz.sqlite3'}"
    upgrade(url)
    world = build(url)
    tokens = {name: world.client(name).token
              for name in ("org_a", "ev1", "author1", "kiosk_a", "admin", "org_b")}
    tokens["none"] = None
    tokens["garbage"] = "x" * 43
    yield world.world.app, tokens, world.ids
    passwords.hasher, accounts._DUMMY_HASH = saved
    config.use(None)


def _snapshot(app: Application) -> dict[str, list]:
    with app.engine.connect() as conn:
        return {t.name: sorted(json.dumps(dict(r), default=str, sort_keys=True)
                               for r in conn.execute(select(t)).mappings()
                               if not (t.name == "sync_counter" and r["name"] == "audit"))
                for t in metadata.sorted_tables if t.name not in MAY_CHANGE_ON_REFUSAL}


def _check(app: Application, method: str, path: str, *, body=None, raw=None,  # noqa: ANN001
           token=None) -> None:
    before = _snapshot(app)
    answer = WsgiClient(app).request(method, path, body, raw=raw, token=token)
    assert answer.status < 500, (method, path, answer.body)
    assert isinstance(answer.body, dict) and "code" in answer.body or answer.status < 400
    refused = answer.status >= 400 or (
        path == "/api/v1/push" and answer.status == 200
        and all(r["status"] == "rejected" for r in answer.body["results"]))
    if refused:
        assert _snapshot(app) == before, (method, path, answer.status, answer.body)
    if answer.status == 400:
        assert answer.body.get("field"), answer.body  # names what was wrong


FUZZ = settings(max_examples=EXAMPLES, deadline=None, database=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow, HealthCheck.data_too_large])


@pytest.mark.parametrize("method, path, schema", _body_endpoints(),
                         ids=[p for _, p, _ in _body_endpoints()])
def test_bodies_from_the_schema_and_beside_it(fuzz_env, method, path, schema):  # noqa: ANN001
    app, tokens, _ = fuzz_env

    @FUZZ
    @given(body=from_schema(schema) | JSON_VALUES, who=st.sampled_from(sorted(tokens)))
    def run(body, who):  # noqa: ANN001, ANN202
        _check(app, method, path, body=body, token=tokens[who])

    run()


@pytest.mark.parametrize("method, template", sorted({(r.method, r.template) for r in routes()}))
def test_raw_bytes_and_odd_queries(fuzz_env, method, template):  # noqa: ANN001
    app, tokens, ids = fuzz_env
    known = st.sampled_from([ids["P"], ids["A1"], str(uuid.uuid4())])

    @FUZZ
    @given(raw=st.binary(max_size=300), who=st.sampled_from(sorted(tokens)),
           segment=st.text(st.characters(blacklist_categories=["Cs"], blacklist_characters="/?"),
                           min_size=1, max_size=30),
           query=st.dictionaries(st.sampled_from(["after", "limit", "contest", "x"]),
                                 st.text(max_size=20) | known | st.integers().map(str),
                                 max_size=3))
    def run(raw, who, segment, query):  # noqa: ANN001, ANN202
        from urllib.parse import quote, urlencode

        path = re.sub(r"\{\w+\}", lambda _: quote(segment, safe=""), template)
        path += "?" + urlencode(query) if query else ""
        _check(app, method, path, raw=raw if method == "POST" else b"", token=tokens[who])

    run()
