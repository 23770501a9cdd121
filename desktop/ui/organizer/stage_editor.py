"""One stage's settings: title, deadline, advancement rule, and criteria or requirements.

Times are typed in the contest's time zone. A scoring stage's criteria are locked once
scores exist; "Reset scores…" (after a confirmation naming the count) unlocks them.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.stage_edits import StageSettings
from desktop.stage_queries import StageInfo
from desktop.ui.organizer.criteria_editor import CriteriaEditor
from desktop.ui.organizer.zones import WALL_CLOCK, in_zone, now_in_zone, to_utc, zone_or_none
from shared.stage_rules import default_rule

LOCK_STYLE = ("background: #eceff1; color: #263238; border: 1px solid #b0bec5; border-radius: 4px;"
              " padding: 6px")


class OptionalDateTime(QWidget):
    """A check box "set" and a date-time in the contest's zone (wall clock)."""

    def __init__(self, label: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.enabled = QCheckBox(label)
        self.enabled.setAccessibleName(name)
        self.edit = QDateTimeEdit()
        self.edit.setTimeZone(WALL_CLOCK)
        self.edit.setCalendarPopup(True)
        self.edit.setAccessibleName(name)
        self.enabled.toggled.connect(self.edit.setEnabled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.enabled)
        layout.addWidget(self.edit)
        layout.addStretch(1)

    def set_value(self, when: dt.datetime | None, zone: str) -> None:
        self.enabled.setChecked(when is not None)
        self.edit.setEnabled(when is not None)
        if when is None:
            later = now_in_zone(zone).addDays(14)
            later.setTime(QTime(18, 0))
            self.edit.setDateTime(later)
        else:
            self.edit.setDateTime(in_zone(when, zone))

    def value(self, zone: str) -> dt.datetime | None:
        info = zone_or_none(zone)
        if not self.enabled.isChecked() or info is None:
            return None
        return to_utc(self.edit.dateTime(), info)


class StageEditor(QWidget):
    save_requested = Signal(str, object, object)  # stage id, StageSettings, criteria or None
    reset_requested = Signal(str)  # stage id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.info: StageInfo | None = None
        self.timezone = "Asia/Baku"
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 12pt; font-weight: bold")
        self.title = QLineEdit()
        self.title.setAccessibleName(self.tr("Stage title"))
        self.deadline = OptionalDateTime(self.tr("Set"), self.tr("Deadline"))
        self.rule = QComboBox()
        self.rule.setAccessibleName(self.tr("Advancement rule"))
        self.n = QSpinBox()
        self.n.setRange(1, 100000)
        self.n.setAccessibleName(self.tr("Number of ideas that advance"))
        self.minimum = QDoubleSpinBox()
        self.minimum.setDecimals(2)
        self.minimum.setRange(0, 1000)
        self.minimum.setAccessibleName(self.tr("Minimum score"))
        self.revision = OptionalDateTime(self.tr("Set"), self.tr("Revisions due by"))
        self.scale_min = QSpinBox()
        self.scale_min.setRange(0, 99)
        self.scale_min.setAccessibleName(self.tr("Lowest score"))
        self.scale_max = QSpinBox()
        self.scale_max.setRange(1, 100)
        self.scale_max.setAccessibleName(self.tr("Highest score"))
        self.criteria = CriteriaEditor(defaults=False)
        self.lock_note = QLabel()
        self.lock_note.setObjectName("lockNote")
        self.lock_note.setWordWrap(True)
        self.lock_note.setStyleSheet(LOCK_STYLE)
        self.reset = QPushButton(self.tr("Reset scores…"))
        self.reset.setToolTip(self.tr("Delete every score of this stage so that its criteria and "
                                      "weights can change"))
        self.requirements = QLabel()
        self.requirements.setWordWrap(True)
        self.requirements.setTextFormat(Qt.TextFormat.PlainText)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.save = QPushButton(self.tr("Save stage"))
        self.save.setShortcut("Ctrl+S")
        self.save.setToolTip(self.tr("Save this stage's settings (Ctrl+S)"))
        self.save.clicked.connect(self.request_save)
        self.reset.clicked.connect(self.request_reset)
        self.rule.currentIndexChanged.connect(lambda _: self._rule_chosen())
        self.dirty = False  # the user changed something not yet saved: reloads keep it
        self._filling = False
        for signal in (self.title.textChanged, self.rule.currentIndexChanged, self.n.valueChanged,
                       self.minimum.valueChanged, self.scale_min.valueChanged,
                       self.scale_max.valueChanged, self.criteria.changed,
                       self.deadline.enabled.toggled, self.deadline.edit.dateTimeChanged,
                       self.revision.enabled.toggled, self.revision.edit.dateTimeChanged):
            signal.connect(self._changed)
        self._layout()
        self.set_info(None, "Asia/Baku", [])

    def _changed(self, *_args: object) -> None:
        if not self._filling:
            self.dirty = True

    def _layout(self) -> None:
        self.form = QFormLayout()
        self.form.addRow(self.tr("Tit&le"), self.title)
        self.form.addRow(self.tr("Scoring &closes"), self.deadline)
        self.form.addRow(self.tr("Who ad&vances"), self.rule)
        self.form.addRow(self.tr("Ideas that advance"), self.n)
        self.form.addRow(self.tr("Minimum score"), self.minimum)
        self.form.addRow(self.tr("Returned ideas"), self.revision)
        scale = QHBoxLayout()
        scale.addWidget(self.scale_min)
        scale.addWidget(QLabel(self.tr("to")))
        scale.addWidget(self.scale_max)
        scale.addStretch(1)
        self.scale_row = QWidget()
        self.scale_row.setLayout(scale)
        scale.setContentsMargins(0, 0, 0, 0)
        self.form.addRow(self.tr("Sc&ore scale"), self.scale_row)
        self.criteria_box = QGroupBox(self.tr("Criteria"))
        box = QVBoxLayout(self.criteria_box)
        box.addWidget(self.criteria)
        lock = QHBoxLayout()
        lock.addWidget(self.lock_note, 1)
        lock.addWidget(self.reset)
        box.addLayout(lock)
        self.requirements_box = QGroupBox(self.tr("Requirements each evaluator checks"))
        QVBoxLayout(self.requirements_box).addWidget(self.requirements)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(self.form)
        layout.addWidget(self.criteria_box)
        layout.addWidget(self.requirements_box)
        layout.addStretch(1)
        layout.addLayout(buttons)

    # --- showing a stage --------------------------------------------------------------------

    def set_info(self, info: StageInfo | None, timezone: str, requirements: list[str]) -> None:
        self._filling = True
        try:
            self._fill(info, timezone, requirements)
        finally:
            self._filling = False
        self.dirty = False

    def _fill(self, info: StageInfo | None, timezone: str, requirements: list[str]) -> None:
        self.info, self.timezone = info, timezone
        self.setEnabled(info is not None)
        self.message.clear()
        if info is None:
            self.heading.setText(self.tr("Select a stage, or add one."))
            self.criteria_box.hide()
            self.requirements_box.hide()
            return
        stage = info.stage
        screening = stage["kind"] == "screening"
        self.heading.setText((self.tr("Screening stage") if screening else self.tr("Scoring stage"))
                             + (" · " + self.tr("closed") if stage["status"] != "open" else ""))
        self.title.setText(stage["title"])
        self.deadline.set_value(stage["deadline"], timezone)
        self.rule.blockSignals(True)
        self.rule.clear()
        rules = ((("all", self.tr("Every evaluator finds every requirement met")),
                  ("majority", self.tr("A majority of evaluators find every requirement met")))
                 if screening else
                 (("top_n", self.tr("The N best ideas (ties at the cut all advance)")),
                  ("threshold", self.tr("Every idea with at least a minimum score")),
                  ("explicit", self.tr("The organizer's choice, with a reason"))))
        for value, label in rules:
            self.rule.addItem(label, value)
        # No rule stored yet means the server's default for the kind.
        rule = stage.get("rule") or default_rule(stage["kind"])
        self.rule.setCurrentIndex(max(self.rule.findData(rule), 0))
        self.rule.blockSignals(False)
        value = stage.get("rule_value")
        self.n.setValue(int(value) if stage.get("rule") == "top_n" and value else 10)
        self.minimum.setValue(float(value) if stage.get("rule") == "threshold" and value else 7.0)
        self.revision.set_value(stage.get("revision_deadline"), timezone)
        criteria = info.criteria
        self.scale_min.setValue(int(criteria[0]["scale_min"]) if criteria else 1)
        self.scale_max.setValue(int(criteria[0]["scale_max"]) if criteria else 10)
        self.criteria.set_criteria(criteria)
        self.criteria_box.setVisible(not screening)
        self.requirements_box.setVisible(screening)
        self.requirements.setText("\n".join(f"• {r}" for r in requirements) if requirements else
                                  self.tr("The contest announces no requirements: add them to the "
                                          "contest before screening."))
        self.form.setRowVisible(self.revision, screening)
        self.form.setRowVisible(self.scale_row, not screening)
        self.form.labelForField(self.deadline).setText(
            self.tr("Checks &close") if screening else self.tr("Scoring &closes"))
        self._rule_chosen()
        self.refresh_lock()

    def refresh_lock(self) -> None:
        info = self.info
        assert info is not None
        is_open = info.stage["status"] == "open"
        locked = info.scores > 0 or not is_open
        self.criteria.set_locked(locked)
        self.scale_min.setEnabled(not locked)
        self.scale_max.setEnabled(not locked)
        for widget in (self.title, self.deadline, self.rule, self.n, self.minimum, self.revision,
                       self.save):
            widget.setEnabled(is_open)
        self.reset.setVisible(is_open and info.scores > 0)
        self.lock_note.setVisible(locked)
        if not is_open:
            self.lock_note.setText(self.tr("This stage is closed: its settings are final."))
        elif locked:
            self.lock_note.setText(
                self.tr("Scoring has started (%n score(s) given): criteria, weights and the scale "
                        "are locked so that every idea is judged alike. Reset the scores to "
                        "change them.", "", info.scores))

    def _rule_chosen(self) -> None:
        rule = self.rule.currentData()
        self.form.setRowVisible(self.n, rule == "top_n")
        self.form.setRowVisible(self.minimum, rule == "threshold")

    # --- saving -----------------------------------------------------------------------------

    def problems(self) -> list[str]:
        found = [] if self.title.text().strip() else [self.tr("Enter a title for the stage.")]
        if self.info is not None and self.info.stage["kind"] == "scoring":
            if self.scale_max.value() <= self.scale_min.value():
                found.append(self.tr("The highest score must be above the lowest."))
            found += self.criteria.problems()
        return found

    def settings(self) -> StageSettings:
        rule = self.rule.currentData()
        value: Any = {"top_n": float(self.n.value()), "threshold": self.minimum.value()}.get(rule)
        return StageSettings(
            title=self.title.text().strip(), deadline=self.deadline.value(self.timezone),
            rule=rule, rule_value=value, revision_deadline=self.revision.value(self.timezone),
            scale_min=self.scale_min.value(), scale_max=self.scale_max.value())

    def request_save(self) -> None:
        if self.info is None:
            return
        found = self.problems()
        if found:
            self.message.setText("\n".join(found))
            self.message.setStyleSheet("color: #b00020")
            return
        self.message.setStyleSheet("")
        scoring = self.info.stage["kind"] == "scoring"
        self.save_requested.emit(self.info.stage["id"], self.settings(),
                                 self.criteria.entries() if scoring else None)

    def confirm_reset(self, count: int, title: str) -> bool:
        """Ask before deleting scores; a separate method so tests can answer it."""
        answer = QMessageBox.warning(
            self, self.tr("Reset scores"),
            self.tr("Delete all %n score(s) given in “%1”? The evaluators will have to score "
                    "every idea of this stage again. This cannot be undone.", "", count)
            .replace("%1", title),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Yes

    def request_reset(self) -> None:
        info = self.info
        if info is not None and info.scores > 0 \
                and self.confirm_reset(info.scores, info.stage["title"]):
            self.reset_requested.emit(info.stage["id"])


