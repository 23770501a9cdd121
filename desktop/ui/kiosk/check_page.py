"""Checking an idea by its tracking code, asked of the server (the kiosk keeps no ideas)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from desktop import kiosk_queries
from desktop.api_client import Offline, SyncError
from desktop.session import Session
from desktop.ui.kiosk.common import button, button_bar, if_alive, label, scrolling_column
from shared.tracking import normalize_tracking_code

EXAMPLE_CODE = "7KD3F-QX9AT"


class CheckPage(QWidget):
    back_requested = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.state = ""  # "", checking, invalid, not_found, offline, waiting, error, found
        self.answer: dict[str, Any] = {}
        self._request = 0  # answers to an older request (or a previous visitor's) are dropped

        self.scroll, column = scrolling_column(self)
        self.heading = label("heading")
        self.intro = label()
        self.code = QLineEdit()
        self.code.setObjectName("codeInput")
        self.code.setMaxLength(20)
        self.code.setInputMethodHints(Qt.InputMethodHint.ImhPreferUppercase
                                      | Qt.InputMethodHint.ImhNoPredictiveText)
        self.code.returnPressed.connect(self.check)
        self.check_button = button("primary")
        self.check_button.clicked.connect(self.check)
        row = QHBoxLayout()
        row.setSpacing(16)
        row.addWidget(self.code, 1)
        row.addWidget(self.check_button)
        self.status = label("statusText")
        self.details = label()
        column.addWidget(self.heading)
        column.addWidget(self.intro)
        column.addLayout(row)
        column.addSpacing(16)
        column.addWidget(self.status)
        column.addWidget(self.details)
        column.addStretch(1)
        self.back_button = button()
        self.back_button.clicked.connect(self.back_requested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(button_bar(self.back_button, None))
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Check my idea"))
        self.intro.setText(self.tr("Type the tracking code you received, for example %1.")
                           .replace("%1", EXAMPLE_CODE))
        self.code.setAccessibleName(self.tr("Tracking code"))
        self.code.setPlaceholderText(EXAMPLE_CODE)
        self.check_button.setText(self.tr("Check"))
        self.back_button.setText(self.tr("Back"))
        self.status.setText(self._status_text())
        self.details.setText(self._details_text())
        self.status.setVisible(bool(self.state))
        self.details.setVisible(self.state == "found")

    def _status_text(self) -> str:
        texts = {
            "": "",
            "checking": self.tr("Checking…"),
            "invalid": self.tr("This is not a valid tracking code. A code has ten letters and "
                               "digits, for example %1.").replace("%1", EXAMPLE_CODE),
            "not_found": self.tr("No idea has this code."),
            "offline": self.tr("The kiosk is offline right now; please try again later."),
            "waiting": self.tr("Your idea is saved on this kiosk and will be sent as soon as "
                               "the kiosk is online."),
            "error": self.tr("The code could not be checked right now. Please try again later "
                             "or ask a staff member."),
        }
        if self.state != "found":
            return texts.get(self.state, "")
        return self._idea_status(str(self.answer.get("status", "")))

    def _idea_status(self, status: str) -> str:
        words = {
            "submitted": self.tr("Received: your idea is waiting to be reviewed."),
            "under_review": self.tr("In review: experts are assessing your idea."),
            "shortlisted": self.tr("Shortlisted: your idea has reached the next stage."),
            "selected": self.tr("Selected: your idea was chosen. Thank you!"),
            "implemented": self.tr("Implemented: your idea was put into practice. Thank you!"),
            "rejected": self.tr("Not selected this time. Thank you for taking part."),
            "withdrawn": self.tr("Withdrawn: this idea is no longer being considered."),
        }
        return words.get(status) or self.tr("Status: %1").replace("%1", status)

    def _details_text(self) -> str:
        if self.state != "found":
            return ""
        return (self.tr("Idea: %1").replace("%1", str(self.answer.get("title", ""))) + "\n"
                + self.tr("Topic: %1").replace("%1", str(self.answer.get("contest", ""))))

    def _show(self, state: str, answer: dict[str, Any] | None = None) -> None:
        self.state = state
        self.answer = answer or {}
        self.check_button.setEnabled(state != "checking")
        self.retranslate()

    def check(self) -> None:
        code = normalize_tracking_code(self.code.text())
        if code is None:
            self._show("invalid")
            return
        self.code.setText(code)  # show the visitor how her code is read
        self._request += 1
        request = self._request
        api = self.session.api
        self._show("checking")
        self.session.net.submit(lambda: api.track(code),
                                if_alive(self, lambda r, e: self._answered(request, code, r, e)))

    def _answered(self, request: int, code: str, answer: dict[str, Any] | None,
                  error: BaseException | None) -> None:
        if request != self._request:
            return
        if error is None and answer is not None:
            self._show("found", answer)
        elif isinstance(error, Offline):
            self._ask_kiosk(request, code, "offline")
        elif isinstance(error, SyncError) and error.code == "not_found":
            self._ask_kiosk(request, code, "not_found")
        elif isinstance(error, SyncError) and error.code == "invalid_code":
            self._show("invalid")
        else:
            self._show("error")

    def _ask_kiosk(self, request: int, code: str, otherwise: str) -> None:
        """An idea still waiting in this kiosk's outbox is news the server cannot give."""
        def answered(waiting: bool | None, error: BaseException | None) -> None:
            if request == self._request:
                self._show("waiting" if waiting else otherwise)
        self.session.run(lambda store: kiosk_queries.idea_waiting_here(store, code),
                         if_alive(self, answered))

    def wipe(self) -> None:
        self._request += 1
        self.code.setText("")
        self.code.setModified(False)
        self._show("")
