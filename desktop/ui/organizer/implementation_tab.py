"""The Implementation tab: for each winning idea its status, progress, notes and dates.

Authors see the same record on their own screen once the results are announced.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from desktop import evaluation_edits
from desktop.implementation_queries import ImplementationOverview, Winner, implementation_overview
from desktop.session import Session
from desktop.ui.organizer.implementation_model import STATUSES, TITLE, ImplementationModel
from desktop.ui.organizer.stage_editor import OptionalDateTime


class ImplementationTab(QWidget):
    loaded = Signal()
    saved = Signal(str)  # idea id

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.contest: dict[str, Any] | None = None
        self.overview: ImplementationOverview | None = None
        self.selected: str | None = None
        self._request = 0
        self.model = ImplementationModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Winning ideas"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if column == TITLE
                                        else QHeaderView.ResizeMode.ResizeToContents)
        self.note = QLabel()
        self.note.setObjectName("implementationNote")
        self.note.setWordWrap(True)
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Status"))
        for value in STATUSES:
            self.status.addItem(self.model.status_text(value), value)
        self.progress = QSpinBox()
        self.progress.setRange(0, 100)
        self.progress.setSuffix(" %")
        self.progress.setAccessibleName(self.tr("Progress in percent"))
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(70)
        self.notes.setAccessibleName(self.tr("Notes"))
        self.started = OptionalDateTime(self.tr("Set"), self.tr("Started"))
        self.due = OptionalDateTime(self.tr("Set"), self.tr("Due"))
        self.finished = OptionalDateTime(self.tr("Set"), self.tr("Finished"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.save = QPushButton(self.tr("Save progress"))
        self.save.setShortcut("Ctrl+S")
        self.save.setToolTip(self.tr("Save this idea's implementation record (Ctrl+S)"))
        self.save.clicked.connect(self.save_record)
        self.editor = QGroupBox()
        form = QFormLayout(self.editor)
        form.addRow(self.tr("Stat&us"), self.status)
        form.addRow(self.tr("&Progress"), self.progress)
        form.addRow(self.tr("N&otes"), self.notes)
        form.addRow(self.tr("Started"), self.started)
        form.addRow(self.tr("Due"), self.due)
        form.addRow(self.tr("Finished"), self.finished)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.save)
        form.addRow(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.editor)
        self.table.selectionModel().currentRowChanged.connect(lambda current, _: self._chosen(current))
        session.data_changed.connect(self.reload)
        self._show(None)

    def set_contest(self, contest: dict[str, Any] | None) -> None:
        if (contest or {}).get("id") != (self.contest or {}).get("id"):
            self.selected = None
            self.model.set_winners([], "Asia/Baku")
            self._show(None)
        self.contest = contest
        self.reload()

    def reload(self) -> None:
        self._request += 1
        if self.contest is None:
            return
        request, contest_id = self._request, self.contest["id"]
        self.session.run(lambda store: implementation_overview(store, contest_id),
                         lambda result, error: self._loaded(request, result, error))

    def _loaded(self, request: int, overview: ImplementationOverview | None,
                error: BaseException | None) -> None:
        if not isValid(self) or request != self._request or error is not None or overview is None:
            return
        self.overview = overview
        self.model.set_winners(overview.winners, overview.timezone)
        if not overview.last_stage_closed:
            self.note.setText(self.tr("Implementation is tracked for the ideas that advance in "
                                      "the last stage, once that stage is closed."))
        elif not overview.winners:
            self.note.setText(self.tr("No idea advanced in the last stage, so there is nothing "
                                      "to implement."))
        else:
            self.note.setText(self.tr("Choose a winning idea to record its status, progress, "
                                      "notes and dates. Its author sees them after the results "
                                      "are announced."))
        row = next((n for n, w in enumerate(overview.winners) if w.idea_id == self.selected), -1)
        if row >= 0:
            self.table.selectRow(row)
        self._show(overview.winners[row] if row >= 0 else None, refresh=row >= 0)
        self.loaded.emit()

    def _chosen(self, current) -> None:  # noqa: ANN001
        winner = self.model.winners[current.row()] if current.isValid() else None
        if winner is not None and winner.idea_id != self.selected:
            self.message.clear()
            self._show(winner)

    def _show(self, winner: Winner | None, *, refresh: bool = False) -> None:
        if refresh and winner is not None and winner.idea_id == self.selected:
            return  # the same idea after a reload: what is typed stays
        self.selected = winner.idea_id if winner else None
        self.editor.setEnabled(winner is not None)
        self.editor.setTitle(winner.title if winner else self.tr("No idea selected"))
        record = (winner.record if winner else None) or {}
        zone = self.overview.timezone if self.overview else "Asia/Baku"
        self.status.setCurrentIndex(max(self.status.findData(record.get("status", "planned")), 0))
        self.progress.setValue(int(record.get("progress", 0)))
        self.notes.setPlainText(record.get("notes", ""))
        self.started.set_value(record.get("started_on"), zone)
        self.due.set_value(record.get("due_on"), zone)
        self.finished.set_value(record.get("finished_on"), zone)

    def problems(self) -> list[str]:
        zone = self.overview.timezone if self.overview else "Asia/Baku"
        started, finished = self.started.value(zone), self.finished.value(zone)
        if started and finished and finished < started:
            return [self.tr("The finish date is before the start date.")]
        return []

    def save_record(self) -> None:
        if self.selected is None or self.overview is None:
            return
        found = self.problems()
        if found:
            self.message.setText("\n".join(found))
            return
        zone = self.overview.timezone
        idea_id = self.selected
        values = dict(status=self.status.currentData(), progress=self.progress.value(),
                      notes=self.notes.toPlainText().strip(), started_on=self.started.value(zone),
                      due_on=self.due.value(zone), finished_on=self.finished.value(zone))
        self.save.setEnabled(False)
        self.session.edit(lambda store: evaluation_edits.save_implementation(
            store, idea_id=idea_id, **values), lambda _r, error: self._saved(idea_id, error))

    def _saved(self, idea_id: str, error: BaseException | None) -> None:
        if not isValid(self):
            return
        self.save.setEnabled(True)
        if error is not None:
            self.message.setText(self.tr("Not saved: %1").replace("%1", str(error)))
            return
        self.message.setText(self.tr("Saved."))
        self.saved.emit(idea_id)


