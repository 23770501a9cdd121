"""Exporting a contest's ideas as CSV (UTF-8 with BOM, for spreadsheets) or JSON."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from sqlalchemy import Engine, select

from shared.wire import encode_record
from sync_server.tables import domain

COLUMNS = ("id", "tracking_code", "source_id", "title", "body", "benefit", "category",
           "channel", "status", "created_at", "late_synced")


class ExportError(ValueError):
    pass


def contest_ideas(engine: Engine, contest_id: str) -> list[dict[str, Any]]:
    idea = domain["idea"]
    with engine.connect() as conn:
        contest = domain["contest"]
        if conn.execute(select(contest.c.id).where(contest.c.id == contest_id)).first() is None:
            raise ExportError(f"no contest with id {contest_id}")
        rows = conn.execute(
            select(idea).where(idea.c.contest_id == contest_id).order_by(idea.c.created_at, idea.c.id)
        ).mappings().all()
    return [encode_record(idea, dict(r)) for r in rows]


def to_csv(ideas: list[dict[str, Any]]) -> bytes:
    out = io.StringIO(newline="")
    writer = csv.writer(out)
    writer.writerow(COLUMNS)
    for idea in ideas:
        writer.writerow(["" if idea.get(c) is None else idea.get(c) for c in COLUMNS])
    # The byte-order mark makes spreadsheet programs read UTF-8 instead of a local code page.
    return out.getvalue().encode("utf-8-sig")


def to_json(ideas: list[dict[str, Any]]) -> bytes:
    return json.dumps(ideas, ensure_ascii=False, indent=2).encode("utf-8")
