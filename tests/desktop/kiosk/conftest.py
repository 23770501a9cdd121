"""Kiosk fixtures: a kiosk window on the demo kiosk account, its contests loaded."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator

import pytest
from sqlalchemy import select

from desktop import edits
from desktop.replica_schema import domain
from desktop.session import Session
from desktop.sync_engine import sync_once
from desktop.ui.kiosk.window import KioskWindow
from shared.evaluation import Importance

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


CATEGORY_CONTEST = "Şəhər xidmətləri"
CATEGORIES = ["Nəqliyyat", "Səhiyyə"]


def add_category_contest(make_session) -> str:  # noqa: ANN001
    """A second public contest, with categories, made by Leyla and sent to the server;
    returns its id. Kiosks get it with their next sync."""
    leyla = make_session("leyla")
    now = dt.datetime.now(dt.UTC)
    contest_id = edits.create_contest(
        leyla.store, title=CATEGORY_CONTEST, description="Şəhərdə gündəlik xidmətlər.",
        requirements=[], starts_at=now - dt.timedelta(days=1), ends_at=now + dt.timedelta(days=60),
        timezone="Asia/Baku", visibility="public", stage_title="Qiymətləndirmə",
        criteria=[edits.CriterionSpec("Fayda", Importance.HIGH)])
    # The organizer's screens set no categories yet: write them onto the contest record.
    contest_t = domain["contest"]
    row = leyla.store.rows(select(contest_t).where(contest_t.c.id == contest_id))[0]
    leyla.store.save("contest", {**row, "categories": CATEGORIES})
    report = sync_once(leyla.store, leyla.api)
    assert report.rejected == 0
    return contest_id


def contest_button(window: KioskWindow, title: str):  # noqa: ANN201
    return next(b for b in window.start_page.buttons if b.contest["title"] == title)


def fill_form(window: KioskWindow, qtbot, *, title: str = "Kənd poçtunda onlayn növbə",  # noqa: ANN001
              body: str = "Poçt şöbəsində növbəni telefonla götürmək mümkün olsun.") -> None:
    form = window.form_page
    form.title.editor.setFocus()
    # QTest can only type ASCII keys; insert() edits like typing does (with undo history).
    form.title.editor.insert(title)
    form.body.editor.insertPlainText(body)


KIOSK_PIN = "2468"


def set_demo_kiosk_pin(demo_server) -> str:  # noqa: ANN001
    """Set ``KIOSK_PIN`` on the server as ``ideabank-server set-kiosk-pin`` does; kiosks
    get its hash with their next sync."""
    from sync_server.cli_accounts import set_kiosk_pin
    from sync_server.db import make_engine
    from sync_server.demo import ORG

    engine = make_engine(demo_server.db_url)
    try:
        set_kiosk_pin(engine, ORG, KIOSK_PIN)
    finally:
        engine.dispose()
    return KIOSK_PIN


@pytest.fixture()
def kiosk_pin(demo_server) -> str:  # noqa: ANN001
    """The demo organization's kiosk PIN; kiosks opened afterwards have synced its hash."""
    return set_demo_kiosk_pin(demo_server)


@pytest.fixture()
def no_kiosk_pin(demo_server) -> None:  # noqa: ANN001
    """The demo organization without a kiosk PIN (the demo data sets a random one), as an
    organization that never ran ``set-kiosk-pin``; kiosks opened afterwards sync that."""
    from sqlalchemy import update

    from sync_server import feed
    from sync_server.db import make_engine
    from sync_server.demo import ORG
    from sync_server.tables import domain as server_domain

    org_t = server_domain["organization"]
    engine = make_engine(demo_server.db_url)
    try:
        with engine.connect().execution_options(write=True) as conn, conn.begin():
            conn.execute(update(org_t).where(org_t.c.name == ORG)
                         .values(kiosk_pin_hash=None, rev=org_t.c.rev + 1))
            row = dict(conn.execute(select(org_t).where(org_t.c.name == ORG)).mappings().one())
            feed.record_changes(conn, [("organization", row)])
    finally:
        engine.dispose()


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
