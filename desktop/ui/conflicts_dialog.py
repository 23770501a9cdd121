"""The conflicts screen: each field someone else changed too, theirs and mine side by side.

Picking a side goes through ``desktop.conflicts.resolve`` on the database worker as an
edit, so the screens reload and a sync starts at once: a kept "mine" is on its way.
"""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop import conflicts
from desktop.conflicts import Conflict
from desktop.session import Session
from desktop.ui.conflicts_model import CONFLICT_ROLE, RECORD, ConflictsModel


class ConflictsDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Conflicts to resolve"))
        self.model = ConflictsModel(self)
        self.intro = QLabel(self.tr(
            "Someone else changed these fields on the server while you were changing them "
            "too. Until you choose, Idea Bank shows their value; your value waits here."))
        self.intro.setWordWrap(True)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Conflicts"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(RECORD, QHeaderView.ResizeMode.ResizeToContents)
        self.empty = QLabel(self.tr("No conflicts: everything you changed has reached the "
                                    "server as you wrote it."))
        self.empty.setWordWrap(True)
        self.theirs_title, self.mine_title = QLabel(), QLabel()
        self.theirs = self._pane(self.tr("Their value, on the server"))
        self.mine = self._pane(self.tr("Your value"))
        self.keep_theirs = QPushButton(self.tr("Keep &theirs"))
        self.keep_theirs.setToolTip(self.tr("Drop your value; nothing is sent"))
        self.keep_mine = QPushButton(self.tr("Keep &mine"))
        self.keep_mine.setToolTip(self.tr("Send your value to the server again"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        sides = QGridLayout()
        sides.addWidget(self.theirs_title, 0, 0)
        sides.addWidget(self.mine_title, 0, 1)
        sides.addWidget(self.theirs, 1, 0)
        sides.addWidget(self.mine, 1, 1)
        sides.addWidget(self.keep_theirs, 2, 0)
        sides.addWidget(self.keep_mine, 2, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 2)
        layout.addWidget(self.empty)
        layout.addLayout(sides, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.keep_theirs.clicked.connect(lambda: self.choose("theirs"))
        self.keep_mine.clicked.connect(lambda: self.choose("mine"))
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        session.data_changed.connect(self.reload)
        self.resize(900, 560)
        self._show_current()
        self.reload()

    def _pane(self, name: str) -> QPlainTextEdit:
        pane = QPlainTextEdit()
        pane.setReadOnly(True)
        pane.setTabChangesFocus(True)
        pane.setAccessibleName(name)
        return pane

    def reload(self) -> None:
        self.session.run(conflicts.list_conflicts, self._loaded)

    def _loaded(self, found: list[Conflict] | None, error: BaseException | None) -> None:
        if error is not None or found is None:
            self.status.setText(self.tr("The conflicts could not be read: %1")
                                .replace("%1", str(error)))
            return
        current = self.current()
        key = (current.kind, current.record_id, current.field) if current else None
        self.model.set_conflicts(found)
        keys = [(c.kind, c.record_id, c.field) for c in found]
        row = keys.index(key) if key in keys else 0
        if found:
            self.table.setCurrentIndex(self.model.index(row, 0))
        self._show_current()

    def current(self) -> Conflict | None:
        index = self.table.currentIndex()
        return index.data(CONFLICT_ROLE) if index.isValid() else None

    def _show_current(self) -> None:
        conflict = self.current()
        has_rows = self.model.rowCount() > 0
        self.table.setVisible(has_rows)
        self.empty.setVisible(not has_rows)
        for w in (self.keep_theirs, self.keep_mine):
            w.setEnabled(conflict is not None)
        if conflict is None:
            self.theirs_title.setText(self.tr("Their value, on the server"))
            self.mine_title.setText(self.tr("Your value"))
            self.theirs.clear()
            self.mine.clear()
            return
        what = f"{self.model.record_text(conflict)} — {self.model.field_text(conflict.field)}"
        self.theirs_title.setText(self.tr("Theirs, on the server: %1").replace("%1", what))
        self.mine_title.setText(self.tr("Mine: %1").replace("%1", what))
        self.theirs_title.setWordWrap(True)
        self.mine_title.setWordWrap(True)
        self.theirs.setPlainText(self.model.value_text(conflict, conflict.theirs))
        self.mine.setPlainText(self.model.value_text(conflict, conflict.mine))

    def choose(self, choice: conflicts.Choice) -> None:
        conflict = self.current()
        if conflict is None:
            return
        for w in (self.keep_theirs, self.keep_mine):
            w.setEnabled(False)
        self.session.edit(
            lambda store: conflicts.resolve(store, kind=conflict.kind,
                                            record_id=conflict.record_id,
                                            field=conflict.field, choice=choice),
            lambda _result, error: self._resolved(choice, error))

    def _resolved(self, choice: str, error: BaseException | None) -> None:
        if error is not None:
            self.status.setText(self.tr("This conflict could not be resolved: %1")
                                .replace("%1", str(error)))
            self.reload()
            return
        self.status.setText(self.tr("Your value is being sent to the server.") if choice == "mine"
                            else self.tr("Their value is kept."))
        self.reload()


def show_conflicts(session: Session, parent: QWidget) -> ConflictsDialog:
    """One conflicts window per main window, brought to the front when asked again."""
    dialog = parent.findChild(ConflictsDialog)
    if dialog is None:
        dialog = ConflictsDialog(session, parent)
    dialog.reload()
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog


RESOLVE_SHORTCUT = QKeySequence("Ctrl+Shift+K")
__all__ = ["ConflictsDialog", "RESOLVE_SHORTCUT", "show_conflicts"]
