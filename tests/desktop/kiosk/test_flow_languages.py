"""A visitor's whole visit in each of the kiosk's three languages, with the real catalogues:
language button, contest, form, Send, confirmation with the code, Done."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from functools import cache

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import create_engine, select

from desktop.replica_schema import domain
from tests.desktop.kiosk.conftest import CODE_RE, DEMO_CONTEST
from tests.desktop.test_translations import TRANSLATIONS, installed_language

IDEAS = {
    "az": ("Kənd poçtunda onlayn növbə", "Poçt şöbəsində növbəni telefonla götürmək olsun.",
           "Yaşlı sakinlər saatlarla gözləməz."),
    "en": ("Online queue at the village post office", "Let people book a place by phone.",
           "Older residents would not wait for hours."),
    "ru": ("Электронная очередь на почте", "Пусть очередь можно будет занять по телефону.",
           "Пожилым жителям не придётся ждать часами."),
}


idea_t = domain["idea"]


@cache
def _catalogue(language: str) -> dict[tuple[str, str], str]:
    root = ET.parse(TRANSLATIONS / f"ideabank_{language}.ts").getroot()
    found = {}
    for context in root.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if message.get("numerus") != "yes" and translation.get("type") != "unfinished":
                found[(context.findtext("name"), message.findtext("source"))] = translation.text
    return found


def expected(language: str, context: str, source: str) -> str:
    """What the .ts file says a visitor reads (English shows the source text itself)."""
    if language == "en":
        return source
    text = _catalogue(language)[(context, source)]
    assert text and text != source
    return text


@pytest.mark.parametrize("language", ["az", "en", "ru"])
def test_a_visit_from_start_to_done(language: str, open_kiosk, demo_server,  # noqa: ANN001
                                    qtbot) -> None:  # noqa: ANN001
    def shows(widget, context: str, source: str) -> None:  # noqa: ANN001
        assert widget.isVisible()
        assert widget.text() == expected(language, context, source)

    # The kiosk's own language is English here; the visitor picks hers on the start page.
    with installed_language("en"):
        window = open_kiosk()
        start = window.start_page
        qtbot.mouseClick(start.languages[language], Qt.MouseButton.LeftButton)
        assert window.language == language and start.languages[language].isChecked()
        shows(start.heading, "StartPage", "Have an idea to make our services better?")
        shows(start.check_button, "StartPage", "Check my idea")

        contest = next(b for b in start.buttons if b.contest["title"] == DEMO_CONTEST)
        assert contest.deadline.text().startswith(
            expected(language, "StartPage", "Deadline: %1").replace("%1", ""))
        qtbot.mouseClick(contest, Qt.MouseButton.LeftButton)
        form = window.form_page
        assert window.stack.currentWidget() is form
        assert form.heading.text() == DEMO_CONTEST  # the organization's words, as written
        shows(form.title.title, "IdeaFormPage", "Title of your idea")
        shows(form.send_button, "IdeaFormPage", "Send")

        # Typed with insert(): QTest.keyClicks cannot type "ə" or Cyrillic letters.
        title, body, benefit = IDEAS[language]
        form.title.editor.insert(title)
        form.body.editor.insertPlainText(body)
        form.benefit.editor.insertPlainText(benefit)
        qtbot.mouseClick(form.consent, Qt.MouseButton.LeftButton)
        assert form.consent.isChecked() and form.phone.editor.isEnabled()
        form.phone.editor.insert("+994 50 123 45 67")
        qtbot.mouseClick(form.send_button, Qt.MouseButton.LeftButton)

        page = window.confirmation_page
        qtbot.waitUntil(lambda: window.stack.currentWidget() is page, timeout=5000)
        shows(page.heading, "ConfirmationPage", "Thank you! Your idea was received.")
        shows(page.done_button, "ConfirmationPage", "Done")
        assert re.match(CODE_RE, page.code_label.text()) and page.qr.matrix
        code = page.code_label.text()

        qtbot.mouseClick(page.done_button, Qt.MouseButton.LeftButton)
        assert window.stack.currentWidget() is start
        # The next visitor starts in the kiosk's own language again.
        assert window.language == "en" and start.languages["en"].isChecked()
        assert start.heading.text() == "Have an idea to make our services better?"
        assert page.code_label.text() == "" and form.title.text() == ""

    # The idea reached the server as typed, in its own script.
    qtbot.waitUntil(lambda: window.session.store.outbox_batch() == [], timeout=10000)
    engine = create_engine(demo_server.db_url)
    with engine.connect() as conn:
        row = conn.execute(select(idea_t).where(idea_t.c.tracking_code == code)).mappings().one()
    engine.dispose()
    assert (row["title"], row["body"], row["benefit"], row["contact_phone"], row["channel"]) == (
        title, body, benefit, "+994 50 123 45 67", "kiosk")
