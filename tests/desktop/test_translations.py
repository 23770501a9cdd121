"""The catalogues: Azerbaijani and Russian complete, placeholders and accelerators kept,
plural forms as Qt counts them, and real widgets showing the translations."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QObject, QTranslator, Signal
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from desktop import i18n

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
PLACEHOLDER = re.compile(r"%(?:\d|n)")
# "&&" is a literal ampersand; a single "&" marks the accelerator letter.
ACCELERATOR = re.compile(r"&(?!&)")
WAITING = "%n change(s) waiting to be sent"

pytestmark = pytest.mark.usefixtures("qapp")  # translators are installed on the application


def messages(language: str) -> list[tuple[str, ET.Element]]:
    """(context, message) for every live message of the catalogue (not vanished ones)."""
    root = ET.parse(TRANSLATIONS / f"ideabank_{language}.ts").getroot()
    found = []
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            if message.find("translation").get("type") not in ("vanished", "obsolete"):
                found.append((name, message))
    return found


def texts_of(message: ET.Element) -> list[str]:
    """The translation, or each of its plural forms."""
    translation = message.find("translation")
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


def placeholders(text: str) -> list[str]:
    return sorted(set(PLACEHOLDER.findall(text)))


def accelerators(text: str) -> int:
    return len(ACCELERATOR.findall(text.replace("&&", "")))


@contextmanager
def installed_language(language: str) -> Iterator[None]:
    """Our catalogue for ``language`` installed, then exactly the previous state back:
    the same translators (often none in tests) and the same default locale."""
    for name in ("az", "en", "ru"):
        qm, ts = TRANSLATIONS / f"ideabank_{name}.qm", TRANSLATIONS / f"ideabank_{name}.ts"
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            pytest.fail(f"{qm.name} is missing or older than {ts.name}: run make translations")
    app = QApplication.instance()
    previous_translators = list(i18n._installed)
    previous_locale = QLocale()
    assert i18n.install(app, language)
    try:
        yield
    finally:
        for translator in i18n._installed:
            app.removeTranslator(translator)
        i18n._installed[:] = previous_translators
        for translator in previous_translators:
            app.installTranslator(translator)
        QLocale.setDefault(previous_locale)


# --- the catalogues as files ---------------------------------------------------------------


@pytest.mark.parametrize("language", ["az", "ru"])
def test_every_message_is_translated_and_finished(language: str) -> None:
    found = messages(language)
    assert len(found) > 250
    unfinished = [(ctx, m.findtext("source")) for ctx, m in found
                  if m.find("translation").get("type") == "unfinished"
                  or not all(text.strip() for text in texts_of(m))]
    assert unfinished == []


@pytest.mark.parametrize("language", ["az", "ru", "en"])
def test_placeholders_and_accelerators_survive(language: str) -> None:
    wrong = []
    for ctx, message in messages(language):
        source = message.findtext("source")
        if language == "en" and message.get("numerus") != "yes":
            continue  # English shows the source text itself
        for text in texts_of(message):
            if placeholders(text) != placeholders(source):
                wrong.append((ctx, source, text, "placeholders"))
            if accelerators(text) != accelerators(source):
                wrong.append((ctx, source, text, "accelerator"))
        assert accelerators(source) in (0, 1), source
    assert wrong == []


def test_english_translates_only_the_plural_forms() -> None:
    for ctx, message in messages("en"):
        finished = message.find("translation").get("type") != "unfinished"
        assert finished == (message.get("numerus") == "yes"), (ctx, message.findtext("source"))


def _forms_qt_uses(language_tag: str, tmp_path: Path) -> int:
    """How many plural forms Qt tells apart for a language: compile a probe offering six
    distinct forms and see how many of them counts 0..999 ever pick."""
    forms = "".join(f"<numerusform>F{i}</numerusform>" for i in range(6))
    ts = tmp_path / f"probe_{language_tag}.ts"
    ts.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                  f'<TS version="2.1" language="{language_tag}"><context><name>Probe</name>'
                  f'<message numerus="yes"><source>%n x</source><translation>{forms}'
                  f'</translation></message></context></TS>\n', encoding="utf-8")
    qm = ts.with_suffix(".qm")
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True,
                   capture_output=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    app = QCoreApplication.instance()
    app.installTranslator(translator)
    try:
        return len({QCoreApplication.translate("Probe", "%n x", "", n) for n in range(1000)})
    finally:
        app.removeTranslator(translator)


@pytest.mark.parametrize(("language", "expected"), [("az", 2), ("ru", 3), ("en", 2)])
def test_each_plural_message_has_as_many_forms_as_qt_uses(language: str, expected: int,
                                                          tmp_path: Path) -> None:
    tag = ET.parse(TRANSLATIONS / f"ideabank_{language}.ts").getroot().get("language")
    assert tag.startswith(language + "_")
    # Qt treats Azerbaijani like English (one form for 1, another for the rest), even though
    # an Azerbaijani noun stays singular after a number: both forms read "%n ideya".
    assert _forms_qt_uses(tag, tmp_path) == expected
    plural = [(ctx, m) for ctx, m in messages(language) if m.get("numerus") == "yes"]
    assert len(plural) >= 10
    for ctx, message in plural:
        assert len(texts_of(message)) == expected, (ctx, message.findtext("source"))


# --- the catalogues at work ----------------------------------------------------------------


def _plural(n: int) -> str:
    return QCoreApplication.translate("SyncStatus", WAITING, "", n)


def test_plural_forms_in_azerbaijani() -> None:
    with installed_language("az"):
        assert [_plural(n) for n in (1, 2, 5, 21)] == [
            "1 dəyişiklik göndərilməyi gözləyir", "2 dəyişiklik göndərilməyi gözləyir",
            "5 dəyişiklik göndərilməyi gözləyir", "21 dəyişiklik göndərilməyi gözləyir"]
        assert QCoreApplication.translate("IdeasTab", "%n idea(s)", "", 12) == "12 ideya"


def test_plural_forms_in_russian() -> None:
    with installed_language("ru"):
        assert [_plural(n) for n in (1, 2, 5, 21)] == [
            "1 изменение ожидает отправки", "2 изменения ожидают отправки",
            "5 изменений ожидают отправки", "21 изменение ожидает отправки"]
        assert [QCoreApplication.translate("IdeasTab", "%n idea(s)", "", n)
                for n in (1, 3, 11, 12, 22, 25)] == [
            "1 идея", "3 идеи", "11 идей", "12 идей", "22 идеи", "25 идей"]


def test_plural_forms_in_english() -> None:
    with installed_language("en"):
        assert [_plural(n) for n in (1, 2, 5, 21)] == [
            "1 change waiting to be sent", "2 changes waiting to be sent",
            "5 changes waiting to be sent", "21 changes waiting to be sent"]
        # Everything else is the source text itself.
        assert QCoreApplication.translate("LoginDialog", "Sign in") == "Sign in"


def test_the_previous_language_comes_back() -> None:
    before = (list(i18n._installed), QLocale().name())
    with installed_language("az"):
        assert QLocale().language() == QLocale.Language.Azerbaijani
    assert (list(i18n._installed), QLocale().name()) == before
    assert _plural(2) in ("2 change(s) waiting to be sent", "2 changes waiting to be sent")


@pytest.fixture()
def net() -> Iterator[object]:
    from desktop.worker import Worker

    worker = Worker("test-translations")
    yield worker
    worker.shutdown()


def _login_texts(dialog) -> tuple[str, str, str]:  # noqa: ANN001
    return (dialog.windowTitle(),
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).text(),
            dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).text())


def test_login_dialog_in_azerbaijani_and_russian(qtbot, net) -> None:  # noqa: ANN001
    from desktop.ui.login_dialog import LoginDialog

    with installed_language("az"):
        dialog = LoginDialog(server="http://x", net=net)
        qtbot.addWidget(dialog)
        assert _login_texts(dialog) == ("İdeya Bankı — giriş", "Daxil ol", "Ləğv et")
        dialog.try_login()  # nothing typed
        assert dialog.error.text() == "Serveri, istifadəçi adınızı və şifrənizi daxil edin."
    with installed_language("ru"):
        dialog = LoginDialog(server="http://x", net=net)
        qtbot.addWidget(dialog)
        assert _login_texts(dialog) == ("Банк идей — вход", "Войти", "Отмена")


class FakeSession(QObject):
    """What the status line needs of a session: its signals and two attributes."""

    sync_started = Signal()
    sync_progress = Signal(int, int)
    sync_finished = Signal(object)
    sync_failed = Signal(str, str)
    pending_changed = Signal(int)
    conflicts_changed = Signal(int)
    refusals_changed = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        self.online: bool | None = None
        self.last_sync = None

    def sync_now(self) -> None:
        pass

    def cancel_sync(self) -> None:
        pass


def test_sync_status_line_in_azerbaijani(qtbot) -> None:  # noqa: ANN001
    from desktop.ui.sync_status import SyncStatus

    with installed_language("az"):
        status = SyncStatus(FakeSession())
        qtbot.addWidget(status)
        assert status.state.text() == "Hələ sinxronlaşdırılmayıb"
        assert status.sync.text() == "İndi sinxronlaşdır"
        assert status.pending.text() == "Hamısı göndərilib"
        status.session.pending_changed.emit(1)
        assert status.pending.text() == "1 dəyişiklik göndərilməyi gözləyir"
        status.session.pending_changed.emit(5)
        assert status.pending.text() == "5 dəyişiklik göndərilməyi gözləyir"
        status.session.sync_failed.emit("login", "")
        assert status.message.text() == "Sinxronlaşdırmaq üçün yenidən daxil olun."


def test_keyring_notice_is_translated_where_startup_asks_for_it() -> None:
    # startup.py names its context explicitly; app.tr() would look under "QApplication".
    with installed_language("az"):
        assert QCoreApplication.translate("Startup", "Idea Bank") == "İdeya Bankı"


def test_qt_standard_buttons_speak_azerbaijani_and_russian(qtbot) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QMessageBox

    expected = {"az": ("Tamam", "Ləğv et"), "ru": ("ОК", "Отмена")}
    for language, (ok, cancel) in expected.items():
        with installed_language(language):
            box = QMessageBox(QMessageBox.Icon.Information, "x", "y",
                              QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel)
            qtbot.addWidget(box)
            texts = (box.button(QMessageBox.StandardButton.Ok).text(),
                     box.button(QMessageBox.StandardButton.Cancel).text())
            assert tuple(t.replace("&", "") for t in texts) == (ok, cancel)
