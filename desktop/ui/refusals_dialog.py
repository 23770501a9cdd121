"""The list of changes the server refused, each with its reason; dismiss one once read."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop import refusals
from desktop.refusals import Refusal
from desktop.session import Session
from desktop.ui.refusals_model import REASON, REFUSAL_ROLE, SENT, RefusalsModel


class RefusalsDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Changes refused by the server"))
        self.model = RefusalsModel(self)
        self.intro = QLabel(self.tr(
            "The server did not accept these changes, for the reason shown. They are not on "
            "the server: correct the item and save it again, or dismiss the note."))
        self.intro.setWordWrap(True)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Refused changes"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in (SENT, REASON):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel(self.tr("Nothing refused: the server accepted all your changes."))
        self.empty.setWordWrap(True)
        self.dismiss = QPushButton(self.tr("&Dismiss"))
        self.dismiss.setToolTip(self.tr("Forget this note (Delete)"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.addButton(self.dismiss, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.dismiss.clicked.connect(self.dismiss_current)
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self.dismiss_current)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_state())
        session.data_changed.connect(self.reload)
        self.resize(900, 420)
        self._show_state()
        self.reload()

    def reload(self) -> None:
        self.session.run(refusals.list_refusals, self._loaded)

    def _loaded(self, found: list[Refusal] | None, error: BaseException | None) -> None:
        if error is not None or found is None:
            self.status.setText(self.tr("The refused changes could not be read: %1")
                                .replace("%1", str(error)))
            return
        self.model.set_refusals(found)
        if found:
            self.table.setCurrentIndex(self.model.index(0, 0))
        self.table.resizeRowsToContents()
        self._show_state()

    def current(self) -> Refusal | None:
        index = self.table.currentIndex()
        return index.data(REFUSAL_ROLE) if index.isValid() else None

    def _show_state(self) -> None:
        has_rows = self.model.rowCount() > 0
        self.table.setVisible(has_rows)
        self.empty.setVisible(not has_rows)
        self.dismiss.setEnabled(self.current() is not None)

    def dismiss_current(self) -> None:
        refusal = self.current()
        if refusal is None:
            return
        self.dismiss.setEnabled(False)

        def done(_result: object, error: BaseException | None) -> None:
            if error is not None:
                self.status.setText(str(error))
            self.session.data_changed.emit()
            self.session.refresh_pending()

        self.session.run(lambda store: refusals.dismiss(store, refusal.mutation_id), done)


def show_refusals(session: Session, parent: QWidget) -> RefusalsDialog:
    dialog = parent.findChild(RefusalsDialog)
    if dialog is None:
        dialog = RefusalsDialog(session, parent)
    dialog.reload()
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
