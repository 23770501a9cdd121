"""Server rules for running a stage: conflicts of interest, decisions and returns for
improvement, released feedback, score resets and implementation tracking (see docs/sync.md,
"Evaluation"), and the helpers the other evaluation rules share. Screening checks and
revisions are in ``screening_rules``; stage settings, closing and the announcement in
``stage_closing``.

Each handler has the shape of ``record_rules`` handlers and returns (row to store,
touched records, removed records). Records a rule changes on its own account (a returned
idea, a moved assignment) are written here in the push's transaction, so the change and its
cause are applied together or not at all.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from typing import Any

from sqlalchemy import Connection, select

from shared.assignment import reassign_on_conflict
from shared.ids import (
    assignment_id,
    check_id,
    decision_id,
    implementation_id,
    interest_conflict_id,
    original_revision_id,
)
from shared.roles import Role
from shared.stage_rules import (
    default_rule,
)
from sync_server.caller import Caller
from sync_server.rule_basics import (
    Refusal,
    Touched,
    changes,
    check_text,
    get_record,
    merge,
    own_record,
    write_side_record,
)
from sync_server.tables import credential, domain

MAX_TEXT = 5000
OUTCOMES = ("advanced", "not_advanced", "returned")
IMPLEMENTATION_STATUSES = ("planned", "in_progress", "implemented", "dropped")

assignment_t, score_t, check_t = domain["assignment"], domain["score"], domain["check"]
decision_t, revision_t, conflict_t = domain["decision"], domain["idea_revision"], \
    domain["interest_conflict"]
stage_t, user_t = domain["stage"], domain["user"]
criterion_t, idea_t, contest_t = domain["criterion"], domain["idea"], domain["contest"]


def local_time(contest: dict[str, Any], moment: dt.datetime) -> str:
    """A deadline in the contest's own time zone, as refusals name it."""
    zone = zoneinfo.ZoneInfo(contest.get("timezone") or "Asia/Baku")
    return f"{moment.astimezone(zone):%Y-%m-%d %H:%M} ({zone.key})"


def current_round(idea: dict[str, Any]) -> int:
    """The round a screening check judges: the idea's latest revision (the original is 1)."""
    return idea.get("revision_number") or 1


def expected_id(kind: str, caller: Caller, source: dict[str, Any]) -> str | None:
    """The id a record of ``kind`` must carry when it is derived from its content."""
    if kind == "check":
        return check_id(evaluator_id=caller.user_id, idea_id=str(source.get("idea_id")),
                        stage_id=str(source.get("stage_id")),
                        round_number=source.get("round") if isinstance(source.get("round"), int)
                        else 0)
    if kind == "decision":
        return decision_id(stage_id=str(source.get("stage_id")), idea_id=str(source.get("idea_id")))
    if kind == "implementation":
        return implementation_id(idea_id=str(source.get("idea_id")))
    if kind == "interest_conflict":
        return interest_conflict_id(evaluator_id=caller.user_id, idea_id=str(source.get("idea_id")))
    return None


def _is_assigned(conn: Connection, stage_id: str, idea_id: Any, evaluator_id: str) -> bool:
    return conn.execute(select(assignment_t.c.id).where(
        assignment_t.c.stage_id == stage_id, assignment_t.c.idea_id == idea_id,
        assignment_t.c.evaluator_id == evaluator_id)).first() is not None


def _stage_and_idea(conn: Connection, caller: Caller, row: dict[str, Any]) -> tuple[dict, dict]:
    stage = own_record(conn, caller, "stage", row.get("stage_id"))
    idea = own_record(conn, caller, "idea", row.get("idea_id"))
    if idea["contest_id"] != stage["contest_id"]:
        raise Refusal("invalid_value", "the idea does not belong to this stage's contest")
    return stage, idea


def _fixed(current: dict[str, Any] | None, fields: dict[str, Any], names: tuple[str, ...]) -> None:
    if current is None:
        return
    for name in names:
        if name in fields and fields[name] != current[name]:
            raise Refusal("invalid_value", f"{name} cannot change; make a new record")


# --- conflicts of interest -----------------------------------------------------------------

def _interest_conflict(conn, caller, current, fields, *, now, deleting):  # noqa: ANN001, ANN202
    if deleting:
        raise Refusal("forbidden", "a declared conflict of interest cannot be withdrawn")
    if current is not None:
        if current["evaluator_id"] != caller.user_id:
            raise Refusal("forbidden", "a declaration belongs to the evaluator who made it")
        _fixed(current, fields, ("idea_id",))
        row = merge(current, {k: v for k, v in fields.items() if k == "reason"})
        check_text(row, "reason", MAX_TEXT)
        return row, [], []  # the assignment moved when it was first declared
    row = merge(None, fields)
    idea = get_record(conn, "idea", row.get("idea_id"))
    if idea is None or idea["org_id"] != caller.org_id:
        raise Refusal("not_found", "no such idea")
    mine = [dict(a) for a in conn.execute(select(assignment_t).where(
        assignment_t.c.idea_id == idea["id"],
        assignment_t.c.evaluator_id == caller.user_id)).mappings()]
    if not mine:
        raise Refusal("not_assigned", "you are not assigned to this idea")
    row.setdefault("reason", "")
    row.setdefault("stage_id", mine[0]["stage_id"])
    check_text(row, "reason", MAX_TEXT)
    row.update(evaluator_id=caller.user_id, contest_id=idea["contest_id"], org_id=idea["org_id"],
               declared_at=now)
    touched: Touched = []
    removed: Touched = []
    for assignment in mine:
        stage = get_record(conn, "stage", assignment["stage_id"])
        if stage["status"] != "open":
            continue  # a closed stage's panel is history; nothing is judged there any more
        moved_touched, moved_removed = _move_assignment(conn, caller, idea, stage, assignment)
        touched += moved_touched
        removed += moved_removed
    return row, touched, removed


def _move_assignment(conn: Connection, caller: Caller, idea: dict[str, Any],
                     stage: dict[str, Any], assignment: dict[str, Any]) -> tuple[Touched, Touched]:
    """Hand one conflicted assignment to the least-loaded eligible evaluator of the stage.

    The stage's panel (evaluators with assignments in it) is asked first; when nobody there
    may take the idea, every evaluator of the organization is (active accounts only). The
    declaring evaluator's scores and checks of the idea in this stage go: a judgement under
    a conflict must not count. With nobody eligible the assignment is only removed, and the organizer sees the
    idea short of an evaluator.
    """
    pairs = [(r.idea_id, r.evaluator_id) for r in conn.execute(
        select(assignment_t.c.idea_id, assignment_t.c.evaluator_id)
        .where(assignment_t.c.stage_id == stage["id"]).order_by(assignment_t.c.id))]
    excluded = [(idea["id"], e) for e in conn.execute(select(conflict_t.c.evaluator_id).where(
        conflict_t.c.idea_id == idea["id"])).scalars()]
    if idea.get("author_id"):
        excluded.append((idea["id"], idea["author_id"]))
    everyone = sorted(conn.execute(
        select(user_t.c.id).join(credential, credential.c.user_id == user_t.c.id)
        .where(user_t.c.org_id == idea["org_id"], user_t.c.role == Role.EVALUATOR.value,
               credential.c.active.is_(True))).scalars())
    panel = sorted({e for _, e in pairs} & set(everyone))
    new_pair = None
    for pool in (panel, everyone):
        _, new_pair = reassign_on_conflict(
            pairs, idea_id=idea["id"], evaluator_id=caller.user_id, evaluator_ids=pool,
            excluded=excluded)
        if new_pair is not None:
            break
    removed: Touched = [("assignment", assignment)]
    conn.execute(assignment_t.delete().where(assignment_t.c.id == assignment["id"]))
    for table, kind in ((score_t, "score"), (check_t, "check")):
        for judged in conn.execute(select(table).where(
                table.c.stage_id == stage["id"], table.c.idea_id == idea["id"],
                table.c.evaluator_id == caller.user_id)).mappings():
            removed.append((kind, dict(judged)))
            conn.execute(table.delete().where(table.c.id == judged["id"]))
    touched: Touched = []
    if new_pair is not None:
        from sync_server.record_rules import first_assignment_touches

        evaluator_id = new_pair[1]
        touched += first_assignment_touches(conn, stage, evaluator_id)
        new = write_side_record(conn, "assignment", {
            "id": assignment_id(stage_id=stage["id"], idea_id=idea["id"], evaluator_id=evaluator_id),
            "stage_id": stage["id"], "contest_id": stage["contest_id"], "org_id": stage["org_id"],
            "idea_id": idea["id"], "evaluator_id": evaluator_id}, existing=None)
        touched += [("assignment", new), ("idea", idea)]
    return touched, removed


def evaluator_declared_conflict(conn: Connection, idea_id: str, evaluator_id: str) -> bool:
    return conn.execute(select(conflict_t.c.id).where(
        conflict_t.c.idea_id == idea_id, conflict_t.c.evaluator_id == evaluator_id)).first() \
        is not None


# --- decisions and feedback ----------------------------------------------------------------

def _decision(conn, caller, current, fields, *, now, deleting):  # noqa: ANN001, ANN202
    _fixed(current, fields, ("stage_id", "idea_id"))
    row = merge(current, fields)
    stage, idea = _stage_and_idea(conn, caller, row)
    if stage["status"] != "open":
        raise Refusal("stage_closed", "this stage is closed; its decisions are final")
    if deleting:
        if current is not None and current["outcome"] == "returned":
            raise Refusal("idea_returned", "the idea is with its author for improvement; "
                                           "decide it instead of removing the return")
        return row, [], []
    if conn.execute(select(assignment_t.c.id).where(
            assignment_t.c.stage_id == stage["id"], assignment_t.c.idea_id == idea["id"])
            ).first() is None:
        raise Refusal("not_in_stage", "the idea is not assigned in this stage, so the stage "
                                      "does not decide it")
    row.setdefault("rule", stage.get("rule") or default_rule(stage["kind"]))
    row.setdefault("reason", "")
    row.setdefault("tied_at_cut", False)
    if row.get("outcome") not in OUTCOMES:
        raise Refusal("invalid_value", "outcome must be advanced, not_advanced or returned")
    stage_rule = stage.get("rule") or default_rule(stage["kind"])
    if row["rule"] not in (stage_rule, "explicit"):
        if stage_rule == "explicit":
            raise Refusal("invalid_value", "this stage has no rule: every decision is the "
                                           "organizer's explicit choice ('explicit') with a "
                                           "reason")
        raise Refusal("invalid_value", f"this stage decides by rule {stage_rule!r}, or by the "
                                       "organizer's explicit choice ('explicit')")
    check_text(row, "reason", MAX_TEXT)
    if row["rule"] == "explicit" and not any(ch.isalnum() for ch in row["reason"]):
        raise Refusal("reason_required", "an explicit choice needs a written reason")
    touched: Touched = []
    row.update(contest_id=stage["contest_id"], org_id=stage["org_id"],
               author_id=idea.get("author_id"))
    # Returning a revised idea once more is a new decision even though the record already
    # says "returned". A stale push never names the outcome here: the merge in mutations
    # drops every field equal to the stored one.
    returns_again = fields.get("outcome") == "returned" and idea.get("status") != "returned"
    if not changes(current, fields) and not returns_again:
        # Nothing of the decision changed (a repeat, or a stale push that lost every field):
        # the idea is not returned again and who decided it when stays as stored.
        return row, touched, []
    if row["outcome"] == "returned":
        touched = _return_for_improvement(conn, stage, idea, now)
    row.update(decided_by=caller.user_id, decided_at=now)
    return row, touched, []


def _return_for_improvement(conn: Connection, stage: dict[str, Any], idea: dict[str, Any],
                            now: dt.datetime) -> Touched:
    """Send the idea back to its author until the stage's revision deadline, keeping the
    text as it stands as a revision so the next one can be compared with it."""
    if stage["kind"] != "screening":
        raise Refusal("invalid_value", "only a screening stage returns ideas for improvement")
    deadline = stage.get("revision_deadline")
    contest = get_record(conn, "contest", stage["contest_id"])
    if deadline is None:
        raise Refusal("no_revision_deadline", "set the stage's revision deadline before "
                                              "returning ideas for improvement")
    if deadline <= now:
        raise Refusal("revision_deadline_passed",
                      f"the stage's revision deadline {local_time(contest, deadline)} has passed")
    if not idea.get("author_id"):
        raise Refusal("no_author", "this idea came from a kiosk and has no author account to "
                                   "revise it")
    touched: Touched = []
    has_revision = conn.execute(select(revision_t.c.id).where(
        revision_t.c.idea_id == idea["id"]).limit(1)).first() is not None
    if not has_revision:
        original = write_side_record(conn, "idea_revision", {
            "id": original_revision_id(idea_id=idea["id"]), "idea_id": idea["id"],
            "contest_id": idea["contest_id"], "org_id": idea["org_id"],
            "author_id": idea["author_id"], "number": 1, "title": idea["title"],
            "body": idea["body"], "benefit": idea["benefit"], "created_at": idea["created_at"],
        }, existing=None)
        touched.append(("idea_revision", original))
    returned = write_side_record(conn, "idea", {"status": "returned", "revision_due": deadline},
                                 existing=idea)
    touched.append(("idea", returned))
    return touched


def _feedback(conn, caller, current, fields, *, now, deleting):  # noqa: ANN001, ANN202
    _fixed(current, fields, ("stage_id", "idea_id", "purpose"))
    row = merge(current, fields)
    stage, idea = _stage_and_idea(conn, caller, row)
    if deleting:
        return row, [], []
    row.setdefault("purpose", "result")
    if row["purpose"] not in ("revision", "result"):
        raise Refusal("invalid_value", "purpose must be revision (sent with a return) or result "
                                       "(sent at the announcement)")
    check_text(row, "text", MAX_TEXT, required=True)
    row.setdefault("created_at", now)
    row.update(contest_id=stage["contest_id"], org_id=stage["org_id"],
               author_id=idea.get("author_id"))
    return row, [], []


# --- scoring reset ---------------------------------------------------------------------------

def _score_reset(conn, caller, current, fields, *, now, deleting):  # noqa: ANN001, ANN202
    if deleting or current is not None:
        raise Refusal("forbidden", "a scoring reset is done once and kept; push a new one")
    row = merge(None, fields)
    stage = own_record(conn, caller, "stage", row.get("stage_id"))
    if stage["status"] != "open":
        raise Refusal("stage_closed", "this stage is closed; its scores are final")
    row.setdefault("reason", "")
    check_text(row, "reason", MAX_TEXT)
    removed: Touched = [("score", dict(s)) for s in conn.execute(
        select(score_t).where(score_t.c.stage_id == stage["id"])).mappings()]
    conn.execute(score_t.delete().where(score_t.c.stage_id == stage["id"]))
    row.update(contest_id=stage["contest_id"], org_id=stage["org_id"], reset_by=caller.user_id,
               reset_at=now, scores_deleted=len(removed))
    return row, [], removed


# --- implementation ------------------------------------------------------------------------

def _implementation(conn, caller, current, fields, *, now, deleting):  # noqa: ANN001, ANN202
    _fixed(current, fields, ("idea_id",))
    row = merge(current, fields)
    idea = own_record(conn, caller, "idea", row.get("idea_id"))
    if deleting:
        return row, [], []
    last_stage = conn.execute(select(stage_t).where(stage_t.c.contest_id == idea["contest_id"])
                              .order_by(stage_t.c.position.desc()).limit(1)).mappings().first()
    won = last_stage is not None and last_stage["status"] == "closed" and conn.execute(
        select(decision_t.c.id).where(decision_t.c.stage_id == last_stage["id"],
                                      decision_t.c.idea_id == idea["id"],
                                      decision_t.c.outcome == "advanced")).first() is not None
    if not won:
        raise Refusal("not_a_winner", "only an idea that advanced in the contest's closed last "
                                      "stage is tracked for implementation")
    row.setdefault("status", "planned")
    row.setdefault("progress", 0)
    row.setdefault("notes", "")
    if row["status"] not in IMPLEMENTATION_STATUSES:
        raise Refusal("invalid_value", "status must be planned, in_progress, implemented or dropped")
    if not isinstance(row["progress"], int) or isinstance(row["progress"], bool) \
            or not 0 <= row["progress"] <= 100:
        raise Refusal("invalid_value", "progress is a whole percentage from 0 to 100")
    check_text(row, "notes", MAX_TEXT)
    started, finished = row.get("started_on"), row.get("finished_on")
    if started is not None and finished is not None and finished < started:
        raise Refusal("invalid_value", "finished_on is before started_on")
    row.update(contest_id=idea["contest_id"], org_id=idea["org_id"],
               author_id=idea.get("author_id"))
    if changes(current, fields):
        row["updated_at"] = now
    return row, [], []


HANDLERS = {
    "interest_conflict": _interest_conflict,
    "decision": _decision,
    "feedback": _feedback,
    "score_reset": _score_reset,
    "implementation": _implementation,
}
