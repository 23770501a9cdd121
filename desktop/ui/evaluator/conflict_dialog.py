"""Declaring a conflict of interest with an idea: a reason, then the idea goes to someone else."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget
from shiboken6 import isValid

from desktop import evaluation_edits
from desktop.session import Session


class ConflictDialog(QDialog):
    declared = Signal(str, str)  # stage id, idea id

    def __init__(self, session: Session, *, stage_id: str, idea_id: str, title: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.stage_id, self.idea_id = session, stage_id, idea_id
        self.setWindowTitle(self.tr("Declare conflict of interest"))
        intro = QLabel(self.tr("You declare that you cannot judge “%1” impartially, for example "
                               "because you know its author or gain from it. The idea is given "
                               "to another evaluator and leaves your list; this cannot be "
                               "withdrawn.").replace("%1", title))
        intro.setWordWrap(True)
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setAccessibleName(self.tr("Reason"))
        self.reason.setPlaceholderText(self.tr("The reason, seen by the organizer"))
        label = QLabel(self.tr("&Reason"))
        label.setBuddy(self.reason)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.confirm = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.confirm.setText(self.tr("Declare conflict"))
        self.confirm.setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.declare)
        self.buttons.rejected.connect(self.reject)
        self.reason.textChanged.connect(
            lambda: self.confirm.setEnabled(bool(self.reason.toPlainText().strip())))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(label)
        layout.addWidget(self.reason)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(520, 300)
        self.reason.setFocus()

    def declare(self) -> None:
        reason = self.reason.toPlainText().strip()
        if not reason:
            return
        stage_id, idea_id = self.stage_id, self.idea_id
        self.buttons.setEnabled(False)
        self.session.edit(lambda store: evaluation_edits.declare_conflict(
            store, stage_id=stage_id, idea_id=idea_id, reason=reason), self._saved)

    def _saved(self, _result: object, error: BaseException | None) -> None:
        if not isValid(self):
            return
        self.buttons.setEnabled(True)
        if error is not None:
            self.error.setText(self.tr("Not saved: %1").replace("%1", str(error)))
            return
        self.declared.emit(self.stage_id, self.idea_id)
        self.accept()
