"""Leaving kiosk mode and changing its settings need the organization's kiosk PIN."""

from __future__ import annotations

import json
import time

from PySide6.QtCore import Qt

from desktop import credentials
from desktop.kiosk_settings import SETTINGS_FILE
from desktop.profile import Profile
from desktop.ui.kiosk.pin_lock import LOCK_FILE
from desktop.ui.kiosk.staff_entry import HOLD_MS
from tests.desktop.conftest import save_screenshot
from tests.desktop.kiosk.conftest import FakeClock, enter_pin

LOCKED_30 = "Too many wrong PINs. Try again in 30 second(s)."


def _shortcut(window, qtbot) -> None:  # noqa: ANN001
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier)


def _unlock(window, qtbot, pin: str) -> None:  # noqa: ANN001
    window.staff.open_pin()
    enter_pin(window.staff.pin_dialog, pin)
    qtbot.waitUntil(window.staff.menu.isVisible, timeout=5000)


def test_the_shortcut_asks_for_the_pin_and_the_right_pin_leaves_the_kiosk(
        open_kiosk, kiosk_pin, qtbot):  # noqa: ANN001
    window = open_kiosk()
    staff, dialog = window.staff, window.staff.pin_dialog
    _shortcut(window, qtbot)
    assert dialog.isVisible() and window.isVisible()  # the shortcut no longer just closes
    assert window.idle.armed  # a pad left open goes away like a visitor's form
    qtbot.keyClicks(dialog, "24")  # a staff keyboard types into the pad too
    assert dialog.display.text() == "●●"
    qtbot.keyClick(dialog, Qt.Key.Key_Backspace)
    assert dialog.entry == "2"
    dialog.erase()
    enter_pin(dialog, kiosk_pin)
    qtbot.waitUntil(staff.menu.isVisible, timeout=5000)
    assert not dialog.isVisible() and staff.lock.failures == 0
    staff.menu.leave_button.click()
    assert not window.isVisible()
    assert window.session.closed  # closing the window ends the session, as before


def test_a_long_press_on_the_corner_opens_the_pad_and_a_tap_does_not(
        open_kiosk, kiosk_pin, qtbot):  # noqa: ANN001
    window = open_kiosk()
    corner, dialog = window.staff.corner, window.staff.pin_dialog
    assert corner.geometry().topRight() == window.start_page.rect().topRight()
    assert corner.hold_ms == HOLD_MS == 3000
    qtbot.mousePress(corner, Qt.MouseButton.LeftButton)
    qtbot.wait(400)
    qtbot.mouseRelease(corner, Qt.MouseButton.LeftButton)
    qtbot.wait(HOLD_MS)
    assert not dialog.isVisible()
    started = time.monotonic()
    qtbot.mousePress(corner, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.isVisible, timeout=HOLD_MS + 2000)
    assert time.monotonic() - started >= 2.9
    qtbot.mouseRelease(corner, Qt.MouseButton.LeftButton)
    dialog.cancel_button.click()
    assert not dialog.isVisible() and not window.idle.armed  # back on the quiet start page


def test_wrong_pins_lock_the_pad_and_the_lock_outlives_the_window(
        open_kiosk, kiosk_pin, qtbot):  # noqa: ANN001
    clock = FakeClock(time.time())
    window = open_kiosk(pin_clock=clock)
    dialog = window.staff.pin_dialog
    window.staff.open_pin()
    for attempt in range(1, 4):
        enter_pin(dialog, "1111")
        qtbot.waitUntil(lambda a=attempt: dialog.lock.failures == a, timeout=5000)
        qtbot.waitUntil(lambda: dialog.state != "checking", timeout=5000)
        if attempt < 3:
            assert dialog.message.text() == "Wrong PIN. Please try again."
    assert dialog.state == "locked"
    assert dialog.message.text() == LOCKED_30
    assert not any(k.isEnabled() for k in dialog.keys.values()) and not dialog.ok_button.isEnabled()
    clock.advance(10)
    qtbot.waitUntil(lambda: "20 second(s)" in dialog.message.text(), timeout=3000)

    # During the lock even the right PIN is refused, unchecked: typed or forced in.
    qtbot.keyClicks(dialog, kiosk_pin)
    assert dialog.entry == ""
    dialog.entry = kiosk_pin
    dialog.submit()
    qtbot.wait(300)
    assert not window.staff.menu.isVisible() and dialog.isVisible()
    assert dialog.lock.failures == 3 and dialog.message.text().startswith("Too many wrong PINs.")

    # Restarting the program does not reset the wait.
    folder = window.session.profile.folder
    window.close()
    stored = json.loads((folder / LOCK_FILE).read_text(encoding="utf-8"))
    assert stored["failures"] == 3 and set(stored) == {"failures", "locked_until"}
    window = open_kiosk(pin_clock=clock)
    dialog = window.staff.pin_dialog
    window.staff.open_pin()
    assert dialog.message.text() == "Too many wrong PINs. Try again in 20 second(s)."
    assert not dialog.keys["2"].isEnabled()

    clock.advance(21)  # the wait is over
    qtbot.waitUntil(lambda: dialog.keys["2"].isEnabled(), timeout=3000)
    assert dialog.message.text() == ""
    enter_pin(dialog, kiosk_pin)
    qtbot.waitUntil(window.staff.menu.isVisible, timeout=5000)
    assert dialog.lock.failures == 0 and not dialog.lock.locked()
    assert json.loads((folder / LOCK_FILE).read_text(encoding="utf-8"))["failures"] == 0


def test_without_a_pin_on_the_server_nobody_gets_in(open_kiosk, no_kiosk_pin, qtbot):  # noqa: ANN001
    window = open_kiosk()
    dialog = window.staff.pin_dialog
    window.staff.open_pin()
    enter_pin(dialog, "0000")
    qtbot.waitUntil(lambda: dialog.state == "no_pin", timeout=5000)
    assert dialog.message.text() == ("No kiosk PIN is set for this organization; ask the "
                                     "administrator.")
    assert dialog.lock.failures == 0 and not window.staff.menu.isVisible()


def test_an_open_pad_goes_away_when_left_alone(open_kiosk, kiosk_pin, qtbot):  # noqa: ANN001
    window = open_kiosk(idle_seconds=2)
    window.staff.open_pin()
    window.staff.pin_dialog.keys["2"].click()
    qtbot.waitUntil(lambda: not window.staff.pin_dialog.isVisible(), timeout=4000)
    assert window.staff.pin_dialog.entry == "" and not window.idle.armed


def test_settings_change_the_idle_timeout_and_the_server_address(
        open_kiosk, kiosk_pin, demo_server, qtbot, memory_keyring):  # noqa: ANN001
    window = open_kiosk()
    session, staff = window.session, window.staff
    folder = session.profile.folder
    assert window.idle.idle_seconds == 90  # nothing saved yet: the default
    _unlock(window, qtbot, kiosk_pin)
    staff.menu.settings_button.click()
    panel = staff.settings
    assert panel.isVisible() and not staff.menu.isVisible()
    assert panel.server.text() == demo_server.url and panel.idle.value() == 90

    panel.server.setText("ftp://ideas.example.az")
    panel.idle.setValue(45)
    panel.save_button.click()
    assert panel.isVisible() and panel.server_error.isVisible()
    assert panel.server_error.text() == ("Enter a web address that starts with http:// or "
                                         "https://, for example https://ideas.example.az.")
    assert session.api.base_url == demo_server.url and window.idle.idle_seconds == 90

    new_server = "http://127.0.0.1:9"  # nothing listens there: the kiosk goes offline
    panel.server.setText(new_server + "/")
    panel.save_button.click()
    assert not panel.isVisible() and staff.menu.isVisible()
    assert staff.menu.status.isVisible() and staff.menu.status.text() == "The settings were saved."
    assert session.api.base_url == new_server
    assert Profile.load(folder).server == new_server
    assert json.loads((folder / SETTINGS_FILE).read_text(encoding="utf-8")) == {"idle_seconds": 45}
    assert window.idle.idle_seconds == 45
    # The sign-in is kept under the new address, so the kiosk restarts signed in.
    qtbot.waitUntil(lambda: credentials.load_token(new_server, "kiosk1") == session.api.token,
                    timeout=3000)
    qtbot.waitUntil(lambda: session.online is False, timeout=10000)

    # The new timeout is used at once: a visitor's form is wiped after 45 s, not 90 s.
    staff.menu.back_button.click()
    clock = FakeClock(1000.0)
    window.idle.clock = clock
    window.start_page.buttons[0].click()
    clock.advance(40)
    qtbot.wait(500)
    assert window.stack.currentWidget() is window.form_page
    clock.advance(5.5)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.start_page, timeout=3000)

    # And read again when the kiosk starts (startup.py creates KioskWindow(session)).
    window.close()
    assert open_kiosk().idle.idle_seconds == 45


def test_pin_pad_screenshot(open_kiosk, kiosk_pin, qtbot):  # noqa: ANN001
    window = open_kiosk()
    window.resize(1280, 800)
    window.staff.open_pin()
    dialog = window.staff.pin_dialog
    enter_pin(dialog, "1357")
    qtbot.waitUntil(lambda: dialog.state == "wrong", timeout=5000)
    for digit in "24":
        dialog.keys[digit].click()
    qtbot.wait(100)
    assert save_screenshot(window, "kiosk_pin").exists()
