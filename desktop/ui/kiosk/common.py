"""Building blocks the kiosk pages share: a centred scrolling column, a bottom button bar,
labels, deadline formatting, and callbacks that ignore pages already destroyed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime, QTimeZone
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QScroller,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from desktop.ui.kiosk.style import COLUMN_MAX_WIDTH

SIDE_MARGIN = 48
Callback = Callable[[Any, BaseException | None], None]


def centred(content: QWidget, parent: QWidget | None = None) -> QWidget:
    """``content`` centred horizontally, never wider than a comfortable reading column.

    The huge stretch factor lets the column take (almost) the whole width on a portrait
    screen; on a landscape one its maximum width stops it and the side spacers share the rest.
    """
    holder = QWidget(parent)
    holder.setObjectName("kioskViewport")
    content.setMaximumWidth(COLUMN_MAX_WIDTH)
    row = QHBoxLayout(holder)
    row.setContentsMargins(SIDE_MARGIN, 0, SIDE_MARGIN, 0)
    row.addStretch(1)
    row.addWidget(content, 1000)
    row.addStretch(1)
    return holder


def scrolling_column(parent: QWidget | None = None) -> tuple[QScrollArea, QVBoxLayout]:
    """A vertically scrolling column; returns the scroll area and the column's layout."""
    column = QWidget()
    column.setObjectName("kioskColumn")
    layout = QVBoxLayout(column)
    layout.setContentsMargins(0, 40, 0, 40)
    layout.setSpacing(16)
    scroll = QScrollArea(parent)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setWidget(centred(column))
    # A finger drag scrolls the page, as people expect from phones.
    QScroller.grabGesture(scroll.viewport(), QScroller.ScrollerGestureType.TouchGesture)
    return scroll, layout


def button_bar(*items: QWidget | None, parent: QWidget | None = None) -> QFrame:
    """Buttons that stay at the bottom of the screen, outside the scrolling part.

    ``None`` in ``items`` is a stretch, so ``(back, None, send)`` puts them at both ends.
    """
    bar = QFrame(parent)
    bar.setObjectName("buttonBar")
    inner = QWidget()
    inner.setObjectName("kioskColumn")
    row = QHBoxLayout(inner)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(24)
    for item in items:
        if item is None:
            row.addStretch(1)
        elif isinstance(item, QLabel):
            row.addWidget(item, 1)  # a message between buttons takes the free space
        else:
            row.addWidget(item)
    outer = QVBoxLayout(bar)
    outer.setContentsMargins(0, 20, 0, 20)
    outer.addWidget(centred(inner))
    return bar


def label(name: str = "", *, centre: bool = False, parent: QWidget | None = None) -> QLabel:
    """A word-wrapping label with an object name the style sheet knows."""
    widget = QLabel(parent)
    widget.setWordWrap(True)
    if name:
        widget.setObjectName(name)
    if centre:
        widget.setAlignment(Qt.AlignmentFlag.AlignHCenter)
    widget.setTextFormat(Qt.TextFormat.PlainText)  # contest titles come from outside
    return widget


def button(name: str = "", parent: QWidget | None = None) -> QPushButton:
    widget = QPushButton(parent)
    if name:
        widget.setObjectName(name)
    widget.setAutoDefault(False)
    return widget


def page_layout(page: QWidget) -> QBoxLayout:
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    return layout


def local_deadline(ends_at: dt.datetime, timezone: str) -> tuple[QDate, QTime]:
    """The deadline as the date and time on the contest's own clock."""
    try:
        local = ends_at.astimezone(ZoneInfo(timezone))
        return QDate(local.year, local.month, local.day), QTime(local.hour, local.minute)
    except (ZoneInfoNotFoundError, ValueError):
        # Windows without the tzdata package: Qt carries its own zone database there.
        qt = QDateTime.fromSecsSinceEpoch(int(ends_at.timestamp()),
                                          QTimeZone(timezone.encode()))
        return qt.date(), qt.time()


def format_deadline(ends_at: dt.datetime, timezone: str) -> str:
    """E.g. "31 dekabr 2025, 18:00" in the current language, on the contest's clock."""
    date, time = local_deadline(ends_at, timezone)
    locale = QLocale()
    return (f"{locale.toString(date, 'd MMMM yyyy')}, "
            f"{locale.toString(time, QLocale.FormatType.ShortFormat)}")


def if_alive(widget: QWidget, fn: Callback) -> Callback:
    """A worker callback that does nothing once ``widget`` is gone (e.g. at shutdown)."""
    def callback(result: Any, error: BaseException | None) -> None:
        if isValid(widget):
            fn(result, error)
    return callback
