"""Privacy between visitors: notice when nobody has touched the kiosk for a while.

``IdleWatcher`` is an application-wide event filter; any tap, click, key or wheel counts as
someone being there. Armed (while a visitor's data may be on screen) it counts down and
emits ``countdown`` during the last seconds, then ``timed_out``; the window then wipes.
"""

from __future__ import annotations

import math
import time

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QWidget

from desktop.ui.kiosk.common import button, label

DEFAULT_IDLE_SECONDS = 90
DEFAULT_COUNTDOWN_SECONDS = 15
TICK_MS = 200

# Not MouseMove: a mouse left jittering on a table would keep a visitor's data up forever.
INPUT_EVENTS = frozenset({
    QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick, QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate,
    QEvent.Type.TouchEnd, QEvent.Type.KeyPress, QEvent.Type.Wheel, QEvent.Type.InputMethod,
})


class IdleWatcher(QObject):
    countdown = Signal(int)  # whole seconds left, once per second during the countdown
    resumed = Signal()  # someone touched the screen during the countdown
    timed_out = Signal()

    def __init__(self, idle_seconds: float = DEFAULT_IDLE_SECONDS,
                 countdown_seconds: int | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.clock = time.monotonic  # replaceable, so tests need not wait minutes
        self._fixed_countdown = countdown_seconds
        self.set_idle_seconds(idle_seconds)
        self._last_input = self.clock()
        self._shown: int | None = None  # the seconds last announced; None outside a countdown
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)

    def set_idle_seconds(self, idle_seconds: float) -> None:
        """Takes effect at once: an armed watcher counts the new time from the last input."""
        self.idle_seconds = idle_seconds
        # Short test timeouts still get a countdown, over their second half.
        self.countdown_seconds = (
            self._fixed_countdown if self._fixed_countdown is not None
            else min(DEFAULT_COUNTDOWN_SECONDS, max(1, int(idle_seconds // 2))))

    @property
    def armed(self) -> bool:
        return self._timer.isActive()

    def arm(self) -> None:
        """Start watching (again) from now, e.g. when a visitor leaves the start page."""
        self.poke()
        if not self._timer.isActive():
            self._timer.start()

    def disarm(self) -> None:
        self._timer.stop()
        self._end_countdown()

    def poke(self) -> None:
        self._last_input = self.clock()
        self._end_countdown()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() in INPUT_EVENTS:
            self.poke()
        return False  # only watching: every event goes on to its widget

    def seconds_left(self) -> float:
        return self.idle_seconds - (self.clock() - self._last_input)

    def _end_countdown(self) -> None:
        if self._shown is not None:
            self._shown = None
            self.resumed.emit()

    def _tick(self) -> None:
        left = self.seconds_left()
        if left <= 0:
            self._timer.stop()
            self._shown = None
            self.timed_out.emit()
        elif left <= self.countdown_seconds:
            whole = math.ceil(left)
            if whole != self._shown:
                self._shown = whole
                self.countdown.emit(whole)


class IdleBanner(QFrame):
    """"Are you still there?" across the top of the screen, with a Continue button."""

    continue_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("idleBanner")
        self.seconds = 0
        self.text = label()
        self.continue_button = button("primary")
        self.continue_button.clicked.connect(self.continue_clicked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(48, 20, 48, 20)
        layout.setSpacing(24)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.continue_button)
        self.hide()
        self.retranslate()

    def retranslate(self) -> None:
        self.text.setText(self.tr("Are you still there? Returning to the start in %n second(s)",
                                  "", self.seconds))
        self.continue_button.setText(self.tr("Continue"))

    def show_seconds(self, seconds: int) -> None:
        self.seconds = seconds
        self.retranslate()
        self.show()
