"""Privacy between visitors: after a while without input everything is wiped."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from tests.desktop.kiosk.conftest import fill_form


def _assert_nothing_left(window) -> None:  # noqa: ANN001
    form, check, confirmation = window.form_page, window.check_page, window.confirmation_page
    assert window.stack.currentWidget() is window.start_page
    assert form.contest is None and form.idea_id is None and form.heading.text() == ""
    for field in form.fields:
        assert field.text() == "", field.title.text()
        assert not field.has_error()
        if hasattr(field.editor, "document"):
            assert not field.editor.document().isUndoAvailable()
            assert not field.editor.document().isRedoAvailable()
        else:
            assert not field.editor.isUndoAvailable() and not field.editor.isRedoAvailable()
            assert not field.editor.isModified()
    assert not form.consent.isChecked()
    assert not any(f.editor.isEnabled() for f in form.contact_fields)
    assert check.code.text() == "" and not check.code.isUndoAvailable() and check.state == ""
    assert confirmation.code == "" and confirmation.code_label.text() == ""
    assert not confirmation.qr.matrix
    assert QGuiApplication.clipboard().text() == ""
    assert not window.banner.isVisible()


def test_idle_kiosk_counts_down_then_wipes_everything(open_kiosk, qtbot):  # noqa: ANN001
    window = open_kiosk(idle_seconds=2)
    assert not window.idle.armed  # nothing to protect on the start page
    window.start_page.buttons[0].click()
    assert window.idle.armed
    fill_form(window, qtbot)
    form = window.form_page
    form.benefit.editor.insertPlainText("Növbələr qısalar.")
    form.consent.check.click()
    form.name.editor.insert("Günel Həsənova")
    form.email.editor.insert("gunel@example.az")
    form.title.editor.selectAll()
    form.title.editor.copy()
    assert QGuiApplication.clipboard().text() == "Kənd poçtunda onlayn növbə"
    assert form.title.editor.isUndoAvailable() and form.body.editor.document().isUndoAvailable()

    # With 2 s the countdown covers the last second.
    with qtbot.waitSignal(window.idle.countdown, timeout=3000) as countdown:
        pass
    assert countdown.args == [1]
    assert window.banner.isVisible()
    assert window.banner.text.text() == "Are you still there? Returning to the start in 1 second(s)"
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.start_page, timeout=3000)
    _assert_nothing_left(window)
    assert not window.idle.armed


def test_a_touch_during_the_countdown_keeps_the_visitors_work(open_kiosk, qtbot):  # noqa: ANN001
    window = open_kiosk(idle_seconds=2)
    window.start_page.buttons[0].click()
    fill_form(window, qtbot)
    qtbot.waitUntil(window.banner.isVisible, timeout=3000)
    qtbot.mouseClick(window.banner.continue_button, Qt.MouseButton.LeftButton)
    assert not window.banner.isVisible()
    assert window.stack.currentWidget() is window.form_page
    assert window.form_page.title.text() == "Kənd poçtunda onlayn növbə"
    assert window.idle.seconds_left() > 1.5
    # Left alone again, it still resets.
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.start_page, timeout=4000)
    _assert_nothing_left(window)


def test_check_page_is_wiped_when_the_visitor_walks_away(open_kiosk, qtbot):  # noqa: ANN001
    window = open_kiosk(idle_seconds=2)
    window.start_page.check_button.click()
    check = window.check_page
    assert window.stack.currentWidget() is check
    qtbot.keyClicks(check.code, "hello")
    qtbot.keyClick(check.code, Qt.Key.Key_Return)
    assert check.state == "invalid"
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.start_page, timeout=4000)
    _assert_nothing_left(window)


def test_done_on_the_confirmation_wipes_like_the_timeout(open_kiosk, qtbot, monkeypatch):  # noqa: ANN001
    window = open_kiosk()
    monkeypatch.setattr(window.session, "sync_now", lambda: None)
    window.start_page.buttons[0].click()
    fill_form(window, qtbot)
    window.form_page.title.editor.selectAll()
    window.form_page.title.editor.copy()
    window.form_page.send_button.click()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.confirmation_page, timeout=5000)
    assert window.confirmation_page.code
    qtbot.mouseClick(window.confirmation_page.done_button, Qt.MouseButton.LeftButton)
    _assert_nothing_left(window)
    # The idea itself is kept for sending; only the screen forgot it.
    assert len(window.session.store.outbox_batch()) == 1
