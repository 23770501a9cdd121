"""Switching the language on the start page retranslates every page, live."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from desktop import i18n

# A tiny Russian catalogue: one text of the start page, one of the form, one of the check page.
TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context><name>StartPage</name>
<message><source>Have an idea to make our services better?</source>
<translation>Есть идея, как улучшить наши услуги?</translation></message>
</context>
<context><name>IdeaFormPage</name>
<message><source>Send</source><translation>Отправить</translation></message>
</context>
<context><name>CheckPage</name>
<message><source>No idea has this code.</source>
<translation>Идеи с таким кодом нет.</translation></message>
</context>
</TS>
"""


@pytest.fixture()
def russian_catalogue(tmp_path, monkeypatch) -> Path:  # noqa: ANN001
    ts = tmp_path / "ideabank_ru.ts"
    ts.write_text(TS, encoding="utf-8")
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), str(ts), "-qm", str(tmp_path / "ideabank_ru.qm")],
                   check=True, capture_output=True)
    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path)
    locale = QLocale()
    yield tmp_path
    i18n.install(QApplication.instance(), "en")  # removes our translator again
    QLocale.setDefault(locale)


def test_russian_and_back_retranslates_all_pages(open_kiosk, russian_catalogue, qtbot):  # noqa: ANN001
    window = open_kiosk()
    start, form, check = window.start_page, window.form_page, window.check_page
    check._show("not_found")
    assert start.heading.text() == "Have an idea to make our services better?"
    start.languages["ru"].click()
    assert start.heading.text() == "Есть идея, как улучшить наши услуги?"
    assert form.send_button.text() == "Отправить"
    assert check.status.text() == "Идеи с таким кодом нет."  # a shown answer follows too
    assert [b.text() for b in start.languages.values()] == [
        "Azərbaycan dili", "English", "Русский"]  # each language keeps its own name
    assert start.languages["ru"].isChecked() and not start.languages["en"].isChecked()
    # The deadline's month is written the Russian way as well (its label is not in our
    # tiny catalogue, so it stays English).
    contest = start.buttons[0].contest
    month = QLocale("ru").monthName(contest["ends_at"].astimezone(ZoneInfo("Asia/Baku")).month,
                                    QLocale.FormatType.LongFormat)
    assert start.buttons[0].deadline.text().startswith("Deadline: ")
    assert f" {month} " in start.buttons[0].deadline.text()
    qtbot.wait(50)  # the LanguageChange events posted by the translator change run too
    assert start.heading.text() == "Есть идея, как улучшить наши услуги?"

    start.languages["en"].click()
    assert start.heading.text() == "Have an idea to make our services better?"
    assert form.send_button.text() == "Send"
    assert check.status.text() == "No idea has this code."


def test_the_next_visitor_starts_in_the_kiosks_own_language(open_kiosk, russian_catalogue,
                                                            qtbot):  # noqa: ANN001
    window = open_kiosk(idle_seconds=2)
    window.start_page.languages["ru"].click()
    assert window.language == "ru" and window.idle.armed  # even on the start page
    qtbot.waitUntil(lambda: window.language == "en", timeout=4000)
    assert window.start_page.heading.text() == "Have an idea to make our services better?"
    assert window.start_page.languages["en"].isChecked()
