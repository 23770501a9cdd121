"""Generic delimited-text import, plus the record reading every text format here builds on.

Records come from the standard ``csv`` module (RFC 4180: quoted fields, doubled quotes,
line breaks inside quotes) in strict mode, because the lenient default silently swallows
the rest of a file into one field when a closing quote is missing. Each record is paired
with the physical line it starts on so every error can point at the file.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path

from .model import (
    TITLE_MAX,
    ImportedIdea,
    ImportFormatError,
    ImportResult,
    SkippedRow,
    derive_title,
    skip_reason,
)

Record = tuple[int, list[str]]

# ASCII digits only: int() would also take "1_000", "+5" or Arabic-Indic digits.
_INTEGER = re.compile(r"-?[0-9]+")


def _open_text(path: str | Path) -> io.StringIO:
    raw = Path(path).read_bytes()
    try:
        # utf-8-sig drops a leading byte order mark, which spreadsheet exports often add.
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise ImportFormatError(line, "the file is not valid UTF-8 text") from exc
    # newline="" keeps line endings untranslated, so CRLF inside a quoted field survives.
    return io.StringIO(text, newline="")


def _describe_csv_error(exc: csv.Error) -> str:
    text = str(exc)
    if "unexpected end of data" in text:
        return "unterminated quoted field: no closing quote before the end of the file"
    return f"malformed quoting: {text}"


def iter_records(path: str | Path, delimiter: str) -> Iterator[Record]:
    """Yield ``(start_line, fields)`` for each non-blank record of the file."""
    reader = csv.reader(_open_text(path), delimiter=delimiter, strict=True)
    next_line = 1
    while True:
        start = next_line
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise ImportFormatError(start, _describe_csv_error(exc)) from exc
        # line_num counts physical lines consumed so far, including those inside quotes.
        next_line = reader.line_num + 1
        if row:
            yield start, row


def read_header(records: Iterator[Record]) -> tuple[int, list[str]]:
    """Take the header record; names are stripped so " body" still matches "body"."""
    try:
        line, row = next(records)
    except StopIteration:
        raise ImportFormatError(1, "the file is empty; expected a header line") from None
    names = [name.strip() for name in row]
    first_seen: dict[str, int] = {}
    for position, name in enumerate(names, start=1):
        if name in first_seen:
            raise ImportFormatError(
                line,
                f"column {name!r} appears twice (fields {first_seen[name]} and {position})",
            )
        first_seen[name] = position
    return line, names


def column_positions(header: list[str], wanted: Sequence[str], line: int) -> dict[str, int]:
    """Map each wanted column name to its index, or fail naming the first one missing."""
    positions = {name: index for index, name in enumerate(header)}
    for name in wanted:
        if name not in positions:
            columns = ", ".join(header)
            raise ImportFormatError(line, f"no column {name!r}; columns are: {columns}")
    return {name: positions[name] for name in wanted}


def check_width(line: int, row: list[str], width: int) -> None:
    if len(row) != width:
        raise ImportFormatError(line, f"expected {width} fields, found {len(row)}")


def parse_int(text: str, line: int, column: str) -> int:
    value = text.strip()
    if not _INTEGER.fullmatch(value):
        raise ImportFormatError(line, f"{column} {text!r} is not an integer")
    return int(value)


def take_id(text: str, line: int, column: str, seen: dict[str, int]) -> str:
    """Validate a row id and remember it, failing on a blank or repeated one."""
    source_id = text.strip()
    if not source_id:
        raise ImportFormatError(line, f"empty {column}")
    if source_id in seen:
        raise ImportFormatError(
            line, f"duplicate {column} {source_id!r}: also on line {seen[source_id]}"
        )
    seen[source_id] = line
    return source_id


def parse_aware_time(text: str, line: int, column: str) -> datetime | None:
    """ISO 8601 with a zone (``+02:00`` or ``Z``) to UTC; blank means no time."""
    value = text.strip()
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise ImportFormatError(line, f"{column} {text!r} is not an ISO 8601 time") from None
    if moment.tzinfo is None or moment.utcoffset() is None:
        # Guessing a zone would silently shift every idea by hours.
        raise ImportFormatError(
            line,
            f"{column} {text!r} has no time zone; the time needs a zone such as +00:00 or Z",
        )
    return moment.astimezone(UTC)


def read_csv(
    path: str | Path,
    *,
    id_col: str,
    body_col: str,
    title_col: str | None = None,
    created_col: str | None = None,
    category_col: str | None = None,
    delimiter: str = ",",
) -> ImportResult:
    """Import a table whose columns are named by the caller.

    Columns not mapped to a field are kept in ``extra`` under their header names.
    """
    records = iter_records(path, delimiter)
    header_line, header = read_header(records)
    mapped = [id_col, body_col, title_col, created_col, category_col]
    wanted = list(dict.fromkeys(name for name in mapped if name is not None))
    at = column_positions(header, wanted, header_line)
    others = [(index, name) for index, name in enumerate(header) if name not in at]

    ideas: list[ImportedIdea] = []
    skipped: list[SkippedRow] = []
    seen: dict[str, int] = {}
    for line, row in records:
        check_width(line, row, len(header))
        source_id = take_id(row[at[id_col]], line, id_col, seen)
        created_at = (
            parse_aware_time(row[at[created_col]], line, created_col) if created_col else None
        )
        body = row[at[body_col]]
        reason = skip_reason(body)
        if reason is not None:
            skipped.append(SkippedRow(source_id, reason, line, id_col))
            continue
        given_title = row[at[title_col]] if title_col else ""
        title = derive_title(given_title, TITLE_MAX) if given_title.strip() else derive_title(body)
        ideas.append(
            ImportedIdea(
                source_id=source_id,
                title=title,
                body=body,
                created_at=created_at,
                category=row[at[category_col]].strip() if category_col else "",
                extra={name: row[index] for index, name in others},
            )
        )
    return ImportResult(ideas, skipped)
