"""The New contest dialog: the contest, its scoring stage and criteria, saved in one edit."""

from __future__ import annotations

from PySide6.QtCore import QTime, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop import edits
from desktop.session import Session
from desktop.ui.organizer.criteria_editor import CriteriaEditor
from desktop.ui.organizer.zones import (
    COMMON_ZONES,
    DEFAULT_ZONE,
    WALL_CLOCK,
    now_in_zone,
    to_utc,
    zone_or_none,
)

_INVALID = "border: 1px solid #b00020"


class ContestDialog(QDialog):
    """Stays open with everything typed when a check fails or the save goes wrong."""

    contest_created = Signal(str)  # the new contest's id

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.contest_id: str | None = None
        self.setWindowTitle(self.tr("New contest"))
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("What the contest asks people for"))
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(80)
        self.requirements = QPlainTextEdit()
        self.requirements.setTabChangesFocus(True)
        self.requirements.setPlaceholderText(self.tr("One requirement per line"))
        self.requirements.setFixedHeight(90)
        start = now_in_zone(DEFAULT_ZONE)
        start.setTime(QTime(start.time().hour(), 0))
        start = start.addSecs(3600)  # the next full hour
        self.starts = self._date_time_edit()
        self.starts.setDateTime(start)
        self.ends = self._date_time_edit()
        end = start.addDays(30)
        end.setTime(QTime(18, 0))
        self.ends.setDateTime(end)
        self.zone = QComboBox()
        self.zone.setEditable(True)
        self.zone.addItems(list(COMMON_ZONES))
        self.zone.setCurrentText(DEFAULT_ZONE)
        self.zone.setToolTip(self.tr("Start and end are times in this zone. You may type any "
                                     "IANA time zone name, for example Europe/Paris."))
        self.public = QRadioButton(self.tr("Public: anyone, including kiosks, may send ideas"))
        self.internal = QRadioButton(self.tr("Internal: only staff of the organization"))
        self.public.setChecked(True)
        self.visibility = QButtonGroup(self)
        self.visibility.addButton(self.public)
        self.visibility.addButton(self.internal)
        self.stage_title = QLineEdit(self.tr("Expert evaluation"))
        self.criteria = CriteriaEditor()
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Create contest"))
        # Qt has no Azerbaijani catalogue of its own: its "Cancel" would stay English.
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.try_save)
        self.buttons.rejected.connect(self.reject)
        self._layout()
        self.title.setFocus()
        self.resize(680, self.sizeHint().height())

    def _date_time_edit(self) -> QDateTimeEdit:
        edit = QDateTimeEdit()
        edit.setTimeZone(WALL_CLOCK)  # the fields are wall-clock times of the chosen zone
        edit.setCalendarPopup(True)
        return edit

    def _layout(self) -> None:
        when = QHBoxLayout()
        when.addWidget(self.starts)
        when.addWidget(QLabel(self.tr("to")))
        when.addWidget(self.ends)
        when.addStretch(1)
        visibility = QVBoxLayout()
        visibility.addWidget(self.public)
        visibility.addWidget(self.internal)
        form = QFormLayout()
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(self.tr("&Description"), self.description)
        form.addRow(self.tr("&Requirements"), self.requirements)
        open_from = QLabel(self.tr("&Open from"))
        open_from.setBuddy(self.starts)  # a row holding a layout gets no buddy by itself
        form.addRow(open_from, when)
        form.addRow(self.tr("Time &zone"), self.zone)
        form.addRow(self.tr("Who may take part"), visibility)
        form.addRow(self.tr("&Scoring stage"), self.stage_title)
        group = QGroupBox(self.tr("Scoring criteria (each scored from 1 to 10)"))
        QVBoxLayout(group).addWidget(self.criteria)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(group)
        layout.addStretch(1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    # --- checking and saving --------------------------------------------------------------

    def problems(self) -> list[tuple[str, QWidget]]:
        """Every mistake with the widget to fix; empty when the contest can be saved."""
        found: list[tuple[str, QWidget]] = []
        if not self.title.text().strip():
            found.append((self.tr("Enter a title for the contest."), self.title))
        zone = zone_or_none(self.zone.currentText())
        if zone is None:
            found.append((self.tr("“%1” is not a known time zone. Choose one from the list or "
                                  "type a name such as Asia/Baku.")
                          .replace("%1", self.zone.currentText().strip()), self.zone))
        elif to_utc(self.ends.dateTime(), zone) <= to_utc(self.starts.dateTime(), zone):
            found.append((self.tr("The contest must end after it starts."), self.ends))
        if not self.stage_title.text().strip():
            found.append((self.tr("Enter a title for the scoring stage."), self.stage_title))
        found += [(text, self.criteria) for text in self.criteria.problems()]
        return found

    def try_save(self) -> None:
        for widget in (self.title, self.zone, self.ends, self.stage_title, self.criteria):
            widget.setStyleSheet("")
        found = self.problems()
        if found:
            self.error.setText("\n".join(text for text, _ in found))
            self.error.show()
            for _, widget in found:
                if widget is not self.criteria:
                    widget.setStyleSheet(_INVALID)
            found[0][1].setFocus()
            return
        zone_name = self.zone.currentText().strip()
        zone = zone_or_none(zone_name)
        assert zone is not None  # checked above
        values = dict(
            title=self.title.text().strip(),
            description=self.description.toPlainText().strip(),
            requirements=[line.strip() for line in self.requirements.toPlainText().splitlines()
                          if line.strip()],
            starts_at=to_utc(self.starts.dateTime(), zone),
            ends_at=to_utc(self.ends.dateTime(), zone),
            timezone=zone_name,
            visibility="public" if self.public.isChecked() else "internal",
            stage_title=self.stage_title.text().strip(),
            criteria=self.criteria.specs(),
        )
        self.error.setText(self.tr("Saving…"))
        self.error.show()
        self.buttons.setEnabled(False)
        self.session.edit(lambda store: edits.create_contest(store, **values), self._saved)

    def _saved(self, contest_id: str | None, error: BaseException | None) -> None:
        self.buttons.setEnabled(True)
        if error is not None:
            self.error.setText(self.tr("The contest could not be saved: %1").replace("%1", str(error)))
            return
        self.contest_id = contest_id
        self.error.hide()
        self.contest_created.emit(contest_id)
        self.accept()
