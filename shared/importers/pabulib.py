"""Import the projects of a participatory-budgeting file in the Pabulib ``.pb`` format.

A ``.pb`` file (pabulib.org/format) is ``;``-separated text in sections: a line holding only
the section name (META, PROJECTS, VOTES), then a header line, then rows. Projects become
ideas; META supplies the budget and currency; votes are checked for shape only, because
the ballots themselves are not ideas and are not kept.
"""

from __future__ import annotations

import re
from pathlib import Path

from .csv_table import check_width, column_positions, iter_records, parse_int, take_id
from .model import (
    TITLE_MAX,
    ImportedIdea,
    ImportFormatError,
    ImportResult,
    SkippedRow,
    derive_title,
    skip_reason,
)

_SECTIONS = ("META", "PROJECTS", "VOTES")
# Columns a section cannot do without; others are optional in the format.
_REQUIRED = {"META": ("key", "value"), "PROJECTS": ("project_id", "cost"), "VOTES": ("voter_id",)}
# A one-field line in capitals is a section marker; a lower-case one is a broken row.
_MARKER = re.compile(r"[A-Z][A-Z_]*")

_OUTCOMES = {1: "funded", 0: "not_funded", 2: "below_threshold"}


class _Section:
    def __init__(self, name: str, line: int) -> None:
        self.name = name
        self.line = line
        self.header: list[str] | None = None
        self.at: dict[str, int] = {}
        self.rows: list[tuple[int, list[str]]] = []


def _sections(path: str | Path) -> tuple[dict[str, _Section], int]:
    """Split the file into sections, checking markers, headers and field counts."""
    sections: dict[str, _Section] = {}
    current: _Section | None = None
    last_line = 1
    for line, row in iter_records(path, ";"):
        last_line = line
        if len(row) == 1 and _MARKER.fullmatch(row[0].strip()):
            name = row[0].strip()
            if name not in _SECTIONS:
                known = ", ".join(_SECTIONS)
                raise ImportFormatError(line, f"unknown section {name!r}; expected one of {known}")
            if name in sections:
                first = sections[name].line
                message = f"section {name} appears twice (also on line {first})"
                raise ImportFormatError(line, message)
            if current is not None and current.header is None:
                raise ImportFormatError(current.line, f"section {current.name} has no header line")
            current = sections[name] = _Section(name, line)
            continue
        if current is None:
            raise ImportFormatError(line, "data before the first section; expected META first")
        if current.header is None:
            current.header = [name.strip() for name in row]
            column_positions(current.header, _REQUIRED[current.name], line)
            repeated = sorted({name for name in current.header if current.header.count(name) > 1})
            if repeated:
                raise ImportFormatError(line, f"column {repeated[0]!r} appears twice")
            # Optional columns are looked up by name later, so map every one present.
            current.at = {name: index for index, name in enumerate(current.header)}
            continue
        check_width(line, row, len(current.header))
        if current.name != "VOTES":
            current.rows.append((line, row))
    if current is not None and current.header is None:
        raise ImportFormatError(current.line, f"section {current.name} has no header line")
    return sections, last_line


def _optional_int(row: list[str], at: dict[str, int], column: str, line: int) -> int | None:
    if column not in at or not row[at[column]].strip():
        return None
    return parse_int(row[at[column]], line, column)


def _meta_extra(meta: _Section | None) -> dict:
    if meta is None:
        return {}
    values = {row[meta.at["key"]].strip(): (line, row[meta.at["value"]]) for line, row in meta.rows}
    extra: dict = {}
    if "currency" in values:
        extra["currency"] = values["currency"][1].strip()
    if "budget" in values:
        line, text = values["budget"]
        extra["budget"] = parse_int(text, line, "budget")
    return extra


def read_pabulib(path: str | Path) -> ImportResult:
    sections, last_line = _sections(path)
    projects = sections.get("PROJECTS")
    if projects is None:
        raise ImportFormatError(last_line, "the file has no PROJECTS section")
    meta_extra = _meta_extra(sections.get("META"))

    at = projects.at
    ideas: list[ImportedIdea] = []
    skipped: list[SkippedRow] = []
    seen: dict[str, int] = {}
    for line, row in projects.rows:
        # Ids such as "L20/01/XI" are kept verbatim: '/' is part of the id, not a path.
        source_id = take_id(row[at["project_id"]], line, "project_id", seen)
        selected = _optional_int(row, at, "selected", line)
        if selected is not None and selected not in _OUTCOMES:
            raise ImportFormatError(line, f"selected {selected} is not 0, 1 or 2")
        extra = {
            "cost": parse_int(row[at["cost"]], line, "cost"),
            "votes": _optional_int(row, at, "votes", line),
            "score": _optional_int(row, at, "score", line),
            "selected": selected,
            "outcome": _OUTCOMES.get(selected) if selected is not None else None,
            **meta_extra,
            "project_id": row[at["project_id"]],
        }
        name = row[at["name"]] if "name" in at else ""
        description = row[at["description"]] if "description" in at else ""
        body = f"{name}\n\n{description}" if name and description.strip() else name or description
        reason = skip_reason(body)
        if reason is not None:
            skipped.append(SkippedRow(source_id, reason, line, "project_id"))
            continue
        ideas.append(
            ImportedIdea(
                source_id=source_id,
                title=derive_title(name, TITLE_MAX) if name.strip() else derive_title(body),
                body=body,
                created_at=None,
                category=row[at["category"]].strip() if "category" in at else "",
                extra=extra,
            )
        )
    return ImportResult(ideas, skipped)
