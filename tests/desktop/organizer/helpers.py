"""Helpers for the organizer tests: database calls through the session, an open workspace."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QLocale

from desktop.session import Session
from desktop.ui.organizer.workspace import OrganizerWorkspace

SAMPLE_CONTEST = "Kəndlər üçün rəqəmsal xidmətlər"


def call(qtbot, session: Session, fn: Callable[[Any], Any], *, timeout: int = 5000) -> Any:  # noqa: ANN001
    """Run ``fn(store)`` on the session's database worker and wait for its result."""
    box: list[tuple[Any, BaseException | None]] = []
    session.run(fn, lambda result, error: box.append((result, error)))
    qtbot.waitUntil(lambda: bool(box), timeout=timeout)
    result, error = box[0]
    if error is not None:
        raise error
    return result


def open_workspace(qtbot, session: Session, size: tuple[int, int] = (1280, 800)) -> OrganizerWorkspace:  # noqa: ANN001
    """A shown workspace with the contests loaded and the sample contest's ideas listed."""
    workspace = OrganizerWorkspace(session)
    qtbot.addWidget(workspace)
    workspace.resize(*size)
    workspace.show()
    qtbot.waitUntil(lambda: workspace.contests.model.rowCount() > 0, timeout=5000)
    sample = next(c for c in workspace.contests.model.contests if c["title"] == SAMPLE_CONTEST)
    workspace.contests.select_contest(sample["id"])
    qtbot.waitUntil(lambda: workspace.ideas.model.rowCount() == 12, timeout=5000)
    return workspace


def settle(qtbot, session: Session) -> None:  # noqa: ANN001
    """Let the sync an edit started finish, and its reloads land, before the session closes."""
    qtbot.waitUntil(lambda: not session.syncing, timeout=10000)
    qtbot.wait(200)


def outbox_kinds(qtbot, session: Session) -> list[str]:  # noqa: ANN001
    return [m["kind"] for m in call(qtbot, session, lambda store: store.outbox_batch())]


@contextmanager
def english_locale() -> Iterator[None]:
    """Dates in screenshots as a British English reader sees them, not in the C locale."""
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    try:
        yield
    finally:
        QLocale.setDefault(previous)
