"""The published OpenAPI document matches the routes the server really has."""

from __future__ import annotations

from jsonschema import Draft202012Validator

from sync_server.app import routes
from sync_server.openapi import document


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
