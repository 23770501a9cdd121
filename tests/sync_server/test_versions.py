"""Protocol versions: a too-old client is told to update and keeps its outbox; the
previous version is still served once the server moves on."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.api_client import TooOld
from desktop.sync_engine import sync_once
from shared import version
from tests.sync_server.desktop_clients import (
    assert_replica_equals_server,
    desktop_client,
    new_contest,
)
from tests.sync_server.server_fixtures import make_world
from tests.sync_server.wsgi_client import WsgiClient


def _server_speaks(monkeypatch, newest: int, oldest: int) -> None:  # noqa: ANN001
    monkeypatch.setattr(version, "PROTOCOL_VERSION", newest)
    monkeypatch.setattr(version, "MIN_PROTOCOL_VERSION", oldest)


def test_too_old_client_gets_426_and_keeps_its_outbox(db_url, tmp_path, monkeypatch):  # noqa: ANN001
    world = make_world(db_url)
    org, api = desktop_client(world.app, "org_a", tmp_path)
    new_contest(org, ends_in=dt.timedelta(days=3))
    queued = org.outbox_batch()
    assert len(queued) == 3
    current = version.PROTOCOL_VERSION
    _server_speaks(monkeypatch, current + 1, current + 1)  # the server dropped our version
    raw = WsgiClient(world.app).request("GET", "/api/v1/pull", protocol=current,
                                        token=api.token)
    assert raw.status == 426
    assert (raw.body["code"], raw.body["min_protocol"], raw.body["protocol"]) == (
        "client_too_old", current + 1, current + 1)
    with pytest.raises(TooOld) as caught:
        sync_once(org, api)
    assert caught.value.code == "client_too_old"
    assert "update" in caught.value.message
    assert org.outbox_batch() == queued
    assert org.cursor == 0
    # After the update the same outbox goes through, once.
    api.protocol = current + 1
    report = sync_once(org, api)
    assert (report.pushed, report.rejected) == (3, 0)
    assert org.pending_count() == 0
    assert_replica_equals_server(org, api)


def test_previous_protocol_is_still_served(db_url, tmp_path, monkeypatch):  # noqa: ANN001
    world = make_world(db_url)
    previous = version.PROTOCOL_VERSION
    _server_speaks(monkeypatch, previous + 1, previous)  # MIN = PROTOCOL - 1
    health = WsgiClient(world.app).request("GET", "/api/v1/health", protocol=None)
    assert (health.body["protocol"], health.body["min_protocol"]) == (previous + 1, previous)
    org, api = desktop_client(world.app, "org_a", tmp_path)
    api.protocol = previous
    new_contest(org, ends_in=dt.timedelta(days=3))
    report = sync_once(org, api)
    assert (report.pushed, report.rejected, report.pulled) == (3, 0, 3 + 1 + 6)
    assert_replica_equals_server(org, api)
    probe = WsgiClient(world.app)
    probe.token = api.token
    assert probe.request("GET", "/api/v1/pull", protocol=previous - 1).body["code"] == \
        "client_too_old"
    ahead = probe.request("GET", "/api/v1/pull", protocol=previous + 2)
    assert (ahead.status, ahead.body["code"]) == (400, "server_too_old")
