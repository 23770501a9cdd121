"""Per-kind rules for a pushed record: who may write it, and what the server fills in.

``prepare`` returns the full row to store and the records whose visibility changed as a
side effect (an evaluator's first assignment in a contest makes the contest, its stages
and criteria visible to that evaluator, so they are put at the end of the feed again).
"""

from __future__ import annotations

import datetime as dt
import os
import zoneinfo
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

from sqlalchemy import Connection, bindparam, select

from shared.evaluation import DEFAULT_WEIGHTS, Importance
from shared.ids import score_id
from shared.roles import Role
from shared.tracking import new_tracking_code, normalize_tracking_code
from sync_server import evaluation_rules, screening_rules, stage_closing
from sync_server.caller import Caller
from sync_server.rule_basics import Refusal, Touched, check_text, get_record, merge, own_record
from sync_server.tables import domain

GRACE_ENV = "IDEABANK_GRACE_HOURS"
MAX_TITLE, MAX_BODY = 200, 5000


def grace_period() -> dt.timedelta:
    return dt.timedelta(hours=float(os.environ.get(GRACE_ENV, "72")))


_get = get_record
_own = own_record
_text = check_text
_merge = merge


# Contests, stages and criteria read while applying a push of a caller who cannot change
# them (evaluator, author, kiosk): each is read once per push, not once per record.
_fixed: ContextVar[dict[tuple[str, Any], dict[str, Any] | None] | None] = ContextVar(
    "fixed_records", default=None)


@contextmanager
def fixed_records() -> Iterator[None]:
    """Within this block, ``_get_fixed`` reads each record once."""
    token = _fixed.set({})
    try:
        yield
    finally:
        _fixed.reset(token)


def _get_fixed(conn: Connection, kind: str, record_id: Any) -> dict[str, Any] | None:
    cache = _fixed.get()
    if cache is None:
        return _get(conn, kind, record_id)
    key = (kind, record_id)
    if key not in cache:
        cache[key] = _get(conn, kind, record_id)
    return cache[key]


_ASSIGNED = select(domain["assignment"].c.id).where(
    domain["assignment"].c.stage_id == bindparam("stage_id"),
    domain["assignment"].c.idea_id == bindparam("idea_id"),
    domain["assignment"].c.evaluator_id == bindparam("evaluator_id"),
).limit(1)


def _require(value: Any, message: str) -> None:
    if not value:
        raise Refusal("invalid_value", message)


def prepare(
    conn: Connection,
    caller: Caller,
    kind: str,
    current: dict[str, Any] | None,
    fields: dict[str, Any],
    *,
    now: dt.datetime,
    deleting: bool = False,
) -> tuple[dict[str, Any], Touched, Touched]:
    """The row to store, the records touched on the way (changed by this rule, or newly
    visible to someone) and the records it removed (sent as tombstones)."""
    result = _HANDLERS[kind](conn, caller, current, fields, now=now, deleting=deleting)
    return result if len(result) == 3 else (*result, [])


def _contest(conn, caller, current, fields, *, now, deleting):  # noqa: ANN001, ANN202
    if current is not None and current["org_id"] != caller.org_id:
        raise Refusal("not_found", "no such contest in your organization")
    row = _merge(current, fields)
    if deleting:
        if current is not None and _any_row(conn, "idea", "contest_id", current["id"]):
            # Ideas are never deleted (authors withdraw them), so a contest that has any
            # would leave them, and everything decided about them, without a contest.
            raise Refusal("contest_has_ideas",
                          "this contest has ideas; a contest with ideas is kept, not deleted")
        return row, []
    announced_before = current.get("results_announced_at") if current else None
    if announced_before is not None and fields.get("status", current["status"]) \
            != current["status"]:
        # Reopening an announced contest would make its final results writable again.
        raise Refusal("results_announced",
                      "results were announced; the contest's status stays as it is")
    row["org_id"] = caller.org_id
    row.setdefault("description", "")
    row.setdefault("requirements", [])
    row.setdefault("categories", [])
    row.setdefault("timezone", "Asia/Baku")
    row.setdefault("visibility", "public")
    row.setdefault("status", "open")
    _text(row, "title", 300, required=True)
    _require(row.get("starts_at") and row.get("ends_at"), "a contest needs a start and an end")
    if row["ends_at"] <= row["starts_at"]:
        raise Refusal("invalid_value", "the contest must end after it starts")
    if row["visibility"] not in ("public", "internal"):
        raise Refusal("invalid_value", "visibility must be public or internal")
    if row["status"] not in ("draft", "open", "closed", "announced"):
        raise Refusal("invalid_value", f"unknown contest status {row['status']!r}")
    try:
        zoneinfo.ZoneInfo(row["timezone"])
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        raise Refusal("invalid_value", f"unknown time zone {row['timezone']!r}") from None
    touched: Touched = []
    if announced_before is not None:
        if row.get("results_announced_at") != announced_before:
            raise Refusal("invalid_value", "results were announced; the announcement stays")
    elif row.get("results_announced_at") is not None:
        if current is None:
            raise Refusal("stages_open", "a new contest has no results to announce")
        touched = stage_closing.announce(conn, caller, current, row, now)
    if not isinstance(row["requirements"], list) or not all(
        isinstance(r, str) for r in row["requirements"]
    ):
        raise Refusal("invalid_value", "requirements must be a list of texts")
    return row, touched


def _stage(conn, caller, current, fields, *, now, deleting):  # noqa: ANN001, ANN202
    row = _merge(current, fields)
    contest = _own(conn, caller, "contest", row.get("contest_id"))
    if current is not None and fields.get("contest_id", current["contest_id"]) != current["contest_id"]:
        raise Refusal("invalid_value", "a stage cannot move to another contest")
    if current is not None and current["status"] == "closed":
        # A closed stage's decisions are final: it is neither deleted nor reopened.
        if deleting:
            raise Refusal("stage_closed", "this stage is closed; a closed stage is kept")
        if fields.get("status", "closed") != "closed":
            raise Refusal("stage_closed", "this stage is closed and cannot be reopened")
    if deleting:
        if current is not None:
            _refuse_deleting_evaluated_stage(conn, current["id"])
        return row, []
    row["org_id"] = contest["org_id"]
    row.setdefault("position", 1)
    row.setdefault("kind", "scoring")
    row.setdefault("title", "")
    row.setdefault("status", "open")
    row.setdefault("deadline", None)
    if row["kind"] not in ("scoring", "screening"):
        raise Refusal("invalid_value", "stage kind must be scoring or screening")
    if row["status"] not in ("open", "closed"):
        raise Refusal("invalid_value", "stage status must be open or closed")
    stage_closing.check_stage_rule(row)
    if row["status"] == "closed" and (current is None or current["status"] != "closed"):
        stage_closing.check_stage_close(conn, {**row, "id": current["id"] if current else None})
    return row, []


def _any_row(conn: Connection, kind: str, column: str, value: Any) -> bool:
    t = domain[kind]
    return conn.execute(select(t.c.id).where(t.c[column] == value).limit(1)).first() is not None


def _refuse_deleting_evaluated_stage(conn: Connection, stage_id: str) -> None:
    """Scores, screening checks and decisions refer to their stage; deleting it would leave
    them behind, still pulled, with nothing to show them under."""
    if _stage_has_scores(conn, stage_id):
        raise Refusal("scoring_started", "scoring has started in this stage; it is kept, "
                      "not deleted")
    if _any_row(conn, "check", "stage_id", stage_id):
        raise Refusal("screening_started", "ideas were checked in this stage; it is kept, "
                      "not deleted")
    if _any_row(conn, "decision", "stage_id", stage_id):
        raise Refusal("decisions_made", "ideas were decided in this stage; it is kept, "
                      "not deleted")


def _criterion(conn, caller, current, fields, *, now, deleting):  # noqa: ANN001, ANN202
    if current is not None:
        if current["org_id"] != caller.org_id:
            raise Refusal("not_found", "no such criterion in your organization")
        if fields.get("stage_id", current["stage_id"]) != current["stage_id"]:
            raise Refusal("invalid_value", "a criterion cannot move to another stage")
    row = _merge(current, fields)
    stage = _own(conn, caller, "stage", row.get("stage_id"))
    if stage["status"] == "closed" and (current is None or deleting or any(
            fields[k] != current.get(k) for k in fields)):
        raise Refusal("stage_closed", "this stage is closed; its criteria are final")
    scoring_fields = {"weight", "importance", "scale_min", "scale_max"}
    if (current is None or deleting or any(
            k in fields and fields[k] != current[k] for k in scoring_fields)) \
            and _stage_has_scores(conn, stage["id"]):
        # Scores already given were weighed with the current criteria; changing them now
        # would silently change every idea's score.
        raise Refusal("scoring_started",
                      "scoring has started in this stage: criteria, weights and scales are "
                      "fixed until its scores are reset")
    if deleting:
        return row, []
    row["contest_id"] = stage["contest_id"]
    row["org_id"] = stage["org_id"]
    row.setdefault("description", "")
    row.setdefault("importance", "medium")
    row.setdefault("scale_min", 1)
    row.setdefault("scale_max", 10)
    row.setdefault("position", 1)
    _text(row, "name", 200, required=True)
    try:
        importance = Importance(row["importance"])
    except ValueError:
        raise Refusal("invalid_value", "importance must be low, medium or high") from None
    row.setdefault("weight", DEFAULT_WEIGHTS[importance])
    if not isinstance(row["weight"], int | float) or row["weight"] <= 0:
        raise Refusal("invalid_value", "a criterion weight must be a number above zero")
    if not (isinstance(row["scale_min"], int) and isinstance(row["scale_max"], int)) or \
            row["scale_min"] >= row["scale_max"]:
        raise Refusal("invalid_value", "the scale needs whole numbers with minimum below maximum")
    return row, []


def _stage_has_scores(conn: Connection, stage_id: str) -> bool:
    score_t = domain["score"]
    return conn.execute(select(score_t.c.id).where(score_t.c.stage_id == stage_id).limit(1)).first() \
        is not None


def _assignment(conn, caller, current, fields, *, now, deleting):  # noqa: ANN001, ANN202
    row = _merge(current, fields)
    stage = _own(conn, caller, "stage", row.get("stage_id"))
    if deleting:
        if stage["status"] == "closed":
            # The assignment is what puts the idea in the stage its decision was made in.
            raise Refusal("stage_closed", "this stage is closed; its assignments are final")
        return row, []
    if current is not None and any(
        fields.get(k, current[k]) != current[k] for k in ("stage_id", "idea_id", "evaluator_id")
    ):
        raise Refusal("invalid_value", "an assignment cannot be changed; remove it and add another")
    idea = _own(conn, caller, "idea", row.get("idea_id"))
    if idea["contest_id"] != stage["contest_id"]:
        raise Refusal("invalid_value", "the idea does not belong to this stage's contest")
    evaluator = _own(conn, caller, "user", row.get("evaluator_id"))
    if evaluator["role"] != Role.EVALUATOR.value:
        raise Refusal("invalid_value", f"{evaluator['username']} is not an evaluator")
    if idea.get("author_id") == evaluator["id"]:
        raise Refusal("conflict_of_interest", "an evaluator cannot judge his or her own idea")
    if evaluation_rules.evaluator_declared_conflict(conn, idea["id"], evaluator["id"]):
        raise Refusal("conflict_of_interest",
                      f"{evaluator['username']} declared a conflict of interest for this idea")
    assignment_t = domain["assignment"]
    duplicate = conn.execute(
        select(assignment_t.c.id).where(
            assignment_t.c.stage_id == stage["id"],
            assignment_t.c.idea_id == idea["id"],
            assignment_t.c.evaluator_id == evaluator["id"],
        )
    ).scalar()
    if duplicate is not None and current is None:
        raise Refusal("duplicate", f"{evaluator['username']} is already assigned to this idea")
    row["contest_id"] = stage["contest_id"]
    row["org_id"] = stage["org_id"]
    touched: Touched = [("idea", idea), *first_assignment_touches(conn, stage, evaluator["id"])]
    return row, touched


def first_assignment_touches(conn: Connection, stage: dict[str, Any], evaluator_id: str) -> Touched:
    """The contest, its stages and criteria, when this is the evaluator's first assignment
    in the contest: it may now see them, but their feed entries are older than its cursor,
    so they move forward. Call before the new assignment is stored."""
    assignment_t = domain["assignment"]
    already_in_contest = conn.execute(
        select(assignment_t.c.id).where(
            assignment_t.c.contest_id == stage["contest_id"],
            assignment_t.c.evaluator_id == evaluator_id,
        ).limit(1)
    ).first()
    if already_in_contest is not None:
        return []
    touched: Touched = [("contest", _get(conn, "contest", stage["contest_id"]))]
    for kind in ("stage", "criterion"):
        t = domain[kind]
        for r in conn.execute(select(t).where(t.c.contest_id == stage["contest_id"])).mappings():
            touched.append((kind, dict(r)))
    return touched


def _score(conn, caller, current, fields, *, now, deleting):  # noqa: ANN001, ANN202
    row = _merge(current, fields)
    if current is not None and current["evaluator_id"] != caller.user_id:
        raise Refusal("forbidden", "a score belongs to the evaluator who gave it")
    stage = _get_fixed(conn, "stage", row.get("stage_id"))
    if stage is None:
        raise Refusal("not_found", "no such stage")
    if stage["status"] != "open":
        raise Refusal("stage_closed",
                      "this stage was closed before the score arrived; the score was not accepted")
    assigned = conn.execute(_ASSIGNED, {"stage_id": stage["id"], "idea_id": row.get("idea_id"),
                                        "evaluator_id": caller.user_id}).first()
    if assigned is None:
        raise Refusal("not_assigned", "you are not assigned to this idea in this stage")
    if deleting:
        return row, []
    criterion = _get_fixed(conn, "criterion", row.get("criterion_id"))
    if criterion is None or criterion["stage_id"] != stage["id"]:
        raise Refusal("invalid_value", "the criterion does not belong to this stage")
    value = row.get("value")
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise Refusal("invalid_value", "a score must be a number")
    if not criterion["scale_min"] <= value <= criterion["scale_max"]:
        raise Refusal("invalid_value",
                      f"score {value} is outside the scale "
                      f"{criterion['scale_min']}–{criterion['scale_max']}")
    row.setdefault("comment", "")
    _text(row, "comment", 5000)
    row["evaluator_id"] = caller.user_id
    row["contest_id"] = stage["contest_id"]
    row["org_id"] = stage["org_id"]
    return row, []


def _idea(conn, caller, current, fields, *, now, deleting):  # noqa: ANN001, ANN202
    if current is not None:
        if caller.role == Role.KIOSK or current.get("author_id") != caller.user_id:
            raise Refusal("forbidden", "only the author may change an idea")
        for fixed in ("contest_id", "created_at"):
            if fixed in fields and fields[fixed] != current[fixed]:
                raise Refusal("invalid_value", f"an idea's {fixed} cannot change")
        if (current.get("status") == "returned" or current.get("revision_number")) and any(
                k in fields and fields[k] != current[k] for k in ("title", "body", "benefit")):
            # Once returned for improvement, every change of the text is a kept revision.
            raise Refusal("revision_required", "this idea was returned for improvement: send "
                                               "the changed text as a revision")
    if deleting:
        raise Refusal("forbidden", "ideas are not deleted; withdraw them instead")
    row = _merge(current, fields)
    contest = _get_fixed(conn, "contest", row.get("contest_id"))
    if contest is None:
        raise Refusal("not_found", "no such contest")
    if contest["visibility"] != "public" and (
        caller.role == Role.KIOSK or contest["org_id"] != caller.org_id
    ):
        raise Refusal("forbidden", "this contest accepts ideas only from its organization's staff")
    row.setdefault("benefit", "")
    row.setdefault("category", "")
    _text(row, "title", MAX_TITLE, required=True)
    _text(row, "body", MAX_BODY, required=True)
    _text(row, "benefit", MAX_BODY)
    if current is not None and (contest["status"] != "open" or now > contest["ends_at"]):
        raise Refusal("contest_closed", "this contest no longer accepts changes to ideas")
    if current is None:
        created = row.get("created_at") or now
        # A clock far off must not date an idea in the future or before its contest began.
        if created > now or created < contest["starts_at"]:
            created = now
        row["created_at"] = created
        late = False
        if contest["status"] != "open" or now < contest["starts_at"]:
            if not (contest["status"] == "closed" and _within_grace(contest, created, now)):
                raise Refusal("contest_closed", "this contest does not accept ideas now")
            late = True
        elif now > contest["ends_at"]:
            if not _within_grace(contest, created, now):
                raise Refusal("contest_closed",
                              "the contest's deadline passed before this idea was sent")
            late = True
        row["late_synced"] = late
        row["org_id"] = contest["org_id"]
        row["status"] = "submitted"
        row["extra"] = {}
        row["source_id"] = None
        if caller.role == Role.KIOSK:
            row["channel"] = "kiosk"
            row["author_id"] = None
            code = row.get("tracking_code")
            if code is None:
                row["tracking_code"] = new_tracking_code()
            elif normalize_tracking_code(code) != code:
                raise Refusal("invalid_value", "the tracking code is not in the kiosk's format")
        else:
            row["channel"] = "desktop"
            row["author_id"] = caller.user_id
            row["tracking_code"] = new_tracking_code()
            for name in ("contact_name", "contact_phone", "contact_email"):
                row.setdefault(name, None)
    return row, []


def _within_grace(contest: dict[str, Any], created: dt.datetime, now: dt.datetime) -> bool:
    return created <= contest["ends_at"] and now <= contest["ends_at"] + grace_period()


def _organization(conn, caller, current, fields, *, now, deleting):  # noqa: ANN001, ANN202
    from sync_server.accounts import note_decision

    if caller.role != Role.ADMIN:
        raise Refusal("forbidden", "only a platform administrator may decide on organizations")
    if current is None or deleting:
        raise Refusal("forbidden", "organizations register themselves and are never deleted")
    row = _merge(current, fields)
    if row["status"] not in ("approved", "rejected"):
        raise Refusal("invalid_value", "status must be approved or rejected")
    if row["status"] != current["status"]:
        note_decision(conn, current["id"], status=row["status"], by=caller.username)
    return row, []


_HANDLERS = {
    "organization": _organization,
    "contest": _contest,
    "stage": _stage,
    "criterion": _criterion,
    "assignment": _assignment,
    "score": _score,
    "idea": _idea,
    **screening_rules.HANDLERS,
    **evaluation_rules.HANDLERS,
}

__all__ = ["Refusal", "prepare", "score_id", "grace_period"]
