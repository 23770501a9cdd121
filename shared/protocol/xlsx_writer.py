"""The protocol as an Excel workbook: one sheet per section, numbers kept as numbers."""

from __future__ import annotations

import datetime as dt
import io
import re

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from shared.protocol.labels import Labels
from shared.protocol.sections import Section, text_of

_BOLD = Font(bold=True)
_TITLE = Font(bold=True, size=13)
_NOTE = Font(italic=True)
_MAX_WIDTH = 60


def write_xlsx(sections: list[Section], labels: Labels, *, heading: str) -> bytes:
    book = Workbook()
    book.remove(book.active)
    used: set[str] = set()
    for section in sections:
        sheet = book.create_sheet(_sheet_name(section.title, used))
        sheet.append([section.title])
        sheet["A1"].font = _TITLE
        first = 2
        if section.headers is not None:
            sheet.append(section.headers)
            for cell in sheet[2]:
                cell.font = _BOLD
            first = 3
        # The title and header rows stay in view while the table scrolls.
        sheet.freeze_panes = f"A{first}"
        if not section.rows and section.note:
            sheet.append([section.note])
            sheet.cell(first, 1).font = _NOTE
        # Row numbers are counted here: sheet.max_row scans every cell, once per row.
        for number, row in enumerate(section.rows, start=first):
            sheet.append([_value(cell) for cell in row])
            for column, cell in enumerate(row, start=1):
                if isinstance(cell, float):
                    sheet.cell(number, column).number_format = "0.00"
                elif isinstance(cell, dt.datetime):
                    sheet.cell(number, column).number_format = "yyyy-mm-dd hh:mm"
            if section.headers is None:
                sheet.cell(number, 1).font = _BOLD
        _fit_columns(sheet, section, labels)
    book.properties.title = heading
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _value(cell: object) -> object:
    # Excel has no time zones: the protocol's times are already in the contest's zone.
    if isinstance(cell, dt.datetime):
        return cell.replace(tzinfo=None)
    return cell


def _sheet_name(title: str, used: set[str]) -> str:
    # Excel: at most 31 characters, none of []:*?/\ and unique regardless of case.
    base = re.sub(r"[\[\]:*?/\\]", " ", title).strip()[:31] or "-"
    name, n = base, 2
    while name.casefold() in used:
        suffix = f" ({n})"
        name, n = base[:31 - len(suffix)] + suffix, n + 1
    used.add(name.casefold())
    return name


def _fit_columns(sheet, section: Section, labels: Labels) -> None:  # noqa: ANN001
    texts = [section.headers or []] + [[text_of(c, labels) for c in row] for row in section.rows]
    columns = max((len(t) for t in texts), default=0)
    for column in range(columns):
        longest = max((len(t[column]) for t in texts if column < len(t)), default=0)
        sheet.column_dimensions[get_column_letter(column + 1)].width = min(max(longest + 2, 8),
                                                                           _MAX_WIDTH)
