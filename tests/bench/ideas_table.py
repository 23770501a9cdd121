"""The organizer's Ideas table over a synced replica: ``python -m tests.bench.ideas_table``.

Takes a copy of the organizer's replica from figure 1 and moves every idea into its first
contest (one national contest holding all of them), then opens the real workspace
offscreen and times: choosing that contest until every id is listed and the first rows
are shown; scrolling to the last row until it is shown; typing a filter until the matching
rows are listed (the typing pause is not counted: the reload is started at once). Prints
one JSON line.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop.profile import Profile  # noqa: E402
from desktop.session import Session  # noqa: E402
from desktop.ui.organizer.workspace import OrganizerWorkspace  # noqa: E402

FILTER = "körpü kitabxana"  # two words that follow each other in some titles and bodies


def _wait(app: QApplication, done, timeout: float = 120.0) -> None:  # noqa: ANN001
    deadline = time.perf_counter() + timeout
    while not done():
        if time.perf_counter() > deadline:
            raise TimeoutError("the table did not finish loading")
        app.processEvents()
        time.sleep(0.0005)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--replica", required=True)
    parser.add_argument("--user-id", required=True)
    parser.add_argument("--org-id", required=True)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    folder = Path(tempfile.mkdtemp(prefix="ideabank-bench-table-"))
    try:
        replica = folder / "replica.sqlite3"
        shutil.copy(args.replica, replica)
        with sqlite3.connect(replica) as db:
            first = db.execute("SELECT id FROM contest ORDER BY starts_at, id LIMIT 1").fetchone()[0]
            db.execute("UPDATE idea SET contest_id = ?", (first,))
            ideas = db.execute("SELECT count(*) FROM idea").fetchone()[0]
        profile = Profile(folder=folder, server="http://127.0.0.1:9", username="bench-organizer",
                          user_id=args.user_id, org_id=args.org_id, role="organizer",
                          display_name="Bench")
        app = QApplication.instance() or QApplication([])
        session = Session(profile, None)  # never started: no sync, the replica as it is
        workspace = OrganizerWorkspace(session)
        workspace.resize(1280, 800)
        workspace.show()
        contests = workspace.contests.model
        _wait(app, lambda: contests.rowCount() > 0)
        other = next(c["id"] for c in contests.contests if c["id"] != first)
        tab, model = workspace.ideas, workspace.ideas.model
        opens, filters, scrolls, matched = [], [], [], 0
        open_cpu, filter_cpu = [], []
        for _ in range(args.runs):
            workspace.contests.select_contest(other)  # away, so choosing ``first`` loads again
            _wait(app, lambda: model.rowCount() < ideas)
            began, cpu = time.perf_counter(), time.process_time()
            workspace.contests.select_contest(first)
            _wait(app, lambda: model.rowCount() == ideas and model.index(0, 0).data() != "…")
            opens.append(time.perf_counter() - began)
            open_cpu.append(time.process_time() - cpu)
            # Scrolling to the last row: only the rows in view are read, by their ids.
            began = time.perf_counter()
            tab.table.scrollToBottom()
            _wait(app, lambda: model.index(ideas - 1, 0).data() != "…")
            scrolls.append(time.perf_counter() - began)
            tab.table.scrollToTop()
            tab.search.setText(FILTER)
            began, cpu = time.perf_counter(), time.process_time()
            tab.reload()  # at once, not after the typing pause
            _wait(app, lambda: model.rowCount() < ideas)
            filters.append(time.perf_counter() - began)
            filter_cpu.append(time.process_time() - cpu)
            matched = model.rowCount()
            tab.search.clear()
            tab.reload()
            _wait(app, lambda: model.rowCount() == ideas)
        shot = Path(tempfile.gettempdir()) / "ideabank-bench-ideas-table.png"
        tab.search.setText(FILTER)
        tab.reload()
        _wait(app, lambda: model.rowCount() == matched)
        workspace.grab().save(str(shot))
        session.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    print(json.dumps({"ideas": ideas, "matched": matched, "open": statistics.median(opens),
                      "filter": statistics.median(filters),
                      "scroll": statistics.median(scrolls), "opens": opens, "filters": filters,
                      "open_cpu": statistics.median(open_cpu),
                      "filter_cpu": statistics.median(filter_cpu),
                      "screenshot": str(shot)}), flush=True)
    return 0


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    # Skip interpreter teardown: PySide can abort while collecting the widgets at exit,
    # after everything was measured and printed.
    os._exit(code)
