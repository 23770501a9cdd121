"""Charts drawn with QPainter: horizontal bars and lines over time.

QtCharts ships only in the PySide6-Addons wheel, which would more than double the packaged
client for two simple kinds of chart; these widgets draw what the dashboard needs, in the
palette's colours, and render to PNG with ``grab()`` at their own size.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

#: Okabe–Ito colours: told apart by people with the common kinds of colour blindness.
COLOURS = (QColor("#0072B2"), QColor("#E69F00"), QColor("#009E73"), QColor("#CC79A7"),
           QColor("#56B4E9"), QColor("#D55E00"))
MARGIN, GAP, BAR, SWATCH = 10, 6, 16, 12


@dataclass(frozen=True)
class Series:
    name: str
    values: Sequence[float]
    colour: QColor


def nice_ticks(low: float, high: float, most: int = 6) -> list[float]:
    """Round tick values covering [low, high]: steps of 1, 2 or 5 times a power of ten."""
    if high <= low:
        high = low + 1
    raw = (high - low) / max(most - 1, 1)
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
    if low >= 0 and high >= 1 and step < 1:
        step = 1.0  # counts: no half ideas on the axis
    first, last = math.floor(low / step), math.ceil(high / step)
    return [round(n * step, 10) for n in range(first, last + 1)]


def number_text(value: float) -> str:
    """A tick label: whole numbers without decimals, others with one, in the locale."""
    if float(value).is_integer():
        return QLocale().toString(int(value))
    return QLocale().toString(float(value), "f", 1)


class Chart(QWidget):
    """What both kinds share: the legend, the text colour, the accessible summary."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.series: list[Series] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)

    def _legend_height(self, width: int) -> int:
        return 0 if len(self.series) < 2 else self._legend_rows(width) * (self._line() + 4)

    def _line(self) -> int:
        return QFontMetrics(self.font()).height()

    def _legend_entries(self, width: int) -> list[tuple[int, int, Series]]:
        """(row, x, series) of each legend entry, wrapped to ``width``."""
        metrics = QFontMetrics(self.font())
        entries, row, x = [], 0, MARGIN
        for s in self.series:
            needed = SWATCH + 4 + metrics.horizontalAdvance(s.name) + 16
            if x > MARGIN and x + needed > width - MARGIN:
                row, x = row + 1, MARGIN
            entries.append((row, x, s))
            x += needed
        return entries

    def _legend_rows(self, width: int) -> int:
        entries = self._legend_entries(width)
        return entries[-1][0] + 1 if entries else 0

    def _paint_legend(self, painter: QPainter) -> None:
        if len(self.series) < 2:
            return
        line = self._line() + 4
        for row, x, s in self._legend_entries(self.width()):
            y = MARGIN // 2 + row * line
            painter.fillRect(QRectF(x, y + (line - SWATCH) / 2, SWATCH, SWATCH), s.colour)
            painter.setPen(self.palette().color(QPalette.ColorRole.Text))
            painter.drawText(QRectF(x + SWATCH + 4, y, 1000, line),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, s.name)

    def _muted(self) -> QColor:
        return self.palette().color(QPalette.ColorRole.PlaceholderText)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return True

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(480, self.heightForWidth(480))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(280, self.heightForWidth(480))


class BarChart(Chart):
    """One row per category. Series side by side ("grouped"), end to end ("stacked"), or
    drawn over each other from zero ("overlay": a part over its whole, e.g. done of assigned).
    Negative values grow left of a zero line, for figures such as leniency."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.categories: list[str] = []
        self.mode = "grouped"
        self.maximum: float | None = None
        self.value_text: Callable[[int], str] = lambda i: ""

    def set_data(self, categories: Sequence[str], series: Sequence[Series], *,
                 mode: str = "grouped", maximum: float | None = None,
                 value_text: Callable[[int], str] | None = None) -> None:
        if mode not in ("grouped", "stacked", "overlay"):
            raise ValueError(f"unknown bar mode {mode!r}")
        self.categories, self.series, self.mode, self.maximum = (
            list(categories), list(series), mode, maximum)
        self.value_text = value_text or (lambda i: number_text(self._total(i)))
        self.updateGeometry()
        self.update()

    def _total(self, i: int) -> float:
        if self.mode == "stacked":
            return sum(s.values[i] for s in self.series)
        return max(s.values[i] for s in self.series)

    def _row_height(self) -> int:
        bars = len(self.series) if self.mode == "grouped" else 1
        return max(bars * BAR, self._line()) + GAP

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        axis = self._line() + GAP * 2
        return (MARGIN + self._legend_height(width) + len(self.categories) * self._row_height()
                + axis + MARGIN)

    def _range(self) -> tuple[float, float]:
        values = ([self._total(i) for i in range(len(self.categories))] if self.mode == "stacked"
                  else [v for s in self.series for v in s.values])
        low, high = min([0.0, *values]), max([0.0, *values])
        if self.maximum is not None:
            high = max(high, self.maximum)
        if high == low:
            high = low + 1
        return low, high

    def paintEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        if not self.categories or not self.series:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._paint_legend(painter)
        metrics = QFontMetrics(self.font())
        text = self.palette().color(QPalette.ColorRole.Text)
        value_width = max(metrics.horizontalAdvance(self.value_text(i))
                          for i in range(len(self.categories))) + GAP
        # Labels take what they need, as long as the bars keep a third of the width.
        room = self.width() - 2 * MARGIN - GAP - value_width - self.width() // 3
        label_width = max(min(max(metrics.horizontalAdvance(c) for c in self.categories) + 4,
                              room), 40)
        left = MARGIN + label_width + GAP
        right = self.width() - MARGIN - value_width
        top = MARGIN + self._legend_height(self.width())
        low, high = self._range()
        ticks = nice_ticks(low, high, most=max(2, min(6, (right - left) // 50)))
        low, high = min(low, ticks[0]), max(high, ticks[-1])

        def x_of(value: float) -> float:
            return left + (value - low) / (high - low) * (right - left)

        row = self._row_height()
        bottom = top + len(self.categories) * row
        grid = QPen(self._muted())
        grid.setStyle(Qt.PenStyle.DotLine)
        for tick in ticks:
            x = x_of(tick)
            painter.setPen(grid)
            painter.drawLine(QPointF(x, top), QPointF(x, bottom))
            painter.setPen(text)
            label = number_text(tick)
            w = metrics.horizontalAdvance(label)
            painter.drawText(QRectF(x - w / 2 - 2, bottom + GAP, w + 4, self._line()),
                             Qt.AlignmentFlag.AlignCenter, label)
        for i, category in enumerate(self.categories):
            y = top + i * row
            painter.setPen(text)
            painter.drawText(QRectF(MARGIN, y, label_width, row - GAP),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             metrics.elidedText(category, Qt.TextElideMode.ElideRight,
                                                label_width))
            end = self._paint_row(painter, i, y, row - GAP, x_of)
            painter.setPen(text)
            painter.drawText(QRectF(end + 4, y, value_width + right - end, row - GAP),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             self.value_text(i))
        painter.setPen(QPen(text, 1))
        painter.drawLine(QPointF(x_of(0), top - 2), QPointF(x_of(0), bottom))
        painter.end()

    def _paint_row(self, painter: QPainter, i: int, y: float, height: float,
                   x_of: Callable[[float], float]) -> float:
        """Draw category ``i``'s bars; return the x where its value text may start."""
        zero = x_of(0)
        end = zero
        if self.mode == "grouped":
            for n, s in enumerate(self.series):
                x = x_of(s.values[i])
                painter.fillRect(QRectF(min(zero, x), y + n * BAR + 1, abs(x - zero), BAR - 2),
                                 s.colour)
                end = max(end, x)
        elif self.mode == "stacked":
            start = 0.0
            for s in self.series:
                a, b = x_of(start), x_of(start + s.values[i])
                painter.fillRect(QRectF(a, y + (height - BAR) / 2 + 1, b - a, BAR - 2), s.colour)
                start += s.values[i]
            end = x_of(start)
        else:
            for s in self.series:
                x = x_of(s.values[i])
                painter.fillRect(QRectF(zero, y + (height - BAR) / 2 + 1, x - zero, BAR - 2),
                                 s.colour)
                end = max(end, x)
        return end


class LineChart(Chart):
    """Values over consecutive periods, one line per series; x labels thinned to fit."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.labels: list[str] = []

    def set_data(self, labels: Sequence[str], series: Sequence[Series]) -> None:
        self.labels, self.series = list(labels), list(series)
        self.updateGeometry()
        self.update()

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        return MARGIN + self._legend_height(width) + 180 + self._line() + GAP * 2 + MARGIN

    def paintEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        if not self.labels or not self.series:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._paint_legend(painter)
        metrics = QFontMetrics(self.font())
        text = self.palette().color(QPalette.ColorRole.Text)
        top = MARGIN + self._legend_height(self.width()) + self._line() // 2  # room for "2"
        bottom = self.height() - MARGIN - self._line() - GAP * 2
        high = max([1.0, *(v for s in self.series for v in s.values)])
        ticks = nice_ticks(0, high, most=5)
        high = ticks[-1]
        # Room for the tick labels, and for half of the first date centred under its point.
        left = MARGIN + max(max(metrics.horizontalAdvance(number_text(t)) for t in ticks) + GAP,
                            metrics.horizontalAdvance(self.labels[0]) // 2)
        half_label = metrics.horizontalAdvance(self.labels[-1]) / 2
        right = self.width() - MARGIN - half_label
        count = len(self.labels)

        def x_of(i: int) -> float:
            return (left + right) / 2 if count == 1 else left + i * (right - left) / (count - 1)

        def y_of(value: float) -> float:
            return bottom - value / high * (bottom - top)

        grid = QPen(self._muted())
        grid.setStyle(Qt.PenStyle.DotLine)
        for tick in ticks:
            y = y_of(tick)
            painter.setPen(grid)
            painter.drawLine(QPointF(left, y), QPointF(right, y))
            painter.setPen(text)
            painter.drawText(QRectF(MARGIN, y - self._line() / 2, left - MARGIN - GAP, self._line()),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             number_text(tick))
        widest = max(metrics.horizontalAdvance(label) for label in self.labels) + GAP * 2
        every = max(1, math.ceil(widest / max((right - left) / max(count - 1, 1), 1)))
        for i in range(0, count, every):
            x = x_of(i)
            painter.setPen(text)
            painter.drawLine(QPointF(x, bottom), QPointF(x, bottom + 3))
            painter.drawText(QRectF(x - widest / 2, bottom + GAP, widest, self._line()),
                             Qt.AlignmentFlag.AlignCenter, self.labels[i])
        painter.drawLine(QPointF(left, bottom), QPointF(right, bottom))
        for s in self.series:
            path = QPainterPath()
            for i, value in enumerate(s.values):
                point = QPointF(x_of(i), y_of(value))
                path.moveTo(point) if i == 0 else path.lineTo(point)
            painter.setPen(QPen(s.colour, 2))
            painter.drawPath(path)
            if count <= 40:  # dots while there is room to tell the periods apart
                painter.setBrush(s.colour)
                for i, value in enumerate(s.values):
                    painter.drawEllipse(QPointF(x_of(i), y_of(value)), 3, 3)
                painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.end()
