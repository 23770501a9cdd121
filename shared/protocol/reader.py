"""Reading one contest's rows for the protocol from a database of the shared schema.

The server database and the desktop replica hold the same domain tables
(``shared.schema.add_domain_tables``), so both read through this one function; each side
passes its own connection and table set. Read-only, one connection.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, Table, select

from shared.protocol.build import ContestRows


class ProtocolError(LookupError):
    """The protocol cannot be made: the contest is not there."""


def read_contest_rows(conn: Connection, tables: dict[str, Table], contest_id: str) -> ContestRows:
    contest_t, org_t = tables["contest"], tables["organization"]
    contest = conn.execute(select(contest_t).where(contest_t.c.id == contest_id)).mappings().first()
    if contest is None:
        raise ProtocolError(f"no contest with id {contest_id}")
    org = conn.execute(select(org_t.c.name).where(org_t.c.id == contest["org_id"])).first()

    def rows(kind: str, *columns: str) -> list[dict[str, Any]]:
        t = tables[kind]
        picked = [t.c[name] for name in columns] if columns else [t]
        return [dict(r) for r in conn.execute(
            select(*picked).where(t.c.contest_id == contest_id)).mappings()]

    assignments = rows("assignment", "stage_id", "idea_id", "evaluator_id")
    decisions = rows("decision") if "decision" in tables else []
    checks = rows("check") if "check" in tables else []
    user_t = tables["user"]
    people = sorted({a["evaluator_id"] for a in assignments}
                    | {d["decided_by"] for d in decisions} | {c["evaluator_id"] for c in checks})
    users = {r.id: r.display_name or r.username for r in conn.execute(
        select(user_t.c.id, user_t.c.display_name, user_t.c.username)
        .where(user_t.c.id.in_(people)))} if people else {}
    return ContestRows(
        contest=dict(contest), organization=org.name if org else "",
        stages=rows("stage"), criteria=rows("criterion"),
        ideas={r["id"]: r["title"] for r in rows("idea", "id", "title")},
        assignments=assignments,
        scores=rows("score", "stage_id", "idea_id", "evaluator_id", "criterion_id", "value"),
        users=users, decisions=decisions, checks=checks,
    )
