"""The sync wire format: records as JSON-safe dicts, and back.

Every value crosses the wire as JSON. Times are ISO 8601 strings in UTC with an explicit
offset; everything else maps one to one. The column types of ``shared.schema`` say which
fields are times, so no per-kind code is needed here.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Table

from shared.schema import UTCDateTime

#: On a pulled page that has more after it: its cursor, in a header, so that a client can ask
#: for the next page while it is still reading this one.
NEXT_AFTER_HEADER = "X-IdeaBank-Next-After"


@functools.cache
def _time_fields(table: Table) -> frozenset[str]:
    # Once per table: sync encodes and decodes hundreds of thousands of records.
    return frozenset(c.name for c in table.columns if isinstance(c.type, UTCDateTime))


@functools.cache
def _column_names(table: Table) -> frozenset[str]:
    return frozenset(table.columns.keys())


def encode_time(value: dt.datetime | None) -> str | None:
    if value is None:
        return None
    return value.astimezone(dt.UTC).isoformat().replace("+00:00", "Z")


def decode_time(text: str | None) -> dt.datetime | None:
    """Parse an ISO 8601 time that carries a zone; refuse one that does not."""
    if text is None:
        return None
    if not isinstance(text, str):
        raise ValueError("a time must be an ISO 8601 string")
    value = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    if value.tzinfo is None:
        raise ValueError(f"time {text!r} has no zone")
    return value.astimezone(dt.UTC)


def encode_record(table: Table, row: dict[str, Any]) -> dict[str, Any]:
    times = _time_fields(table)
    return {k: (encode_time(v) if k in times else v) for k, v in row.items()}


def decode_record(table: Table, data: dict[str, Any], *, strict: bool = True) -> dict[str, Any]:
    """Turn wire fields into column values.

    Unknown fields raise ``KeyError`` when ``strict`` (the server checking a push); a client
    reading the server's records passes ``strict=False`` and skips them, since schema
    changes are additive and a newer server may send fields this build does not know yet.
    """
    times, names = _time_fields(table), _column_names(table)
    out: dict[str, Any] = {}
    for key, value in data.items():
        if key not in names:
            if not strict:
                continue
            raise KeyError(key)
        out[key] = decode_time(value) if key in times else value
    return out


#: Record kinds that belong to one contest, and so count in its integrity checksum.
#: In dependency order, so dropping them in reverse never leaves a record pointing nowhere.
CONTEST_KINDS: tuple[str, ...] = (
    "contest", "stage", "criterion", "idea", "idea_revision", "assignment", "interest_conflict",
    "score", "check", "score_reset", "decision", "feedback", "implementation",
)


def contest_checksums(records: Iterable[tuple[str, str, int, str]]) -> dict[str, dict[str, Any]]:
    """Per contest, the count and sha256 of the sorted ``kind:id:rev`` lines.

    ``records`` are (kind, id, rev, contest id). Server and client both call this, so the
    two sides can only disagree about the records, never about the arithmetic.
    """
    lines: dict[str, list[str]] = {}
    for kind, record_id, rev, contest_id in records:
        lines.setdefault(contest_id, []).append(f"{kind}:{record_id}:{rev}")
    return {
        contest_id: {"count": len(items),
                     "checksum": hashlib.sha256("\n".join(sorted(items)).encode()).hexdigest()}
        for contest_id, items in lines.items()
    }
