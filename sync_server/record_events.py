"""What a pushed write means beyond the record itself: an audit entry and e-mail notices.

``after_write`` runs inside the mutation's savepoint, so a mutation that is refused later
leaves neither an audit entry nor a notice behind, and one that commits always has both.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sync_server import audit, notifications
from sync_server.caller import Caller

#: Record kinds whose every change is audited (ideas and scores are the citizens' and the
#: experts' own work; their history is the records themselves).
AUDITED = frozenset({"organization", "user", "contest", "stage", "criterion", "assignment",
                     "decision", "score_reset", "implementation", "interest_conflict"})

#: Fields worth naming in a creation entry, per kind.
_SUMMARY = {
    "contest": ("title", "visibility", "status", "starts_at", "ends_at"),
    "stage": ("contest_id", "position", "kind", "title", "status", "deadline"),
    "criterion": ("stage_id", "name", "importance", "weight", "scale_min", "scale_max"),
    "assignment": ("stage_id", "idea_id", "evaluator_id"),
    "user": ("username", "role", "display_name"),
    "organization": ("name", "status"),
    "decision": ("stage_id", "idea_id", "outcome", "rule", "reason"),
    "score_reset": ("stage_id", "reason", "scores_deleted"),
    "implementation": ("idea_id", "status", "progress"),
    "interest_conflict": ("idea_id", "evaluator_id", "reason"),
}


def _announced(row: dict[str, Any] | None) -> bool:
    return bool(row) and row.get("visibility") == "public" and row.get("status") == "open"


def after_write(conn, caller: Caller, kind: str, before: dict[str, Any] | None,  # noqa: ANN001
                after: dict[str, Any] | None, *, now: dt.datetime) -> None:
    """``before`` is None for a creation, ``after`` is None for a deletion."""
    if kind in AUDITED:
        record = after or before or {}
        if before is None:
            action = "create"
            details = {k: record.get(k) for k in _SUMMARY.get(kind, ()) if k in record}
        elif after is None:
            action = "delete"
            details = {k: before.get(k) for k in _SUMMARY.get(kind, ()) if k in before}
        else:
            action = "update"
            details = {"changed": {k: [before.get(k), v] for k, v in after.items()
                                   if k != "rev" and before.get(k) != v}}
            for name in ("title", "name", "username"):  # what the reader knows it by
                if after.get(name):
                    details[name] = after[name]
                    break
        org_id = record.get("id") if kind == "organization" else record.get("org_id")
        audit.record(conn, action=f"{kind}.{action}", org_id=org_id, actor_id=caller.user_id,
                     target_kind=kind, target_id=record.get("id"), details=details, at=now)
    if after is None:
        return
    if kind == "idea" and before is None:
        notifications.idea_received(conn, after, now=now)
    elif kind == "assignment" and before is None:
        notifications.evaluator_assigned(conn, after, now=now)
    elif kind == "contest":
        if _announced(after) and not _announced(before):
            notifications.contest_announced(conn, after, now=now)
        if after.get("results_announced_at") and not (before or {}).get("results_announced_at"):
            notifications.results_announced(conn, after, now=now)
    elif kind == "decision" and after.get("outcome") == "returned":
        # Outcomes "advanced" / "not advanced" reach authors only with the results (the
        # results notice lists them); suggestions for a revision are released at once.
        notifications.decision_returned(conn, after, now=now)
