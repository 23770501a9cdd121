"""A first sync builds the replica's secondary indexes once, at the end; a download stopped
half-way leaves a replica that gets them back when it is opened again."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from desktop import replica_indexes
from desktop.local_store import LocalStore
from desktop.replica_schema import domain, metadata
from shared.roles import Role


def _indexes(path: Path) -> set[str]:
    with sqlite3.connect(path) as raw:
        return {name for (name,) in raw.execute(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE 'ix_%'")}


def test_suspended_indexes_come_back_at_the_next_open(tmp_path: Path) -> None:
    path = tmp_path / "replica.sqlite3"
    store = LocalStore(path, role=Role.ORGANIZER, user_id="u", org_id="o")
    every = _indexes(path)
    deferred = {index.name for index in replica_indexes.deferred(domain)}
    # The score table's single-column indexes are among them; unique ones are not.
    assert {"ix_score_idea_id", "ix_score_evaluator_id", "ix_assignment_idea_id"} <= deferred
    assert "ix_assignment_unique" not in deferred and "ix_idea_contest_source" not in deferred
    assert deferred < every

    store.suspend_indexes()
    assert _indexes(path) == every - deferred
    store.close()  # as if the download had been killed here

    LocalStore(path, role=Role.ORGANIZER, user_id="u", org_id="o").close()
    assert _indexes(path) == every


def test_a_first_sync_ends_with_every_index(make_session) -> None:  # noqa: ANN001
    session = make_session("leyla")  # a first sync from the demo server
    path = session.store.path
    every = {index.name for table in metadata.sorted_tables for index in table.indexes}
    assert every <= _indexes(path)
    with sqlite3.connect(path) as raw:  # and the rows did arrive
        assert raw.execute("SELECT count(*) FROM assignment").fetchone()[0] > 0
