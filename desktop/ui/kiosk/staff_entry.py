"""The staff's way in: a hidden long-press corner, and the panels shown over the kiosk.

A visitor must not stumble into the staff functions, yet staff without a keyboard must
reach them: holding a finger on the top-right corner of the start page for 3 seconds
opens the PIN pad. The panels cover the pages (not the idle banner) with a dimmed backdrop.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

HOLD_MS = 3000
CORNER_SIDE = 120


class LongPressCorner(QWidget):
    """An invisible square in the top-right corner of its parent; emits ``long_pressed``
    when held for ``hold_ms``. A short tap does nothing."""

    long_pressed = Signal()

    def __init__(self, parent: QWidget, *, hold_ms: int = HOLD_MS) -> None:
        super().__init__(parent)
        self.setObjectName("staffCorner")
        self.hold_ms = hold_ms
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.long_pressed)
        self.resize(CORNER_SIDE, CORNER_SIDE)
        parent.installEventFilter(self)
        self._place()
        self.raise_()

    @property
    def holding(self) -> bool:
        return self._timer.isActive()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.parent() and event.type() == QEvent.Type.Resize:
            self._place()
        return False

    def _place(self) -> None:
        parent = self.parentWidget()
        self.move(parent.width() - self.width(), 0)
        self.raise_()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.button() == Qt.MouseButton.LeftButton:
            self._timer.start(self.hold_ms)
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        self._timer.stop()
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        # A finger sliding off the corner is a swipe, not a long press.
        if not self.rect().contains(event.position().toPoint()):
            self._timer.stop()
        event.accept()

    def hideEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        self._timer.stop()
        super().hideEvent(event)


class Overlay(QWidget):
    """A dimmed layer over ``parent`` with a centred white card; ``card_layout`` is the
    card's layout for the subclass to fill. Hidden until ``show_over``."""

    def __init__(self, parent: QWidget, *, card_width: int = 640) -> None:
        super().__init__(parent)
        self.setObjectName("staffOverlay")
        self.card = QFrame()
        self.card.setObjectName("staffCard")
        self.card.setMaximumWidth(card_width)
        self.card.setMinimumWidth(min(card_width, 480))
        self.card_layout = QVBoxLayout(self.card)
        self.card_layout.setContentsMargins(40, 32, 40, 32)
        self.card_layout.setSpacing(16)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.card, 100)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 24, 24, 24)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(1)
        parent.installEventFilter(self)
        self.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.parent() and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.parentWidget().rect())
        return False

    def show_over(self) -> None:
        self.setGeometry(self.parentWidget().rect())
        self.show()
        self.raise_()
        self.setFocus()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(0, 0, 0, 160))
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        event.accept()  # taps on the backdrop must not reach the page underneath
