"""Kiosk fixtures: a kiosk window on the demo kiosk account, its contests loaded."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from desktop.session import Session
from desktop.ui.kiosk.window import KioskWindow

DEMO_CONTEST = "Kəndlər üçün rəqəmsal xidmətlər"
CODE_RE = r"^[34679ACDEFGHJKMNPQRTUVWXY]{5}-[34679ACDEFGHJKMNPQRTUVWXY]{5}$"


@pytest.fixture()
def open_kiosk(make_session, qtbot) -> Iterator[Callable[..., KioskWindow]]:  # noqa: ANN001
    """``open_kiosk(idle_seconds=2)``: a kiosk window whose start page shows the contests."""
    sessions: list[Session] = []

    def open_(**kwargs) -> KioskWindow:  # noqa: ANN003
        session: Session = make_session("kiosk1")
        sessions.append(session)
        window = KioskWindow(session, **kwargs)
        qtbot.addWidget(window)
        window.resize(1280, 900)
        window.show()
        qtbot.waitUntil(lambda: bool(window.start_page.buttons), timeout=5000)
        return window

    yield open_
    # A sync started by Send must end inside its own test: its answer arriving during the
    # next test, on a closed session, would be reported there.
    for session in sessions:
        qtbot.waitUntil(lambda s=session: not s.syncing, timeout=15000)


def fill_form(window: KioskWindow, qtbot, *, title: str = "Kənd poçtunda onlayn növbə",  # noqa: ANN001
              body: str = "Poçt şöbəsində növbəni telefonla götürmək mümkün olsun.") -> None:
    form = window.form_page
    form.title.editor.setFocus()
    # QTest can only type ASCII keys; insert() edits like typing does (with undo history).
    form.title.editor.insert(title)
    form.body.editor.insertPlainText(body)
