"""The platform administrator's Organizations screen: pending registrations arrive by sync,
Approve and Reject reach the server at the next sync, in Azerbaijani, English and Russian."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop.api_client import ApiClient, ServerRefused
from desktop.sync_engine import sync_once
from shared.roles import Role
from sync_server.accounts import create_user, register_org
from sync_server.db import make_engine
from sync_server.demo import ORG
from tests.desktop.conftest import save_screenshot
from tests.desktop.test_translations import installed_language

ADMIN_PW = "platforma-parolu-2026"
ORG_PW = "təşkilat-parolu-2026"


@pytest.fixture()
def admin_session(demo_server, make_session):  # noqa: ANN001, ANN201
    engine = make_engine(demo_server.db_url)
    create_user(engine, org=ORG, role=Role.ADMIN, username="platforma", password=ADMIN_PW,
                display_name="Platforma inzibatçısı")
    for name, admin in (("Gənclər və İdman Nazirliyi", "genclik"), ("Əmək Nazirliyi", "emek")):
        register_org(engine, name=name, contact_email=f"{admin}@example.gov.az",
                     admin_username=admin, admin_display_name="", password=ORG_PW,
                     language="az")
    engine.dispose()
    demo_server.passwords["platforma"] = ADMIN_PW
    return make_session("platforma")


def _screen(qtbot, session):  # noqa: ANN001, ANN202
    from desktop.ui.admin.organizations_screen import OrganizationsScreen

    screen = OrganizationsScreen(session)
    qtbot.addWidget(screen)
    screen.resize(900, 520)
    screen.show()
    qtbot.waitUntil(lambda: screen.model.rowCount() == 2, timeout=5000)
    return screen


def _login_code(server: str, username: str) -> str:
    try:
        ApiClient(server, timeout=10).login(username, ORG_PW)
    except ServerRefused as exc:
        return exc.code
    return "ok"


def test_admin_approves_and_rejects_registrations(qtbot, qtmodeltester, admin_session,  # noqa: ANN001
                                                  demo_server, monkeypatch):
    with installed_language("az"):
        screen = _screen(qtbot, admin_session)
        qtmodeltester.check(screen.model)
        model = screen.model
        # Azerbaijani order: Ə comes before G.
        assert [model.index(r, 0).data() for r in range(2)] == ["Əmək Nazirliyi",
                                                                "Gənclər və İdman Nazirliyi"]
        assert model.index(0, 1).data() == "Təsdiq gözləyir"
        assert screen.approve_button.text() == "&Təsdiq et"
        qtbot.wait(100)
        path = save_screenshot(screen, "az_admin_organizations")
        assert path.stat().st_size > 10_000
        assert _login_code(demo_server.url, "emek") == "org_pending"

        # Approve the selected first row from the keyboard (Alt+T is the button's mnemonic;
        # Ctrl+Return does the same), then sync: its administrator can sign in.
        screen.table.setFocus()
        screen.table.selectRow(0)
        qtbot.keyClick(screen.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=5000)
        assert admin_session.store.pending_count() == 1
        sync_once(admin_session.store, admin_session.api)
        assert admin_session.store.pending_count() == 0
        assert _login_code(demo_server.url, "emek") == "ok"

        # Reject the other one after confirming.
        monkeypatch.setattr(QMessageBox, "question",
                            lambda *a, **k: QMessageBox.StandardButton.Yes)
        screen.table.selectRow(0)
        screen.reject_button.click()
        qtbot.waitUntil(lambda: model.rowCount() == 0, timeout=5000)
        assert screen.empty.isVisible() and "Təsdiq gözləyən təşkilat yoxdur" in screen.empty.text()
        save_screenshot(screen, "az_admin_organizations_empty")
        sync_once(admin_session.store, admin_session.api)
        assert _login_code(demo_server.url, "genclik") == "org_rejected"

        # All organizations: the decisions are shown with the demo organization.
        screen.pending_only.setChecked(False)
        qtbot.waitUntil(lambda: model.rowCount() == 3, timeout=5000)
        statuses = {model.index(r, 0).data(): model.index(r, 1).data() for r in range(3)}
        assert statuses == {"Əmək Nazirliyi": "Təsdiq edilib",
                            "Gənclər və İdman Nazirliyi": "Rədd edilib",
                            ORG: "Təsdiq edilib"}


@pytest.mark.parametrize("language, pending, approve", [("en", "Waiting for approval", "&Approve"),
                                                        ("ru", "Ожидает одобрения", "&Одобрить")])
def test_screen_in_english_and_russian(qtbot, admin_session, language, pending, approve):  # noqa: ANN001
    with installed_language(language):
        screen = _screen(qtbot, admin_session)
        assert screen.model.index(0, 1).data() == pending
        assert screen.approve_button.text() == approve
        assert screen.table.accessibleName() and screen.approve_button.accessibleName()
        qtbot.wait(100)
        save_screenshot(screen, f"{language}_admin_organizations")


def test_the_admin_main_window_opens_on_organizations(qtbot, admin_session):  # noqa: ANN001
    from desktop.ui.admin.organizations_screen import OrganizationsScreen
    from desktop.ui.main_window import workspace_for

    workspace = workspace_for(admin_session)
    qtbot.addWidget(workspace)
    assert isinstance(workspace, OrganizationsScreen)
