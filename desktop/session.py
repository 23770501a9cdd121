"""A signed-in user's session: the replica, the API client, the two workers, and sync.

Widgets talk to the session only: ``run`` sends a function of the store to the database
worker and calls back on the GUI thread; ``sync_now`` runs a sync on the network worker.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.api_client import ApiClient, NeedsLogin, Offline, SyncError, TooOld
from desktop.conflicts import count_conflicts
from desktop.local_store import LocalStore
from desktop.profile import Profile
from desktop.refusals import count_refusals
from desktop.sync_engine import Cancelled, SyncReport, sync_once
from desktop.worker import Worker
from shared.roles import Role

AUTO_SYNC_MS = 30_000


class Session(QObject):
    sync_started = Signal()
    sync_progress = Signal(int, int)  # records done, records expected
    sync_finished = Signal(object)  # SyncReport
    sync_failed = Signal(str, str)  # kind (offline, login, update, refused, cancelled), message
    data_changed = Signal()  # local data changed (by a sync or an edit): screens reload
    pending_changed = Signal(int)
    conflicts_changed = Signal(int)  # open same-field conflicts waiting for the user's choice
    refusals_changed = Signal(int)  # changes the server refused, kept to show with the reason

    def __init__(self, profile: Profile, token: str | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.profile = profile
        self.role = Role(profile.role)
        self.api = ApiClient(profile.server, token, timeout=15)
        self.db = Worker("ideabank-db", self)
        self.net = Worker("ideabank-net", self)
        self.store = LocalStore(profile.database, role=self.role, user_id=profile.user_id,
                                org_id=profile.org_id)
        self.online: bool | None = None
        self.last_sync: dt.datetime | None = None
        self.syncing = False
        self.closed = False
        self._cancel = threading.Event()
        self.page_size = 1000  # records per pulled page: cancelling stops between pages
        self.timer = QTimer(self)
        self.timer.setInterval(AUTO_SYNC_MS)
        self.timer.timeout.connect(self.sync_now)

    # --- database work --------------------------------------------------------------------

    def run(self, fn: Callable[[LocalStore], Any],
            on_done: Callable[[Any, BaseException | None], None] | None = None) -> None:
        """Run ``fn(store)`` on the database worker; ``on_done(result, error)`` on the GUI.

        After ``close`` nothing runs: callbacks still queued from before may arrive late.
        """
        if self.closed:
            return
        self.db.submit(lambda: fn(self.store), on_done)

    def edit(self, fn: Callable[[LocalStore], Any],
             on_done: Callable[[Any, BaseException | None], None] | None = None) -> None:
        """Like ``run``, for changes: screens are told to reload and a sync is started."""
        def done(result: Any, error: BaseException | None) -> None:
            if error is None:
                self.data_changed.emit()
                self.refresh_pending()
                self.sync_now()
            if on_done is not None:
                on_done(result, error)
        self.run(fn, done)

    def refresh_pending(self) -> None:
        """Tell the status line how many changes wait to be sent and how many conflicts."""
        def show(counts: tuple[int, int, int] | None, error: BaseException | None) -> None:
            if error is None and counts is not None:
                self.pending_changed.emit(counts[0])
                self.conflicts_changed.emit(counts[1])
                self.refusals_changed.emit(counts[2])
        self.run(lambda s: (s.pending_count(), count_conflicts(s), count_refusals(s)), show)

    def ask_server(self, fn: Callable[[ApiClient], Any],
                   on_done: Callable[[Any, BaseException | None], None]) -> None:
        """Run ``fn(api)`` on the network worker (after any sync in progress); ``on_done``
        on the GUI. For server-only reads such as the audit log, which no replica holds."""
        if self.closed:
            return
        self.net.submit(lambda: fn(self.api), on_done)

    # --- sync -----------------------------------------------------------------------------

    def start(self) -> None:
        self.timer.start()
        self.refresh_pending()
        self.sync_now()

    def sync_now(self) -> None:
        if self.syncing or self.closed:
            return
        if not self.api.token:
            self.sync_failed.emit("login", "")
            return
        self.syncing = True
        self._cancel.clear()
        self.sync_started.emit()
        self.net.submit(self._sync_in_background, self._sync_done)

    def cancel_sync(self) -> None:
        self._cancel.set()

    def _sync_in_background(self) -> SyncReport:
        return sync_once(self.store, self.api, run_db=self.db.call,
                         progress=lambda done, total: self.sync_progress.emit(done, total),
                         cancelled=self._cancel.is_set, page_size=self.page_size)

    def _sync_done(self, report: SyncReport | None, error: BaseException | None) -> None:
        self.syncing = False
        if self.closed:
            return
        if error is None:
            self.online = True
            self.last_sync = dt.datetime.now(dt.UTC)
            self.sync_finished.emit(report)
        else:
            kind = {Offline: "offline", NeedsLogin: "login", TooOld: "update",
                    Cancelled: "cancelled"}.get(type(error), "refused")
            self.online = False if kind == "offline" else True
            message = error.message if isinstance(error, SyncError) else str(error)
            self.sync_failed.emit(kind, message)
        self.data_changed.emit()
        self.refresh_pending()

    def close(self) -> None:
        if self.closed:
            return
        self.closed = True
        self.timer.stop()
        self._cancel.set()
        self.net.shutdown()
        self.db.shutdown()
        self.store.close()
