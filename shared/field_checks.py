"""Checking pushed values against the columns they go into, before any database sees them.

Both databases must store exactly what was checked: PostgreSQL refuses NUL characters and
over-long text that SQLite would keep, so every limit is enforced here, the same for both.
"""

from __future__ import annotations

import math
from typing import Any

from sqlalchemy import JSON, Boolean, Float, Integer, String, Table, Text

from shared.schema import UTCDateTime

MAX_TEXT = 20_000  # a Text column: long descriptions, never megabytes sent to every kiosk
MAX_INT = 2**31 - 1
MAX_JSON_ITEMS = 200


def _check_text(name: str, value: Any, limit: int) -> None:
    if not isinstance(value, str):
        raise ValueError(f"{name} must be text")
    if len(value) > limit:
        raise ValueError(f"{name} is longer than {limit} characters")
    if "\x00" in value:
        raise ValueError(f"{name} contains a NUL character")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError(f"{name} contains an invalid character") from None


def _check_json(name: str, value: Any) -> None:
    # JSON columns hold short lists of texts (requirements, categories) or flat metadata.
    if isinstance(value, list):
        if len(value) > MAX_JSON_ITEMS:
            raise ValueError(f"{name} has more than {MAX_JSON_ITEMS} entries")
        for item in value:
            _check_text(f"{name} entry", item, 1000)
        return
    if isinstance(value, dict):
        if len(value) > MAX_JSON_ITEMS:
            raise ValueError(f"{name} has more than {MAX_JSON_ITEMS} entries")
        for key, item in value.items():
            _check_text(f"{name} key", key, 100)
            if not (item is None or isinstance(item, str | bool) or
                    (isinstance(item, int | float) and math.isfinite(item))):
                raise ValueError(f"{name} values must be plain texts or numbers")
        return
    raise ValueError(f"{name} must be a list or an object")


def check_fields(table: Table, fields: dict[str, Any]) -> None:
    """Raise ``ValueError`` naming the first field whose value does not fit its column."""
    for name, value in fields.items():
        column = table.columns[name]
        kind = column.type
        if value is None:
            if not column.nullable:
                raise ValueError(f"{name} may not be empty")
            continue
        if isinstance(kind, UTCDateTime):
            continue  # decoded (and zone-checked) by shared.wire already
        if isinstance(kind, Boolean):
            if not isinstance(value, bool):
                raise ValueError(f"{name} must be true or false")
        elif isinstance(kind, Integer):
            if isinstance(value, bool) or not isinstance(value, int) or abs(value) > MAX_INT:
                raise ValueError(f"{name} must be a whole number")
        elif isinstance(kind, Float):
            if isinstance(value, bool) or not isinstance(value, int | float) \
                    or not math.isfinite(value) or abs(value) > 1e12:
                raise ValueError(f"{name} must be a finite number")
        elif isinstance(kind, String) and kind.length:
            _check_text(name, value, kind.length)
        elif isinstance(kind, Text | String):
            _check_text(name, value, MAX_TEXT)
        elif isinstance(kind, JSON):
            _check_json(name, value)
