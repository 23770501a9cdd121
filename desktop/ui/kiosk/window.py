"""The kiosk: full-screen idea entry for visitors of a public service centre.

Pages only go forward from the start page; "Back", "Done" and the idle timeout all wipe
everything a visitor typed (fields, undo history, clipboard, language) before the next one
arrives.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QLocale
from PySide6.QtGui import QClipboard, QCloseEvent, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QStackedWidget, QVBoxLayout, QWidget

from desktop import i18n, kiosk_settings
from desktop.session import Session
from desktop.ui.kiosk.check_page import CheckPage
from desktop.ui.kiosk.confirmation_page import ConfirmationPage
from desktop.ui.kiosk.idea_form_page import IdeaFormPage
from desktop.ui.kiosk.idle import DEFAULT_IDLE_SECONDS, IdleBanner, IdleWatcher
from desktop.ui.kiosk.pin_lock import Clock
from desktop.ui.kiosk.staff_access import StaffAccess
from desktop.ui.kiosk.start_page import StartPage
from desktop.ui.kiosk.style import KIOSK_STYLE

_QT_LANGUAGES = {QLocale.Language.Azerbaijani: "az", QLocale.Language.Russian: "ru"}


def current_language() -> str:
    """The language installed now (i18n.install sets the default locale to it)."""
    return _QT_LANGUAGES.get(QLocale().language(), "en")


class KioskWindow(QWidget):
    def __init__(self, session: Session, *, idle_seconds: float | None = None,
                 countdown_seconds: int | None = None, language: str | None = None,
                 pin_clock: Clock | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kioskWindow")
        self.setStyleSheet(KIOSK_STYLE)
        self.session = session
        # Each new visitor starts in the kiosk's own language, whatever the last one chose.
        self.home_language = language or current_language()
        self.language = self.home_language

        self.banner = IdleBanner()
        self.stack = QStackedWidget()
        self.start_page = StartPage(session)
        self.form_page = IdeaFormPage(session)
        self.confirmation_page = ConfirmationPage(session)
        self.check_page = CheckPage(session)
        for page in self.pages():
            self.stack.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(self.stack, 1)

        if idle_seconds is None:  # the timeout staff set in the kiosk settings, if any
            idle_seconds = (kiosk_settings.load_idle_seconds(session.profile.folder)
                            or DEFAULT_IDLE_SECONDS)
        self.idle = IdleWatcher(idle_seconds, countdown_seconds, self)
        QApplication.instance().installEventFilter(self.idle)
        self.idle.countdown.connect(self.banner.show_seconds)
        self.idle.resumed.connect(self.banner.hide)
        self.idle.timed_out.connect(self.reset)
        self.banner.continue_clicked.connect(self.idle.poke)

        self.start_page.language_chosen.connect(self.choose_language)
        self.start_page.contest_chosen.connect(self.open_contest)
        self.start_page.check_requested.connect(self.open_check)
        self.form_page.idea_submitted.connect(self.show_confirmation)
        self.form_page.back_requested.connect(self.reset)
        self.confirmation_page.done.connect(self.reset)
        self.check_page.back_requested.connect(self.reset)
        # Staff only, after the organization's kiosk PIN: a 3 s press on the start page's
        # top-right corner, or this shortcut for those with a keyboard.
        self.staff = StaffAccess(self, clock=pin_clock)
        QShortcut(QKeySequence("Ctrl+Alt+Shift+Q"), self, self.staff.open_pin)
        self.start_page.set_language(self.language)
        self.retranslate()

    def pages(self) -> list[Any]:
        return [self.start_page, self.form_page, self.confirmation_page, self.check_page]

    # --- language -------------------------------------------------------------------------

    def choose_language(self, language: str) -> None:
        self.language = language
        i18n.install(QApplication.instance(), language)
        self.start_page.set_language(language)
        # Installing a translator also posts LanguageChange (see changeEvent); calling it here
        # too keeps the switch immediate even when no catalogue changed (e.g. en → en).
        self.retranslate()
        self.arm_if_needed()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Idea Bank — share your idea"))
        self.banner.retranslate()
        for page in self.pages():
            page.retranslate()
        self.staff.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- navigation -----------------------------------------------------------------------

    def open_contest(self, contest: dict[str, Any]) -> None:
        self.form_page.open_contest(contest)
        self._go(self.form_page)

    def open_check(self) -> None:
        self.check_page.wipe()
        self._go(self.check_page)
        self.check_page.code.setFocus()

    def show_confirmation(self, code: str) -> None:
        self.confirmation_page.show_code(code)
        self.form_page.wipe()  # the idea is in the outbox now; nothing of it stays on screen
        self._go(self.confirmation_page)

    def _go(self, page: QWidget) -> None:
        self.stack.setCurrentWidget(page)
        self.arm_if_needed()

    def arm_if_needed(self) -> None:
        """Watch for idleness whenever something may need wiping: a visitor's page, a
        language she chose, or a staff panel left open."""
        if (self.stack.currentWidget() is not self.start_page
                or self.language != self.home_language or self.staff.is_open()):
            self.idle.arm()
        else:
            self.idle.disarm()

    def reset(self) -> None:
        """Back to the start page with nothing of the last visitor left anywhere."""
        self.idle.disarm()
        self.banner.hide()
        self.staff.close_all()
        self.form_page.wipe()
        self.confirmation_page.wipe()
        self.check_page.wipe()
        clipboard = QGuiApplication.clipboard()
        clipboard.clear(QClipboard.Mode.Clipboard)
        if clipboard.supportsSelection():  # X11 keeps selected text in a second clipboard
            clipboard.clear(QClipboard.Mode.Selection)
        if self.language != self.home_language:
            self.choose_language(self.home_language)
        self.stack.setCurrentWidget(self.start_page)
        self.start_page.scroll_to_top()
        self.start_page.reload()
        focused = QApplication.focusWidget()
        if focused is not None:
            focused.clearFocus()
        self.idle.disarm()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        QApplication.instance().removeEventFilter(self.idle)
        self.idle.disarm()
        self.start_page.timer.stop()
        self.session.close()
        super().closeEvent(event)
