"""Server rules for screening: an evaluator's requirement check of an assigned idea, and
the revision an author sends for an idea returned for improvement (which starts a new round
of checks). Handlers have the shape of ``record_rules`` handlers.
"""

from __future__ import annotations

from sqlalchemy import func, select

from sync_server.evaluation_rules import MAX_TEXT, _fixed, _is_assigned, current_round, local_time, revision_t
from sync_server.rule_basics import (
    Refusal,
    check_text,
    get_record,
    merge,
    write_side_record,
)


def _check(conn, caller, current, fields, *, now, deleting):  # noqa: ANN001, ANN202
    if deleting:
        raise Refusal("forbidden", "a screening check is not deleted; change its answers")
    if current is not None and current["evaluator_id"] != caller.user_id:
        raise Refusal("forbidden", "a check belongs to the evaluator who made it")
    _fixed(current, fields, ("stage_id", "idea_id", "round"))
    row = merge(current, fields)
    stage = get_record(conn, "stage", row.get("stage_id"))
    if stage is None or stage["org_id"] != caller.org_id:
        raise Refusal("not_found", "no such stage")
    if stage["kind"] != "screening":
        raise Refusal("invalid_value", "requirements are checked only in a screening stage")
    if stage["status"] != "open":
        raise Refusal("stage_closed",
                      "this stage was closed before the check arrived; the check was not accepted")
    if not _is_assigned(conn, stage["id"], row.get("idea_id"), caller.user_id):
        raise Refusal("not_assigned", "you are not assigned to this idea in this stage")
    idea = get_record(conn, "idea", row["idea_id"])
    if idea["status"] == "returned":
        raise Refusal("idea_returned", "the idea was returned to its author for improvement; "
                                       "it is checked again once the revision arrives")
    row.setdefault("round", current_round(idea))
    if row["round"] != current_round(idea):
        raise Refusal("idea_revised", f"the idea was revised: check round {current_round(idea)}, "
                                      f"not round {row['round']}")
    contest = get_record(conn, "contest", stage["contest_id"])
    announced = contest["requirements"]
    row.setdefault("met", [])
    row.setdefault("unmet", [])
    row.setdefault("suggestions", "")
    for name in ("met", "unmet"):
        if not isinstance(row[name], list) or not all(isinstance(r, str) for r in row[name]):
            raise Refusal("invalid_value", f"{name} must be a list of requirement texts")
        unknown = [r for r in row[name] if r not in announced]
        if unknown:
            raise Refusal("invalid_value", f"not a requirement of this contest: {unknown[0]!r}")
    both = set(row["met"]) & set(row["unmet"])
    if both:
        raise Refusal("invalid_value", f"a requirement cannot be both met and not met: "
                                       f"{sorted(both)[0]!r}")
    check_text(row, "suggestions", MAX_TEXT)
    row.update(evaluator_id=caller.user_id, contest_id=stage["contest_id"], org_id=stage["org_id"])
    return row, [], []


def _idea_revision(conn, caller, current, fields, *, now, deleting):  # noqa: ANN001, ANN202
    if deleting or current is not None:
        raise Refusal("forbidden", "a revision is kept as it was sent; send a new revision")
    row = merge(None, fields)
    idea = get_record(conn, "idea", row.get("idea_id"))
    if idea is None or idea.get("author_id") != caller.user_id:
        raise Refusal("not_found", "no such idea of yours")
    if idea["status"] != "returned":
        raise Refusal("not_returned", "this idea was not returned for improvement, so it takes "
                                      "no revision now")
    contest = get_record(conn, "contest", idea["contest_id"])
    due = idea.get("revision_due")
    if due is not None and now > due:
        raise Refusal("revision_deadline_passed",
                      f"the revision deadline {local_time(contest, due)} has passed; the "
                      "revision was not accepted")
    for name in ("title", "body", "benefit"):
        row.setdefault(name, idea[name])
    check_text(row, "title", 200, required=True)
    check_text(row, "body", MAX_TEXT, required=True)
    check_text(row, "benefit", MAX_TEXT)
    last = conn.execute(select(func.max(revision_t.c.number)).where(
        revision_t.c.idea_id == idea["id"])).scalar() or 1
    row.update(number=last + 1, created_at=now, author_id=caller.user_id,
               contest_id=idea["contest_id"], org_id=idea["org_id"])
    # The idea now reads as revised, and the next round of checks judges this text.
    revised = write_side_record(conn, "idea", {
        "title": row["title"], "body": row["body"], "benefit": row["benefit"],
        "status": "revised", "revision_number": row["number"], "revision_due": None,
    }, existing=idea)
    return row, [("idea", revised)], []



HANDLERS = {
    "check": _check,
    "idea_revision": _idea_revision,
}
