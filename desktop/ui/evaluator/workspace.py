"""The evaluator's workspace: the queue on the left, the idea and its scoring form on the right.

Works the same offline: saving goes to the outbox and the status line shows what waits.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from desktop.queries import QueueItem, evaluator_queue
from desktop.session import Session
from desktop.ui.evaluator.conflict_dialog import ConflictDialog
from desktop.ui.evaluator.idea_view import IdeaView
from desktop.ui.evaluator.queue_model import Key, QueueModel, State, is_unfinished, state_of
from desktop.ui.evaluator.scoring_form import ScoringForm
from desktop.ui.evaluator.screening_form import ScreeningForm


class EvaluatorWorkspace(QWidget):
    idea_selected = Signal(str, str)  # stage id, idea id
    queue_loaded = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.current_key: Key | None = None
        self._generation = 0
        self._advance_from: Key | None = None
        self._focus_form = False
        self._first_load = True

        self.model = QueueModel(self)
        self.progress = QProgressBar()
        self.progress.setObjectName("queueProgress")
        self.only_unfinished = QCheckBox(self.tr("Show only unfinished ideas"))
        self.only_unfinished.toggled.connect(lambda _on: self._rebuild())
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setAllColumnsShowFocus(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setAccessibleName(self.tr("Ideas to score"))
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        self.tree.activated.connect(lambda _index: self.form.focus_first())
        self.empty = QLabel(self.tr("No ideas are assigned to you yet. They appear here once the "
                                    "organizer assigns them and this computer has synced."))
        self.empty.setWordWrap(True)
        self.empty.hide()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(8, 8, 4, 8)
        heading = QLabel(self.tr("Your ideas to score"))
        heading.setStyleSheet("font-size: 12pt; font-weight: bold")
        for w in (heading, self.progress, self.only_unfinished, self.empty):
            left_layout.addWidget(w)
        left_layout.addWidget(self.tree, 1)

        self.idea_view = IdeaView()
        self.scoring_form = ScoringForm(session)
        self.scoring_form.hide()
        self.scoring_form.scores_saved.connect(self._scores_saved)
        self.scoring_form.loaded.connect(self._form_loaded)
        self.screening_form = ScreeningForm(session)
        self.screening_form.hide()
        self.screening_form.saved.connect(self._scores_saved)
        self.screening_form.loaded.connect(self._form_loaded)
        self.form: ScoringForm | ScreeningForm = self.scoring_form  # the one for the open idea
        self.conflict_dialog: ConflictDialog | None = None
        self.declare_conflict = QPushButton(self.tr("Declare conflict of &interest…"))
        self.declare_conflict.setToolTip(self.tr("You cannot judge this idea impartially: it "
                                                 "goes to another evaluator"))
        self.declare_conflict.setEnabled(False)
        self.declare_conflict.clicked.connect(self.open_conflict_dialog)
        view = QWidget()
        view_layout = QVBoxLayout(view)
        view_layout.setContentsMargins(0, 0, 0, 0)
        view_layout.addWidget(self.idea_view, 1)
        view_layout.addWidget(self.declare_conflict, 0, Qt.AlignmentFlag.AlignRight)
        forms = QWidget()
        forms_layout = QVBoxLayout(forms)
        forms_layout.setContentsMargins(0, 0, 0, 0)
        forms_layout.addWidget(self.scoring_form)
        forms_layout.addWidget(self.screening_form)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(view)
        right.addWidget(forms)
        right.setStretchFactor(0, 1)
        right.setChildrenCollapsible(False)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        # Room for a whole idea title, three levels deep, next to its state in any language.
        splitter.setSizes([480, 800])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        QWidget.setTabOrder(self.only_unfinished, self.tree)

        self._shortcut("Ctrl+S", lambda: self.form.save(advance=False))
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            self._shortcut(keys, lambda: self.form.save(advance=True))
        self._shortcut("Ctrl+PgDown", lambda: self._step(1))
        self._shortcut("Ctrl+PgUp", lambda: self._step(-1))
        session.data_changed.connect(self.reload)
        self.reload()

    def _shortcut(self, keys: str, slot) -> None:  # noqa: ANN001
        shortcut = QShortcut(QKeySequence(keys), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(slot)

    # --- the queue --------------------------------------------------------------------------

    def reload(self) -> None:
        self._generation += 1
        generation = self._generation
        self.session.run(evaluator_queue, lambda items, error: self._loaded(generation, items, error))

    def _loaded(self, generation: int, items: list[QueueItem] | None,
                error: BaseException | None) -> None:
        if not isValid(self) or generation != self._generation or error is not None:
            return  # a newer reload is on its way; a failed read keeps what is shown
        self.model.set_items(items or [], only_unfinished=self.only_unfinished.isChecked(),
                             keep=self.current_key)
        self._after_rebuild()
        if self._advance_from is not None:
            after, self._advance_from = self._advance_from, None
            self._open_next_unfinished(after)
        elif self._first_load and self.current_key is None:
            first = next((i for i in self.model.items if is_unfinished(i)), None)
            if first is not None:
                self.select((first.stage_id, first.idea_id))
        self._first_load = False
        self.queue_loaded.emit()

    def _rebuild(self) -> None:
        self.model.set_items(self.model.items, only_unfinished=self.only_unfinished.isChecked(),
                             keep=self.current_key)
        self._after_rebuild()

    def _after_rebuild(self) -> None:
        items = self.model.items
        done = sum(state_of(i) == State.DONE for i in items)
        self.progress.setRange(0, max(len(items), 1))
        self.progress.setValue(done)
        self.progress.setFormat(self.tr("%1 of %2 done").replace("%1", str(done))
                                .replace("%2", str(len(items))))
        self.empty.setVisible(not items)
        self.tree.expandAll()
        current = next((i for i in items if (i.stage_id, i.idea_id) == self.current_key), None)
        if current is None:
            if self.current_key is not None:  # no longer assigned
                self.current_key = None
                self.idea_view.show_item(None)
                self.form.hide()
                self.declare_conflict.setEnabled(False)
            return
        index = self.model.index_of(self.current_key)
        selection = self.tree.selectionModel()
        selection.blockSignals(True)  # the same idea: not a new selection
        selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                  | QItemSelectionModel.SelectionFlag.Rows)
        selection.blockSignals(False)
        self.tree.viewport().update()
        self.idea_view.show_item(current)
        self.form.refresh(current)

    def select(self, key: Key) -> None:
        index = self.model.index_of(key)
        if index.isValid():
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        item = self.model.item_at(current)
        if item is None or (item.stage_id, item.idea_id) == self.current_key:
            return
        if self.form.dirty and not self._leave_unsaved():
            if self.current_key is not None:
                selection = self.tree.selectionModel()
                selection.blockSignals(True)
                selection.setCurrentIndex(self.model.index_of(self.current_key),
                                          QItemSelectionModel.SelectionFlag.ClearAndSelect
                                          | QItemSelectionModel.SelectionFlag.Rows)
                selection.blockSignals(False)
            return
        self.current_key = (item.stage_id, item.idea_id)
        self.idea_view.show_item(item)
        self.form.hide()
        self.form = self.screening_form if item.stage_kind == "screening" else self.scoring_form
        self.form.show()
        self.form.load(item)
        self.declare_conflict.setEnabled(item.stage_status == "open")
        self.idea_selected.emit(item.stage_id, item.idea_id)

    def _leave_unsaved(self) -> bool:
        """Ask about unsaved scores; False keeps the user on the current idea."""
        answer = QMessageBox.question(
            self, self.tr("Unsaved scores"),
            self.tr("You changed scores on this idea without saving. Save them as a draft?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Cancel:
            return False
        if answer == QMessageBox.StandardButton.Save:
            self.form.save(advance=False)
        return True

    def open_conflict_dialog(self) -> None:
        item = next((i for i in self.model.items
                     if (i.stage_id, i.idea_id) == self.current_key), None)
        if item is None:
            return
        self.conflict_dialog = ConflictDialog(self.session, stage_id=item.stage_id,
                                              idea_id=item.idea_id, title=item.title, parent=self)
        self.conflict_dialog.open()

    # --- moving on --------------------------------------------------------------------------

    def _scores_saved(self, stage_id: str, idea_id: str, advance: bool) -> None:
        if advance:
            # Move on once the queue shows the new state, so "unfinished" is up to date.
            self._advance_from = (stage_id, idea_id)
            self.reload()

    def _open_next_unfinished(self, after: Key) -> None:
        items = self.model.items
        keys = [(i.stage_id, i.idea_id) for i in items]
        start = keys.index(after) + 1 if after in keys else 0
        for item in items[start:] + items[:start]:
            if is_unfinished(item) and (item.stage_id, item.idea_id) != after:
                self._focus_form = True
                self.select((item.stage_id, item.idea_id))
                return
        self.form.message.setText(self.tr("All ideas assigned to you are scored. Thank you!"))

    def _step(self, delta: int) -> None:
        keys = self.model.visible_keys()
        if not keys:
            return
        position = keys.index(self.current_key) + delta if self.current_key in keys else 0
        key = keys[max(0, min(position, len(keys) - 1))]
        if key != self.current_key:
            self._focus_form = True
            self.select(key)

    def _form_loaded(self) -> None:
        if self._focus_form:
            self._focus_form = False
            self.form.focus_first()
