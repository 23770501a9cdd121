"""One dashboard card: a titled chart, its numbers as a table, and export buttons."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.organizer.statistics_chart import Chart
from desktop.ui.organizer.statistics_export import save_csv, save_png
from desktop.ui.organizer.statistics_table import StatisticsTableModel, display_text

CHART, TABLE, EMPTY = range(3)


class ChartCard(QFrame):
    exported = Signal(str)  # the path written
    export_failed = Signal(str)  # the path that could not be written

    def __init__(self, *, key: str, title: str, chart: Chart, note: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.title_text = title
        self.chart = chart
        self.headers: list[str] = []
        self.rows: list[list[object]] = []
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName(f"statistics_{key}")
        self.title = QLabel(title)
        self.title.setWordWrap(True)
        # Relative to the application's font, so it grows with the user's font scaling.
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        self.note = QLabel(note)
        self.note.setWordWrap(True)
        self.note.setVisible(bool(note))
        chart.setAccessibleName(title)
        self.model = StatisticsTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("%1: numbers").replace("%1", title))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setMargin(12)
        self.stack = QStackedWidget()
        for page in (chart, self.table, self.empty):
            self.stack.addWidget(page)
        self.numbers = QPushButton(self.tr("Show numbers"))
        self.numbers.setCheckable(True)
        self.numbers.setAccessibleName(self.tr("Show the numbers of %1").replace("%1", title))
        self.png = QPushButton(self.tr("Save as PNG…"))
        self.png.setAccessibleName(self.tr("Save the chart %1 as a PNG picture").replace("%1", title))
        self.csv = QPushButton(self.tr("Save as CSV…"))
        self.csv.setAccessibleName(self.tr("Save the numbers of %1 as a CSV file").replace("%1", title))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.numbers, self.png, self.csv):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.note)
        layout.addWidget(self.stack)
        layout.addLayout(buttons)
        self.numbers.toggled.connect(self._show_numbers)
        self.png.clicked.connect(self.ask_png)
        self.csv.clicked.connect(self.ask_csv)

    def show_figure(self, headers: Sequence[str], rows: Sequence[Sequence[object]],
                    draw: Callable[[], None], empty: str | None) -> None:
        """Show the chart ``draw`` filled in, or ``empty`` (guidance) when there is nothing."""
        self.headers, self.rows = list(headers), [list(r) for r in rows]
        self.model.set_rows(self.headers, self.rows)
        self.empty.setText(empty or "")
        if empty is None:
            draw()
        # What a screen reader says for the picture: every row, "Header: value" joined.
        self.chart.setAccessibleDescription(empty or "\n".join(
            "; ".join(f"{h}: {display_text(v)}" for h, v in zip(self.headers, row, strict=False)
                      if v is not None and v != "")
            for row in self.rows))
        for button in (self.numbers, self.png, self.csv):
            button.setEnabled(empty is None)
        self._show_numbers(self.numbers.isChecked())

    def _show_numbers(self, shown: bool) -> None:
        if self.empty.text():
            self.stack.setCurrentIndex(EMPTY)
        else:
            self.stack.setCurrentIndex(TABLE if shown else CHART)
        self.numbers.setText(self.tr("Show chart") if shown else self.tr("Show numbers"))
        self._fit_height()

    def _fit_height(self) -> None:
        """The chart's own height for the width it has; the table keeps that height so the
        dashboard does not jump when switching."""
        width = max(self.stack.width(), 280)
        if self.stack.currentIndex() == EMPTY:
            height = self.empty.heightForWidth(width)
        elif self.stack.currentIndex() == TABLE:
            height = max(self.chart.heightForWidth(width), 160)
        else:
            height = self.chart.heightForWidth(width)
        self.stack.setFixedHeight(height)

    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        super().resizeEvent(event)
        self._fit_height()

    def file_stem(self) -> str:
        return "".join(ch if ch.isalnum() else "_" for ch in self.title_text).strip("_").lower()

    def _ask_path(self, caption: str, suffix: str, filter_text: str) -> Path | None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        chosen, _ = QFileDialog.getSaveFileName(self, caption,
                                                str(Path(folder) / f"{self.file_stem()}{suffix}"),
                                                filter_text)
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)

    def ask_png(self) -> None:
        path = self._ask_path(self.tr("Save chart as PNG"), ".png", self.tr("PNG pictures (*.png)"))
        if path is not None:
            self.export_png(path)

    def ask_csv(self) -> None:
        path = self._ask_path(self.tr("Save numbers as CSV"), ".csv",
                              self.tr("CSV files (*.csv)"))
        if path is not None:
            self.export_csv(path)

    def export_png(self, path: Path) -> None:
        if save_png(self.chart, path):
            self.exported.emit(str(path))
        else:
            self.export_failed.emit(str(path))

    def export_csv(self, path: Path) -> None:
        try:
            save_csv(path, self.headers, self.rows)
        except OSError:
            self.export_failed.emit(str(path))
        else:
            self.exported.emit(str(path))
