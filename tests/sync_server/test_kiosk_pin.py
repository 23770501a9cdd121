"""The organization's kiosk PIN: set from the command line, sent to its kiosks and staff
managers only, never to evaluators or authors."""

from __future__ import annotations

import io

import pytest
from argon2 import PasswordHasher
from sqlalchemy import select

from shared.roles import Role, hidden_fields
from sync_server import cli
from sync_server.db import make_engine
from sync_server.tables import domain
from tests.sync_server.role_world import full_pull
from tests.sync_server.server_fixtures import make_world


def _set_pin(monkeypatch, db_url: str, org: str, typed: str) -> int:  # noqa: ANN001
    monkeypatch.setattr("sys.stdin", io.StringIO(typed))  # piped: not a terminal
    return cli.main(["--db", db_url, "set-kiosk-pin", "--org", org])


def _organization(db_url: str, name: str) -> dict:
    engine = make_engine(db_url)
    org_t = domain["organization"]
    with engine.connect() as conn:
        row = dict(conn.execute(select(org_t).where(org_t.c.name == name)).mappings().one())
    engine.dispose()
    return row


def test_kiosk_receives_its_organization_with_the_pin_hash(db_url, monkeypatch, capsys):  # noqa: ANN001
    world = make_world(db_url)
    kiosk = world.client("kiosk_a")
    _, cursor = kiosk.pull_all()
    before = _organization(db_url, "Org A")
    assert before["kiosk_pin_hash"] is None

    assert _set_pin(monkeypatch, db_url, "Org A", "482916\n") == 0
    printed = capsys.readouterr()
    assert "Kiosk PIN set for 'Org A'" in printed.out
    assert printed.err == ""  # six digits: no warning
    after = _organization(db_url, "Org A")
    assert after["rev"] == before["rev"] + 1
    stored = after["kiosk_pin_hash"]
    assert stored.startswith("$argon2id$") and "482916" not in stored
    assert PasswordHasher().verify(stored, "482916")

    # An already-synced kiosk gets the change in its next pull (the record moved in the feed).
    changes, _ = kiosk.pull_all(after=cursor)
    assert [(c["kind"], c["data"]["name"], c["data"]["kiosk_pin_hash"]) for c in changes] \
        == [("organization", "Org A", stored)]
    # A new kiosk finds it from cursor 0; never the other organization's record.
    records, _, _ = full_pull(world.client("kiosk_a"))
    orgs = {key: data for key, data in records.items() if key[0] == "organization"}
    assert list(orgs.values()) == [{"id": after["id"], "name": "Org A", "status": "approved",
                                    "kiosk_pin_hash": stored, "rev": after["rev"]}]
    # The organizer of Org A manages its kiosks and so sees the field too.
    org_a, _, _ = full_pull(world.client("org_a"))
    assert org_a[("organization", after["id"])]["kiosk_pin_hash"] == stored


def test_evaluators_and_authors_never_receive_the_pin_hash(db_url, monkeypatch):  # noqa: ANN001
    world = make_world(db_url)
    assert _set_pin(monkeypatch, db_url, "Org A", "4829\n") == 0
    org_a = _organization(db_url, "Org A")
    for username in ("ev1", "author1"):
        records, _, raw = full_pull(world.client(username))
        assert b"kiosk_pin_hash" not in raw, username
        assert ("organization", org_a["id"]) not in records, username
    # Another organization's organizer sees its own (empty) field, never Org A's hash.
    records, _, raw = full_pull(world.client("org_b"))
    assert org_a["kiosk_pin_hash"].encode() not in raw
    assert ("organization", org_a["id"]) not in records


def test_only_kiosks_and_staff_managers_may_receive_the_field():
    # Defence in depth: even if a later filter let an organization through to these roles.
    for role in Role:
        hidden = "kiosk_pin_hash" in hidden_fields(role, "organization")
        assert hidden == (role in (Role.EVALUATOR, Role.AUTHOR)), role


@pytest.mark.parametrize("typed", ["12a4", "123", "1234567890123", "١٢٣٤", ""])
def test_cli_refuses_a_pin_that_is_not_4_to_12_digits(db_url, monkeypatch, capsys, typed):  # noqa: ANN001
    make_world(db_url)
    assert _set_pin(monkeypatch, db_url, "Org A", typed + "\n") == 2
    err = capsys.readouterr().err
    assert err == "error: the kiosk PIN must have 4 to 12 digits (0-9); nothing was changed\n"
    assert _organization(db_url, "Org A")["kiosk_pin_hash"] is None


def test_cli_names_an_unknown_organization(db_url, monkeypatch, capsys):  # noqa: ANN001
    make_world(db_url)
    assert _set_pin(monkeypatch, db_url, "Yox", "4829\n") == 2
    assert capsys.readouterr().err == "error: no organization named 'Yox'\n"


@pytest.mark.parametrize("typed, digits", [("4829", 4), ("48291", 5)])
def test_cli_accepts_a_short_pin_but_warns_it_can_be_guessed(db_url, monkeypatch, capsys,  # noqa: ANN001
                                                            typed, digits):
    make_world(db_url)
    assert _set_pin(monkeypatch, db_url, "Org A", typed + "\n") == 0
    printed = capsys.readouterr()
    assert "Kiosk PIN set for 'Org A'" in printed.out
    assert printed.err == (f"warning: a {digits}-digit PIN can be guessed offline from a "
                           "kiosk's copy of its hash; 6 or more digits are recommended\n")
    assert PasswordHasher().verify(_organization(db_url, "Org A")["kiosk_pin_hash"], typed)
