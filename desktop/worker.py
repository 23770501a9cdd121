"""Background execution with results delivered on the GUI thread.

One ``Worker`` is one thread. The session has two: one serializes every local database
call, the other does network work. A submitted function must not touch any widget; its
``(result, error)`` callback runs later on the GUI thread, where widgets may be updated.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot

log = logging.getLogger(__name__)

Callback = Callable[[Any, BaseException | None], None]


class Worker(QObject):
    _finished = Signal(object, object, object)  # callback, result, error

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix=name)
        # Always queued: a future that is already done runs its done-callback at once on the
        # submitting (GUI) thread, and the answer must still arrive after submit() returns.
        self._finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def submit(self, fn: Callable[[], Any], on_done: Callback | None = None) -> Future:
        future = self._executor.submit(fn)
        if on_done is not None:
            future.add_done_callback(
                lambda f: self._finished.emit(on_done, None if f.exception() else f.result(),
                                              f.exception()))
        return future

    def call(self, fn: Callable[[], Any]) -> Any:
        """Run ``fn`` on this worker and wait: for use from the *other* worker only."""
        return self._executor.submit(fn).result()

    @Slot(object, object, object)
    def _deliver(self, callback: Callback, result: Any, error: BaseException | None) -> None:
        try:
            callback(result, error)
        except RuntimeError as exc:
            # The screen that asked was closed while the work ran: its widgets are gone and
            # the answer has nobody to go to. Anything else is a real error and propagates.
            if "already deleted" not in str(exc):
                raise
            log.debug("dropped a result for a closed screen: %s", exc)

    def shutdown(self) -> None:
        self._executor.shutdown(wait=True, cancel_futures=False)
