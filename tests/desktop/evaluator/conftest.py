"""Helpers for the evaluator workspace tests: open it, wait for it, run store functions."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import select

from desktop.session import Session
from desktop.ui.evaluator.workspace import EvaluatorWorkspace
from sync_server.db import make_engine
from sync_server.tables import domain

CONTEST = "Kəndlər üçün rəqəmsal xidmətlər"
STAGE = "Ekspert qiymətləndirməsi"


@pytest.fixture()
def open_workspace(qtbot) -> Callable[[Session], EvaluatorWorkspace]:  # noqa: ANN001
    def open_(session: Session, *, size: tuple[int, int] = (1280, 800)) -> EvaluatorWorkspace:
        ws = EvaluatorWorkspace(session)
        qtbot.addWidget(ws)
        ws.resize(*size)
        ws.show()
        ws.activateWindow()  # shortcuts work only in the active window
        qtbot.waitUntil(lambda: ws.isActiveWindow(), timeout=5000)
        # The first unfinished idea opens by itself once the queue and its form are read.
        qtbot.waitUntil(lambda: ws.form.item is not None and len(ws.form.rows) == 3, timeout=10000)
        return ws

    return open_


@pytest.fixture()
def run_store(qtbot) -> Callable[..., Any]:  # noqa: ANN001
    """Run ``fn(store)`` on the session's database worker, as widgets do, and wait for it."""
    def run(session: Session, fn: Callable[[Any], Any]) -> Any:
        out: list[tuple[Any, BaseException | None]] = []
        session.run(fn, lambda result, error: out.append((result, error)))
        qtbot.waitUntil(lambda: bool(out), timeout=10000)
        result, error = out[0]
        if error is not None:
            raise error
        return result

    return run


def server_scores(db_url: str, evaluator_id: str) -> list[dict[str, Any]]:
    """What the server stored, read from its own database."""
    engine = make_engine(db_url)
    score_t = domain["score"]
    try:
        with engine.connect() as conn:
            return [dict(r) for r in conn.execute(
                select(score_t).where(score_t.c.evaluator_id == evaluator_id)).mappings()]
    finally:
        engine.dispose()
