"""The published OpenAPI document matches the routes the server really has."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema
from jsonschema import Draft202012Validator

from sync_server.app import routes
from sync_server.openapi import PUSH_REQUEST, document, plainly_valid_push


def test_every_route_is_documented_and_every_documented_route_exists():
    doc = document()
    served = {(r.template, r.method.lower()) for r in routes()}
    documented = {(path, method) for path, ops in doc["paths"].items() for method in ops}
    assert served == documented


def test_document_is_openapi_31_with_valid_schemas():
    doc = document()
    assert doc["openapi"] == "3.1.0"
    for schema in doc["components"]["schemas"].values():
        Draft202012Validator.check_schema(schema)


def test_served_document_equals_the_module_document(tmp_path):
    from sync_server.app import make_app
    from sync_server.db import upgrade
    from tests.sync_server.wsgi_client import WsgiClient

    url = f"sqlite:///{tmp_path / 's.sqlite3'}"
    upgrade(url)
    client = WsgiClient(make_app(url))
    response = client.request("GET", "/api/v1/openapi.json", protocol=None)
    assert response.status == 200
    assert response.body == document()
    health = client.request("GET", "/api/v1/health", protocol=None)
    assert health.body["status"] == "ok" and health.body["protocol"] == 1


_VALID = Draft202012Validator(PUSH_REQUEST)
_MUTATION = {"id": "0b4f6a3e-8c1d-4e2f-9a7b-5c6d7e8f9a0b", "kind": "score", "op": "upsert",
             "record_id": "1c5a7b4f-9d2e-4f3a-8b6c-7d8e9f0a1b2c", "base_rev": 3,
             "fields": {"value": 7}, "base": {"value": 6}}
_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=40),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=10), inner,
                                                                max_size=3),
    max_leaves=6)


def test_the_quick_push_check_passes_an_ordinary_push_and_refers_odd_ones_to_the_schema():
    assert plainly_valid_push({"mutations": [_MUTATION, {**_MUTATION, "op": "delete"}]})
    assert plainly_valid_push({"mutations": []})
    # An integer written 3.0 is valid by the schema but not plainly so: jsonschema decides.
    odd = {"mutations": [{**_MUTATION, "base_rev": 3.0}]}
    assert not plainly_valid_push(odd)
    assert _VALID.is_valid(odd)
    # Invalid: refused quickly, and the schema refuses them too.
    for bad in ({**_MUTATION, "base_rev": -1}, {**_MUTATION, "base_rev": True},
                {**_MUTATION, "kind": "scores"}, {**_MUTATION, "extra": 1},
                {k: v for k, v in _MUTATION.items() if k != "record_id"},
                {**_MUTATION, "fields": []}, {**_MUTATION, "record_id": "x" * 36}):
        assert not plainly_valid_push({"mutations": [bad]})
        assert not _VALID.is_valid({"mutations": [bad]})
    assert not plainly_valid_push({"mutations": [_MUTATION] * 5001})


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(body=st.one_of(from_schema(PUSH_REQUEST), _JSON),
       key=st.sampled_from([*_MUTATION, "other"]), value=_JSON, drop=st.booleans())
def test_what_the_quick_push_check_passes_the_schema_passes(body, key, value, drop):  # noqa: ANN001
    mutated = {"mutations": [dict(_MUTATION)]}
    if drop:
        mutated["mutations"][0].pop(key, None)
    else:
        mutated["mutations"][0][key] = value
    for candidate in (body, mutated):
        if plainly_valid_push(candidate):
            assert _VALID.is_valid(candidate), candidate
