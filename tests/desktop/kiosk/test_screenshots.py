"""Screenshots of the kiosk pages for the README, at the sizes of real kiosk screens."""

from __future__ import annotations

from tests.desktop.conftest import save_screenshot
from tests.desktop.kiosk.conftest import fill_form


def test_start_page_screenshots_landscape_and_portrait(open_kiosk, qtbot):  # noqa: ANN001
    window = open_kiosk()
    window.resize(1920, 1080)
    qtbot.wait(100)
    assert save_screenshot(window, "kiosk_start_landscape").exists()
    window.resize(1080, 1920)
    qtbot.wait(100)
    assert save_screenshot(window, "kiosk_start_portrait").exists()


def test_form_and_confirmation_screenshots(open_kiosk, qtbot):  # noqa: ANN001
    window = open_kiosk()
    window.resize(1080, 1920)
    window.start_page.buttons[0].click()
    fill_form(window, qtbot)
    form = window.form_page
    window.resize(1920, 1080)
    qtbot.wait(100)
    save_screenshot(window, "kiosk_form_landscape")  # before consent: contact fields locked
    window.resize(1080, 1920)
    form.benefit.editor.setPlainText("Yaşlı sakinlər saatlarla gözləməz.")
    form.consent.setChecked(True)
    form.name.editor.insert("Günel Həsənova")
    qtbot.keyClicks(form.email.editor, "gunel@example")  # not an address yet: shows the message
    form.send_button.click()
    qtbot.wait(100)
    save_screenshot(window, "kiosk_form")
    form.email.editor.setText("gunel@example.az")
    form.send_button.click()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.confirmation_page, timeout=5000)
    window.resize(1920, 1080)
    qtbot.wait(100)
    save_screenshot(window, "kiosk_confirmation")


def test_check_page_and_idle_banner_screenshot(open_kiosk, qtbot):  # noqa: ANN001
    window = open_kiosk(idle_seconds=60, countdown_seconds=59)
    window.resize(1920, 1080)
    window.start_page.check_button.click()
    page = window.check_page
    page.code.setText("7kd3fqx9at")
    page.check()
    qtbot.waitUntil(lambda: page.state == "not_found", timeout=10000)
    qtbot.waitUntil(window.banner.isVisible, timeout=3000)
    save_screenshot(window, "kiosk_check")
