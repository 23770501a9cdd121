"""Each role's pull reads the change feed through an index bounded by its cursor (SQLite).

A no-change sync is one pull with nothing after the cursor, so it should cost a few index
probes. Before ``ix_change_log_kind_seq`` an evaluator's pull on SQLite walked every idea's
feed entry through the (kind, record_id) key and filtered by cursor afterwards: 80 ms at
50,000 ideas against 3 ms for an organizer (docs/benchmarks.md, figure 3).
"""

from __future__ import annotations

import pytest
from sqlalchemy import event

from shared.roles import Role
from sync_server.caller import Caller
from sync_server.db import make_engine, upgrade
from sync_server.feed import pull


def _feed_plan(url: str, role: Role) -> list[str]:
    """The steps of SQLite's plan for the feed query of ``role``'s pull."""
    engine = make_engine(url)
    statements: list[tuple[str, tuple]] = []

    def keep(conn, cursor, statement, parameters, context, executemany) -> None:  # noqa: ANN001
        statements.append((statement, parameters))

    try:
        with engine.connect() as conn:
            event.listen(engine, "before_cursor_execute", keep)
            pull(conn, Caller("user-1", "org-1", role, "someone"), after=100, limit=10,
                 count=False)
            event.remove(engine, "before_cursor_execute", keep)
            # The first statement that reads the feed is the entry query (records follow).
            statement, parameters = next(s for s in statements if "FROM change_log" in s[0])
            return [row[3] for row in conn.exec_driver_sql(
                "EXPLAIN QUERY PLAN " + statement, parameters)]
    finally:
        engine.dispose()


@pytest.mark.parametrize("role", [Role.ADMIN, Role.ORGANIZER, Role.EVALUATOR, Role.AUTHOR,
                                  Role.KIOSK])
def test_every_feed_search_is_bounded_by_the_cursor_or_a_key(tmp_path, role):
    url = f"sqlite:///{tmp_path / 'server.sqlite3'}"
    upgrade(url)
    plan = _feed_plan(url, role)
    feed_steps = [step for step in plan if "change_log" in step]
    assert feed_steps, plan  # the query reads the feed at all
    for step in feed_steps:
        # "SCAN change_log" or "SEARCH ... (kind=?)" would read entries before the cursor.
        assert step.startswith("SEARCH change_log USING"), plan
        assert "seq>?" in step or "record_id=?" in step, plan


def test_the_evaluator_finds_its_contests_and_ideas_by_kind_after_the_cursor(tmp_path):
    url = f"sqlite:///{tmp_path / 'server.sqlite3'}"
    upgrade(url)
    plan = _feed_plan(url, Role.EVALUATOR)
    # Three branches: contests/stages/criteria and ideas through (kind, seq), its own
    # assignments, scores, checks and conflicts through (owner_id, seq).
    assert plan.count("SEARCH change_log USING INDEX ix_change_log_kind_seq (kind=? AND seq>?)") == 2
    assert plan.count(
        "SEARCH change_log USING INDEX ix_change_log_owner_seq (owner_id=? AND seq>?)") == 1
