"""Saving a chart's numbers as CSV and its picture as PNG.

The CSV is written for the spreadsheet of the person saving it: UTF-8 with a byte-order mark
(so Excel reads Azerbaijani and Russian letters), and where the locale writes decimals with a
comma (Azerbaijani, Russian) fields are separated by semicolons and decimals use the comma,
as Excel expects in those locales. Numbers carry no group separators and dates are ISO
(2026-03-01), which every spreadsheet reads as a date.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QWidget


def csv_field(value: object, locale: QLocale) -> str:
    if isinstance(value, bool):
        return str(int(value))
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return f"{value:.2f}".replace(".", locale.decimalPoint())
    if isinstance(value, dt.date):
        return value.isoformat()
    return "" if value is None else str(value)


def csv_text(headers: Sequence[str], rows: Sequence[Sequence[object]],
             locale: QLocale | None = None) -> str:
    locale = locale or QLocale()
    delimiter = ";" if locale.decimalPoint() == "," else ","
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter)
    writer.writerow(headers)
    writer.writerows([csv_field(v, locale) for v in row] for row in rows)
    return buffer.getvalue()


def save_csv(path: Path, headers: Sequence[str], rows: Sequence[Sequence[object]],
             locale: QLocale | None = None) -> None:
    """Write the whole file or nothing: a half-written file never replaces an older one."""
    partial = path.with_name(path.name + ".part")
    partial.write_text(csv_text(headers, rows, locale), encoding="utf-8-sig", newline="")
    partial.replace(path)


def save_png(widget: QWidget, path: Path) -> bool:
    """The widget as the person sees it, at its own size."""
    return widget.grab().save(str(path), "PNG")
