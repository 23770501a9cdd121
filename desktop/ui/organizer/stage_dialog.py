"""Adding a scoring stage with its criteria to a contest that has none (e.g. imported)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop import edits
from desktop.session import Session
from desktop.ui.organizer.criteria_editor import CriteriaEditor


class StageDialog(QDialog):
    stage_added = Signal(str)  # the new stage's id

    def __init__(self, session: Session, contest_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.contest_id = contest_id
        self.setWindowTitle(self.tr("Add scoring stage"))
        self.title = QLineEdit(self.tr("Expert evaluation"))
        self.criteria = CriteriaEditor()
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add stage"))
        # Qt has no Azerbaijani catalogue of its own: its "Cancel" would stay English.
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.try_save)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Stage &title"), self.title)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Criteria, each scored from 1 to 10:")))
        layout.addWidget(self.criteria)
        layout.addStretch(1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(600, 360)

    def problems(self) -> list[str]:
        found = [] if self.title.text().strip() else [self.tr("Enter a title for the stage.")]
        return found + self.criteria.problems()

    def try_save(self) -> None:
        found = self.problems()
        if found:
            self.error.setText("\n".join(found))
            self.error.show()
            return
        contest_id, title, criteria = self.contest_id, self.title.text().strip(), self.criteria.specs()
        self.buttons.setEnabled(False)
        self.session.edit(lambda store: edits.add_scoring_stage(
            store, contest_id=contest_id, title=title, criteria=criteria), self._saved)

    def _saved(self, stage_id: str | None, error: BaseException | None) -> None:
        self.buttons.setEnabled(True)
        if error is not None:
            self.error.setText(self.tr("The stage could not be saved: %1").replace("%1", str(error)))
            self.error.show()
            return
        self.stage_added.emit(stage_id)
        self.accept()
