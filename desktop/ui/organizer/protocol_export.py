"""Exporting the contest protocol from the Ranking tab: choose a file, write it off the GUI
thread, say where it went or why it could not be written."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, QObject, QStandardPaths, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.protocol_queries import ProtocolWriteError, export_protocol
from desktop.session import Session

LANGUAGES = ("az", "en", "ru")


def protocol_language() -> str:
    """The protocol is written in the interface's language (az when that is something else)."""
    code = QLocale().name().split("_")[0]
    return code if code in LANGUAGES else "az"


def default_file_name(title: str, today: dt.date) -> str:
    # Letters of every script are kept; only what file systems refuse is replaced.
    safe = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", title).strip().rstrip(".")
    return f"{safe or 'protocol'} {today.isoformat()}"


class ProtocolExporter(QObject):
    """Owned by the Ranking tab. ``choose_file`` and ``show_error`` are the two places that
    open dialogs; tests replace them."""

    started = Signal()
    exported = Signal(str)  # the path written
    failed = Signal(str)  # the message shown

    def __init__(self, session: Session, parent: QWidget) -> None:
        super().__init__(parent)
        self.session = session
        self.parent_widget = parent
        self.busy = False

    def filters(self) -> dict[str, str]:
        return {self.tr("PDF document (*.pdf)"): "pdf",
                self.tr("Excel workbook (*.xlsx)"): "xlsx",
                self.tr("CSV for spreadsheets, UTF-8 (*.csv)"): "csv"}

    def choose_file(self, suggested: str) -> tuple[Path, str] | None:
        """Ask where to save; returns the path (with its extension) and the format, or None."""
        filters = self.filters()
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, chosen = QFileDialog.getSaveFileName(
            self.parent_widget, self.tr("Export the contest protocol"),
            str(Path(folder) / f"{suggested}.pdf"), ";;".join(filters))
        if not path:
            return None
        fmt = Path(path).suffix.lower().lstrip(".")
        if fmt not in filters.values():
            fmt = filters.get(chosen, "pdf")
            path = f"{path}.{fmt}"
        return Path(path), fmt

    def show_error(self, message: str) -> None:
        QMessageBox.warning(self.parent_widget, self.tr("Protocol not saved"), message)

    def export(self, contest: dict[str, Any]) -> None:
        if self.busy:
            return
        choice = self.choose_file(default_file_name(contest["title"], dt.date.today()))
        if choice is None:
            return
        path, fmt = choice
        language = protocol_language()
        contest_id = contest["id"]
        self.busy = True
        self.started.emit()
        self.session.run(lambda store: export_protocol(store, contest_id, path, fmt=fmt,
                                                       language=language),
                         lambda result, error: self._done(path, error))

    def _done(self, path: Path, error: BaseException | None) -> None:
        self.busy = False
        if error is None:
            self.exported.emit(str(path))
            return
        if isinstance(error, ProtocolWriteError):
            message = (self.tr("The protocol could not be written to %1: %2. Choose another "
                               "folder, or free some disk space, and export again.")
                       .replace("%1", str(error.path)).replace("%2", error.reason))
        else:
            message = (self.tr("The protocol for %1 could not be made: %2")
                       .replace("%1", str(path)).replace("%2", str(error)))
        self.failed.emit(message)
        self.show_error(message)
