"""A session syncs in the background and reports through signals."""

from __future__ import annotations

from desktop import queries


def test_session_sync_and_query_run_off_the_gui_thread(make_session, qtbot):  # noqa: ANN001
    session = make_session("rashad", sync=False)
    with qtbot.waitSignal(session.sync_finished, timeout=10000) as blocker:
        session.sync_now()
    report = blocker.args[0]
    # rashad is assigned to 6 sample ideas: 6 assignments + 6 ideas + contest + stage + 3 criteria
    assert report.pulled == 17
    results = []
    session.run(queries.evaluator_queue, lambda r, e: results.append((r, e)))
    qtbot.waitUntil(lambda: bool(results), timeout=5000)
    queue, error = results[0]
    assert error is None and len(queue) == 6
    assert all(item.criteria == 3 and item.scored == 0 for item in queue)
