"""The idea form: title, description, benefit, and contact details only with consent."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from desktop import edits
from desktop.session import Session
from desktop.ui.kiosk.category_choice import CategoryChoice
from desktop.ui.kiosk.common import button, button_bar, format_deadline, if_alive, label, scrolling_column
from desktop.ui.kiosk.form_fields import ConsentBox, FieldBlock
from desktop.ui.kiosk.validation import (
    BENEFIT_MAX,
    BODY_MAX,
    NAME_MAX,
    TITLE_MAX,
    Problem,
    check_email,
    check_phone,
    check_text,
)


class IdeaFormPage(QWidget):
    idea_submitted = Signal(str)  # the tracking code
    back_requested = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.contest: dict[str, Any] | None = None
        # Made when the form opens, so that a second tap on Send cannot make a second idea.
        self.idea_id: str | None = None
        self.sending = False
        self.failed = False  # the last save failed (shown until the next try)

        self.scroll, column = scrolling_column(self)
        self.heading = label("heading")
        self.deadline = label("muted")
        self.about = label("muted")
        self.intro = label()
        self.category = CategoryChoice()
        self.category_missing = False
        self.title = FieldBlock(QLineEdit(), limit=TITLE_MAX)
        self.body = FieldBlock(QPlainTextEdit(), limit=BODY_MAX, min_height=240)
        self.benefit = FieldBlock(QPlainTextEdit(), limit=BENEFIT_MAX, min_height=140)
        self.consent = ConsentBox()
        self.name = FieldBlock(QLineEdit(), limit=NAME_MAX, counter=False)
        self.phone = FieldBlock(QLineEdit(), counter=False)
        self.email = FieldBlock(QLineEdit(), counter=False)
        self.phone.editor.setInputMethodHints(Qt.InputMethodHint.ImhDialableCharactersOnly)
        self.email.editor.setInputMethodHints(Qt.InputMethodHint.ImhEmailCharactersOnly
                                              | Qt.InputMethodHint.ImhNoAutoUppercase)
        self.contact_fields = (self.name, self.phone, self.email)
        self.fields = (self.title, self.body, self.benefit, *self.contact_fields)
        self._problems: dict[FieldBlock, Problem] = {}
        for field in self.fields:
            field.edited.connect(lambda f=field: self._recheck(f))
        for single_line in (self.title, self.name, self.phone):
            # Enter moves to the next field instead of doing nothing.
            single_line.editor.returnPressed.connect(self.focusNextChild)
        self.email.editor.returnPressed.connect(self.send)
        self.consent.toggled.connect(self._consent_changed)
        self.category.changed.connect(self._category_changed)

        for widget in (self.heading, self.deadline, self.about, self.intro, self.category,
                       self.title, self.body, self.benefit):
            column.addWidget(widget)
        column.addSpacing(12)
        column.addWidget(self.consent)
        for field in self.contact_fields:
            column.addWidget(field)
        column.addStretch(1)

        self.summary = label("error")
        self.back_button = button()
        self.send_button = button("primary")
        self.back_button.clicked.connect(self.back_requested)
        self.send_button.clicked.connect(self.send)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.send)
        bar = button_bar(self.back_button, self.summary, self.send_button)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(bar)
        self._consent_changed(False)
        self.retranslate()

    # --- texts ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.intro.setText(self.tr("Write your idea in your own words. You do not have to give "
                                   "your name."))
        self.category.set_label(self.tr("Category of your idea"))
        self.category.set_error(self.tr("Please choose a category.") if self.category_missing
                                else "")
        self.title.set_label(self.tr("Title of your idea"))
        self.body.set_label(self.tr("Describe your idea"))
        self.benefit.set_label(self.tr("What would get better? (optional)"))
        self.consent.set_text(self.tr(
            "I agree that my name and contact details are stored to answer me about this idea; "
            "they are deleted from this kiosk once sent."))
        self.name.set_label(self.tr("Your name (optional)"))
        self.phone.set_label(self.tr("Phone number (optional)"))
        self.email.set_label(self.tr("Email address (optional)"))
        self.back_button.setText(self.tr("Back"))
        self.send_button.setText(self.tr("Sending…") if self.sending else self.tr("Send"))
        if self.contest is not None:
            self.deadline.setText(self.tr("Deadline: %1").replace(
                "%1", format_deadline(self.contest["ends_at"], self.contest["timezone"])))
        for field in self.fields:
            field.retranslate()
            field.set_error(self._message(field, self._problems[field])
                            if field in self._problems else "")
        self._show_summary()

    def _message(self, field: FieldBlock, problem: Problem) -> str:
        if problem == Problem.EMPTY:
            return (self.tr("Please give your idea a short title.") if field is self.title
                    else self.tr("Please describe your idea."))
        if problem == Problem.TOO_LONG:
            return self.tr("This is too long: please use at most %1 characters.").replace(
                "%1", str(field.limit))
        if problem == Problem.BAD_EMAIL:
            return self.tr("This does not look like an email address. Example: "
                           "name@example.az")
        return self.tr("Please enter a phone number with 7 to 20 digits, for example "
                       "+994 12 345 67 89.")

    def _show_summary(self) -> None:
        if self.failed:
            text = self.tr("Sorry, your idea could not be saved. Please try again or ask a "
                           "staff member for help.")
        elif self._problems or self.category_missing:
            text = self.tr("Please correct the fields marked in red.")
        else:
            text = ""
        self.summary.setText(text)  # kept visible even when empty, so the buttons stay put

    # --- opening and wiping ---------------------------------------------------------------

    def open_contest(self, contest: dict[str, Any]) -> None:
        self.wipe()
        self.contest = contest
        self.idea_id = str(uuid.uuid4())
        # The idea counts as started now: sent after the deadline, it is still accepted
        # within the grace period if the visitor began before the deadline.
        self.started_at = dt.datetime.now(dt.UTC)
        self.heading.setText(contest["title"])
        self.about.setText(contest.get("description") or "")
        self.about.setVisible(bool(contest.get("description")))
        self.category.set_categories(list(contest.get("categories") or []))
        self.retranslate()
        self.title.editor.setFocus()

    def wipe(self) -> None:
        """Forget everything the visitor typed, including what Undo could bring back."""
        self.contest = None
        self.idea_id = None
        self.sending = False
        self.failed = False
        self._problems.clear()
        self.category_missing = False
        self.category.wipe()
        self.consent.setChecked(False)
        for field in self.fields:
            field.wipe()
        self.heading.clear()
        self.deadline.clear()
        self.about.clear()
        self.send_button.setEnabled(True)
        self.scroll.verticalScrollBar().setValue(0)
        self.retranslate()

    # --- checking -------------------------------------------------------------------------

    def _problem_of(self, field: FieldBlock) -> Problem | None:
        text = field.text()
        if field is self.title or field is self.body:
            return check_text(text, field.limit or 0, required=True)
        if field is self.phone:
            return check_phone(text)
        if field is self.email:
            return check_email(text)
        return check_text(text, field.limit or 0, required=False)

    def _set_problem(self, field: FieldBlock, problem: Problem | None) -> None:
        if problem is None:
            self._problems.pop(field, None)
            field.set_error("")
        else:
            self._problems[field] = problem
            field.set_error(self._message(field, problem))

    def _recheck(self, field: FieldBlock) -> None:
        # Live only once a message is shown, or when the text grows past its limit:
        # nobody wants "please describe your idea" while still typing the title.
        if field in self._problems or field.over_limit():
            self._set_problem(field, self._problem_of(field))
            self._show_summary()

    def validate(self) -> bool:
        for field in self.fields:
            self._set_problem(field, self._problem_of(field) if field.isEnabled() else None)
        self.category_missing = self.category.needed() and not self.category.chosen()
        self.retranslate()
        if self.category_missing:  # the category comes first on the page
            self.scroll.ensureWidgetVisible(self.category, 0, 40)
            self.category.focus_first()
            return False
        first = next((f for f in self.fields if f in self._problems), None)
        if first is not None:
            self.scroll.ensureWidgetVisible(first, 0, 40)
            first.editor.setFocus()
        return first is None

    def _category_changed(self) -> None:
        if self.category_missing:
            self.category_missing = False
            self.retranslate()

    def _consent_changed(self, checked: bool) -> None:
        for field in self.contact_fields:
            if not checked:
                # Without consent nothing personal is kept, not even in a disabled field.
                field.wipe()
                self._problems.pop(field, None)
            field.setEnabled(checked)
        self._show_summary()

    # --- sending --------------------------------------------------------------------------

    def send(self) -> None:
        if self.sending or self.contest is None or self.idea_id is None:
            return
        self.failed = False
        if not self.validate():
            return
        self.sending = True
        self.send_button.setEnabled(False)
        self.send_button.setText(self.tr("Sending…"))
        consent = self.consent.isChecked()

        def contact(field: FieldBlock) -> str | None:
            return (field.text().strip() or None) if consent else None

        idea_id, values = self.idea_id, {
            "contest_id": self.contest["id"], "title": self.title.text().strip(),
            "body": self.body.text().strip(), "benefit": self.benefit.text().strip(),
            "category": self.category.chosen(),
            "contact_name": contact(self.name), "contact_phone": contact(self.phone),
            "contact_email": contact(self.email), "created_at": self.started_at,
        }
        self.session.edit(lambda store: edits.submit_idea(store, idea_id=idea_id, **values),
                          if_alive(self, lambda result, error: self._sent(idea_id, result, error)))

    def _sent(self, idea_id: str, result: tuple[str, str] | None, error: BaseException | None) -> None:
        if idea_id != self.idea_id:
            return  # the form was wiped meanwhile (the visitor left); the idea is kept and sent
        self.sending = False
        self.send_button.setEnabled(True)
        if error is not None or result is None:
            self.failed = True
            self.retranslate()
            return
        self.retranslate()
        self.idea_submitted.emit(result[1])
