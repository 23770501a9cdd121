"""Roles, and which fields of which record kinds each role may receive and write.

The server enforces this on every request; the client only uses it to hide what the
server would refuse anyway.
"""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    ADMIN = "admin"
    ORGANIZER = "organizer"
    EVALUATOR = "evaluator"
    AUTHOR = "author"
    KIOSK = "kiosk"


#: Fields an evaluator never receives: the review is blind by default.
AUTHOR_IDENTITY_FIELDS: frozenset[str] = frozenset(
    {"author_id", "contact_name", "contact_phone", "contact_email", "source_id", "extra",
     "tracking_code"}  # the code opens /track, so it is the author's, not the panel's
)

#: Fields that identify people and so leave the kiosk once the server has the idea.
CONTACT_FIELDS: frozenset[str] = frozenset({"contact_name", "contact_phone", "contact_email"})


#: Fields of an organization only its kiosks and its staff managers receive.
KIOSK_PIN_FIELDS: frozenset[str] = frozenset({"kiosk_pin_hash"})


#: Fields of outcomes that name the organization's staff: an author learns the decision,
#: never who made it (evaluators are never named to authors at all: no author-visible
#: kind carries an evaluator id).
DECIDER_FIELDS: frozenset[str] = frozenset({"decided_by"})


def hidden_fields(role: Role, kind: str) -> frozenset[str]:
    """Fields of ``kind`` that must be stripped before a record is sent to ``role``."""
    if kind == "idea" and role == Role.EVALUATOR:
        return AUTHOR_IDENTITY_FIELDS
    if kind == "decision" and role == Role.AUTHOR:
        return DECIDER_FIELDS
    if kind == "organization" and role not in (Role.KIOSK, Role.ORGANIZER, Role.ADMIN):
        return KIOSK_PIN_FIELDS
    return frozenset()


#: Which kinds each role may create or change through push, and which fields of them.
#: Fields not listed are set by the server (ids of the parent chain, revisions, status).
WRITABLE: dict[Role, dict[str, frozenset[str]]] = {
    Role.ORGANIZER: {
        "contest": frozenset(
            {"title", "description", "requirements", "starts_at", "ends_at", "timezone",
             "visibility", "status", "categories", "results_announced_at"}
        ),
        "stage": frozenset({"contest_id", "position", "kind", "title", "status", "deadline",
                            "rule", "rule_value", "revision_deadline"}),
        "criterion": frozenset(
            {"stage_id", "name", "description", "importance", "weight", "scale_min",
             "scale_max", "position"}
        ),
        "assignment": frozenset({"stage_id", "idea_id", "evaluator_id"}),
        "decision": frozenset({"stage_id", "idea_id", "outcome", "rule", "reason", "score",
                               "rank", "tied_at_cut"}),
        "feedback": frozenset({"stage_id", "idea_id", "purpose", "text"}),
        "implementation": frozenset({"idea_id", "status", "progress", "notes", "started_on",
                                     "due_on", "finished_on"}),
        "score_reset": frozenset({"stage_id", "reason"}),
    },
    Role.EVALUATOR: {
        "score": frozenset({"stage_id", "idea_id", "criterion_id", "value", "comment"}),
        "check": frozenset({"stage_id", "idea_id", "round", "met", "unmet", "suggestions"}),
        "interest_conflict": frozenset({"idea_id", "stage_id", "reason"}),
    },
    Role.AUTHOR: {
        "idea": frozenset({"contest_id", "title", "body", "benefit", "category", "created_at"}),
        "idea_revision": frozenset({"idea_id", "title", "body", "benefit"}),
    },
    Role.KIOSK: {
        "idea": frozenset(
            {"contest_id", "title", "body", "benefit", "category", "created_at",
             "contact_name", "contact_phone", "contact_email", "tracking_code"}
        ),
    },
    # The platform administrator approves or rejects organizations that registered.
    Role.ADMIN: {"organization": frozenset({"status"})},
}
