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


def _plan(path: Path, sql: str) -> str:
    with sqlite3.connect(path) as raw:
        return " ".join(row[3] for row in raw.execute(f"EXPLAIN QUERY PLAN {sql}", ("x",)))


def test_the_replica_leaves_out_indexes_no_query_needs(tmp_path: Path) -> None:
    path = tmp_path / "replica.sqlite3"
    LocalStore(path, role=Role.ORGANIZER, user_id="u", org_id="o").close()
    present = _indexes(path)
    # One organization per replica: scores are never looked up by it; people and contests are.
    assert "ix_score_org_id" not in present and "ix_assignment_org_id" not in present
    assert {"ix_app_user_org_id", "ix_contest_org_id"} <= present
    # stage_id starts the unique (stage_id, idea_id, evaluator_id), which serves alike.
    assert "ix_assignment_stage_id" not in present
    assert _plan(path, "SELECT * FROM assignment WHERE stage_id = ?") == (
        "SEARCH assignment USING INDEX ix_assignment_unique (stage_id=?)")
    # The unique index of an implementation's idea serves its lookups by idea.
    assert "ix_implementation_idea_id" not in present
    assert _plan(path, "SELECT * FROM implementation WHERE idea_id = ?") == (
        "SEARCH implementation USING INDEX ix_implementation_idea (idea_id=?)")
    # Scores by idea still have their own index.
    assert _plan(path, "SELECT * FROM score WHERE idea_id = ?") == (
        "SEARCH score USING INDEX ix_score_idea_id (idea_id=?)")


def test_indexes_an_earlier_version_made_are_dropped_at_the_next_open(tmp_path: Path) -> None:
    path = tmp_path / "replica.sqlite3"
    LocalStore(path, role=Role.ORGANIZER, user_id="u", org_id="o").close()
    with sqlite3.connect(path) as raw:
        raw.execute("CREATE INDEX ix_score_org_id ON score (org_id)")
        raw.execute("CREATE INDEX ix_assignment_stage_id ON assignment (stage_id)")
    LocalStore(path, role=Role.ORGANIZER, user_id="u", org_id="o").close()
    present = _indexes(path)
    assert "ix_score_org_id" not in present and "ix_assignment_stage_id" not in present
    assert "ix_score_idea_id" in present
