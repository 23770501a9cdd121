"""Every kiosk screen on a landscape and a portrait touch screen:
docs/screenshots/<language>_kiosk_<screen>_<shape>.png (the desktop's are in
test_desktop_screens.py). Checked as there: see test_desktop_screens.py's docstring.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from desktop.session import Session
from tests.desktop.screenshots.helpers import AZ_ONLY, shoot

LANDSCAPE, PORTRAIT = (1920, 1080), (1080, 1920)


# --- kiosk: every screen, on a landscape and on a portrait touch screen ---------------------
# Azerbaijani for every screen; the start page, form and confirmation in English and Russian too.


@pytest.fixture()
def kiosk(make_session, qtbot, language) -> Iterator[object]:  # noqa: ANN001
    """The demo kiosk in the test's language, its start page showing the open contests."""
    from desktop.ui.kiosk.window import KioskWindow

    session = make_session("kiosk1")
    window = KioskWindow(session, language=language)
    qtbot.addWidget(window)
    window.resize(*LANDSCAPE)
    window.show()
    qtbot.waitUntil(lambda: bool(window.start_page.buttons), timeout=5000)
    yield window
    # A sync started by Send must end in this test, not report into the next one.
    qtbot.waitUntil(lambda: not session.syncing, timeout=15000)


def shoot_kiosk(qtbot, kiosk, language: str, screen: str, *, scroll=None) -> None:  # noqa: ANN001
    """<language>_kiosk_<screen>_landscape.png and …_portrait.png; ``scroll`` (a page's
    scroll area) is put back to the top after each resize."""
    for size, shape in ((LANDSCAPE, "landscape"), (PORTRAIT, "portrait")):
        kiosk.resize(*size)
        qtbot.wait(100)
        if scroll is not None:
            scroll.verticalScrollBar().setValue(0)
        shoot(qtbot, kiosk, f"{language}_kiosk_{screen}_{shape}", size)


def _sync(qtbot, session: Session) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: not session.syncing, timeout=10000)
    with qtbot.waitSignal(session.sync_finished, timeout=10000):
        session.sync_now()


def _fill(form, title: str = "Kənd poçtunda onlayn növbə") -> None:  # noqa: ANN001
    form.title.editor.setFocus()
    form.title.editor.insert(title)
    form.body.editor.insertPlainText("Poçt şöbəsində növbəni telefonla götürmək mümkün olsun.")


def test_kiosk_start_screenshots(kiosk, qtbot, language) -> None:  # noqa: ANN001
    start = kiosk.start_page
    if language == "az":
        assert start.heading.text() == "Xidmətlərimizi yaxşılaşdırmaq üçün ideyanız var?"
        assert start.buttons[0].deadline.text().startswith("Son tarix: ")
    assert start.languages[language].isChecked()
    shoot_kiosk(qtbot, kiosk, language, "start", scroll=start.scroll)


def test_kiosk_form_screenshots(kiosk, make_session, qtbot, language) -> None:  # noqa: ANN001
    from tests.desktop.kiosk.conftest import CATEGORY_CONTEST, add_category_contest, contest_button

    add_category_contest(make_session)
    _sync(qtbot, kiosk.session)
    qtbot.waitUntil(lambda: len(kiosk.start_page.buttons) == 2, timeout=5000)
    contest_button(kiosk, CATEGORY_CONTEST).click()
    form = kiosk.form_page
    _fill(form)
    form.benefit.editor.insertPlainText("Yaşlı sakinlər saatlarla gözləməz.")
    form.send_button.click()  # no category chosen yet: its message shows under the choice
    assert kiosk.stack.currentWidget() is form
    assert form.category.error.isVisible()
    if language == "az":
        assert form.category.title.text() == "İdeyanızın kateqoriyası"
        assert form.category.error.text() == "Zəhmət olmasa, kateqoriya seçin."
        assert form.send_button.text() == "Göndər"
    kiosk.resize(*LANDSCAPE)
    qtbot.wait(100)
    form.scroll.verticalScrollBar().setValue(0)
    shoot(qtbot, kiosk, f"{language}_kiosk_form_landscape", LANDSCAPE)

    # Portrait: a category chosen, consent given, and an email address still unfinished.
    form.category.buttons[1].click()
    form.consent.setChecked(True)
    form.name.editor.insert("Günel Həsənova")
    form.email.editor.insert("gunel@example")
    form.send_button.click()
    assert not form.category.error.isVisible()
    if language == "az":
        assert form.email.error.text() == "Bu, e-poçt ünvanına oxşamır. Nümunə: name@example.az"
        assert form.summary.text() == "Zəhmət olmasa, qırmızı ilə qeyd olunmuş xanaları düzəldin."
        assert form.category.chosen() == "Səhiyyə"
    kiosk.resize(*PORTRAIT)
    qtbot.wait(100)
    form.scroll.verticalScrollBar().setValue(0)
    shoot(qtbot, kiosk, f"{language}_kiosk_form_portrait", PORTRAIT)


def test_kiosk_confirmation_screenshots(kiosk, qtbot, language) -> None:  # noqa: ANN001
    kiosk.start_page.buttons[0].click()
    _fill(kiosk.form_page)
    kiosk.form_page.send_button.click()
    page = kiosk.confirmation_page
    qtbot.waitUntil(lambda: kiosk.stack.currentWidget() is page, timeout=5000)
    qtbot.waitUntil(lambda: not kiosk.session.syncing, timeout=10000)
    if language == "az":
        assert page.heading.text() == "Təşəkkür edirik! İdeyanız qəbul edildi."
        assert page.done_button.text() == "Tamam"
    assert page.qr.matrix and page.qr.isVisible()
    shoot_kiosk(qtbot, kiosk, language, "confirmation", scroll=page.scroll)


@AZ_ONLY
def test_kiosk_check_screenshots(kiosk, qtbot, language) -> None:  # noqa: ANN001
    from desktop import edits

    session = kiosk.session
    contest_id = kiosk.start_page.contests[0]["id"]
    results = []
    with qtbot.waitSignal(session.sync_finished, timeout=10000):  # the edit syncs by itself
        session.edit(lambda s: edits.submit_idea(
            s, contest_id=contest_id, title="Mobil ASAN avtobusu",
            body="Həftədə bir dəfə kəndə gəlsin."), lambda r, e: results.append(r))
    code = results[0][1]
    kiosk.start_page.check_button.click()
    page = kiosk.check_page
    page.code.setText(code)
    page.check()
    qtbot.waitUntil(lambda: page.state == "found", timeout=10000)
    assert page.status.text() == "Qəbul edilib: ideyanız baxılmağı gözləyir."
    assert page.details.text().startswith("İdeya: Mobil ASAN avtobusu\nMövzu: ")
    page.code.clearFocus()
    shoot_kiosk(qtbot, kiosk, language, "check", scroll=page.scroll)


@AZ_ONLY
def test_kiosk_pin_pad_screenshots(kiosk, demo_server, qtbot, language) -> None:  # noqa: ANN001
    from tests.desktop.kiosk.conftest import enter_pin, set_demo_kiosk_pin

    set_demo_kiosk_pin(demo_server)
    _sync(qtbot, kiosk.session)  # the kiosk learns the PIN's hash
    kiosk.staff.open_pin()
    dialog = kiosk.staff.pin_dialog
    enter_pin(dialog, "1357")  # a wrong PIN: its message shows over the keys
    qtbot.waitUntil(lambda: dialog.state == "wrong", timeout=5000)
    for digit in "24":
        dialog.keys[digit].click()
    assert dialog.heading.text() == "Yalnız əməkdaşlar üçün: PIN kodunu daxil edin"
    assert dialog.message.text() == "PIN kodu səhvdir. Zəhmət olmasa, yenidən cəhd edin."
    shoot_kiosk(qtbot, kiosk, language, "pin")


@AZ_ONLY
def test_kiosk_staff_menu_and_settings_screenshots(kiosk, demo_server, qtbot, language) -> None:  # noqa: ANN001
    from tests.desktop.kiosk.conftest import enter_pin, set_demo_kiosk_pin

    pin = set_demo_kiosk_pin(demo_server)
    _sync(qtbot, kiosk.session)  # the kiosk learns the PIN's hash
    kiosk.staff.open_pin()
    enter_pin(kiosk.staff.pin_dialog, pin)
    menu = kiosk.staff.menu
    qtbot.waitUntil(menu.isVisible, timeout=5000)
    assert menu.heading.text() == "Əməkdaşlar üçün menyu"
    assert menu.leave_button.text() == "Köşk rejimindən çıx"
    shoot_kiosk(qtbot, kiosk, language, "staff")

    menu.settings_button.click()
    panel = kiosk.staff.settings
    panel.server.setText("ftp://ideyabanki.example.az")
    panel.save_button.click()  # not a web address: its message shows
    assert panel.heading.text() == "Köşkün parametrləri"
    assert panel.server_error.isVisible()
    assert panel.save_button.text() == "Yadda saxla"
    shoot_kiosk(qtbot, kiosk, language, "settings")
