"""The first screen a visitor sees: the question, the language, the open contests."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from desktop import queries
from desktop.session import Session
from desktop.ui.kiosk.common import button, format_deadline, if_alive, label, scrolling_column

REFRESH_MS = 30_000  # a contest past its deadline leaves the screen within this, even offline

#: Each language's own name: a visitor must recognise hers whatever is on screen now.
LANGUAGE_NAMES = {"az": "Azərbaycan dili", "en": "English", "ru": "Русский"}


class ContestButton(QPushButton):
    """A big touch target with the contest's title and deadline, both wrapping."""

    def __init__(self, contest: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contest")
        self.setAutoDefault(False)
        self.contest = contest
        self.title = label("contestTitle")
        self.deadline = label()
        self.arrow = label("contestArrow")
        self.arrow.setText("›")  # says "this leads somewhere" without words
        for child in (self.title, self.deadline, self.arrow):
            # Taps on the text must reach the button.
            child.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        texts = QVBoxLayout()
        texts.setSpacing(6)
        texts.addWidget(self.title)
        texts.addWidget(self.deadline)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(28, 18, 28, 18)
        layout.setSpacing(20)
        layout.addLayout(texts, 1)
        layout.addWidget(self.arrow, 0, Qt.AlignmentFlag.AlignVCenter)
        self.title.setText(contest["title"])

    def set_deadline_text(self, text: str) -> None:
        self.deadline.setText(text)
        self.setAccessibleName(f"{self.contest['title']}. {text}")

    # A QPushButton sizes itself from its own text; this one holds a layout instead.
    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return self.layout().sizeHint().expandedTo(QSize(0, 96))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return self.layout().minimumSize().expandedTo(QSize(0, 96))

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        return max(96, self.layout().totalHeightForWidth(width))


class StartPage(QWidget):
    contest_chosen = Signal(dict)
    check_requested = Signal()
    language_chosen = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.contests: list[dict[str, Any]] = []
        self.buttons: list[ContestButton] = []
        self.loaded = False  # tests and screenshots wait for the first answer

        self.scroll, column = scrolling_column(self)
        self.heading = label("heading", centre=True)
        self.intro = label(centre=True)
        self.languages: dict[str, QPushButton] = {}
        languages = QHBoxLayout()
        languages.setSpacing(16)
        languages.addStretch(1)
        for code, name in LANGUAGE_NAMES.items():
            choice = button("language")
            choice.setText(name)  # deliberately not translated
            choice.setCheckable(True)
            choice.clicked.connect(lambda _checked=False, c=code: self.language_chosen.emit(c))
            self.languages[code] = choice
            languages.addWidget(choice)
        languages.addStretch(1)
        self.contests_heading = label("subheading")
        self.contest_list = QVBoxLayout()
        self.contest_list.setSpacing(20)
        self.empty = label("muted")
        self.empty.hide()
        self.check_heading = label("subheading")
        self.check_intro = label()
        self.check_button = button("")
        self.check_button.clicked.connect(self.check_requested)

        column.addWidget(self.heading)
        column.addWidget(self.intro)
        column.addSpacing(8)
        column.addLayout(languages)
        column.addSpacing(24)
        column.addWidget(self.contests_heading)
        column.addLayout(self.contest_list)
        column.addWidget(self.empty)
        column.addSpacing(32)
        column.addWidget(self.check_heading)
        column.addWidget(self.check_intro)
        column.addWidget(self.check_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addStretch(1)
        self.privacy = label("muted")
        column.addWidget(self.privacy)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll)

        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.reload)
        self.timer.start()
        session.data_changed.connect(self.reload)
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Have an idea to make our services better?"))
        self.intro.setText(self.tr("Choose a topic below and write your idea. It takes a few "
                                   "minutes, and you do not need an account."))
        self.contests_heading.setText(self.tr("Topics open for ideas"))
        self.empty.setText(self.tr("No topics are open for ideas right now. Please come back "
                                   "another day. Thank you for your interest!"))
        self.check_heading.setText(self.tr("Already sent an idea?"))
        self.check_intro.setText(self.tr("Use your tracking code to see what happened to it."))
        self.check_button.setText(self.tr("Check my idea"))
        self.privacy.setText(self.tr("Your idea goes to the organization that runs the topic. "
                                     "When you finish, or leave the kiosk for a while, "
                                     "everything you typed is cleared from the screen."))
        for contest_button in self.buttons:
            contest_button.set_deadline_text(self._deadline_text(contest_button.contest))

    def _deadline_text(self, contest: dict[str, Any]) -> str:
        return self.tr("Deadline: %1").replace(
            "%1", format_deadline(contest["ends_at"], contest["timezone"]))

    def set_language(self, code: str) -> None:
        for lang, choice in self.languages.items():
            choice.setChecked(lang == code)

    def reload(self) -> None:
        self.session.run(lambda store: queries.open_public_contests(store, dt.datetime.now(dt.UTC)),
                         if_alive(self, self._loaded))

    def _loaded(self, rows: list[dict[str, Any]] | None, error: BaseException | None) -> None:
        self.loaded = True
        if error is not None or rows is None:
            return  # keep what is shown; the next refresh tries again
        # Categories too: the form takes them from the contest its button carries.
        fields = ("id", "title", "ends_at", "timezone", "categories", "description")
        if [[r.get(f) for f in fields] for r in rows] == [[c.get(f) for f in fields]
                                                          for c in self.contests]:
            return  # unchanged: rebuilding would flicker under a finger
        self.contests = rows
        for old in self.buttons:
            self.contest_list.removeWidget(old)
            old.deleteLater()
        self.buttons = []
        for contest in rows:
            contest_button = ContestButton(contest)
            contest_button.set_deadline_text(self._deadline_text(contest))
            contest_button.clicked.connect(
                lambda _checked=False, c=contest: self.contest_chosen.emit(c))
            self.contest_list.addWidget(contest_button)
            self.buttons.append(contest_button)
        self.empty.setVisible(not rows)

    def scroll_to_top(self) -> None:
        self.scroll.verticalScrollBar().setValue(0)
