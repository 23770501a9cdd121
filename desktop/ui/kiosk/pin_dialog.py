"""The staff PIN pad: big digit keys for a touch screen, the entry shown as dots.

The PIN is checked on the database worker against the organization's hash in the replica;
wrong PINs are throttled by ``PinLock`` (persisted, so a restart does not reset it).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGridLayout, QPushButton, QWidget

from desktop import kiosk_settings
from desktop.kiosk_settings import PinCheck
from desktop.session import Session
from desktop.ui.kiosk.common import button, if_alive, label
from desktop.ui.kiosk.pin_lock import PinLock
from desktop.ui.kiosk.staff_entry import Overlay

MAX_DIGITS = 12
DOT = "●"


class PinDialog(Overlay):
    unlocked = Signal()
    cancelled = Signal()

    def __init__(self, session: Session, lock: PinLock, parent: QWidget) -> None:
        super().__init__(parent, card_width=640)
        self.card_layout.setContentsMargins(32, 24, 32, 24)
        self.card_layout.setSpacing(12)
        self.session = session
        self.lock = lock
        self.entry = ""
        self.state = ""  # "", checking, wrong, locked, no_pin, error
        self._request = 0  # an answer for an attempt the dialog has since forgotten is dropped

        self.heading = label("subheading", centre=True)
        self.display = label("pinDisplay", centre=True)
        self.message = label("pinMessage", centre=True)
        self.keys: dict[str, QPushButton] = {}
        grid = QGridLayout()
        grid.setSpacing(10)
        for index, digit in enumerate("123456789"):
            grid.addWidget(self._key(digit), index // 3, index % 3)
        self.erase_button = button("pinErase")
        self.erase_button.clicked.connect(self.erase)
        self.ok_button = button("pinOk")
        self.ok_button.clicked.connect(self.submit)
        grid.addWidget(self.erase_button, 3, 0)
        grid.addWidget(self._key("0"), 3, 1)
        grid.addWidget(self.ok_button, 3, 2)
        self.cancel_button = button()
        self.cancel_button.clicked.connect(self.cancel)
        for widget in (self.heading, self.display, self.message):
            self.card_layout.addWidget(widget)
        self.card_layout.addLayout(grid)
        self.card_layout.addWidget(self.cancel_button)

        self.timer = QTimer(self)  # the countdown while locked
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self._refresh)
        self.retranslate()

    def _key(self, digit: str) -> QPushButton:
        key = button("pinKey")
        key.setText(digit)
        key.clicked.connect(lambda _checked=False, d=digit: self.press(d))
        self.keys[digit] = key
        return key

    # --- texts ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Staff only: enter the kiosk PIN"))
        self.erase_button.setText(self.tr("Erase"))
        self.erase_button.setAccessibleName(self.tr("Erase the last digit"))
        self.ok_button.setText(self.tr("OK"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.display.setAccessibleName(self.tr("PIN, %n digit(s) entered", "", len(self.entry)))
        self._refresh()

    def _message_text(self, seconds: int) -> str:
        if self.state == "locked":
            return self.tr("Too many wrong PINs. Try again in %n second(s).", "", seconds)
        texts = {
            "checking": self.tr("Checking…"),
            "wrong": self.tr("Wrong PIN. Please try again."),
            "no_pin": self.tr("No kiosk PIN is set for this organization; ask the "
                              "administrator."),
            "error": self.tr("The PIN could not be checked. Please try again."),
        }
        return texts.get(self.state, "")

    def _refresh(self) -> None:
        """Show the entry, the message and which keys work, from the state and the lock."""
        seconds = self.lock.seconds_left()
        if seconds and self.state != "checking":
            self.state = "locked"
        elif self.state == "locked":
            self.state = ""  # the wait is over
        if self.state == "locked":
            if not self.timer.isActive():
                self.timer.start()
        else:
            self.timer.stop()
        self.display.setText(DOT * len(self.entry))
        self.message.setText(self._message_text(seconds))
        self.message.setProperty("error", self.state in ("wrong", "locked", "no_pin", "error"))
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        usable = self.state not in ("locked", "checking")
        for key in self.keys.values():
            key.setEnabled(usable and len(self.entry) < MAX_DIGITS)
        self.erase_button.setEnabled(usable and bool(self.entry))
        self.ok_button.setEnabled(usable and bool(self.entry))

    # --- opening and entry ----------------------------------------------------------------

    def open_pad(self) -> None:
        self._forget()
        self.show_over()

    def _forget(self) -> None:
        self._request += 1
        self.entry = ""
        self.state = ""
        self.retranslate()

    def press(self, digit: str) -> None:
        if self.state in ("locked", "checking") or len(self.entry) >= MAX_DIGITS:
            return
        self.entry += digit  # "Wrong PIN" stays up while the next try is typed
        self.retranslate()

    def erase(self) -> None:
        if self.state in ("locked", "checking"):
            return
        self.entry = self.entry[:-1]
        self.retranslate()

    def cancel(self) -> None:
        self.close_pad()
        self.cancelled.emit()

    def close_pad(self) -> None:
        self._forget()
        self.timer.stop()
        self.hide()

    def submit(self) -> None:
        if self.lock.locked():
            # Refused without looking at it, right or wrong: that is what the wait is for.
            self.entry = ""
            self._refresh()
            return
        if self.state == "checking" or not self.entry:
            return
        pin, self.entry = self.entry, ""
        self._request += 1
        request = self._request
        self.state = "checking"
        self.retranslate()
        self.session.run(lambda store: kiosk_settings.check_pin(store, pin),
                         if_alive(self, lambda result, error: self._checked(request, result, error)))

    def _checked(self, request: int, result: PinCheck | None, error: BaseException | None) -> None:
        # A wrong PIN counts even if the pad was closed meanwhile: closing must not be a
        # way around the throttle.
        if error is None and result == PinCheck.WRONG:
            self.lock.record_failure()
        if request != self._request:
            return
        if error is not None or result is None:
            self.state = "error"
        elif result == PinCheck.OK:
            self.lock.record_success()
            self.close_pad()
            self.unlocked.emit()
            return
        else:
            self.state = "no_pin" if result == PinCheck.NO_PIN else "wrong"
        self.retranslate()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        key, text = event.key(), event.text()
        if len(text) == 1 and text in "0123456789":
            self.press(text)
        elif key == Qt.Key.Key_Backspace:
            self.erase()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submit()
        elif key == Qt.Key.Key_Escape:
            self.cancel()
        else:
            super().keyPressEvent(event)
