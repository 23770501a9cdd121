"""Checking an idea by its tracking code: invalid, found, unknown, offline, still waiting."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop import edits
from shared.tracking import new_tracking_code
from tests.desktop.kiosk.conftest import DEMO_CONTEST


def _open_check(window):  # noqa: ANN001, ANN202
    window.start_page.check_button.click()
    assert window.stack.currentWidget() is window.check_page
    return window.check_page


def _check(page, qtbot, code: str) -> None:  # noqa: ANN001
    page.code.setText(code)
    qtbot.mouseClick(page.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.state not in ("", "checking"), timeout=10000)


def _submit(window, qtbot) -> str:  # noqa: ANN001
    """An idea queued on the kiosk as the form would do; returns its tracking code."""
    contest_id = window.start_page.contests[0]["id"]
    results = []
    window.session.edit(lambda s: edits.submit_idea(
        s, contest_id=contest_id, title="Mobil ASAN avtobusu", body="Həftədə bir dəfə kəndə gəlsin."),
        lambda r, e: results.append((r, e)))
    qtbot.waitUntil(lambda: bool(results), timeout=5000)
    (_, code), error = results[0]
    assert error is None
    return code


def test_an_invalid_code_gets_a_clear_message(open_kiosk, qtbot):  # noqa: ANN001
    window = open_kiosk()
    page = _open_check(window)
    _check(page, qtbot, "12345-ABCDE")  # 1, 2, 5 and B are never used in codes
    assert page.state == "invalid"
    assert page.status.text() == ("This is not a valid tracking code. A code has ten letters "
                                  "and digits, for example 7KD3F-QX9AT.")


def test_a_synced_idea_shows_its_status_in_words(open_kiosk, qtbot):  # noqa: ANN001
    window = open_kiosk()
    with qtbot.waitSignal(window.session.sync_finished, timeout=10000):
        code = _submit(window, qtbot)  # the edit starts a sync by itself
    assert window.session.store.outbox_batch() == []
    page = _open_check(window)
    _check(page, qtbot, code.replace("-", "").lower())  # typed carelessly
    assert page.code.text() == code  # shown back the way it is printed
    assert page.state == "found"
    assert page.status.text() == "Received: your idea is waiting to be reviewed."
    assert page.details.text() == f"Idea: Mobil ASAN avtobusu\nTopic: {DEMO_CONTEST}"


def test_an_unknown_code_is_not_found(open_kiosk, qtbot):  # noqa: ANN001
    window = open_kiosk()
    page = _open_check(window)
    _check(page, qtbot, new_tracking_code())
    assert page.status.text() == "No idea has this code."


def test_offline_says_so_plainly(open_kiosk, qtbot):  # noqa: ANN001
    window = open_kiosk()
    window.session.api.base_url = "http://127.0.0.1:9"  # nothing listens there
    page = _open_check(window)
    _check(page, qtbot, new_tracking_code())
    assert page.state == "offline"
    assert page.status.text() == "The kiosk is offline right now; please try again later."
    assert page.check_button.isEnabled()


def test_offline_with_the_idea_still_on_the_kiosk(open_kiosk, qtbot):  # noqa: ANN001
    window = open_kiosk()
    window.session.api.base_url = "http://127.0.0.1:9"
    with qtbot.waitSignal(window.session.sync_failed, timeout=10000):
        code = _submit(window, qtbot)
    page = _open_check(window)
    _check(page, qtbot, code)
    assert page.state == "waiting"
    assert page.status.text() == ("Your idea is saved on this kiosk and will be sent as soon as "
                                  "the kiosk is online.")
