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


KIOSK_PIN = "2468"


@pytest.fixture()
def kiosk_pin(demo_server) -> str:  # noqa: ANN001
    """The demo organization's kiosk PIN, set on the server as ``ideabank-server
    set-kiosk-pin`` does; kiosks opened afterwards have synced its hash."""
    from sync_server.cli import set_kiosk_pin
    from sync_server.db import make_engine
    from sync_server.demo import ORG

    engine = make_engine(demo_server.db_url)
    try:
        set_kiosk_pin(engine, ORG, KIOSK_PIN)
    finally:
        engine.dispose()
    return KIOSK_PIN


class FakeClock:
    """A clock that moves only when told: ``clock.advance(31)``."""

    def __init__(self, start: float) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def enter_pin(dialog, pin: str) -> None:  # noqa: ANN001
    """Tap the digits and OK on the pad, as a finger would."""
    for digit in pin:
        dialog.keys[digit].click()
    dialog.ok_button.click()
