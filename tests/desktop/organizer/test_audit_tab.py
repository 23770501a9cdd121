"""The organizer's Audit log tab: the organization's log from the server, newest first."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.ui.organizer.audit_model import ACTION, TARGET, WHEN, WHO
from desktop.ui.organizer.audit_tab import AuditTab
from tests.desktop.conftest import save_screenshot
from tests.desktop.organizer.helpers import open_workspace, settle
from tests.desktop.test_translations import installed_language


def _show_audit(qtbot, workspace) -> AuditTab:  # noqa: ANN001
    tab = workspace.audit
    assert workspace.tabs.currentWidget() is workspace.ideas  # a contest opens on its ideas
    workspace.tabs.setCurrentWidget(tab)
    with qtbot.waitSignal(tab.loaded, timeout=10000):
        tab.refresh.click()
    return tab


def test_audit_tab_lists_the_organizations_log_and_loads_older_pages(make_session, qtbot,
                                                                      qtmodeltester, english):
    session = make_session("leyla")
    workspace = open_workspace(qtbot, session)
    tab = _show_audit(qtbot, workspace)
    model = tab.model
    qtmodeltester.check(model)
    rows = model.rowCount()
    assert rows > 0 and tab.load_more.isEnabled() is False
    newest = [model.data(model.index(0, c)) for c in (WHO, ACTION, TARGET)]
    # The newest entry is Leyla's own login for this session.
    assert newest[0] == "Leyla Məmmədova" or newest[0].startswith("Leyla")
    assert newest[1] == "logged in"
    assert model.headerData(WHEN, Qt.Orientation.Horizontal) == "When (Asia/Baku)"
    seqs = [model.data(model.index(r, 0), Qt.ItemDataRole.UserRole) for r in range(rows)]
    assert seqs == sorted(seqs, reverse=True)
    assert tab.status.text() == f"All {rows} entries."
    path = save_screenshot(workspace, "organizer_audit_log_en")
    assert path.stat().st_size > 10_000

    # Pages of 3: the first page offers older entries, "load more" appends them in order.
    import desktop.ui.organizer.audit_tab as audit_tab
    audit_tab.PAGE = 3
    try:
        with qtbot.waitSignal(tab.loaded, timeout=10000):
            tab.refresh.click()
        assert model.rowCount() == 3 and tab.load_more.isEnabled()
        assert tab.status.text() == "The newest 3 entries; load older ones below."
        with qtbot.waitSignal(tab.loaded, timeout=10000):
            qtbot.mouseClick(tab.load_more, Qt.MouseButton.LeftButton)
        assert [model.data(model.index(r, 0), Qt.ItemDataRole.UserRole)
                for r in range(6)] == seqs[:6]
        qtmodeltester.check(model)
    finally:
        audit_tab.PAGE = 500
    settle(qtbot, session)


def test_audit_tab_in_azerbaijani_and_russian(make_session, qtbot):
    session = make_session("leyla")
    for language, logged_in, header in (("az", "daxil oldu", "Nə vaxt (Asia/Baku)"),
                                        ("ru", "вошёл в систему", "Когда (Asia/Baku)")):
        with installed_language(language):
            workspace = open_workspace(qtbot, session)
            tab = _show_audit(qtbot, workspace)
            assert tab.model.data(tab.model.index(0, ACTION)) == logged_in
            assert tab.model.headerData(WHEN, Qt.Orientation.Horizontal) == header
            assert save_screenshot(workspace, f"organizer_audit_log_{language}").stat().st_size > 10_000
    settle(qtbot, session)


def test_audit_tab_says_when_the_server_cannot_be_reached(make_session, qtbot):
    session = make_session("leyla")
    session.api.base_url = "http://127.0.0.1:9"  # nothing listens on the discard port
    workspace = open_workspace(qtbot, session)
    tab = _show_audit(qtbot, workspace)
    assert tab.model.rowCount() == 0
    assert tab.status.text().startswith("The audit log could not be read:")
    assert tab.refresh.isEnabled()
