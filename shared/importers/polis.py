"""Import the comments export of a Polis conversation (``comments.csv``).

The ``datetime`` column is deliberately ignored: it is text in the exporting server's own
zone (e.g. "WIB", UTC+7), while ``timestamp`` is unambiguous epoch milliseconds in UTC.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from .csv_table import (
    check_width,
    column_positions,
    iter_records,
    parse_int,
    read_header,
    take_id,
)
from .model import (
    ImportedIdea,
    ImportFormatError,
    ImportResult,
    SkippedRow,
    derive_title,
    skip_reason,
)

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)

_REQUIRED = (
    "timestamp",
    "comment-id",
    "author-id",
    "agrees",
    "disagrees",
    "moderated",
    "comment-body",
)


def _epoch_ms(text: str, line: int) -> datetime:
    # timedelta(milliseconds=int) is exact; fromtimestamp(ms / 1000) goes through a float.
    millis = parse_int(text, line, "timestamp")
    try:
        return _EPOCH + timedelta(milliseconds=millis)
    except OverflowError:
        raise ImportFormatError(line, f"timestamp {text!r} is out of range") from None


def read_polis(path: str | Path) -> ImportResult:
    records = iter_records(path, ",")
    header_line, header = read_header(records)
    at = column_positions(header, _REQUIRED, header_line)

    ideas: list[ImportedIdea] = []
    skipped: list[SkippedRow] = []
    seen: dict[str, int] = {}
    for line, row in records:
        check_width(line, row, len(header))
        source_id = take_id(row[at["comment-id"]], line, "comment-id", seen)
        created_at = _epoch_ms(row[at["timestamp"]], line)
        extra = {
            # author-id is a pseudonymous number, kept only to spot repeats by one author.
            "author_ref": row[at["author-id"]].strip(),
            "agrees": parse_int(row[at["agrees"]], line, "agrees"),
            "disagrees": parse_int(row[at["disagrees"]], line, "disagrees"),
            "moderated": parse_int(row[at["moderated"]], line, "moderated"),
        }
        body = row[at["comment-body"]]
        reason = skip_reason(body)
        if reason is not None:
            skipped.append(SkippedRow(source_id, reason, line, "comment-id"))
            continue
        ideas.append(
            ImportedIdea(
                source_id=source_id,
                title=derive_title(body),
                body=body,
                created_at=created_at,
                extra=extra,
            )
        )
    return ImportResult(ideas, skipped)
