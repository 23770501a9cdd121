"""A replica made by an older build opens in this one and takes the newer server fields."""

from __future__ import annotations

import sqlite3

from desktop.local_store import LocalStore
from shared.roles import Role


def test_older_replica_gets_new_columns_and_unknown_fields_are_skipped(tmp_path):  # noqa: ANN001
    path = tmp_path / "replica.sqlite3"
    LocalStore(path, role=Role.KIOSK, user_id="u", org_id="o").close()
    # Make it look like a replica from before the kiosk PIN existed.
    with sqlite3.connect(path) as raw:
        raw.execute("ALTER TABLE organization DROP COLUMN kiosk_pin_hash")
    store = LocalStore(path, role=Role.KIOSK, user_id="u", org_id="o")
    store.apply_page([{"kind": "organization", "id": "o", "deleted": False,
                       "data": {"id": "o", "name": "Nazirlik", "status": "approved", "rev": 2,
                                "kiosk_pin_hash": "$argon2id$x", "field_of_a_newer_server": 1}}],
                     cursor=7)
    from sqlalchemy import select

    from desktop.replica_schema import domain

    rows = store.rows(select(domain["organization"]))
    assert rows == [{"id": "o", "name": "Nazirlik", "status": "approved", "rev": 2,
                     "kiosk_pin_hash": "$argon2id$x"}]
    assert store.cursor == 7
    store.close()
