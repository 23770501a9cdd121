"""Importing ideas from files into a contest, once: a second import adds nothing."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine, select

from shared.importers import ImportResult
from sync_server import feed
from sync_server.accounts import find_org
from sync_server.tables import domain

contest_t = domain["contest"]
idea_t = domain["idea"]


class ImportTargetError(ValueError):
    """The contest to import into does not exist or cannot be created."""


@dataclass
class ImportReport:
    contest: str
    imported: int
    already_present: int
    skipped: list[dict[str, Any]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {"contest": self.contest, "imported": self.imported,
                "already_present": self.already_present, "skipped": self.skipped}


def idea_id_for(contest_id: str, source_id: str) -> str:
    """The same source row always becomes the same idea record."""
    return str(uuid.uuid5(uuid.UUID(contest_id), f"import/{source_id}"))


def import_ideas(
    engine: Engine,
    result: ImportResult,
    *,
    contest_id: str | None = None,
    new_contest: str | None = None,
    org: str | None = None,
    description: str = "",
    requirements: list[str] | None = None,
    now: dt.datetime | None = None,
) -> ImportReport:
    """Store the parsed ideas in one transaction; returns what happened to each row."""
    now = now or dt.datetime.now(dt.UTC)
    with engine.connect().execution_options(write=True) as conn, conn.begin():
        changes: list[tuple[str, dict[str, Any]]] = []
        if contest_id is not None:
            contest = conn.execute(select(contest_t).where(contest_t.c.id == contest_id)).mappings().first()
            if contest is None:
                raise ImportTargetError(f"no contest with id {contest_id}")
            contest = dict(contest)
        else:
            if not new_contest or not org:
                raise ImportTargetError("name --contest ID, or --new-contest TITLE with --org NAME")
            org_id = find_org(conn, org)
            contest = conn.execute(
                select(contest_t).where(contest_t.c.org_id == org_id, contest_t.c.title == new_contest)
            ).mappings().first()
            if contest is None:
                times = [i.created_at for i in result.ideas if i.created_at]
                contest = {
                    "id": str(uuid.uuid4()), "org_id": org_id, "title": new_contest,
                    "description": description, "requirements": requirements or [],
                    "starts_at": min(times) if times else now,
                    "ends_at": now + dt.timedelta(days=30), "timezone": "Asia/Baku",
                    "visibility": "public", "status": "open", "categories": [], "rev": 1,
                }
                conn.execute(contest_t.insert().values(**contest))
                changes.append(("contest", contest))
            else:
                contest = dict(contest)
        present = set(conn.execute(
            select(idea_t.c.source_id).where(idea_t.c.contest_id == contest["id"],
                                             idea_t.c.source_id.is_not(None))
        ).scalars())
        rows = []
        for idea in result.ideas:
            if idea.source_id in present:
                continue
            rows.append({
                "id": idea_id_for(contest["id"], idea.source_id),
                "contest_id": contest["id"], "org_id": contest["org_id"],
                "title": idea.title, "body": idea.body, "benefit": idea.benefit,
                "category": idea.category, "channel": "import", "source_id": idea.source_id,
                "author_id": None, "contact_name": None, "contact_phone": None,
                "contact_email": None, "tracking_code": None, "status": "submitted",
                "created_at": idea.created_at or now, "late_synced": False,
                "extra": idea.extra, "rev": 1,
            })
        if rows:
            conn.execute(idea_t.insert(), rows)
        changes.extend(("idea", r) for r in rows)
        feed.record_changes(conn, changes)
    return ImportReport(
        contest=contest["id"],
        imported=len(rows),
        already_present=len(result.ideas) - len(rows),
        skipped=[{"source_id": s.source_id, "id_column": s.id_column, "line": s.line,
                  "reason": s.reason} for s in result.skipped],
    )
