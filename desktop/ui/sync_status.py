"""The status line: online or offline, last sync, pending changes, Sync now, progress."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from desktop.session import Session


class SyncStatus(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.state = QLabel()
        self.state.setObjectName("syncState")
        self.last = QLabel()
        self.pending = QLabel()
        self.message = QLabel()
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(160)
        self.progress.hide()
        self.cancel = QPushButton(self.tr("Cancel"))
        self.cancel.hide()
        self.conflicts = QPushButton()
        self.conflicts.setObjectName("conflictsLink")
        self.conflicts.setFlat(True)
        self.conflicts.setCursor(Qt.CursorShape.PointingHandCursor)
        self.conflicts.setToolTip(self.tr("Choose between their value and yours (Ctrl+Shift+K)"))
        self.conflicts.hide()
        self.refusals = QPushButton()
        self.refusals.setObjectName("refusalsLink")
        self.refusals.setFlat(True)
        self.refusals.setCursor(Qt.CursorShape.PointingHandCursor)
        self.refusals.setToolTip(self.tr("See which changes the server refused, and why"))
        self.refusals.hide()
        self.sync = QPushButton(self.tr("Sync now"))
        self.sync.setShortcut("F5")
        self.sync.setToolTip(self.tr("Send your changes and fetch new ones (F5)"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        for w in (self.state, self.last, self.pending, self.conflicts, self.refusals,
                  self.message):
            layout.addWidget(w)
        layout.addStretch(1)
        layout.addWidget(self.progress)
        layout.addWidget(self.cancel)
        layout.addWidget(self.sync)
        self.sync.clicked.connect(session.sync_now)
        self.cancel.clicked.connect(session.cancel_sync)
        session.sync_started.connect(self._started)
        session.sync_progress.connect(self._progress)
        session.sync_finished.connect(self._finished)
        session.sync_failed.connect(self._failed)
        session.pending_changed.connect(self._pending)
        session.conflicts_changed.connect(self._conflicts)
        session.refusals_changed.connect(self._refusals)
        self.refusals.clicked.connect(self.open_refusals)
        self.conflicts.clicked.connect(self.open_conflicts)
        self._show_state()
        self._pending(0)

    def _show_state(self) -> None:
        if self.session.online is None:
            self.state.setText(self.tr("Not synced yet"))
        elif self.session.online:
            self.state.setText(self.tr("● Online"))
        else:
            self.state.setText(self.tr("○ Offline — your work is kept and sent later"))
        if self.session.last_sync is not None:
            when = QLocale().toString(self.session.last_sync.astimezone().time(),
                                      QLocale.FormatType.ShortFormat)
            self.last.setText(self.tr("Last sync: %1").replace("%1", when))

    def _started(self) -> None:
        self.sync.setEnabled(False)
        self.message.clear()

    def _progress(self, done: int, total: int) -> None:
        # Only a sync of more than one page is worth a bar and a cancel button.
        if total > getattr(self.session, "page_size", 1000):
            self.progress.setRange(0, total)
            self.progress.setValue(done)
            self.progress.show()
            self.cancel.show()

    def _finished(self, report) -> None:  # noqa: ANN001
        self._idle()
        if report.redownloaded:
            self.message.setText(self.tr("The server asked for a fresh copy, so everything was "
                                         "downloaded again. Your unsent work was kept and sent."))
        if report.clock_skew is not None:
            self.message.setText(self.tr("This computer's clock is off by %1 minutes.")
                                 .replace("%1", str(int(abs(report.clock_skew.total_seconds()) // 60))))
        self._show_state()

    def _failed(self, kind: str, message: str) -> None:
        self._idle()
        texts = {
            "offline": "",
            "login": self.tr("Log in again to sync."),
            "update": self.tr("Please update Idea Bank: the server no longer accepts this "
                              "version. Your unsent work is kept."),
            "cancelled": self.tr("Sync cancelled. What was received is kept."),
            "refused": self.tr("The server refused the sync: %1").replace("%1", message),
        }
        self.message.setText(texts.get(kind, message))
        self._show_state()

    def _idle(self) -> None:
        self.sync.setEnabled(True)
        self.progress.hide()
        self.cancel.hide()

    def _conflicts(self, count: int) -> None:
        self.conflicts.setText(self.tr("%n conflict(s) — resolve", "", count))
        self.conflicts.setAccessibleName(self.conflicts.text())
        self.conflicts.setVisible(count > 0)

    def _refusals(self, count: int) -> None:
        self.refusals.setText(self.tr("%n change(s) refused — see why", "", count))
        self.refusals.setAccessibleName(self.refusals.text())
        self.refusals.setVisible(count > 0)

    def open_refusals(self) -> None:
        from desktop.ui.refusals_dialog import show_refusals

        show_refusals(self.session, self.window())

    def open_conflicts(self) -> None:
        from desktop.ui.conflicts_dialog import show_conflicts

        show_conflicts(self.session, self.window())

    def _pending(self, count: int) -> None:
        self.pending.setText(self.tr("%n change(s) waiting to be sent", "", count) if count
                             else self.tr("Everything sent"))
