"""The idea form: validation, consent, and a double tap on Send making exactly one idea."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from sqlalchemy import create_engine, select

from desktop.replica_schema import domain
from tests.desktop.kiosk.conftest import (
    CATEGORIES,
    CATEGORY_CONTEST,
    CODE_RE,
    add_category_contest,
    contest_button,
    fill_form,
)


def _open_form(open_kiosk):  # noqa: ANN001, ANN202
    window = open_kiosk()
    window.start_page.buttons[0].click()
    return window, window.form_page


def test_double_tap_on_send_queues_one_idea_which_leaves_the_kiosk_after_sync(
        open_kiosk, demo_server, qtbot, monkeypatch):  # noqa: ANN001
    window, form = _open_form(open_kiosk)
    session = window.session
    syncs: list[int] = []
    # Hold the automatic sync back so the outbox can be looked at before it is sent.
    monkeypatch.setattr(session, "sync_now", lambda: syncs.append(1))
    fill_form(window, qtbot)
    form.consent.check.click()
    form.name.editor.insert("Günel Həsənova")
    form.phone.editor.insert("+994 (50) 123-45-67")
    form.email.editor.insert("gunel@example.az")
    qtbot.mouseClick(form.send_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(form.send_button, Qt.MouseButton.LeftButton)  # the second tap of a double tap
    form.send()  # even a call that slips past the disabled button
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.confirmation_page, timeout=5000)
    qtbot.wait(200)  # let any second submission finish, if one had been started

    outbox = session.store.outbox_batch()
    assert [(m["kind"], m["op"]) for m in outbox] == [("idea", "upsert")]
    fields = outbox[0]["fields"]
    assert fields["title"] == "Kənd poçtunda onlayn növbə"
    assert fields["contact_email"] == "gunel@example.az"
    assert fields["contact_phone"] == "+994 (50) 123-45-67"
    code = window.confirmation_page.code_label.text()
    assert re.match(CODE_RE, code)
    assert fields["tracking_code"] == code
    assert window.confirmation_page.qr.matrix  # the QR code is drawn
    # make_session synced outside the session, so it has not been online yet: say so.
    assert window.confirmation_page.offline.isVisibleTo(window.confirmation_page)
    # Nothing the visitor typed stays in the form behind the confirmation.
    assert form.title.text() == "" and form.email.text() == "" and form.idea_id is None

    monkeypatch.undo()
    with qtbot.waitSignal(session.sync_finished, timeout=10000) as blocker:
        session.sync_now()
    assert blocker.args[0].pushed == 1 and blocker.args[0].rejected == 0
    assert session.store.outbox_batch() == []
    # The server has the idea with its contact details; the kiosk keeps neither.
    assert session.store.rows(select(domain["idea"])) == []
    qtbot.waitUntil(lambda: not window.confirmation_page.offline.isVisibleTo(
        window.confirmation_page), timeout=2000)
    engine = create_engine(demo_server.db_url)
    with engine.connect() as conn:
        row = conn.execute(select(domain["idea"]).where(domain["idea"].c.tracking_code == code)
                           ).mappings().one()
    engine.dispose()
    assert (row["channel"], row["contact_name"], row["contact_email"]) == (
        "kiosk", "Günel Həsənova", "gunel@example.az")


def test_empty_title_and_description_are_refused_with_messages(open_kiosk, qtbot):  # noqa: ANN001
    window, form = _open_form(open_kiosk)
    form.title.editor.insert("   ")  # spaces only count as empty
    form.send_button.click()
    assert window.stack.currentWidget() is form
    assert form.title.error.text() == "Please give your idea a short title."
    assert form.body.error.text() == "Please describe your idea."
    assert form.summary.text() == "Please correct the fields marked in red."
    assert form.send_button.isEnabled()
    assert window.session.store.outbox_batch() == []
    # Fixing a field clears its message as the visitor types.
    form.body.editor.insertPlainText("Kəndlərdə mobil ASAN xidmət avtobusu")
    assert not form.body.has_error()


def test_a_201_character_title_is_refused_with_the_live_counter(open_kiosk, qtbot):  # noqa: ANN001
    window, form = _open_form(open_kiosk)
    fill_form(window, qtbot, title="ə" * 201)
    # Over the limit, the message comes while typing, before Send.
    assert form.title.counter.text() == "201 / 200"
    assert form.title.counter.property("over") is True
    assert form.title.error.text() == "This is too long: please use at most 200 characters."
    form.send_button.click()
    assert window.stack.currentWidget() is form
    assert window.session.store.outbox_batch() == []
    form.title.editor.backspace()
    assert form.title.counter.text() == "200 / 200"
    assert not form.title.has_error()


def test_contact_fields_need_consent_and_a_sane_email_and_phone(open_kiosk, qtbot):  # noqa: ANN001
    window, form = _open_form(open_kiosk)
    assert not form.consent.isChecked()
    assert [f.editor.isEnabled() for f in form.contact_fields] == [False, False, False]
    form.consent.check.click()
    assert [f.editor.isEnabled() for f in form.contact_fields] == [True, True, True]
    fill_form(window, qtbot)
    form.email.editor.insert("gunel@example")
    form.phone.editor.insert("12-34")  # 4 digits: too few
    form.send_button.click()
    assert window.stack.currentWidget() is form
    assert form.email.error.text() == ("This does not look like an email address. Example: "
                                       "name@example.az")
    assert form.phone.error.text().startswith("Please enter a phone number with 7 to 20 digits")
    assert window.session.store.outbox_batch() == []
    # Taking consent back empties and locks the contact fields: nothing personal is sent.
    form.consent.check.click()
    assert [f.text() for f in form.contact_fields] == ["", "", ""]
    assert [f.editor.isEnabled() for f in form.contact_fields] == [False, False, False]
    assert not form.email.has_error() and not form.phone.has_error()


def test_validation_rules():
    from desktop.ui.kiosk.validation import Problem, check_email, check_phone, check_text

    assert check_email("ali.veli@asan.gov.az") is None
    assert check_email("") is None
    for bad in ("gunel@example", "a b@c.az", "@c.az", "a@@c.az", "a@c."):
        assert check_email(bad) == Problem.BAD_EMAIL, bad
    assert check_phone("+994 (12) 345-67-89") is None  # 12 digits
    assert check_phone("1234567") is None  # 7 digits: the fewest accepted
    assert check_phone("123456") == Problem.BAD_PHONE
    assert check_phone("1" * 21) == Problem.BAD_PHONE
    assert check_phone("050 123 45 67 ext. 2") == Problem.BAD_PHONE
    assert check_text("x" * 200, 200, required=True) is None
    assert check_text("x" * 201, 200, required=True) == Problem.TOO_LONG
    assert check_text(" \n", 200, required=True) == Problem.EMPTY


def test_a_contest_with_categories_asks_for_one_and_sends_it(open_kiosk, make_session,
                                                             demo_server, qtbot):  # noqa: ANN001
    window = open_kiosk()
    # The demo contest has no categories: no choice on its form.
    window.start_page.buttons[0].click()
    assert not window.form_page.category.isVisibleTo(window.form_page)
    window.form_page.back_button.click()

    add_category_contest(make_session)  # Leyla adds a contest while the kiosk is running
    with qtbot.waitSignal(window.session.sync_finished, timeout=10000):
        window.session.sync_now()
    qtbot.waitUntil(lambda: len(window.start_page.buttons) == 2, timeout=5000)
    contest_button(window, CATEGORY_CONTEST).click()
    form, choice = window.form_page, window.form_page.category
    assert choice.isVisibleTo(form)
    assert [b.text() for b in choice.buttons] == CATEGORIES
    assert choice.chosen() == "" and not any(b.isChecked() for b in choice.buttons)
    fill_form(window, qtbot)
    form.send_button.click()
    assert window.stack.currentWidget() is form
    assert choice.error.text() == "Please choose a category."
    assert form.summary.text() == "Please correct the fields marked in red."
    assert choice.buttons[0].hasFocus()
    assert window.session.store.outbox_batch() == []
    qtbot.mouseClick(choice.buttons[1], Qt.MouseButton.LeftButton)
    assert choice.chosen() == "Səhiyyə" and not choice.error.isVisible()
    assert form.summary.text() == ""
    qtbot.mouseClick(choice.buttons[0], Qt.MouseButton.LeftButton)  # a change of mind
    assert choice.chosen() == "Nəqliyyat" and not choice.buttons[1].isChecked()

    with qtbot.waitSignal(window.session.sync_finished, timeout=10000):
        form.send_button.click()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.confirmation_page,
                    timeout=5000)
    code = window.confirmation_page.code_label.text()
    assert choice.buttons == []  # wiped with the rest of the form
    engine = create_engine(demo_server.db_url)
    with engine.connect() as conn:
        row = conn.execute(select(domain["idea"]).where(domain["idea"].c.tracking_code == code)
                           ).mappings().one()
    engine.dispose()
    assert (row["category"], row["channel"]) == ("Nəqliyyat", "kiosk")

    # The next visitor of the same contest starts with nothing chosen.
    window.confirmation_page.done_button.click()
    contest_button(window, CATEGORY_CONTEST).click()
    assert choice.chosen() == "" and len(choice.buttons) == 2 and not choice.error.isVisible()
